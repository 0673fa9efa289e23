package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.OperationalEndpoint;
import com.example.orders.adapters.http.admin.ParkedRoutes;
import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.adapters.messaging.EventTransport;
import com.example.orders.adapters.messaging.MessagingTracing;
import com.example.orders.adapters.messaging.inprocess.InProcessTransport;
import com.example.orders.adapters.messaging.rabbit.RabbitTransport;
import com.example.orders.adapters.messaging.relay.OutboxRelay;
import com.example.orders.adapters.messaging.relay.RelayObserver;
import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.Inbox;
import com.example.orders.application.port.PendingEvents;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.HealthVariables;
import com.example.orders.bootstrap.config.MessagingConfig;
import com.example.orders.bootstrap.config.MessagingVariables;
import com.example.orders.bootstrap.events.AsyncApiEndpoint;
import com.example.orders.bootstrap.events.BackgroundWork;
import com.example.orders.bootstrap.events.InboxPurge;
import com.example.orders.bootstrap.chores.Periodic;
import com.example.orders.bootstrap.observability.HealthCheck;
import com.example.orders.bootstrap.observability.MessagingMetrics;
import com.example.orders.bootstrap.observability.ParkedCounts;
import com.example.orders.bootstrap.observability.TaskMetrics;
import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import dagger.multibindings.Multibinds;
import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Events and background work: the transport (RabbitMQ when {@code RABBITMQ_URL} is set,
 * otherwise in process), the outbox relay, and the features' consumers, which each feature's
 * module adds with {@code @IntoSet} without touching this one.
 */
@Module
abstract class MessagingModule {

  private MessagingModule() {}

  /** Every feature's consumers; none is also a valid answer. */
  @Multibinds
  abstract Set<EventConsumer> consumers();

  @Binds
  abstract RelayObserver relayObserver(MessagingMetrics metrics);

  /** Deliveries count per consumer, and those of tasks per task name as well. */
  @Provides
  @Singleton
  static DeliveryObserver deliveryObserver(MessagingMetrics metrics, PrometheusRegistry registry) {
    return new TaskMetrics(metrics, registry);
  }

  @Binds
  @IntoSet
  abstract OperationalEndpoint asyncApi(AsyncApiEndpoint endpoint);

  /** The operators' API on parked messages, for the consumers this service has. */
  @Provides
  @IntoSet
  static ApiRoutes parkedRoutes(EventTransport transport, Set<EventConsumer> consumers) {
    return new ParkedRoutes(transport,
        consumers.stream().map(EventConsumer::name).collect(Collectors.toSet()));
  }

  @Provides
  static MessagingConfig messaging(Config config) {
    return config.get(MessagingVariables.MESSAGING);
  }

  /** Spans of publishing, deliveries and task runs (ADR 0033). */
  @Provides
  @Singleton
  static MessagingTracing messagingTracing(OpenTelemetry telemetry) {
    return new MessagingTracing(telemetry);
  }

  @Provides
  @Singleton
  static EventTransport transport(MessagingConfig messaging, DeliveryObserver observer,
      Clock clock, MessagingTracing tracing) {
    return messaging.rabbit()
        .<EventTransport>map(settings -> new RabbitTransport(settings, observer, tracing))
        .orElseGet(() -> new InProcessTransport(messaging.consumers(), observer, clock));
  }

  /** The background side of the process; empty when it only serves the API. */
  @Provides
  @Singleton
  static Optional<BackgroundWork> backgroundWork(MessagingConfig messaging,
      PendingEvents pending, EventTransport transport, RelayObserver observer,
      Set<EventConsumer> consumers, Inbox inbox, PrometheusRegistry registry, Config config,
      Clock clock) {
    if (!messaging.runMode().runsWorkers()) {
      return Optional.empty();
    }
    OutboxRelay relay = new OutboxRelay(pending, transport, messaging.relay(), observer, clock);
    Set<String> names = consumers.stream().map(EventConsumer::name).collect(Collectors.toSet());
    List<Periodic> chores = List.of(
        new Periodic("inbox-purge", messaging.relay().purgeInterval(),
            new InboxPurge(inbox, messaging.inboxRetention(), clock)),
        // sampled as often as the health checks run, so a scrape never waits for the broker
        new Periodic("parked-counts", config.get(HealthVariables.HEALTH).interval(),
            new ParkedCounts(registry, transport, names)));
    return Optional.of(new BackgroundWork(transport, relay, consumers, chores));
  }

  /**
   * A worker without its broker does nothing useful: the broker is critical to its readiness. A
   * process that also serves the API reports the broker as degradable (DEGRADED, still ready):
   * the API goes on accepting changes while the broker is away, their events wait in the outbox.
   * An API-only process does not use the broker for its work and does not check it, and without
   * {@code RABBITMQ_URL} there is no broker to check.
   */
  @Provides
  @ElementsIntoSet
  static Set<HealthCheck> brokerCheck(MessagingConfig messaging, EventTransport transport) {
    if (messaging.rabbit().isEmpty()) {
      return Set.of();
    }
    return switch (messaging.runMode()) {
      case WORKER -> Set.of(HealthCheck.critical("broker", transport::isConnected));
      case ALL -> Set.of(HealthCheck.degradable("broker", transport::isConnected));
      case API -> Set.of();
    };
  }
}
