package com.example.orders.application.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The messages consumers gave up on, for operators: list them, and send them back to their
 * consumer once the cause is fixed.
 */
public interface ParkedMessages {

  /** Messages parked for {@code consumer}, oldest first, at most {@code limit}. */
  List<ParkedMessage> parked(String consumer, int limit);

  /**
   * Sends parked messages of {@code consumer} back to it for a fresh round of attempts: the one
   * with {@code eventId}, or all when it is empty. Returns how many.
   */
  int replay(String consumer, Optional<UUID> eventId);

  /** How many messages are parked for {@code consumer} now. */
  long parkedCount(String consumer);
}
