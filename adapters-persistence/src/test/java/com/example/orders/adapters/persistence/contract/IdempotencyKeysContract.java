package com.example.orders.adapters.persistence.contract;

import static com.example.orders.adapters.persistence.contract.UseCases.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.idempotency.IdempotentRequests;
import com.example.orders.application.port.IdempotencyKey;
import com.example.orders.application.port.IdempotencyKeyReusedException;
import com.example.orders.application.port.IdempotencyKeys;
import com.example.orders.application.port.StoredResponse;
import com.example.orders.domain.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeys} must do, driven through the use case that runs on it. */
public abstract class IdempotencyKeysContract {

  private static final Duration RETENTION = Duration.ofHours(24);
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private final TenantId tenant = newTenant();
  private IdempotencyKeys keys;
  private IdempotentRequests requests;
  private final AtomicInteger runs = new AtomicInteger();

  protected abstract StorageUnderTest storage();

  @BeforeEach
  void wire() {
    keys = storage().idempotencyKeys();
    requests = new IdempotentRequests(
        keys, storage().transactions(), Clock.fixed(NOW, ZoneOffset.UTC), RETENTION);
  }

  @Test
  public void a_request_runs_once_and_its_retry_replays_status_headers_and_body() {
    IdempotencyKey key = key("alice");

    IdempotentRequests.Outcome first = requests.run(key, "POST /orders {a}", this::created);
    IdempotentRequests.Outcome retry = requests.run(key, "POST /orders {a}", this::created);

    assertThat(first.replayed()).isFalse();
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.response()).isEqualTo(first.response());
    assertThat(retry.response().headers()).containsEntry("Location", "/orders/1");
    assertThat(runs).hasValue(1);
  }

  @Test
  public void the_same_key_with_a_different_request_is_refused() {
    IdempotencyKey key = key("alice");
    requests.run(key, "POST /orders {a}", this::created);

    assertThatThrownBy(() -> requests.run(key, "POST /orders {b}", this::created))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(runs).hasValue(1);
  }

  @Test
  public void a_request_that_failed_leaves_its_key_free_for_the_retry() {
    IdempotencyKey key = key("alice");
    assertThatThrownBy(() -> requests.run(key, "POST /orders {a}", () -> {
      throw new IllegalStateException("the change failed");
    })).hasMessage("the change failed");

    assertThat(requests.run(key, "POST /orders {a}", this::created).replayed()).isFalse();
  }

  @Test
  public void keys_belong_to_their_tenant_and_caller() {
    String value = UUID.randomUUID().toString();
    requests.run(new IdempotencyKey(tenant, "alice", value), "POST /orders {a}", this::created);

    assertThat(requests.run(new IdempotencyKey(tenant, "bob", value), "POST /orders {b}",
        this::created).replayed()).isFalse();
    assertThat(requests.run(new IdempotencyKey(newTenant(), "alice", value), "POST /orders {c}",
        this::created).replayed()).isFalse();
    assertThat(runs).hasValue(3);
  }

  @Test
  public void an_expired_key_is_used_afresh_and_purged() {
    IdempotencyKey key = key("alice");
    requests.run(key, "POST /orders {a}", this::created);
    IdempotentRequests later = new IdempotentRequests(keys, storage().transactions(),
        Clock.fixed(NOW.plus(RETENTION), ZoneOffset.UTC), RETENTION);

    assertThat(later.run(key, "POST /orders {b}", this::created).replayed()).isFalse();
    assertThat(runs).hasValue(2);

    IdempotentRequests muchLater = new IdempotentRequests(keys, storage().transactions(),
        Clock.fixed(NOW.plus(RETENTION.multipliedBy(3)), ZoneOffset.UTC), RETENTION);
    assertThat(muchLater.purgeExpired()).isPositive();
    assertThat(muchLater.run(key, "POST /orders {c}", this::created).replayed()).isFalse();
  }

  @Test
  public void concurrent_requests_with_one_key_run_once_and_all_get_the_same_response()
      throws Exception {
    IdempotencyKey key = key("alice");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<IdempotentRequests.Outcome>> outcomes = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 8; i++) {
        outcomes.add(threads.submit(() -> {
          start.await();
          return requests.run(key, "POST /orders {a}", () -> {
            pause(Duration.ofMillis(100));
            return created();
          });
        }));
      }
      start.countDown();
      List<StoredResponse> responses = new ArrayList<>();
      for (Future<IdempotentRequests.Outcome> outcome : outcomes) {
        responses.add(outcome.get().response());
      }
      assertThat(responses).hasSize(8).containsOnly(responses.getFirst());
    }
    assertThat(runs).hasValue(1);
  }

  private IdempotencyKey key(String caller) {
    return new IdempotencyKey(tenant, caller, UUID.randomUUID().toString());
  }

  private StoredResponse created() {
    int run = runs.incrementAndGet();
    return new StoredResponse(201, Map.of("Location", "/orders/" + run, "ETag", "\"1\""),
        "{\"run\":" + run + "}");
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
