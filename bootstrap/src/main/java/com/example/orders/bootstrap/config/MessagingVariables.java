package com.example.orders.bootstrap.config;

import com.example.orders.adapters.messaging.ConsumerSettings;
import com.example.orders.adapters.messaging.RetryPolicy;
import com.example.orders.adapters.messaging.rabbit.RabbitSettings;
import com.example.orders.adapters.messaging.relay.RelaySettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code RUN_MODE}, {@code RABBITMQ_*}, {@code CONSUMER_*}, {@code OUTBOX_*}, {@code
 * INBOX_RETENTION}: RabbitMQ when
 * {@code RABBITMQ_URL} is set, else in-process delivery (development only, one process only).
 */
public final class MessagingVariables implements ConfigArea<MessagingConfig> {

  public static final MessagingVariables MESSAGING = new MessagingVariables();

  static final String URL = "RABBITMQ_URL";
  private static final List<String> DEPENDENT_VARIABLES = List.of(
      "RABBITMQ_NAME_PREFIX", "RABBITMQ_PREFETCH", "RABBITMQ_PUBLISH_TIMEOUT");

  private MessagingVariables() {}

  @Override
  public MessagingConfig read(EnvironmentVariables variables, AppEnvironment environment) {
    RunMode runMode = variables.choice("RUN_MODE", RunMode.values(), RunMode.ALL);
    ConsumerSettings consumers = consumers(variables);
    Optional<RabbitSettings> rabbit = rabbit(variables, consumers);
    boolean brokerSet =
        variables.isSet(URL) || variables.isSet(URL + EnvironmentVariables.FILE_SUFFIX);
    if (!brokerSet && environment == AppEnvironment.PRODUCTION) {
      variables.problem(URL + " is required when APP_ENV=production"
          + " (in-process delivery is for development only)");
    }
    if (!brokerSet && runMode != RunMode.ALL) {
      variables.problem("RUN_MODE=" + runMode.variableValue() + " needs " + URL
          + ": without a broker, events are delivered inside one process");
    }
    boolean sharedStorage = variables.isSet(DatabaseVariables.URL)
        || variables.isSet(DatabaseVariables.URL + EnvironmentVariables.FILE_SUFFIX);
    if (!sharedStorage && runMode != RunMode.ALL) {
      variables.problem("RUN_MODE=" + runMode.variableValue() + " needs "
          + DatabaseVariables.URL + ": in-memory storage is not shared between processes");
    }
    Duration inboxRetention = variables.duration("INBOX_RETENTION",
        MessagingConfig.DEFAULT_INBOX_RETENTION, MessagingConfig.INBOX_RETENTION_MIN,
        MessagingConfig.INBOX_RETENTION_MAX);
    return new MessagingConfig(runMode, rabbit, consumers, relay(variables), inboxRetention);
  }

  @Override
  public List<String> describe(MessagingConfig messaging) {
    List<String> lines = new ArrayList<>();
    lines.add("RUN_MODE=" + messaging.runMode().variableValue());
    messaging.rabbit().ifPresentOrElse(broker -> {
      lines.add(URL + "=" + broker.maskedUri());
      lines.add("RABBITMQ_NAME_PREFIX=" + broker.namePrefix());
      lines.add("RABBITMQ_PREFETCH=" + broker.prefetch());
      lines.add("RABBITMQ_PUBLISH_TIMEOUT=" + Durations.format(broker.publishTimeout()));
    }, () -> lines.add(URL + "=(unset: events are delivered in process, lost on exit)"));
    ConsumerSettings consumers = messaging.consumers();
    lines.add("CONSUMER_CONCURRENCY=" + consumers.concurrency());
    lines.add("CONSUMER_MAX_ATTEMPTS=" + consumers.retries().maxAttempts());
    lines.add("CONSUMER_RETRY_DELAY=" + Durations.format(consumers.retries().firstDelay()));
    lines.add("CONSUMER_MAX_MESSAGE_BYTES=" + consumers.maxMessageBytes());
    RelaySettings relay = messaging.relay();
    lines.add("OUTBOX_BATCH_SIZE=" + relay.batchSize());
    lines.add("OUTBOX_POLL_INTERVAL=" + Durations.format(relay.pollInterval()));
    lines.add("OUTBOX_RETENTION=" + Durations.format(relay.retention()));
    lines.add("OUTBOX_PURGE_INTERVAL=" + Durations.format(relay.purgeInterval()));
    lines.add("OUTBOX_LANES=" + relay.lanes());
    lines.add("OUTBOX_LINGER=" + Durations.format(relay.linger()));
    lines.add("INBOX_RETENTION=" + Durations.format(messaging.inboxRetention()));
    return List.copyOf(lines);
  }

  private static ConsumerSettings consumers(EnvironmentVariables variables) {
    int concurrency = variables.integer("CONSUMER_CONCURRENCY",
        ConsumerSettings.DEFAULT_CONCURRENCY, ConsumerSettings.CONCURRENCY_MIN,
        ConsumerSettings.CONCURRENCY_MAX);
    int attempts = variables.integer("CONSUMER_MAX_ATTEMPTS", RetryPolicy.DEFAULT_MAX_ATTEMPTS,
        RetryPolicy.MAX_ATTEMPTS_MIN, RetryPolicy.MAX_ATTEMPTS_MAX);
    Duration firstDelay = variables.duration("CONSUMER_RETRY_DELAY",
        RetryPolicy.DEFAULT_FIRST_DELAY, RetryPolicy.FIRST_DELAY_MIN, RetryPolicy.FIRST_DELAY_MAX);
    RetryPolicy retries = variables.accepted(() -> new RetryPolicy(attempts, firstDelay))
        .orElse(RetryPolicy.DEFAULT);
    int maxMessageBytes = variables.integer("CONSUMER_MAX_MESSAGE_BYTES",
        ConsumerSettings.DEFAULT_MAX_MESSAGE_BYTES, ConsumerSettings.MAX_MESSAGE_BYTES_MIN,
        ConsumerSettings.MAX_MESSAGE_BYTES_MAX);
    return new ConsumerSettings(concurrency, retries, maxMessageBytes);
  }

  private static RelaySettings relay(EnvironmentVariables variables) {
    return new RelaySettings(
        variables.integer("OUTBOX_BATCH_SIZE", RelaySettings.DEFAULT_BATCH_SIZE,
            RelaySettings.BATCH_SIZE_MIN, RelaySettings.BATCH_SIZE_MAX),
        variables.duration("OUTBOX_POLL_INTERVAL", RelaySettings.DEFAULT_POLL_INTERVAL,
            RelaySettings.POLL_INTERVAL_MIN, RelaySettings.POLL_INTERVAL_MAX),
        variables.duration("OUTBOX_RETENTION", RelaySettings.DEFAULT_RETENTION, Duration.ZERO,
            RelaySettings.RETENTION_MAX),
        variables.duration("OUTBOX_PURGE_INTERVAL", RelaySettings.DEFAULT_PURGE_INTERVAL,
            RelaySettings.PURGE_INTERVAL_MIN, RelaySettings.PURGE_INTERVAL_MAX),
        RelaySettings.DEFAULT_DRAIN_TIMEOUT,
        variables.integer("OUTBOX_LANES", RelaySettings.DEFAULT_LANES, RelaySettings.LANES_MIN,
            RelaySettings.LANES_MAX),
        variables.duration("OUTBOX_LINGER", RelaySettings.DEFAULT_LINGER, Duration.ZERO,
            RelaySettings.LINGER_MAX));
  }

  private static Optional<RabbitSettings> rabbit(EnvironmentVariables variables,
      ConsumerSettings consumers) {
    if (!variables.isSet(URL) && !variables.isSet(URL + EnvironmentVariables.FILE_SUFFIX)) {
      variables.refuseWithout(URL, DEPENDENT_VARIABLES, "use RabbitMQ");
      return Optional.empty();
    }
    Optional<URI> uri = variables.textOrFile(URL).map(String::strip)
        .flatMap(text -> variables.accepted(() -> RabbitSettings.requireBrokerUri(URL, text)));
    Optional<String> prefix = variables.accepted(() -> RabbitSettings.requireNamePrefix(
        "RABBITMQ_NAME_PREFIX", variables.text("RABBITMQ_NAME_PREFIX", "")));
    int prefetch = variables.integer("RABBITMQ_PREFETCH", RabbitSettings.DEFAULT_PREFETCH,
        RabbitSettings.PREFETCH_MIN, RabbitSettings.PREFETCH_MAX);
    Duration publishTimeout = variables.duration("RABBITMQ_PUBLISH_TIMEOUT",
        RabbitSettings.DEFAULT_PUBLISH_TIMEOUT, RabbitSettings.PUBLISH_TIMEOUT_MIN,
        RabbitSettings.PUBLISH_TIMEOUT_MAX);
    if (uri.isEmpty() || prefix.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RabbitSettings(uri.get(), prefix.get(), prefetch, publishTimeout, consumers));
  }
}
