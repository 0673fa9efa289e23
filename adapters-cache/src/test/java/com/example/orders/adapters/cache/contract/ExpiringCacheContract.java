package com.example.orders.adapters.cache.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.application.port.ExpiringCache;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@link ExpiringCache} does: the in-process twin and Redis alike. */
public abstract class ExpiringCacheContract {

  protected abstract ExpiringCache cache();

  /** Lets {@code time} pass for the cache's entries. */
  protected abstract void elapse(Duration time) throws InterruptedException;

  @Test
  void a_value_comes_back_as_it_was_stored() {
    cache().put("a", "{\"sub\":\"user-17\"}", Duration.ofSeconds(30));

    assertThat(cache().find("a")).contains("{\"sub\":\"user-17\"}");
  }

  @Test
  void nothing_is_found_under_a_key_never_stored() {
    assertThat(cache().find("never-stored")).isEmpty();
  }

  @Test
  void a_later_value_replaces_an_earlier_one() {
    cache().put("b", "first", Duration.ofSeconds(30));
    cache().put("b", "second", Duration.ofSeconds(30));

    assertThat(cache().find("b")).contains("second");
  }

  @Test
  void a_value_is_gone_once_its_own_lifetime_has_passed() throws InterruptedException {
    cache().put("short", "x", Duration.ofMillis(200));
    cache().put("long", "y", Duration.ofSeconds(30));
    elapse(Duration.ofMillis(50));
    assertThat(cache().find("short")).contains("x");

    elapse(Duration.ofMillis(300));

    assertThat(cache().find("short")).isEmpty();
    assertThat(cache().find("long")).contains("y");
  }
}
