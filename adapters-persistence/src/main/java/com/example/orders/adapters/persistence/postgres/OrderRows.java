package com.example.orders.adapters.persistence.postgres;

import com.example.orders.domain.order.CancellationReason;
import com.example.orders.domain.order.CustomerContact;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderLine;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.order.PaymentReference;
import com.example.orders.domain.order.Sku;
import com.example.orders.domain.shared.Money;
import com.example.orders.domain.shared.TenantId;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps an {@code orders} row to an {@link Order} and back, by hand: every column is named once
 * here, and the lines travel as a jsonb array of {@code {sku, quantity, unitPriceMinor}}.
 */
final class OrderRows {

  /** The columns {@link #order} reads, in the order of the table. */
  static final String COLUMNS = "tenant_id, id, status, customer_name, customer_email, currency,"
      + " lines, payment_reference, cancellation_reason, created_at, updated_at, version";

  // Buffers from one shared pool: per-thread recycling recycles nothing on virtual threads.
  private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
      .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
      .build()).build();

  private OrderRows() {}

  /** Rebuilds the order in the current row; a Jdbi {@code RowMapper}. */
  static Order order(ResultSet row, StatementContext context) throws SQLException {
    return read(row);
  }

  /** Rebuilds the order in the current row. */
  static Order read(ResultSet row) throws SQLException {
    Currency currency = Currency.getInstance(row.getString("currency"));
    return Order.restore(new Order.Snapshot(
        new OrderId(row.getObject("id", UUID.class)),
        new TenantId(row.getString("tenant_id")),
        new CustomerContact(row.getString("customer_name"), row.getString("customer_email")),
        currency,
        lines(row.getString("lines"), currency),
        OrderStatus.valueOf(row.getString("status")),
        Optional.ofNullable(row.getString("payment_reference")).map(PaymentReference::new),
        Optional.ofNullable(row.getString("cancellation_reason")).map(CancellationReason::new),
        instant(row, "created_at"),
        instant(row, "updated_at"),
        row.getLong("version")));
  }

  static String linesJson(List<OrderLine> lines) {
    ArrayNode array = JSON.createArrayNode();
    for (OrderLine line : lines) {
      array.addObject()
          .put("sku", line.sku().value())
          .put("quantity", line.quantity())
          .put("unitPriceMinor", line.unitPrice().amountMinor());
    }
    return array.toString();
  }

  /** Binds an instant as {@code timestamptz}; PostgreSQL keeps microseconds. */
  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static List<OrderLine> lines(String json, Currency currency) {
    JsonNode array = parse(json);
    List<OrderLine> lines = new ArrayList<>(array.size());
    for (JsonNode line : array) {
      lines.add(new OrderLine(
          new Sku(line.required("sku").textValue()),
          line.required("quantity").intValue(),
          new Money(line.required("unitPriceMinor").longValue(), currency)));
    }
    return lines;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException unreadable) {
      // the schema only admits well-formed arrays, so this is a broken database, not bad input
      throw new UncheckedIOException("stored order lines are not valid JSON", unreadable);
    }
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }
}
