package com.example.orders.adapters.messaging.rabbit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.contract.EventTransportContract;
import com.example.orders.adapters.messaging.contract.RecordingConsumer;
import com.example.orders.adapters.messaging.testing.TestBroker;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The RabbitMQ transport passes the {@code EventTransport} contract, on names of its own. */
class RabbitTransportTest extends EventTransportContract {

  private static TestBroker broker;

  @BeforeAll
  static void connect() {
    broker = TestBroker.create();
  }

  @AfterAll
  static void deleteTopology() throws Exception {
    broker.close();
  }

  @Override
  protected EventTransport newTransport(RetryPolicy retries) {
    return new RabbitTransport(broker.settings(retries), DeliveryObserver.NONE);
  }

  @Override
  protected void awaitConsumers(EventTransport transport) throws Exception {
    assertThat(((RabbitTransport) transport).awaitStarted(Duration.ofSeconds(20))).isTrue();
  }

  @Override
  protected RecordingConsumer consumer(Set<String> types, int failures) {
    RecordingConsumer consumer = super.consumer(types, failures);
    broker.deleteOnClose(consumer.name(), RETRIES);
    return consumer;
  }
}
