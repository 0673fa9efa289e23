package com.example.orders.application.export;

import com.example.orders.domain.order.Order;

/** How an order is written in an export: one line of the JSON Lines file, without its newline. */
public interface OrderExportFormat {

  /** The media type of the whole file, e.g. {@code application/jsonl}. */
  String mediaType();

  /** The order as one JSON document on one line. */
  String line(Order order);
}
