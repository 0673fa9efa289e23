package com.example.orders.adapters.persistence.contract;

import com.example.orders.application.audit.Actor;
import com.example.orders.application.audit.Audit;
import com.example.orders.application.order.AddOrderLine;
import com.example.orders.application.order.CancelOrder;
import com.example.orders.application.order.CreateOrder;
import com.example.orders.application.order.ListOrders;
import com.example.orders.application.order.OrderChanges;
import com.example.orders.application.order.OrderRef;
import com.example.orders.application.order.PayOrder;
import com.example.orders.application.order.PlaceOrder;
import com.example.orders.application.order.ShipOrder;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.OrderCache;
import com.example.orders.application.port.UuidV7Generator;
import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.CustomerContact;
import com.example.orders.domain.order.EventStamp;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.PaymentReference;
import com.example.orders.domain.order.Sku;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The application's real use cases over the storage under test, with deterministic time, plus
 * the samples the suites build orders from.
 */
final class UseCases {

  static final Currency EUR = Currency.getInstance("EUR");
  static final CustomerContact CUSTOMER = new CustomerContact("Ada Lovelace", "ada@example.com");

  /** Who every change of these use cases is made by. */
  static final Actor ACTOR =
      new Actor("user-7", Optional.of("203.0.113.7"), Optional.of("request-1"));

  final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-25T10:00:00Z"));
  final IdGenerator ids = new UuidV7Generator(clock);
  final CreateOrder create;
  final AddOrderLine addLine;
  final PlaceOrder place;
  final PayOrder pay;
  final ShipOrder ship;
  final CancelOrder cancel;
  final ListOrders list;

  UseCases(StorageUnderTest storage) {
    OrderChanges changes = new OrderChanges(
        storage.orders(), storage.outbox(), storage.transactions(), OrderCache.none(),
        new Audit(storage.auditTrail(), () -> ACTOR, ids, clock, true), ids, clock);
    create = new CreateOrder(changes);
    addLine = new AddOrderLine(changes);
    place = new PlaceOrder(changes);
    pay = new PayOrder(changes);
    ship = new ShipOrder(changes);
    cancel = new CancelOrder(changes);
    list = new ListOrders(storage.orders());
  }

  /**
   * A tenant no other test uses: suites share one database per class, and tenant isolation keeps
   * their tests apart without cleaning up between them.
   */
  static TenantId newTenant() {
    return new TenantId("tenant-" + UUID.randomUUID());
  }

  static OrderLine line(String sku, int quantity, long unitPriceMinor) {
    return new OrderLine(new Sku(sku), quantity, new Money(unitPriceMinor, EUR));
  }

  static OrderRef ref(Order order) {
    return new OrderRef(order.tenantId(), order.id(), order.version());
  }

  /** The same order under another id, e.g. to collide with a stored one. */
  static Order withId(Order order, OrderId id) {
    Order.Snapshot state = order.snapshot();
    return Order.restore(new Order.Snapshot(
        id, state.tenantId(), state.customer(), state.currency(), state.lines(), state.status(),
        state.paymentReference(), state.cancellationReason(), state.createdAt(), state.updatedAt(),
        state.version()));
  }

  /** A new draft order that is not stored yet, with its creation event still to pull. */
  Order unsavedDraft(TenantId tenant, OrderLine... lines) {
    return Order.create(new OrderId(ids.next()), tenant, CUSTOMER, EUR, List.of(lines), stamp());
  }

  EventStamp stamp() {
    return new EventStamp(ids.next(), clock.instant());
  }

  Order draft(TenantId tenant, OrderLine... lines) {
    return create.create(new CreateOrder.Command(tenant, CUSTOMER, EUR, List.of(lines)));
  }

  Order placed(TenantId tenant) {
    return place.place(ref(draft(tenant, line("BOOK-1", 2, 1_500))));
  }

  Order paid(TenantId tenant) {
    return pay.pay(ref(placed(tenant)), new PaymentReference("psp-" + ids.next()));
  }

  Order shipped(TenantId tenant) {
    return ship.ship(ref(paid(tenant)));
  }

  Order cancelled(TenantId tenant) {
    return cancel.cancel(ref(placed(tenant)), new CancellationReason("changed my mind"));
  }
}
