package com.example.orders.bootstrap.http;

/** JSON request bodies of the orders API, written out the way a client would send them. */
final class Bodies {

  private Bodies() {}

  static String newOrder(String currency, String... lines) {
    return """
    {"customer":{"name":"Ada Lovelace","email":"ada@example.com"},"currency":"%s","lines":[%s]}\
    """
        .formatted(currency, String.join(",", lines));
  }

  static String line(String sku, int quantity, long amountMinor, String currency) {
    return """
    {"sku":"%s","quantity":%d,"unitPrice":{"amountMinor":%d,"currency":"%s"}}\
    """
        .formatted(sku, quantity, amountMinor, currency);
  }

  static String payment(String reference) {
    return "{\"paymentReference\":\"" + reference + "\"}";
  }

  static String cancellation(String reason) {
    return "{\"reason\":\"" + reason + "\"}";
  }
}
