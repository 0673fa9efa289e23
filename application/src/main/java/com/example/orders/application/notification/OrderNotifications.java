package com.example.orders.application.notification;

import com.example.orders.application.port.EventConsumer;
import com.example.orders.application.port.EventEnvelope;
import com.example.orders.application.port.Inbox;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.application.task.TaskQueue;
import java.util.Map;
import java.util.Set;

/**
 * Consumer of order events: a placed order gets a confirmation, a cancelled one a cancellation
 * notice, each sent by a {@link SendNotice} task. Each event is recorded in the inbox in the same
 * transaction as its task is enqueued: a redelivery enqueues nothing, and a failure rolls the
 * record back so the retry enqueues again. An event older than one already handled for its
 * order (a confirmation arriving after the cancellation) is out of date and enqueues nothing.
 */
public final class OrderNotifications implements EventConsumer {

  public static final String NAME = "notifications";

  private static final Map<String, Notice.Kind> KINDS = Map.of(
      "order.placed", Notice.Kind.ORDER_CONFIRMATION,
      "order.cancelled", Notice.Kind.CANCELLATION_NOTICE);

  private final Inbox inbox;
  private final TransactionRunner transactions;
  private final TaskQueue tasks;

  public OrderNotifications(Inbox inbox, TransactionRunner transactions, TaskQueue tasks) {
    this.inbox = inbox;
    this.transactions = transactions;
    this.tasks = tasks;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> eventTypes() {
    return KINDS.keySet();
  }

  @Override
  public void consume(EventEnvelope event) {
    Notice.Kind kind = KINDS.get(event.type());
    if (kind == null) {
      throw new IllegalArgumentException("not an event notifications take: " + event.type());
    }
    transactions.inTransaction(() -> {
      if (inbox.record(NAME, event) == Inbox.Arrival.FIRST) {
        tasks.enqueue(SendNotice.request(kind, event.tenant(), event.aggregateId(), event.id()));
      }
      return null;
    });
  }
}
