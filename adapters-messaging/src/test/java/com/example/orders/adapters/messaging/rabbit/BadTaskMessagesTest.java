package com.example.orders.adapters.messaging.rabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.cloudevents.CloudEventJson;
import com.example.orders.adapters.messaging.contract.RecordingTaskHandler;
import com.example.orders.adapters.messaging.task.TaskConsumer;
import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.ParkedMessage;
import com.example.orders.application.task.Task;
import com.example.orders.domain.shared.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Task messages that no retry can fix, put on a task queue with a raw channel (a task name no
 * handler has, a body that is no event, one over the size limit), are parked at once with the
 * reason; the worker goes on and runs the next good task.
 */
class BadTaskMessagesTest {

  private static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofMillis(100));

  private final RecordingTaskHandler handler = RecordingTaskHandler.fresh(0);
  private final String consumer = TaskConsumer.PREFIX + handler.name();
  private TestBroker broker;
  private RabbitTransport transport;

  @BeforeEach
  void startWorker() throws Exception {
    broker = TestBroker.create();
    broker.deleteOnClose(consumer, RETRIES);
    transport = broker.started(RETRIES, new TaskConsumer(handler));
  }

  @AfterEach
  void stop() throws Exception {
    transport.close();
    broker.close();
  }

  @Test
  void unknown_task_names_malformed_and_oversized_tasks_are_parked_with_a_reason_and_not_retried()
      throws Exception {
    EventEnvelope unknown = task("no-such-task");
    EventEnvelope good = task(handler.name());
    broker.publishConfirmed(broker.topology().queue(consumer),
        CloudEventJson.write(unknown),
        "{\"specversion\":\"1.0\",\"type\":\"task.x\"}".getBytes(StandardCharsets.UTF_8),
        new byte[70 * 1024],
        CloudEventJson.write(good));

    // asserted, not a boolean: a timeout then says which of the two was still missing
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      assertThat(transport.parked(consumer, 10)).extracting(ParkedMessage::reason).hasSize(3);
      assertThat(handler.done()).extracting(Task::id).hasSize(1);
    });

    List<ParkedMessage> parked = transport.parked(consumer, 10);
    assertThat(parked).extracting(ParkedMessage::reason)
        .anySatisfy(reason -> assertThat(reason)
            .isEqualTo("the consumer does not take events of type task.no-such-task"))
        .anySatisfy(reason -> assertThat(reason).startsWith("not a readable event: "))
        .anySatisfy(reason -> assertThat(reason)
            .isEqualTo("the message has 71680 bytes, more than the 65536 accepted"));
    assertThat(parked).extracting(ParkedMessage::attempts).containsOnly(0);
    assertThat(handler.runs()).isEqualTo(1);
    assertThat(handler.done()).extracting(Task::id).containsExactly(good.id());
    assertThat(broker.messageCount(broker.topology().queue(consumer))).isZero();
  }

  private static EventEnvelope task(String name) {
    UUID id = UUID.randomUUID();
    return new EventEnvelope(id, Task.eventType(name), Task.AGGREGATE_TYPE, id,
        new TenantId("tasks"), 1, Instant.now(), 1, Map.of());
  }
}
