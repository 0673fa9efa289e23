package com.example.orders.bootstrap.config;

import com.example.orders.adapters.messaging.ConsumerSettings;
import com.example.orders.adapters.messaging.rabbit.RabbitSettings;
import com.example.orders.adapters.messaging.relay.RelaySettings;
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
 */
public record MessagingConfig(
    RunMode runMode,
    Optional<RabbitSettings> rabbit,
    ConsumerSettings consumers,
    RelaySettings relay) {

  public MessagingConfig {
    Objects.requireNonNull(runMode, "runMode");
    Objects.requireNonNull(rabbit, "rabbit");
    Objects.requireNonNull(consumers, "consumers");
    Objects.requireNonNull(relay, "relay");
  }
}
