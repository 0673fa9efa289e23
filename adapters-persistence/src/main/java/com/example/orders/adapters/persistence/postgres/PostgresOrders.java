package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.ConcurrentModificationException;
import com.example.orders.application.port.Orders;
import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.order.PaymentReference;
import com.example.orders.domain.shared.TenantId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The {@link Orders} port on PostgreSQL: one row per order in {@code orders}, read and written
 * whole. Joins the transaction of the calling thread when there is one.
 */
public final class PostgresOrders implements Orders {

  private static final String FIND = "SELECT " + OrderRows.COLUMNS
      + " FROM orders WHERE tenant_id = ? AND id = ?";

  private static final String INSERT = "INSERT INTO orders (" + OrderRows.COLUMNS + ")"
      + " VALUES (:tenant, :id, :status, :customerName, :customerEmail, :currency,"
      + " CAST(:lines AS jsonb), :paymentReference, :cancellationReason, :createdAt, :updatedAt,"
      + " :version)";

  // Every column but the key and the creation time: the row is the aggregate, saved whole.
  private static final String UPDATE = "UPDATE orders SET status = :status,"
      + " customer_name = :customerName, customer_email = :customerEmail, currency = :currency,"
      + " lines = CAST(:lines AS jsonb), payment_reference = :paymentReference,"
      + " cancellation_reason = :cancellationReason, updated_at = :updatedAt, version = :version"
      + " WHERE tenant_id = :tenant AND id = :id AND version = :expectedVersion";

  private final HandleBinding handles;

  public PostgresOrders(PostgresDatabase database) {
    this.handles = database.handles();
  }

  /** Plain JDBC: the read path's one statement, without Jdbi's per-statement set-up. */
  @Override
  public Optional<Order> find(TenantId tenant, OrderId id) {
    return handles.query(tenant, FIND, (statement, first) -> {
      statement.setString(first, tenant.value());
      statement.setObject(first + 1, id.value());
    }, row -> row.next() ? Optional.of(OrderRows.read(row)) : Optional.empty());
  }

  @Override
  public void add(Order order) {
    Order.Snapshot state = order.snapshot();
    handles.withHandle(state.tenantId(), handle -> {
      try {
        return bindState(handle.createUpdate(INSERT), state)
            .bind("createdAt", OrderRows.timestamp(state.createdAt()))
            .execute();
      } catch (UnableToExecuteStatementException failure) {
        if (DatabaseFailures.hasSqlState(failure, DatabaseFailures.UNIQUE_VIOLATION)) {
          throw new IllegalStateException(
              "order " + state.id() + " of tenant " + state.tenantId() + " already exists",
              failure);
        }
        throw failure;
      }
    });
  }

  @Override
  public void update(Order order, long expectedVersion) {
    Order.Snapshot state = order.snapshot();
    int updated = handles.withHandle(state.tenantId(), handle ->
        bindState(handle.createUpdate(UPDATE), state)
            .bind("expectedVersion", expectedVersion)
            .execute());
    if (updated == 0) {
      throw new ConcurrentModificationException("order",
          "order " + state.id() + " is no longer at version " + expectedVersion);
    }
  }

  @Override
  public List<Order> list(
      TenantId tenant, Optional<OrderStatus> status, Optional<OrderId> after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a listing holds at least one order, not " + limit);
    }
    // Keyset pagination: "id < after" seeks straight into the index, however deep the page.
    String sql = "SELECT " + OrderRows.COLUMNS + " FROM orders WHERE tenant_id = :tenant"
        + (status.isPresent() ? " AND status = :status" : "")
        + (after.isPresent() ? " AND id < :after" : "")
        + " ORDER BY id DESC LIMIT :limit";
    return handles.read(tenant, handle -> {
      var query = handle.createQuery(sql).bind("tenant", tenant.value()).bind("limit", limit);
      status.ifPresent(value -> query.bind("status", value.name()));
      after.ifPresent(value -> query.bind("after", value.value()));
      return query.map(OrderRows::order).list();
    });
  }

  private static <S extends SqlStatement<S>> S bindState(S statement, Order.Snapshot state) {
    return statement
        .bind("tenant", state.tenantId().value())
        .bind("id", state.id().value())
        .bind("status", state.status().name())
        .bind("customerName", state.customer().name())
        .bind("customerEmail", state.customer().email())
        .bind("currency", state.currency().getCurrencyCode())
        .bind("lines", OrderRows.linesJson(state.lines()))
        .bind("paymentReference",
            state.paymentReference().map(PaymentReference::value).orElse(null))
        .bind("cancellationReason",
            state.cancellationReason().map(CancellationReason::value).orElse(null))
        .bind("updatedAt", OrderRows.timestamp(state.updatedAt()))
        .bind("version", state.version());
  }
}
