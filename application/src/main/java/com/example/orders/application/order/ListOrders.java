package com.example.orders.application.order;

import com.example.orders.application.port.Orders;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Use case: page through the caller's orders, newest first, optionally by status. */
public final class ListOrders {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;

  private final Orders orders;

  public ListOrders(Orders orders) {
    this.orders = orders;
  }

  public Page list(Query query) {
    List<Order> fetched = orders.list(
        query.tenant(), query.status(), query.cursor().map(PageCursor::after), query.limit() + 1);
    if (fetched.size() <= query.limit()) {
      return new Page(fetched, Optional.empty());
    }
    List<Order> items = fetched.subList(0, query.limit());
    return new Page(List.copyOf(items), Optional.of(new PageCursor(items.getLast().id())));
  }

  /** Which orders to list: {@code limit} is 1 to {@value #MAX_PAGE_SIZE}. */
  public record Query(
      TenantId tenant, Optional<OrderStatus> status, Optional<PageCursor> cursor, int limit) {

    public Query {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(cursor, "cursor");
      InvalidValueException.require(
          limit >= 1 && limit <= MAX_PAGE_SIZE,
          "page.limit-out-of-range", "a page holds 1 to " + MAX_PAGE_SIZE + " orders");
    }
  }

  /** One page of orders and, when more follow, the cursor of the next page. */
  public record Page(List<Order> items, Optional<PageCursor> next) {}
}
