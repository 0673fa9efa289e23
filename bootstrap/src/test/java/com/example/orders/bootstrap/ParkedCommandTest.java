package com.example.orders.bootstrap;

import static com.example.orders.adapters.messaging.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.contract.RecordingConsumer;
import com.example.orders.adapters.messaging.rabbit.RabbitTransport;
import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.application.port.EventEnvelope;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code parked list|replay}: an operator sees why a message was parked and sends it back. */
class ParkedCommandTest {

  private static final RetryPolicy RETRIES = new RetryPolicy(2, Duration.ofMillis(100));

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RecordingConsumer mail =
      new RecordingConsumer("mail", Set.of("order.placed"), 0).failAlways(true);
  private TestBroker broker;
  private RabbitTransport running;

  @BeforeEach
  void parkAMessage() throws Exception {
    broker = TestBroker.create();
    running = broker.started(RETRIES, mail);
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
    broker.close();
  }

  @Test
  void list_prints_each_parked_message_with_its_reason_and_replay_sends_it_back() {
    EventEnvelope placed = event("order.placed");
    running.publish(List.of(placed));
    await().atMost(Duration.ofSeconds(20)).until(() -> !running.parked("mail", 10).isEmpty());

    int listed = run("parked", "list", "mail");
    String listing = out.toString(StandardCharsets.UTF_8);
    mail.failAlways(false);
    int replayed = run("parked", "replay", "mail", placed.id().toString());

    assertThat(listed).isZero();
    assertThat(listing).contains("\"messageId\":\"" + placed.id() + "\"")
        .contains("\"type\":\"order.placed\"")
        .contains("\"attempts\":2")
        .contains("\"reason\":\"IllegalStateException: the mail relay is down\"");
    assertThat(replayed).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("replayed 1 message(s) to mail");
    await().atMost(Duration.ofSeconds(20)).until(() -> mail.handled().size() == 1);
    assertThat(running.parked("mail", 10)).isEmpty();
  }

  @Test
  void list_as_a_process_writes_only_json_lines_to_stdout_and_its_logs_to_stderr()
      throws Exception {
    EventEnvelope placed = event("order.placed");
    running.publish(List.of(placed));
    await().atMost(Duration.ofSeconds(20)).until(() -> !running.parked("mail", 10).isEmpty());

    ServiceProcess.Finished listed = ServiceProcess.run(Map.of(
        "RABBITMQ_URL", broker.uri().toString(),
        "RABBITMQ_NAME_PREFIX", broker.prefix(),
        "LOG_LEVEL", "info"), "parked", "list", "mail");

    assertThat(listed.exitCode()).as(listed.stderr()).isZero();
    assertThat(listed.stdout().lines().toList()).singleElement().satisfies(line ->
        assertThat(line).startsWith("{\"consumer\":\"mail\"").contains(placed.id().toString()));
    assertThat(listed.stderr()).contains("\"message\":\"connected to the broker\"");
  }

  @Test
  void replay_without_an_event_id_or_all_is_a_usage_error() {
    int exitCode = run("parked", "replay", "mail");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("orders-service: replay needs an event id, or --all");
  }

  @Test
  void parked_without_a_broker_says_what_it_needs() {
    int exitCode = new Main(Map.of(), print(out), print(err)).run("parked", "list", "mail");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("orders-service: parked needs"
        + " RABBITMQ_URL");
  }

  private int run(String... args) {
    Map<String, String> environment = Map.of(
        "RABBITMQ_URL", broker.uri().toString(),
        "RABBITMQ_NAME_PREFIX", broker.prefix());
    return new Main(environment, print(out), print(err)).run(args);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
