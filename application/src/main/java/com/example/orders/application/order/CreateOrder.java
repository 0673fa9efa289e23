package com.example.orders.application.order;

import com.example.orders.domain.order.CustomerContact;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.shared.TenantId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** Use case: start a draft order for a customer, with zero or more lines. */
public final class CreateOrder {

  private final OrderChanges changes;

  public CreateOrder(OrderChanges changes) {
    this.changes = changes;
  }

  public Order create(Command command) {
    OrderId id = new OrderId(changes.ids().next());
    return changes.create(stamp -> Order.create(
        id, command.tenant(), command.customer(), command.currency(), command.lines(), stamp));
  }

  /** What a new order starts with. */
  public record Command(
      TenantId tenant, CustomerContact customer, Currency currency, List<OrderLine> lines) {

    public Command {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(currency, "currency");
      lines = List.copyOf(lines);
    }
  }
}
