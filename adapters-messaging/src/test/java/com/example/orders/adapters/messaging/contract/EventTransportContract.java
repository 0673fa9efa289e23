package com.example.orders.adapters.messaging.contract;

import static com.example.orders.adapters.messaging.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.application.port.ParkedMessage;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.EventEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventTransport} must do. Each test starts a transport of its own with
 * consumers of its own; {@link #newTransport} may share a broker between them.
 */
public abstract class EventTransportContract {

  protected static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofMillis(100));
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final AtomicInteger CONSUMERS = new AtomicInteger();

  private final List<EventTransport> started = new ArrayList<>();

  /** A new transport, not started, with {@link #RETRIES}. */
  protected abstract EventTransport newTransport(RetryPolicy retries);

  /** Waits until the consumers of a started transport receive messages. */
  protected abstract void awaitConsumers(EventTransport transport) throws Exception;

  @AfterEach
  void closeTransports() {
    started.forEach(EventTransport::close);
  }

  @Test
  public void a_confirmed_event_reaches_each_consumer_of_its_type_once_as_it_was_published()
      throws Exception {
    RecordingConsumer mail = consumer(Set.of("thing.placed"), 0);
    RecordingConsumer audit = consumer(Set.of("thing.placed", "thing.cancelled"), 0);
    EventTransport transport = start(mail, audit);
    EventEnvelope placed = event("thing.placed");

    Set<UUID> confirmed = transport.publish(List.of(placed));

    assertThat(confirmed).containsExactly(placed.id());
    await().atMost(PATIENCE).until(() -> mail.handled().size() == 1
        && audit.handled().size() == 1);
    settle();
    assertThat(mail.handled()).containsExactly(placed);
    assertThat(audit.handled()).containsExactly(placed);
  }

  @Test
  public void an_event_goes_only_to_consumers_of_its_type() throws Exception {
    RecordingConsumer mail = consumer(Set.of("thing.placed"), 0);
    RecordingConsumer audit = consumer(Set.of("thing.cancelled"), 0);
    EventTransport transport = start(mail, audit);
    EventEnvelope cancelled = event("thing.cancelled");
    EventEnvelope shipped = event("thing.shipped");

    Set<UUID> confirmed = transport.publish(List.of(cancelled, shipped));

    assertThat(confirmed).containsExactlyInAnyOrder(cancelled.id(), shipped.id());
    await().atMost(PATIENCE).until(() -> audit.handled().size() == 1);
    settle();
    assertThat(audit.handled()).containsExactly(cancelled);
    assertThat(mail.handled()).isEmpty();
  }

  @Test
  public void every_event_of_a_large_batch_is_confirmed_and_delivered_once() throws Exception {
    RecordingConsumer mail = consumer(Set.of("thing.placed"), 0);
    EventTransport transport = start(mail);
    List<EventEnvelope> events = IntStream.range(0, 500)
        .mapToObj(index -> event("thing.placed", index + 1)).toList();

    Set<UUID> confirmed = transport.publish(events);

    assertThat(confirmed).hasSize(500);
    await().atMost(PATIENCE).until(() -> mail.handled().size() >= 500);
    settle();
    assertThat(mail.handled()).containsExactlyInAnyOrderElementsOf(events);
  }

  @Test
  public void a_consumer_that_fails_gets_the_event_again_until_it_succeeds() throws Exception {
    RecordingConsumer flaky = consumer(Set.of("thing.placed"), 2);
    EventTransport transport = start(flaky);
    EventEnvelope placed = event("thing.placed");

    transport.publish(List.of(placed));

    await().atMost(PATIENCE).until(() -> flaky.handled().size() == 1);
    settle();
    assertThat(flaky.handled()).containsExactly(placed);
    assertThat(flaky.attempts()).isEqualTo(3);
    assertThat(transport.parked(flaky.name(), 10)).isEmpty();
  }

  @Test
  public void a_consumer_that_always_fails_ends_parked_after_the_last_attempt_with_its_reason()
      throws Exception {
    RecordingConsumer broken = consumer(Set.of("thing.placed"), 0).failAlways(true);
    EventTransport transport = start(broken);
    EventEnvelope placed = event("thing.placed");

    transport.publish(List.of(placed));

    await().atMost(PATIENCE).until(() -> !transport.parked(broken.name(), 10).isEmpty());
    settle();
    assertThat(broken.attempts()).isEqualTo(RETRIES.maxAttempts());
    List<ParkedMessage> parked = transport.parked(broken.name(), 10);
    assertThat(parked).singleElement().satisfies(message -> {
      assertThat(message.messageId()).isEqualTo(placed.id().toString());
      assertThat(message.type()).isEqualTo("thing.placed");
      assertThat(message.reason()).isEqualTo("IllegalStateException: the mail relay is down");
      assertThat(message.attempts()).isEqualTo(RETRIES.maxAttempts());
      assertThat(message.body()).contains(placed.id().toString());
    });
    // listing takes the messages without acknowledging them: they are counted once returned
    await().atMost(PATIENCE).until(() -> transport.parkedCount(broken.name()) == 1);
  }

  @Test
  public void a_replayed_message_is_handled_once_the_consumer_works_again() throws Exception {
    RecordingConsumer broken = consumer(Set.of("thing.placed"), 0).failAlways(true);
    EventTransport transport = start(broken);
    EventEnvelope placed = event("thing.placed");
    transport.publish(List.of(placed));
    await().atMost(PATIENCE).until(() -> !transport.parked(broken.name(), 10).isEmpty());

    broken.failAlways(false);
    int replayed = transport.replay(broken.name(), Optional.of(placed.id()));

    assertThat(replayed).isEqualTo(1);
    await().atMost(PATIENCE).until(() -> broken.handled().size() == 1);
    settle();
    assertThat(broken.handled()).containsExactly(placed);
    assertThat(transport.parked(broken.name(), 10)).isEmpty();
    assertThat(transport.parkedCount(broken.name())).isZero();
  }

  @Test
  public void replaying_another_id_leaves_the_parked_message_where_it_is() throws Exception {
    RecordingConsumer broken = consumer(Set.of("thing.placed"), 0).failAlways(true);
    EventTransport transport = start(broken);
    transport.publish(List.of(event("thing.placed")));
    await().atMost(PATIENCE).until(() -> !transport.parked(broken.name(), 10).isEmpty());

    int replayed = transport.replay(broken.name(), Optional.of(UUID.randomUUID()));

    assertThat(replayed).isZero();
    assertThat(transport.parked(broken.name(), 10)).hasSize(1);
  }

  /** A consumer with a name of its own, so that tests never share a queue. */
  protected RecordingConsumer consumer(Set<String> types, int failures) {
    return new RecordingConsumer("c" + CONSUMERS.incrementAndGet(), types, failures);
  }

  private EventTransport start(EventConsumer... consumers) throws Exception {
    EventTransport transport = newTransport(RETRIES);
    started.add(transport);
    transport.start(List.of(consumers));
    awaitConsumers(transport);
    return transport;
  }

  /** Time for a delivery that should not happen (a duplicate, a stray type) to show up. */
  private static void settle() throws InterruptedException {
    Thread.sleep(300);
  }
}
