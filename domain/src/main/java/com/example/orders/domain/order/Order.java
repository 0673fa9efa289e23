package com.example.orders.domain.order;

import com.example.orders.domain.order.OrderEvent.OrderCancelled;
import com.example.orders.domain.order.OrderEvent.OrderCreated;
import com.example.orders.domain.order.OrderEvent.OrderPaid;
import com.example.orders.domain.order.OrderEvent.OrderPlaced;
import com.example.orders.domain.order.OrderEvent.OrderShipped;
import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's order: the aggregate root that guards every rule about its lines and status.
 *
 * <p>Every change bumps {@link #version()} by one. Creation and every status change record an
 * {@link OrderEvent} carrying the new version (line edits of a draft do not: nobody outside the
 * order cares about a draft's lines until it is placed, and {@code OrderPlaced} carries the
 * total); {@link #pullEvents()} hands them to whoever persists the change.
 */
public final class Order {

  /** An order holds at most this many lines. */
  public static final int MAX_LINES = 100;

  private final OrderId id;
  private final TenantId tenantId;
  private final CustomerContact customer;
  private final Currency currency;
  private final List<OrderLine> lines;
  private final Instant createdAt;
  private OrderStatus status;
  private PaymentReference paymentReference;
  private CancellationReason cancellationReason;
  private Instant updatedAt;
  private long version;
  private final List<OrderEvent> events = new ArrayList<>();

  private Order(Snapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.tenantId = Objects.requireNonNull(s.tenantId(), "tenantId");
    this.customer = Objects.requireNonNull(s.customer(), "customer");
    this.currency = Objects.requireNonNull(s.currency(), "currency");
    this.lines = new ArrayList<>(s.lines());
    this.status = Objects.requireNonNull(s.status(), "status");
    this.paymentReference = s.paymentReference().orElse(null);
    this.cancellationReason = s.cancellationReason().orElse(null);
    this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
    this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
    this.version = s.version();
  }

  /** Starts a draft order at version 1, with the given lines (possibly none). */
  public static Order create(
      OrderId id, TenantId tenantId, CustomerContact customer, Currency currency,
      List<OrderLine> lines, EventStamp stamp) {
    Order order = new Order(new Snapshot(
        id, tenantId, customer, currency, List.of(), OrderStatus.DRAFT, Optional.empty(),
        Optional.empty(), stamp.occurredAt(), stamp.occurredAt(), 1));
    lines.forEach(order::appendLine);
    order.events.add(new OrderCreated(stamp.eventId(), tenantId, id, 1, stamp.occurredAt()));
    return order;
  }

  /** Rebuilds an order from storage; records no event. */
  public static Order restore(Snapshot snapshot) {
    return new Order(snapshot);
  }

  /** Adds a line for a SKU the order does not have yet. Only while DRAFT. */
  public void addLine(OrderLine line, EventStamp stamp) {
    requireDraft();
    appendLine(line);
    touch(stamp);
  }

  /** Removes the line for a SKU. Only while DRAFT. */
  public void removeLine(Sku sku, EventStamp stamp) {
    requireDraft();
    if (!lines.removeIf(line -> line.sku().equals(sku))) {
      throw new LineNotFoundException(sku);
    }
    touch(stamp);
  }

  /** Commits the customer to the order; it needs at least one line. */
  public void place(EventStamp stamp) {
    moveTo(OrderStatus.PLACED);
    if (lines.isEmpty()) {
      throw new OrderRuleViolation("order.empty", "an order needs at least one line to be placed");
    }
    status = OrderStatus.PLACED;
    touch(stamp);
    events.add(new OrderPlaced(stamp.eventId(), tenantId, id, version, stamp.occurredAt(), total()));
  }

  /** Records the payment of a placed order. */
  public void pay(PaymentReference reference, EventStamp stamp) {
    Objects.requireNonNull(reference, "reference");
    moveTo(OrderStatus.PAID);
    status = OrderStatus.PAID;
    paymentReference = reference;
    touch(stamp);
    events.add(new OrderPaid(stamp.eventId(), tenantId, id, version, stamp.occurredAt(), reference));
  }

  /** Records that a paid order was shipped. */
  public void ship(EventStamp stamp) {
    moveTo(OrderStatus.SHIPPED);
    status = OrderStatus.SHIPPED;
    touch(stamp);
    events.add(new OrderShipped(stamp.eventId(), tenantId, id, version, stamp.occurredAt()));
  }

  /** Cancels a draft or placed order. */
  public void cancel(CancellationReason reason, EventStamp stamp) {
    Objects.requireNonNull(reason, "reason");
    moveTo(OrderStatus.CANCELLED);
    status = OrderStatus.CANCELLED;
    cancellationReason = reason;
    touch(stamp);
    events.add(new OrderCancelled(stamp.eventId(), tenantId, id, version, stamp.occurredAt(), reason));
  }

  /** The sum of all line totals, zero in the order's currency when there are no lines. */
  public Money total() {
    return lines.stream().map(OrderLine::total).reduce(Money.zero(currency), Money::plus);
  }

  /** Returns the events recorded since the last call and forgets them. */
  public List<OrderEvent> pullEvents() {
    List<OrderEvent> pulled = List.copyOf(events);
    events.clear();
    return pulled;
  }

  /** The order's full state, for storage and for read models. */
  public Snapshot snapshot() {
    return new Snapshot(
        id, tenantId, customer, currency, List.copyOf(lines), status,
        Optional.ofNullable(paymentReference), Optional.ofNullable(cancellationReason),
        createdAt, updatedAt, version);
  }

  public OrderId id() {
    return id;
  }

  public TenantId tenantId() {
    return tenantId;
  }

  public OrderStatus status() {
    return status;
  }

  public long version() {
    return version;
  }

  public List<OrderLine> lines() {
    return List.copyOf(lines);
  }

  private void appendLine(OrderLine line) {
    Objects.requireNonNull(line, "line");
    if (!line.unitPrice().currency().equals(currency)) {
      throw new InvalidValueException(
          "money.currency-mismatch",
          "this order is in " + currency + "; a line priced in "
              + line.unitPrice().currency() + " cannot be added");
    }
    if (lines.stream().anyMatch(existing -> existing.sku().equals(line.sku()))) {
      throw new OrderRuleViolation(
          "order.duplicate-sku", "the order already has a line for SKU " + line.sku());
    }
    if (lines.size() >= MAX_LINES) {
      throw new OrderRuleViolation(
          "order.too-many-lines", "an order holds at most " + MAX_LINES + " lines");
    }
    total().plus(line.total()); // throws money.out-of-range before a too-large total is stored
    lines.add(line);
  }

  private void requireDraft() {
    if (status != OrderStatus.DRAFT) {
      throw new OrderRuleViolation(
          "order.not-draft", "lines can only change while the order is DRAFT; it is " + status);
    }
  }

  private void moveTo(OrderStatus next) {
    if (!status.canMoveTo(next)) {
      throw new IllegalTransitionException(status, next);
    }
  }

  private void touch(EventStamp stamp) {
    version++;
    updatedAt = stamp.occurredAt();
  }

  /**
   * The state of an order as data, to store it and to read it back.
   *
   * @param version the number of changes the order has seen, starting at 1
   */
  public record Snapshot(
      OrderId id, TenantId tenantId, CustomerContact customer, Currency currency,
      List<OrderLine> lines, OrderStatus status, Optional<PaymentReference> paymentReference,
      Optional<CancellationReason> cancellationReason, Instant createdAt, Instant updatedAt,
      long version) {

    public Snapshot {
      lines = List.copyOf(lines);
    }
  }
}
