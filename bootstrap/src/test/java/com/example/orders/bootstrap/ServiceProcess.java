package com.example.orders.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service as a process of its own: {@code java com.example.orders.bootstrap.Main serve} on
 * this build's class path, with exactly the environment given (nothing of this machine's), JSON
 * logs on its standard output, which is collected line by line. For tests that kill it.
 */
public final class ServiceProcess implements AutoCloseable {

  private static final Pattern STARTED_ON_PORT =
      Pattern.compile("\"message\":\"orders service started\".*\"port\":(\\d+)");
  private static final Pattern DEMO_TOKEN = Pattern.compile("\"demoToken\":\"([^\"]+)\"");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private ServiceProcess(Process process) {
    this.process = process;
    this.reader = Thread.ofVirtual().start(this::read);
  }

  /** Starts the service with {@code environment} and returns once it logged that it started. */
  public static ServiceProcess start(Map<String, String> environment) {
    return start(environment, STARTED_ON_PORT);
  }

  /** Starts the service and returns once it wrote a line that {@code started} finds. */
  public static ServiceProcess start(Map<String, String> environment, Pattern started) {
    ProcessBuilder builder = command(environment, "serve").redirectErrorStream(true);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      ServiceProcess service = new ServiceProcess(process);
      service.awaitLine(started);
      return service;
    } catch (IOException failure) {
      throw new UncheckedIOException("the service process did not start", failure);
    }
  }

  /** Runs a command that ends by itself ({@code parked list ...}), its streams kept apart. */
  public static Finished run(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    Process process = command(environment, args).start();
    process.getOutputStream().close();
    byte[][] errors = new byte[1][];
    Thread stderr = Thread.ofVirtual().start(() -> {
      try {
        errors[0] = process.getErrorStream().readAllBytes();
      } catch (IOException closed) {
        errors[0] = new byte[0];
      }
    });
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the command did not end within 60 s");
    }
    stderr.join();
    return new Finished(process.exitValue(), stdout,
        new String(errors[0], StandardCharsets.UTF_8));
  }

  /** How a command ended and what it wrote where. */
  public record Finished(int exitCode, String stdout, String stderr) {}

  private static ProcessBuilder command(Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC",
        "-Xmx256m", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
        // the service's own logging (JSON lines), not the test logging on the same class path
        "-Dlogback.configurationFile=logback.xml",
        "-cp", classPath(), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(environment);
    return builder;
  }

  /** The port it serves on, from its start-up line. */
  public int port() {
    return Integer.parseInt(match(STARTED_ON_PORT));
  }

  /** The bearer token demo mode's issuer logs (tenant {@code demo}) right after starting. */
  public String demoToken() {
    awaitLine(DEMO_TOKEN);
    return match(DEMO_TOKEN);
  }

  /** Every line it wrote so far. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** SIGKILL: no shutdown hook, no drain, no flush; returns once the process is gone. */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    reader.join(Duration.ofSeconds(10));
    return process.exitValue();
  }

  /** SIGTERM, and waits for the graceful stop. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.toHandle().destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    reader.join(Duration.ofSeconds(10));
  }

  private String match(Pattern pattern) {
    for (String line : lines) {
      Matcher matcher = pattern.matcher(line);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    throw new AssertionError("no line matches " + pattern + " in:\n" + String.join("\n", lines));
  }

  private void awaitLine(Pattern pattern) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (lines.stream().noneMatch(line -> pattern.matcher(line).find())) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new AssertionError("the service did not start (alive: " + process.isAlive()
            + "); its output:\n" + String.join("\n", lines));
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while the service started", interrupted);
      }
    }
  }

  private void read() {
    try (BufferedReader output = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      output.lines().forEach(lines::add);
    } catch (IOException | UncheckedIOException closed) {
      // the process is gone; what it wrote before is kept
    }
  }

  /** Surefire's class path of this test run (the booter jar's manifest names it otherwise). */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static String java() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
