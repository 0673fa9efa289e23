package com.example.orders.bootstrap.http;

import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.task.TaskConsumer;
import com.example.orders.adapters.messaging.testing.TestBroker;
import com.example.orders.application.export.ExportOrdersTask;
import com.example.orders.application.notification.OrderNotifications;
import com.example.orders.application.notification.SendNotice;
import java.util.List;

/** The queues a service with workers declares, so that a test with a broker deletes them all. */
final class ServiceQueues {

  /** The service's consumers: the features' and one per task handler. */
  static final List<String> CONSUMERS = List.of(OrderNotifications.NAME,
      TaskConsumer.PREFIX + SendNotice.NAME, TaskConsumer.PREFIX + ExportOrdersTask.NAME);

  private ServiceQueues() {}

  static void deleteOnClose(TestBroker broker) {
    CONSUMERS.forEach(consumer -> broker.deleteOnClose(consumer, RetryPolicy.DEFAULT));
  }
}
