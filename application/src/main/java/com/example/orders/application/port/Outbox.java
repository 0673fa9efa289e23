package com.example.orders.application.port;

import java.util.List;

/**
 * Events waiting to be published, of any feature. Appending joins the running transaction, so an
 * event is stored if and only if the change that caused it is; a relay publishes them later.
 */
public interface Outbox {

  void append(List<EventEnvelope> events);
}
