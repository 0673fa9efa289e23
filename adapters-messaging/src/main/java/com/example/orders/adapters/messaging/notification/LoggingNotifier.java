package com.example.orders.adapters.messaging.notification;

import com.example.orders.application.notification.Notice;
import com.example.orders.application.notification.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link Notifier}: one structured log line per notice (kind, tenant, order, event),
 * with no customer data, so that the flow runs end to end before an e-mail adapter exists.
 */
public final class LoggingNotifier implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(LoggingNotifier.class);

  @Override
  public void send(Notice notice) {
    log.atInfo()
        .addKeyValue("notice", notice.kind().name())
        .addKeyValue("tenant", notice.tenant().value())
        .addKeyValue("orderId", notice.orderId().toString())
        .addKeyValue("eventId", notice.eventId().toString())
        .log("notice sent");
  }
}
