package com.example.orders.application.task;

import com.example.orders.domain.shared.TenantId;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A task to run in the background.
 *
 * @param name which handler runs it: lower-case words joined by hyphens, e.g. {@code send-notice}
 * @param tenant on whose behalf it runs
 * @param payload its input, a JSON-like tree as in an event payload (strings, whole numbers,
 *     booleans, lists, maps); never personal data, since tasks travel like events
 * @param delay how long to wait before it may run; zero for as soon as possible
 */
public record TaskRequest(String name, TenantId tenant, Map<String, Object> payload,
    Duration delay) {

  /** Short enough that {@code task-<name>} is a consumer name, and safe as a routing key. */
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  public static final int MAX_NAME_LENGTH = 30;
  public static final Duration MAX_DELAY = Duration.ofDays(30);

  public TaskRequest {
    requireName(name);
    Objects.requireNonNull(tenant, "tenant");
    payload = Map.copyOf(Objects.requireNonNull(payload, "payload"));
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException("a task's delay is 0 to " + MAX_DELAY + ", was " + delay);
    }
  }

  /** A task to run as soon as possible. */
  public static TaskRequest of(String name, TenantId tenant, Map<String, Object> payload) {
    return new TaskRequest(name, tenant, payload, Duration.ZERO);
  }

  /** The same task, to run no earlier than {@code delay} from now. */
  public TaskRequest delayedBy(Duration delay) {
    return new TaskRequest(name, tenant, payload, delay);
  }

  /** Throws unless {@code name} is a valid task name. */
  public static String requireName(String name) {
    if (name == null || name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a task name is up to " + MAX_NAME_LENGTH
          + " lower-case letters and digits in words joined by hyphens, e.g. send-notice, was "
          + name);
    }
    return name;
  }
}
