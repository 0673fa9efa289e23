package com.example.orders.adapters.messaging.inprocess;

import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.contract.TaskWorkerContract;
import com.example.orders.adapters.messaging.testing.TestBroker;
import java.time.Clock;

/** The task worker on the in-process transport passes the task contract. */
class InProcessTaskWorkerTest extends TaskWorkerContract {

  @Override
  protected EventTransport newTransport(RetryPolicy retries) {
    return new InProcessTransport(
        TestBroker.consumers(retries), DeliveryObserver.NONE, Clock.systemUTC());
  }

  @Override
  protected void awaitConsumers(EventTransport transport) {
    // consumers take messages from the moment they are started
  }
}
