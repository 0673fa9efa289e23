package com.example.orders.bootstrap.wiring;

import com.example.orders.application.audit.Audit;
import com.example.orders.application.idempotency.IdempotentRequests;
import com.example.orders.application.order.AddOrderLine;
import com.example.orders.application.order.CancelOrder;
import com.example.orders.application.order.CreateOrder;
import com.example.orders.application.order.GetOrder;
import com.example.orders.application.order.ListOrders;
import com.example.orders.application.order.OrderChanges;
import com.example.orders.application.order.PayOrder;
import com.example.orders.application.order.PlaceOrder;
import com.example.orders.application.order.RemoveOrderLine;
import com.example.orders.application.order.ShipOrder;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.IdempotencyKeys;
import com.example.orders.application.port.OrderCache;
import com.example.orders.application.port.Orders;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.application.port.UuidV7Generator;
import com.example.orders.bootstrap.chores.Periodic;
import com.example.orders.bootstrap.chores.Purge;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.IdempotencyVariables;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The application core: its use cases, and the time and ids that no adapter supplies.
 *
 * <p>The use cases are built by explicit constructor calls, and the application carries no
 * {@code @Inject} annotations at all: for annotated constructors Dagger would generate
 * {@code _Factory} classes inside the application's packages, importing {@code dagger.internal}
 * there and breaking the rule that the application depends on nothing but the domain.
 */
@Module
public final class ApplicationModule {

  private ApplicationModule() {}

  /**
   * UTC, ticking in whole microseconds: PostgreSQL stores timestamps to the microsecond, so an
   * order read back equals the one saved, in memory and in the database alike.
   */
  @Provides
  @Singleton
  static Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  /** One generator for the process: it holds a {@code SecureRandom}, costly to seed. */
  @Provides
  @Singleton
  static IdGenerator ids(Clock clock) {
    return new UuidV7Generator(clock);
  }

  @Provides
  @Singleton
  static OrderChanges orderChanges(Orders orders, Outbox outbox, TransactionRunner transactions,
      OrderCache cache, Audit audit, IdGenerator ids, Clock clock) {
    return new OrderChanges(orders, outbox, transactions, cache, audit, ids, clock);
  }

  @Provides
  @Singleton
  static IdempotentRequests idempotentRequests(IdempotencyKeys keys,
      TransactionRunner transactions, Clock clock, Config config) {
    return new IdempotentRequests(
        keys, transactions, clock, config.get(IdempotencyVariables.IDEMPOTENCY));
  }

  /** Deletes expired idempotency keys every ten minutes. */
  @Provides
  @IntoSet
  static Periodic idempotencyKeyPurge(IdempotentRequests requests) {
    return new Periodic("idempotency-purge", Duration.ofMinutes(10),
        new Purge("expired idempotency keys", requests::purgeExpired));
  }

  @Provides
  static CreateOrder createOrder(OrderChanges changes) {
    return new CreateOrder(changes);
  }

  @Provides
  static AddOrderLine addOrderLine(OrderChanges changes) {
    return new AddOrderLine(changes);
  }

  @Provides
  static RemoveOrderLine removeOrderLine(OrderChanges changes) {
    return new RemoveOrderLine(changes);
  }

  @Provides
  static PlaceOrder placeOrder(OrderChanges changes) {
    return new PlaceOrder(changes);
  }

  @Provides
  static PayOrder payOrder(OrderChanges changes) {
    return new PayOrder(changes);
  }

  @Provides
  static ShipOrder shipOrder(OrderChanges changes) {
    return new ShipOrder(changes);
  }

  @Provides
  static CancelOrder cancelOrder(OrderChanges changes) {
    return new CancelOrder(changes);
  }

  @Provides
  static GetOrder getOrder(Orders orders, OrderCache cache) {
    return new GetOrder(orders, cache);
  }

  @Provides
  static ListOrders listOrders(Orders orders) {
    return new ListOrders(orders);
  }
}
