package com.example.orders.application.notification;

import com.example.orders.application.port.Inbox;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.application.task.MalformedTaskException;
import com.example.orders.application.task.Task;
import com.example.orders.application.task.TaskHandler;
import com.example.orders.application.task.TaskRequest;
import com.example.orders.domain.shared.TenantId;
import java.util.Map;
import java.util.UUID;

/**
 * The task that sends one notice through the {@link Notifier}. The task is recorded in the inbox
 * in the same transaction as the notice is sent: a redelivered task sends nothing, and a failed
 * send rolls the record back so that the retry sends again.
 */
public final class SendNotice implements TaskHandler {

  public static final String NAME = "send-notice";
  /** The inbox's name for this handler, apart from the consumers of events. */
  static final String INBOX = "task-" + NAME;

  private final Inbox inbox;
  private final TransactionRunner transactions;
  private final Notifier notifier;

  public SendNotice(Inbox inbox, TransactionRunner transactions, Notifier notifier) {
    this.inbox = inbox;
    this.transactions = transactions;
    this.notifier = notifier;
  }

  /** The task that sends {@code kind} about {@code orderId}, in answer to event {@code eventId}. */
  static TaskRequest request(Notice.Kind kind, TenantId tenant, UUID orderId, UUID eventId) {
    return TaskRequest.of(NAME, tenant, Map.of(
        "kind", kind.name(), "orderId", orderId.toString(), "eventId", eventId.toString()));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void run(Task task) {
    Notice notice = notice(task);
    transactions.inTransaction(() -> {
      if (inbox.record(INBOX, task.envelope()) == Inbox.Arrival.FIRST) {
        notifier.send(notice);
      }
      return null;
    });
  }

  private static Notice notice(Task task) {
    try {
      return new Notice(Notice.Kind.valueOf(task.text("kind")), task.tenant(),
          UUID.fromString(task.text("orderId")), UUID.fromString(task.text("eventId")));
    } catch (IllegalArgumentException unreadable) {
      throw new MalformedTaskException("not a notice: " + unreadable.getMessage());
    }
  }
}
