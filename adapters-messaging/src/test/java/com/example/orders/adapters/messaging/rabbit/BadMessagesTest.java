package com.example.orders.adapters.messaging.rabbit;

import static com.example.orders.adapters.messaging.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.application.port.ParkedMessage;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.cloudevents.CloudEventJson;
import com.example.orders.adapters.messaging.contract.RecordingConsumer;
import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.application.port.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Messages that no retry can fix, put on a consumer's queue with a raw channel, are parked at
 * once with the reason, and the consumer goes on with the next message.
 */
class BadMessagesTest {

  private static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofMillis(100));

  private TestBroker broker;
  private RabbitTransport transport;
  private final RecordingConsumer consumer =
      new RecordingConsumer("mail", Set.of("order.placed"), 0);

  @BeforeEach
  void startConsumer() throws Exception {
    broker = TestBroker.create();
    transport = broker.started(RETRIES, consumer);
  }

  @AfterEach
  void stop() throws Exception {
    transport.close();
    broker.close();
  }

  @Test
  void unreadable_oversized_and_foreign_messages_are_parked_with_a_reason_and_never_retried()
      throws Exception {
    EventEnvelope foreign = event("order.shipped");
    EventEnvelope good = event("order.placed");
    broker.publishConfirmed(broker.topology().queue(consumer.name()),
        "{not json".getBytes(StandardCharsets.UTF_8),
        new byte[70 * 1024],
        CloudEventJson.write(foreign),
        CloudEventJson.write(good));

    // asserted, not a boolean: a timeout then says which of the two was still missing
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      assertThat(transport.parked("mail", 10)).extracting(ParkedMessage::reason).hasSize(3);
      assertThat(consumer.handled()).hasSize(1);
    });

    assertThat(transport.parked("mail", 10)).extracting(ParkedMessage::reason)
        .containsExactlyInAnyOrder(
            "not a readable event: the body is not JSON",
            "the message has 71680 bytes, more than the 65536 accepted",
            "the consumer does not take events of type order.shipped");
    assertThat(transport.parked("mail", 10)).extracting(ParkedMessage::attempts)
        .containsOnly(0);
    assertThat(consumer.attempts()).isEqualTo(1);
    assertThat(consumer.handled()).containsExactly(good);
  }
}
