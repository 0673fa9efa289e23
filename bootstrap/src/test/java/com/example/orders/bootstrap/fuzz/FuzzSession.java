package com.example.orders.bootstrap.fuzz;

import com.example.orders.bootstrap.http.ApiResponse;
import com.example.orders.bootstrap.http.OpenApiContract;
import com.example.orders.bootstrap.http.RawHttp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One storage mode under fuzz: sends each generated request, holds the answer to the {@link
 * ResponseOracle}, proves that nothing changed unless a change was asked for and granted, counts
 * statuses, and every {@value #BATCH} requests checks that the service is still up, has counted no
 * 5xx and has logged no ERROR.
 */
final class FuzzSession implements AutoCloseable {

  static final int BATCH = 250;
  private static final Pattern SERVER_ERRORS = Pattern.compile(".*status=\"5\\d\\d\".*");

  private final FuzzTarget target;
  private final ApiOperations operations;
  private final ApiRequests requests;
  private final ResponseOracle oracle;
  private final Playground playground;
  private final RawHttp connection;
  private final StatusCounts counts = new StatusCounts();
  private final ErrorLog errors = ErrorLog.attach();
  private final LogLevelGuard logLevels = new LogLevelGuard();
  private final Optional<FailureSurvey> survey =
      Boolean.getBoolean("fuzz.survey") ? Optional.of(new FailureSurvey()) : Optional.empty();
  private String snapshot;
  private long sent;

  private FuzzSession(FuzzTarget target) {
    this.target = target;
    OpenApiContract contract = OpenApiContract.ofServedDocument();
    this.operations = new ApiOperations(contract.document());
    this.requests = new ApiRequests(operations);
    this.oracle = new ResponseOracle(operations, contract);
    this.playground = new Playground(target);
    this.connection = new RawHttp(target.port());
  }

  static FuzzSession start(FuzzTarget target) {
    return new FuzzSession(target);
  }

  ApiRequests requests() {
    return requests;
  }

  /** Sends a generated request on the kept-alive connection and judges the answer. */
  void send(String kind, FuzzRequest request) {
    String before = before();
    Wire wire = request.resolve(playground);
    byte[] bytes = wire.bytes(target.port());
    ApiResponse response;
    long started = System.nanoTime();
    try {
      response = connection.exchange(bytes, wire.isHead());
      slow(shape(wire.method(), wire.path()), started);
    } catch (RuntimeException | AssertionError failure) {
      failed(shape(wire.method(), wire.path()), bytes, null, failure);
      return;
    }
    counts.count(kind + " " + shape(wire.method(), wire.path()), response.status());
    logLevels.restore();
    try {
      oracle.check(wire.method(), wire.path(), response, Set.of());
      playground.observe(response);
      after(before, wire.method(), response.status());
    } catch (AssertionError | RuntimeException failure) {
      // a RuntimeException here is an answer the oracle could not even read (a body not JSON)
      failed(shape(wire.method(), wire.path()), bytes, response, failure);
    }
    batchDone();
  }

  /** Sends malformed HTTP on a connection of its own and judges the answer, if one is due. */
  void send(RawRequest request) {
    String before = before();
    byte[] bytes = request.bytes(playground.authorization(Credential.FULL).orElseThrow());
    if (request.abandoned()) {
      RawHttp.abandon(target.port(), bytes);
      counts.count("malformed", 0);
      after(before, "hung up", 0);
      batchDone();
      return;
    }
    long started = System.nanoTime();
    Optional<ApiResponse> answer;
    try {
      answer = RawHttp.once(target.port(), bytes, request.method().equals("HEAD"));
    } catch (AssertionError | RuntimeException failure) {
      failed(shape(request), bytes, null, failure);
      return;
    }
    slow(shape(request), started);
    if (answer.isEmpty()) {
      failed(shape(request), bytes, null, new AssertionError("no answer at all"));
      return;
    }
    ApiResponse response = answer.get();
    logLevels.restore();
    counts.count("malformed", response.status());
    try {
      Set<Integer> alsoAllowed = request.unsupportedVersion() ? Set.of(505) : Set.of();
      if (request.canonical()) {
        oracle.check(request.method(), request.target(), response, alsoAllowed);
      } else {
        oracle.checkAnswer(request.method(), response, alsoAllowed);
      }
      after(before, request.method(), response.status());
    } catch (AssertionError | RuntimeException failure) {
      // a RuntimeException here is an answer the oracle could not even read (a body not JSON)
      failed(shape(request), bytes, response, failure);
    }
    batchDone();
  }

  /** Fails unless the service answers its liveness probe, counted no 5xx and logged no ERROR. */
  void assertHealthy() {
    try (RawHttp probe = new RawHttp(target.port())) {
      ApiResponse live = probe.exchange(get("/health/live"), false);
      if (live.status() != 200) {
        throw new AssertionError(
            "after " + sent + " requests, /health/live answered " + live.status());
      }
      ApiResponse metrics = probe.exchange(get("/metrics"), false);
      Matcher serverErrors = SERVER_ERRORS.matcher("");
      metrics
          .body()
          .lines()
          .filter(line -> line.startsWith("http_server_request_duration_seconds_count"))
          .filter(line -> serverErrors.reset(line).matches())
          .forEach(
              line ->
                  unhealthy("the service counted server errors: " + line.replaceAll(" \\S+$", "")));
    }
    errors.drain().forEach(line -> unhealthy("the service logged an ERROR: " + line));
  }

  /** In a survey, notes answers that took seconds: a sign of a request the server waits out. */
  private void slow(String request, long startedNanos) {
    long millis = (System.nanoTime() - startedNanos) / 1_000_000;
    if (millis >= 2_000) {
      survey.ifPresent(
          failures ->
              failures.note("slow answer | " + request, request + " took " + millis + " ms"));
    }
  }

  private void unhealthy(String finding) {
    if (survey.isEmpty()) {
      throw new AssertionError(finding);
    }
    survey.get().note(finding, finding);
  }

  /**
   * Writes the counts by status for {@code perf/fuzz.sh}; in a survey, also the distinct failures,
   * and fails if there were any.
   */
  void finish() {
    counts.write(Path.of("target", "fuzz", target.mode() + ".tsv"));
    survey.ifPresent(
        failures ->
            failures.writeAndAssertNone(
                Path.of("target", "fuzz", target.mode() + "-failures.txt")));
  }

  @Override
  public void close() {
    try {
      connection.close();
      playground.close();
      errors.detach();
    } finally {
      target.close();
    }
  }

  private String before() {
    if (playground.nextRequest() || snapshot == null) {
      snapshot = playground.snapshot();
    }
    return snapshot;
  }

  /** Only a granted POST or DELETE may change anything; a refusal or a safe method never does. */
  private void after(String before, String method, int status) {
    snapshot = playground.snapshot();
    boolean granted =
        status >= 200 && status < 300 && (method.equals("POST") || method.equals("DELETE"));
    if (!granted && !snapshot.equals(before)) {
      throw new AssertionError(
          method
              + " answered "
              + status
              + " but changed the tenant's orders: before "
              + before
              + "\nafter "
              + snapshot);
    }
  }

  private void batchDone() {
    if (++sent % BATCH == 0) {
      assertHealthy();
    }
  }

  private static byte[] get(String path) {
    return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * A failure: thrown, so that jqwik shrinks the request and reports it; or, in a survey ({@code
   * -Dfuzz.survey=true}), noted once per kind and the fuzz goes on, to list every kind of failure
   * of a long run at once.
   */
  private void failed(String request, byte[] bytes, ApiResponse response, Throwable failure) {
    String report = report(bytes, response, failure);
    if (survey.isEmpty()) {
      throw new AssertionError(report, failure);
    }
    // the request may have changed something before the oracle stopped: list the orders afresh
    snapshot = null;
    String status = response == null ? "no answer" : Integer.toString(response.status());
    survey.get().note(firstLine(failure.getMessage()) + " | " + status + " | " + request, report);
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message;
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.replaceAll("[0-9a-f-]{36}", "{id}").replaceAll(": .*", "");
  }

  /** A request as a survey groups it: the method and the document's path it is for. */
  private String shape(String method, String path) {
    return method + " " + operations.template(path).orElse("(no path of the document)");
  }

  private String shape(RawRequest request) {
    String version = request.unsupportedVersion() ? " (no HTTP/1.x)" : "";
    return request.canonical()
        ? shape(request.method(), request.target()) + version
        : "malformed" + version;
  }

  private String report(byte[] request, ApiResponse response, Throwable failure) {
    return failure.getMessage()
        + "\n  mode: "
        + target.mode()
        + "\n  request: "
        + withoutTokens(RawBytes.printf(request))
        + (response == null
            ? ""
            : "\n  answer: "
                + response.status()
                + " "
                + response.headers().map()
                + "\n  body: "
                + abbreviate(response.body()));
  }

  /** Tokens are long and die with the run: a reproduction names them {@code $T}. */
  private static String withoutTokens(String printf) {
    return printf.replaceAll(
        "Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*", "Bearer '\"\\$T\"'");
  }

  private static String abbreviate(String body) {
    return body.length() > 1_000 ? body.substring(0, 1_000) + "..." : body;
  }
}
