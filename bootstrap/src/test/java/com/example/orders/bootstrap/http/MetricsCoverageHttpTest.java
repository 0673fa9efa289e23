package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.example.orders.adapters.cache.testing.TestRedis;
import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.bootstrap.LocalHttp;
import com.example.orders.bootstrap.observability.QueriedMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing can rot: the service runs with every feature on (PostgreSQL, RabbitMQ with relay,
 * consumers and tasks, Redis cache and rate limits, audit), serves a little of everything, and
 * then every metric a dashboard or a rule queries must be on its {@code /metrics}, and {@code
 * promtool check metrics} must find nothing to say about that scrape. A renamed metric, or a
 * dashboard panel for one that never existed, fails here rather than on an empty graph during an
 * incident.
 */
class MetricsCoverageHttpTest {

  /**
   * Queried but made by others: {@code up} by Prometheus for every scrape, {@code kube_*} by
   * kube-state-metrics (the readiness alert).
   */
  private static final Set<String> NOT_OURS = Set.of("up", "kube_pod_status_ready");

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String INSTALL_PROMTOOL = "promtool is not installed: it comes with"
      + " Prometheus (Debian/Ubuntu: apt-get install prometheus; elsewhere the release archive"
      + " from https://prometheus.io/download/); .ci/run installs it when it is missing";

  private static TestBroker broker;
  private static TestRedis redis;
  private static ApiService service;

  @BeforeAll
  static void startWithEverything() {
    broker = TestBroker.create();
    ServiceQueues.deleteOnClose(broker);
    redis = TestRedis.create();
    Map<String, String> variables = new HashMap<>();
    variables.put("RABBITMQ_URL", broker.uri().toString());
    variables.put("RABBITMQ_NAME_PREFIX", broker.prefix());
    variables.put("OUTBOX_POLL_INTERVAL", "200ms");
    variables.put("REDIS_URL", redis.url().toString());
    variables.put("REDIS_KEY_PREFIX", redis.keyPrefix());
    variables.put("HEALTH_CHECK_INTERVAL", "100ms");
    // small enough for this test to be refused once
    variables.put("RATE_LIMIT_ANONYMOUS", "2/1m");
    service = ApiService.start(variables);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      service.close();
    } finally {
      try {
        redis.close();
      } finally {
        broker.close();
      }
    }
  }

  @Test
  void every_metric_a_dashboard_or_an_alert_queries_is_exported() throws Exception {
    Map<String, Set<String>> queried = QueriedMetrics.under(Path.of("..", "deploy")).names();
    queried.keySet().removeAll(NOT_OURS);
    driveTraffic();

    // series of labelled metrics appear with their first observation, some of them (deliveries,
    // tasks, parked counts) only after the relay, the consumers and the sampler had their turn
    Map<String, Set<String>> missing = missing(queried, exported(scrape()));
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      missing = missing(queried, exported(scrape()));
    }

    assertThat(missing)
        .as("metrics queried by deploy/grafana and deploy/prometheus (name -> files) that"
            + " /metrics does not export")
        .isEmpty();
    assertThat(queried).as("the dashboards and rules query something").hasSizeGreaterThan(40);
  }

  @Test
  void promtool_check_metrics_finds_nothing_wrong_with_the_scrape() throws Exception {
    driveTraffic();
    String scrape = scrape();

    Process promtool;
    try {
      promtool = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true)
          .start();
    } catch (IOException notInstalled) {
      throw new AssertionError(INSTALL_PROMTOOL, notInstalled);
    }
    try (OutputStream in = promtool.getOutputStream()) {
      in.write(scrape.getBytes(StandardCharsets.UTF_8));
    }
    String report = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!promtool.waitFor(30, TimeUnit.SECONDS)) {
      promtool.destroyForcibly();
      fail("promtool check metrics did not finish within 30 s");
    }

    assertThat(report).as("promtool check metrics on the scrape").isEmpty();
    assertThat(promtool.exitValue()).as("promtool's exit code").isZero();
    assertThat(scrape).contains("http_server_request_duration_seconds_bucket");
  }

  /**
   * A little of everything: writes (outbox, relay, the notice consumer and task), reads twice
   * (a cache miss, then a hit), an export job (a task), refusals (401, then 429), a client that
   * breaks off mid-body, and a collection so that the GC's allocation counters exist.
   */
  private static void driveTraffic() {
    String tenant = ApiService.newTenant();
    String token = service.token(tenant, READ, WRITE);
    ApiResponse created = service.client().post("/api/v1/orders").token(token)
        .json(newOrder("EUR", line("BOOK-1", 1, 990, "EUR"))).send();
    assertThat(created.status()).isEqualTo(201);
    for (int read = 0; read < 2; read++) {
      assertThat(service.client().get("/api/v1/orders/" + created.id()).token(token).send()
          .status()).isEqualTo(200);
    }
    ApiResponse placed = service.client().post("/api/v1/orders/" + created.id() + "/place")
        .token(token).ifMatch(created.version()).send();
    assertThat(placed.status()).isEqualTo(200);
    assertThat(service.client().post("/api/v1/orders/exports").token(token)
        .json("{\"status\":\"PLACED\"}").send().status()).isEqualTo(202);
    int refused = 0;
    for (int anonymous = 0; anonymous < 4; anonymous++) {
      if (service.client().get("/api/v1/orders").send().status() == 429) {
        refused++;
      }
    }
    assertThat(refused).as("anonymous calls over the budget of 2 a minute").isPositive();
    // authenticated, so that the anonymous budget used up above does not refuse it unread
    RawHttp.abandon(service.port(), ("POST /api/v1/orders HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Bearer " + token + "\r\n"
        + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"customer\":")
        .getBytes(StandardCharsets.US_ASCII));
    System.gc();
  }

  private static String scrape() {
    return LocalHttp.get(service.port(), "/metrics").body();
  }

  /** Every sample name and every family name ({@code # TYPE}) of a text-format scrape. */
  private static Set<String> exported(String scrape) {
    Set<String> names = new TreeSet<>();
    for (String line : scrape.split("\n")) {
      if (line.startsWith("# TYPE ")) {
        names.add(line.split(" ")[2]);
      } else if (!line.isBlank() && !line.startsWith("#")) {
        int end = line.indexOf('{') >= 0 ? line.indexOf('{') : line.indexOf(' ');
        names.add(line.substring(0, end));
      }
    }
    return names;
  }

  private static Map<String, Set<String>> missing(
      Map<String, Set<String>> queried, Set<String> exported) {
    Map<String, Set<String>> missing = new TreeMap<>(queried);
    missing.keySet().removeAll(exported);
    return missing;
  }
}
