package com.example.orders.adapters.http.order;

import com.example.orders.adapters.http.JsonMapping;
import com.example.orders.application.export.OrderExportFormat;
import com.example.orders.domain.order.Order;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Exports write each order exactly as {@code GET /api/v1/orders/{id}} shows it, one JSON document
 * per line ({@code application/jsonl}, JSON Lines): one schema for both, in the OpenAPI document.
 */
public final class OrderJsonLines implements OrderExportFormat {

  public static final String MEDIA_TYPE = "application/jsonl";

  private final ObjectWriter writer = JsonMapping.strict().writerFor(OrderResponse.class);

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public String line(Order order) {
    try {
      return writer.writeValueAsString(OrderResponse.of(order));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("an order could not be written as JSON", impossible);
    }
  }
}
