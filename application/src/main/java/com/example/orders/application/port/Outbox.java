package com.example.orders.application.port;

import com.example.orders.domain.order.OrderEvent;
import java.util.List;

/**
 * Domain events waiting to be published. Appending joins the running transaction, so an event is
 * stored if and only if the change that caused it is; a relay publishes them later.
 */
public interface Outbox {

  void append(List<OrderEvent> events);
}
