package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.messaging.notification.LoggingNotifier;
import com.example.orders.application.notification.Notifier;
import com.example.orders.application.notification.OrderNotifications;
import com.example.orders.application.notification.SendNotice;
import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.Inbox;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.application.task.TaskHandler;
import com.example.orders.application.task.TaskQueue;
import com.example.orders.bootstrap.observability.CountedNotifier;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;

/**
 * The notifications feature: its consumer of order events, added to the set the transport
 * starts, the task that sends each notice, and the notifier it sends through (a log line until
 * an e-mail adapter exists).
 */
@Module
final class NotificationsModule {

  private NotificationsModule() {}

  @Provides
  @Singleton
  static Notifier notifier(PrometheusRegistry registry, OpenTelemetry telemetry) {
    return new CountedNotifier(new LoggingNotifier(telemetry), registry);
  }

  @Provides
  @IntoSet
  static EventConsumer orderNotifications(Inbox inbox, TransactionRunner transactions,
      TaskQueue tasks) {
    return new OrderNotifications(inbox, transactions, tasks);
  }

  @Provides
  @IntoSet
  static TaskHandler sendNotice(Inbox inbox, TransactionRunner transactions, Notifier notifier) {
    return new SendNotice(inbox, transactions, notifier);
  }
}
