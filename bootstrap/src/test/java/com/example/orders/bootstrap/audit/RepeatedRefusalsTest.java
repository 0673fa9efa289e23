package com.example.orders.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.audit.Actor;
import com.example.orders.application.audit.Outcome;
import com.example.orders.application.audit.SecurityEvent;
import com.example.orders.domain.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepeatedRefusalsTest {

  private static final Instant START = Instant.parse("2026-12-03T12:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final RepeatedRefusals refusals = new RepeatedRefusals(WINDOW, 100);

  @Test
  void the_first_refusal_of_a_kind_is_admitted_and_its_repeats_are_counted_until_the_window_closes() {
    assertThat(refusals.admit(unauthenticated("10.0.0.1", "r-1"), START)).isTrue();
    assertThat(refusals.admit(unauthenticated("10.0.0.1", "r-2"), START.plusSeconds(1))).isFalse();
    assertThat(refusals.admit(unauthenticated("10.0.0.1", "r-3"), START.plusSeconds(59)))
        .isFalse();

    assertThat(refusals.close(START.plusSeconds(59), false)).isEmpty();
    List<RepeatedRefusals.Repeated> closed = refusals.close(START.plus(WINDOW), false);

    assertThat(closed).containsExactly(new RepeatedRefusals.Repeated(
        unauthenticatedWithoutRequest("10.0.0.1"), 2));
    assertThat(refusals.folded()).isEqualTo(2);
    assertThat(refusals.admit(unauthenticated("10.0.0.1", "r-4"), START.plus(WINDOW)))
        .as("a new window opens with the next refusal").isTrue();
  }

  @Test
  void a_window_without_repeats_closes_without_a_summary() {
    refusals.admit(unauthenticated("10.0.0.1", "r-1"), START);

    assertThat(refusals.close(START.plus(WINDOW), false)).isEmpty();
    assertThat(refusals.admit(unauthenticated("10.0.0.1", "r-2"), START.plus(WINDOW))).isTrue();
  }

  @Test
  void refusals_differing_in_client_route_tenant_or_action_are_kinds_of_their_own() {
    SecurityEvent base = unauthenticated("10.0.0.1", "r-1");
    List<SecurityEvent> others = List.of(
        unauthenticated("10.0.0.2", "r-2"),
        new SecurityEvent(base.tenant(), base.actor(), base.action(), "route",
            "POST /api/v1/orders", Outcome.DENIED),
        new SecurityEvent(Optional.of(new TenantId("acme")), base.actor(), "auth.forbidden",
            "route", base.resourceId(), Outcome.DENIED),
        new SecurityEvent(base.tenant(), base.actor(), "ratelimit.rejected", "route",
            base.resourceId(), Outcome.REJECTED));

    assertThat(refusals.admit(base, START)).isTrue();
    others.forEach(other -> assertThat(refusals.admit(other, START)).as(other.toString()).isTrue());
  }

  @Test
  void closing_everything_reports_the_windows_still_open() {
    refusals.admit(unauthenticated("10.0.0.1", "r-1"), START);
    refusals.admit(unauthenticated("10.0.0.1", "r-2"), START);

    assertThat(refusals.close(START, true)).extracting(RepeatedRefusals.Repeated::repeats)
        .containsExactly(1L);
    assertThat(refusals.close(START.plus(WINDOW), true)).isEmpty();
  }

  @Test
  void a_refusal_that_finds_every_window_taken_is_admitted_as_it_is() {
    RepeatedRefusals small = new RepeatedRefusals(WINDOW, 2);
    small.admit(unauthenticated("10.0.0.1", "r-1"), START);
    small.admit(unauthenticated("10.0.0.2", "r-2"), START);

    assertThat(small.admit(unauthenticated("10.0.0.3", "r-3"), START)).isTrue();
    assertThat(small.admit(unauthenticated("10.0.0.3", "r-4"), START)).isTrue();
    assertThat(small.admit(unauthenticated("10.0.0.1", "r-5"), START))
        .as("a kind with a window keeps counting").isFalse();
  }

  @Test
  void a_zero_window_admits_every_refusal() {
    RepeatedRefusals off = new RepeatedRefusals(Duration.ZERO, 100);

    assertThat(off.admit(unauthenticated("10.0.0.1", "r-1"), START)).isTrue();
    assertThat(off.admit(unauthenticated("10.0.0.1", "r-2"), START)).isTrue();
    assertThat(off.close(START, true)).isEmpty();
  }

  @Test
  void concurrent_refusals_admit_one_and_count_every_other() throws Exception {
    int threads = 8;
    int each = 2_000;
    AtomicInteger admitted = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int thread = 0; thread < threads; thread++) {
        pool.submit(() -> {
          go.await();
          for (int i = 0; i < each; i++) {
            if (refusals.admit(unauthenticated("10.0.0.1", "r"), START)) {
              admitted.incrementAndGet();
            }
          }
          return null;
        });
      }
      go.countDown();
    }

    assertThat(admitted).hasValue(1);
    assertThat(refusals.close(START.plus(WINDOW), false))
        .extracting(RepeatedRefusals.Repeated::repeats).containsExactly((long) threads * each - 1);
  }

  @Test
  void a_negative_window_is_refused() {
    assertThatThrownBy(() -> new RepeatedRefusals(Duration.ofSeconds(-1), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static SecurityEvent unauthenticated(String clientIp, String requestId) {
    return new SecurityEvent(Optional.empty(),
        new Actor(Actor.ANONYMOUS, Optional.of(clientIp), Optional.of(requestId)),
        "auth.unauthenticated", "route", "GET /api/v1/orders/{id}", Outcome.DENIED);
  }

  private static SecurityEvent unauthenticatedWithoutRequest(String clientIp) {
    return new SecurityEvent(Optional.empty(),
        new Actor(Actor.ANONYMOUS, Optional.of(clientIp), Optional.empty()),
        "auth.unauthenticated", "route", "GET /api/v1/orders/{id}", Outcome.DENIED);
  }
}
