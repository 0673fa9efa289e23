package com.example.orders.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar, run the way operators run it: {@code java -jar orders-service.jar}, then
 * SIGTERM. Runs after {@code package} (failsafe), so it checks the real artifact.
 */
class ServiceJarIT {

  private static final Path JAR = Path.of("target", "orders-service.jar");
  private static final Pattern STARTED_ON_PORT =
      Pattern.compile("\"message\":\"orders service started\".*\"port\":(\\d+)");
  /** Bounds the wait for a line, so that a hung process fails the test instead of the build. */
  private static final long LINE_WAIT_SECONDS = 60;

  @Test
  void the_jar_serves_in_demo_mode_and_exits_0_after_a_graceful_stop_on_sigterm()
      throws Exception {
    Process service = start("serve", "0");
    List<String> lines = new CopyOnWriteArrayList<>();
    BlockingQueue<String> pending = new LinkedBlockingQueue<>();
    Thread reader = Thread.ofVirtual().start(() -> forward(service, lines, pending));

    int port = awaitStartedPort(pending);
    int readiness = LocalHttp.get(port, "/health/ready").statusCode();
    // SIGTERM through the handle: Process.destroy() would also close the output we still read
    service.toHandle().destroy();
    boolean exited = service.waitFor(LINE_WAIT_SECONDS, TimeUnit.SECONDS);
    reader.join(Duration.ofSeconds(LINE_WAIT_SECONDS)); // the last lines, written before exiting

    assertThat(readiness).isEqualTo(200);
    assertThat(exited).as("the process exits after SIGTERM").isTrue();
    assertThat(service.exitValue()).isZero();
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith("{").contains("\"message\":\"orders service stopped\""));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("\"level\":\"WARN\"")
        .contains("*** DEMO MODE ***")
        .contains("\"demoToken\":\"ey"));
  }

  @Test
  void the_jar_refuses_an_invalid_configuration_with_exit_code_1() throws Exception {
    Process config = start("config", "eighty");
    String output = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(config.waitFor(LINE_WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(config.exitValue()).isEqualTo(1);
    assertThat(output).isEqualTo("orders-service: invalid configuration:\n"
        + "  PORT must be a whole number from 0 to 65535, got 'eighty'\n");
  }

  /** The jar with {@code command}, on {@code port}, and none of this machine's service settings. */
  private static Process start(String command, String port) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar().toString(), command)
        .redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("DATABASE_")
        || name.startsWith("AUTH_") || name.equals("APP_ENV") || name.equals("LOG_LEVEL"));
    builder.environment().put("PORT", port);
    Process process = builder.start();
    process.getOutputStream().close(); // the service reads no input
    return process;
  }

  private static int awaitStartedPort(BlockingQueue<String> pending) throws InterruptedException {
    while (true) {
      String line = pending.poll(LINE_WAIT_SECONDS, TimeUnit.SECONDS);
      assertThat(line).as("a log line within %d s", LINE_WAIT_SECONDS).isNotNull();
      Matcher started = STARTED_ON_PORT.matcher(line);
      if (started.find()) {
        return Integer.parseInt(started.group(1));
      }
    }
  }

  private static void forward(Process process, List<String> lines, BlockingQueue<String> pending) {
    try (BufferedReader output = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      output.lines().forEach(line -> {
        lines.add(line);
        pending.add(line);
      });
    } catch (IOException closed) {
      throw new UncheckedIOException(closed);
    }
  }

  private static Path jar() {
    assertThat(Files.isRegularFile(JAR))
        .as("%s exists: run ./mvnw -pl bootstrap verify, which packages it first",
            JAR.toAbsolutePath())
        .isTrue();
    return JAR;
  }

  private static String java() {
    Optional<String> current = ProcessHandle.current().info().command();
    return current.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
