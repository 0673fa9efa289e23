package com.example.orders.adapters.http.auth.introspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.testsupport.FaultyProxy;
import com.example.orders.testsupport.IntrospectionServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The introspection call behind a breaker and a retry policy configured as the service's
 * (ADR 0021): retried when it failed fast, not when it timed out, not called while open.
 */
class GuardedIntrospectorTest {

  private final IntrospectionServer server =
      IntrospectionServer.start(Answers.CLIENT_ID, Answers.CLIENT_SECRET);
  private final FaultyProxy proxy = FaultyProxy.to("127.0.0.1", server.port());
  private final IntrospectionSettings settings = new IntrospectionSettings(
      server.endpoint(proxy.port()), Answers.CLIENT_ID, Answers.CLIENT_SECRET,
      Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofSeconds(1));
  private final AtomicInteger attempts = new AtomicInteger();
  private final HttpIntrospector http = new HttpIntrospector(settings);
  private final Introspector counted = token -> {
    attempts.incrementAndGet();
    return http.introspect(token);
  };
  private final CircuitBreaker breaker = CircuitBreaker.of("identity-provider",
      CircuitBreakerConfig.custom()
          .slidingWindowSize(20)
          .minimumNumberOfCalls(5)
          .failureRateThreshold(50)
          .waitDurationInOpenState(Duration.ofMinutes(1))
          .recordException(failure -> failure instanceof DependencyUnavailableException)
          .build());
  private final Retry retry = Retry.of("identity-provider", RetryConfig.custom()
      .maxAttempts(2)
      .waitDuration(Duration.ofMillis(10))
      .retryOnException(failure -> failure instanceof DependencyUnavailableException unavailable
          && !unavailable.refusedHere())
      .build());
  private final GuardedIntrospector guarded = new GuardedIntrospector(counted, breaker, retry);

  @AfterEach
  void stop() {
    proxy.close();
    server.close();
  }

  @Test
  void an_answer_passes_through() {
    server.answer("t", Answers.active());

    assertThat(guarded.introspect("t").active()).isTrue();
    assertThat(attempts).hasValue(1);
  }

  @Test
  void a_call_that_failed_fast_is_tried_once_more() {
    proxy.cut();

    assertThatThrownBy(() -> guarded.introspect("t"))
        .isInstanceOf(DependencyUnavailableException.class);
    assertThat(attempts).hasValue(2);
  }

  @Test
  void a_call_that_timed_out_is_not_repeated() {
    IntrospectionSettings impatient = new IntrospectionSettings(settings.endpoint(),
        Answers.CLIENT_ID, Answers.CLIENT_SECRET, Duration.ofMillis(300), Duration.ofMinutes(1),
        Duration.ofSeconds(5), Duration.ofSeconds(1));
    HttpIntrospector slow = new HttpIntrospector(impatient);
    GuardedIntrospector guardedSlow = new GuardedIntrospector(token -> {
      attempts.incrementAndGet();
      return slow.introspect(token);
    }, breaker, retry);
    proxy.delay(Duration.ofSeconds(2));

    assertThatThrownBy(() -> guardedSlow.introspect("t"))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void once_the_breaker_opens_the_server_is_not_called() {
    proxy.cut();
    for (int call = 0; call < 3; call++) {
      assertThatThrownBy(() -> guarded.introspect("t"))
          .isInstanceOf(DependencyUnavailableException.class);
    }
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    int before = attempts.get();

    assertThatThrownBy(() -> guarded.introspect("t"))
        .isInstanceOfSatisfying(DependencyUnavailableException.class,
            refused -> assertThat(refused.refusedHere()).isTrue());
    assertThat(attempts).hasValue(before);
  }
}
