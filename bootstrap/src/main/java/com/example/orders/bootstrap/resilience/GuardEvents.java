package com.example.orders.bootstrap.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import io.github.resilience4j.retry.Retry;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * What the guards do, made visible: one log line per breaker state change (never one per call)
 * and the {@code resilience_*} metrics: breaker states and transitions, calls refused by open
 * breakers, retries, bulkhead rejections and free places.
 */
public final class GuardEvents {

  private static final Logger log = LoggerFactory.getLogger(GuardEvents.class);

  private final List<CircuitBreaker> breakers = new CopyOnWriteArrayList<>();
  private final List<Bulkhead> bulkheads = new CopyOnWriteArrayList<>();
  private final Counter transitions;
  private final Counter notPermitted;
  private final Counter retries;
  private final Counter rejected;

  public GuardEvents(PrometheusRegistry registry) {
    GaugeWithCallback.builder()
        .name("resilience_circuit_breaker_state")
        .help("1 for the state each dependency's circuit breaker is in, 0 for the others")
        .labelNames("dependency", "state")
        .callback(callback -> breakers.forEach(breaker -> {
          for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
            callback.call(breaker.getState() == state ? 1 : 0, breaker.getName(), name(state));
          }
        }))
        .register(registry);
    transitions = Counter.builder()
        .name("resilience_circuit_breaker_transitions_total")
        .help("Circuit breaker state changes")
        .labelNames("dependency", "from", "to")
        .register(registry);
    notPermitted = Counter.builder()
        .name("resilience_circuit_breaker_not_permitted_calls_total")
        .help("Calls refused at once by an open circuit breaker, without reaching the dependency")
        .labelNames("dependency")
        .register(registry);
    retries = Counter.builder()
        .name("resilience_retries_total")
        .help("Attempts made again after a dependency failed to answer")
        .labelNames("dependency")
        .register(registry);
    rejected = Counter.builder()
        .name("resilience_bulkhead_rejected_calls_total")
        .help("Calls refused because the dependency already had as many as it may have at once")
        .labelNames("dependency")
        .register(registry);
    GaugeWithCallback.builder()
        .name("resilience_bulkhead_available_calls")
        .help("How many more calls a dependency's bulkhead admits at this moment")
        .labelNames("dependency")
        .callback(callback -> bulkheads.forEach(bulkhead -> callback.call(
            bulkhead.getMetrics().getAvailableConcurrentCalls(), bulkhead.getName())))
        .register(registry);
  }

  void watch(CircuitBreaker breaker) {
    breakers.add(breaker);
    String dependency = breaker.getName();
    // known dependencies show 0 from the start rather than no series until the first refusal,
    // so that rate() and alerts over them see the first one
    notPermitted.labelValues(dependency);
    breaker.getEventPublisher()
        .onStateTransition(this::changed)
        .onCallNotPermitted(event -> notPermitted.labelValues(dependency).inc());
  }

  void watch(Retry retry) {
    String dependency = retry.getName();
    retries.labelValues(dependency);
    retry.getEventPublisher().onRetry(event -> retries.labelValues(dependency).inc());
  }

  void watch(Bulkhead bulkhead) {
    bulkheads.add(bulkhead);
    String dependency = bulkhead.getName();
    rejected.labelValues(dependency);
    bulkhead.getEventPublisher().onCallRejected(event -> rejected.labelValues(dependency).inc());
  }

  private void changed(CircuitBreakerOnStateTransitionEvent event) {
    CircuitBreaker.State from = event.getStateTransition().getFromState();
    CircuitBreaker.State to = event.getStateTransition().getToState();
    transitions.labelValues(event.getCircuitBreakerName(), name(from), name(to)).inc();
    log.atLevel(to == CircuitBreaker.State.CLOSED ? Level.INFO : Level.WARN)
        .addKeyValue("dependency", event.getCircuitBreakerName())
        .addKeyValue("from", name(from))
        .addKeyValue("to", name(to))
        .log(to == CircuitBreaker.State.OPEN
            ? "circuit breaker of {} opened: calls fail at once until trial calls succeed"
            : "circuit breaker of {} is now " + name(to),
            event.getCircuitBreakerName());
  }

  private static String name(CircuitBreaker.State state) {
    return state.name().toLowerCase(Locale.ROOT);
  }
}
