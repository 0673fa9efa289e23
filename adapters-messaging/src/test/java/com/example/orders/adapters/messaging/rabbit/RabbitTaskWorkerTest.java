package com.example.orders.adapters.messaging.rabbit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.contract.TaskWorkerContract;
import com.example.orders.adapters.messaging.task.TaskConsumer;
import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.application.task.TaskHandler;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The task worker on RabbitMQ passes the task contract, on names of its own. */
class RabbitTaskWorkerTest extends TaskWorkerContract {

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
  protected void using(TaskHandler handler) {
    broker.deleteOnClose(TaskConsumer.PREFIX + handler.name(), RETRIES);
  }
}
