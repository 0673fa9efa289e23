package com.example.orders.bootstrap.config;

import com.example.orders.adapters.messaging.ConsumerSettings;
import com.example.orders.adapters.messaging.rabbit.RabbitSettings;
import com.example.orders.adapters.messaging.relay.RelaySettings;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Events and background work: which roles this process plays, the broker, the consumers and the
 * outbox relay.
 *
 * @param runMode {@code RUN_MODE}
 * @param rabbit RabbitMQ; empty: the in-process transport (demo mode, development only)
 * @param consumers how consumers take messages, on either transport
 * @param relay how the outbox relay works
 * @param inboxRetention how long consumers' inbox records are kept ({@code INBOX_RETENTION});
 *     purged as often as the outbox
 */
public record MessagingConfig(
    RunMode runMode,
    Optional<RabbitSettings> rabbit,
    ConsumerSettings consumers,
    RelaySettings relay,
    Duration inboxRetention) {

  public static final Duration DEFAULT_INBOX_RETENTION = Duration.ofDays(7);
  /** The longest wait of a redelivery: a record must outlive it, or the redelivery acts again. */
  public static final Duration INBOX_RETENTION_MIN = Duration.ofHours(1);
  public static final Duration INBOX_RETENTION_MAX = Duration.ofDays(365);

  public MessagingConfig {
    Objects.requireNonNull(runMode, "runMode");
    Objects.requireNonNull(rabbit, "rabbit");
    Objects.requireNonNull(consumers, "consumers");
    Objects.requireNonNull(relay, "relay");
    Objects.requireNonNull(inboxRetention, "inboxRetention");
  }
}
