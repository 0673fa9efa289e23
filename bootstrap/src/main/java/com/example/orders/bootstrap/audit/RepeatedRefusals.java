package com.example.orders.bootstrap.audit;

import com.example.orders.application.audit.Actor;
import com.example.orders.application.audit.SecurityEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Folds a flood of one refusal into two audit entries instead of one per request: the first
 * refusal of a kind is recorded as it happens and opens a window; the same refusal again within
 * the window (same tenant, subject, client address, action and route) is only counted; when the
 * window closes, one more entry records how many there were (see {@link QueuedSecurityEvents}). A
 * client hammering the service with a bad token then costs the trail two rows a window, not one
 * a request, while nothing is lost: the first entry names the request, the second the count.
 *
 * <p>At most {@code maxOpen} windows are open at once; a refusal of a kind that finds no room is
 * recorded as it is, so many distinct refusals degrade to one entry each, never to none.
 */
final class RepeatedRefusals {

  private final Duration window;
  private final int maxOpen;
  private final ConcurrentHashMap<SecurityEvent, Window> open = new ConcurrentHashMap<>();
  private final LongAdder folded = new LongAdder();

  /**
   * @param window how long a window stays open; zero records every refusal as it is
   */
  RepeatedRefusals(Duration window, int maxOpen) {
    if (window.isNegative() || maxOpen < 1) {
      throw new IllegalArgumentException(
          "a window of " + window + " for at most " + maxOpen + " kinds of refusal");
    }
    this.window = window;
    this.maxOpen = maxOpen;
  }

  /** Whether {@code event} is to be recorded now: the first of its window, or untracked. */
  boolean admit(SecurityEvent event, Instant now) {
    if (window.isZero()) {
      return true;
    }
    SecurityEvent kind = kind(event);
    if (!open.containsKey(kind) && open.size() >= maxOpen) {
      return true;
    }
    boolean[] first = {false};
    open.compute(kind, (ignored, current) -> {
      if (current == null) {
        first[0] = true;
        return new Window(now);
      }
      current.repeats++;
      return current;
    });
    if (!first[0]) {
      folded.increment();
    }
    return first[0];
  }

  /**
   * Closes the windows opened {@code window} ago or earlier (every window with {@code all}) and
   * returns the refusal of each that counted repeats, with their count.
   */
  List<Repeated> close(Instant now, boolean all) {
    List<Repeated> summaries = new ArrayList<>();
    for (SecurityEvent kind : open.keySet()) {
      open.computeIfPresent(kind, (ignored, current) -> {
        if (!all && current.opened.plus(window).isAfter(now)) {
          return current;
        }
        if (current.repeats > 0) {
          summaries.add(new Repeated(kind, current.repeats));
        }
        return null;
      });
    }
    return summaries;
  }

  /** Refusals counted into a window's summary instead of recorded one by one, so far. */
  long folded() {
    return folded.sum();
  }

  /**
   * A refusal that came {@code repeats} more times within its window than its first entry shows;
   * its actor names no request.
   */
  record Repeated(SecurityEvent event, long repeats) {}

  /** What makes two refusals the same: the refusal without its request id. */
  private static SecurityEvent kind(SecurityEvent event) {
    Actor actor = event.actor();
    return new SecurityEvent(event.tenant(),
        new Actor(actor.subject(), actor.clientIp(), Optional.empty()), event.action(),
        event.resourceType(), event.resourceId(), event.outcome());
  }

  /** An open window: since when, and how many refusals of its kind followed the first. */
  private static final class Window {

    private final Instant opened;
    private long repeats;

    Window(Instant opened) {
      this.opened = opened;
    }
  }
}
