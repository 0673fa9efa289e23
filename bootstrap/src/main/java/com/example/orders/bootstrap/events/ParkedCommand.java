package com.example.orders.bootstrap.events;

import com.example.orders.adapters.messaging.DeliveryObserver;
import com.example.orders.application.port.ParkedMessage;
import com.example.orders.adapters.messaging.rabbit.RabbitSettings;
import com.example.orders.adapters.messaging.rabbit.RabbitTransport;
import com.example.orders.application.port.DependencyUnavailableException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code parked list <consumer> [limit]} and {@code parked replay <consumer> <event id>|--all}:
 * what an operator does with the messages a consumer gave up on. {@code list} prints one JSON
 * object per message (id, type, attempts, when and why it was parked, the body); {@code replay}
 * sends messages back to the consumer for a fresh round of attempts and prints how many.
 */
public final class ParkedCommand {

  public static final String USAGE = """
        parked list <consumer> [limit]
                  print up to limit (default 20) parked messages of a consumer, as JSON lines
        parked replay <consumer> <event id>|--all
                  send parked messages back to their consumer (needs RABBITMQ_URL)""";

  private static final Pattern CONSUMER = Pattern.compile("[a-z][a-z0-9-]{0,40}");
  private static final int DEFAULT_LIMIT = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RabbitSettings broker;
  private final PrintStream out;

  public ParkedCommand(RabbitSettings broker, PrintStream out) {
    this.broker = broker;
    this.out = out;
  }

  /**
   * Runs the sub-command {@code args} (after {@code parked}).
   *
   * @throws IllegalArgumentException with a message for the user when the arguments are wrong
   * @throws DependencyUnavailableException when the broker cannot be reached
   */
  public void run(List<String> args) {
    if (args.size() < 2 || args.size() > 3) {
      throw new IllegalArgumentException("expected: " + USAGE.strip());
    }
    String consumer = args.get(1);
    if (!CONSUMER.matcher(consumer).matches()) {
      throw new IllegalArgumentException("'" + consumer + "' is not a consumer name");
    }
    try (RabbitTransport transport = new RabbitTransport(broker, DeliveryObserver.NONE)) {
      switch (args.get(0)) {
        case "list" -> list(transport, consumer, args.size() == 3 ? limit(args.get(2))
            : DEFAULT_LIMIT);
        case "replay" -> {
          if (args.size() != 3) {
            throw new IllegalArgumentException("replay needs an event id, or --all");
          }
          int replayed = transport.replay(consumer, eventId(args.get(2)));
          out.println("replayed " + replayed + " message(s) to " + consumer);
        }
        default -> throw new IllegalArgumentException(
            "unknown parked command '" + args.get(0) + "': list or replay");
      }
    }
  }

  private void list(RabbitTransport transport, String consumer, int limit) {
    for (ParkedMessage message : transport.parked(consumer, limit)) {
      ObjectNode line = JSON.createObjectNode()
          .put("consumer", message.consumer())
          .put("messageId", message.messageId())
          .put("type", message.type())
          .put("attempts", message.attempts())
          .put("parkedAt", message.parkedAt().toString())
          .put("reason", message.reason())
          .put("body", message.body());
      out.println(line);
    }
  }

  private static int limit(String text) {
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= 10_000) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new IllegalArgumentException("the limit is a whole number from 1 to 10000");
  }

  private static Optional<UUID> eventId(String text) {
    if (text.equals("--all")) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      throw new IllegalArgumentException("'" + text + "' is not an event id (a UUID), or --all");
    }
  }
}
