package com.example.orders.adapters.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private static final TrustedProxies BEHIND_LOAD_BALANCER =
      TrustedProxies.of(List.of("10.0.0.0/8", "192.168.1.7", "2001:db8::/32"));

  private static String client(TrustedProxies proxies, String peer, String... forwardedFor) {
    return proxies.client(peer, Collections.enumeration(List.of(forwardedFor)));
  }

  @Test
  void without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says() {
    assertThat(client(TrustedProxies.none(), "10.1.2.3", "203.0.113.9")).isEqualTo("10.1.2.3");
  }

  @Test
  void an_untrusted_peer_is_the_client_even_if_it_sends_the_header() {
    assertThat(client(BEHIND_LOAD_BALANCER, "198.51.100.4", "203.0.113.9"))
        .isEqualTo("198.51.100.4");
  }

  @Test
  void behind_a_trusted_peer_the_nearest_untrusted_hop_is_the_client() {
    assertThat(client(BEHIND_LOAD_BALANCER, "10.9.9.9", "1.1.1.1, 203.0.113.9"))
        .isEqualTo("203.0.113.9");
    assertThat(client(BEHIND_LOAD_BALANCER, "10.9.9.9", "203.0.113.9, 192.168.1.7"))
        .isEqualTo("203.0.113.9");
    // several headers count as one list, in order
    assertThat(client(BEHIND_LOAD_BALANCER, "10.9.9.9", "203.0.113.9", "10.0.0.2"))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void ranges_match_by_prefix_for_ipv4_and_ipv6() {
    TrustedProxies twelve = TrustedProxies.of(List.of("172.16.0.0/12"));
    assertThat(client(twelve, "172.31.255.255", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(client(twelve, "172.32.0.1", "203.0.113.9")).isEqualTo("172.32.0.1");
    assertThat(client(BEHIND_LOAD_BALANCER, "2001:db8::1", "2001:db9::5")).isEqualTo("2001:db9::5");
    assertThat(client(BEHIND_LOAD_BALANCER, "[2001:db8::1]", "203.0.113.9"))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void a_hop_that_is_no_address_ends_the_walk_at_the_proxy_that_wrote_it() {
    assertThat(client(BEHIND_LOAD_BALANCER, "10.9.9.9", "unknown")).isEqualTo("10.9.9.9");
    assertThat(client(BEHIND_LOAD_BALANCER, "10.9.9.9", "evil.example")).isEqualTo("10.9.9.9");
    assertThat(client(BEHIND_LOAD_BALANCER, "10.9.9.9", "300.1.1.1")).isEqualTo("10.9.9.9");
    // all hops trusted: the farthest one is the client
    assertThat(client(BEHIND_LOAD_BALANCER, "10.9.9.9", "10.0.0.1")).isEqualTo("10.0.0.1");
  }

  @Test
  void what_is_no_address_or_range_is_refused_by_name() {
    assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.example")))
        .hasMessageContaining("'proxy.example'");
    assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")))
        .hasMessageContaining("0 to 32");
    assertThat(BEHIND_LOAD_BALANCER.ranges())
        .containsExactly("10.0.0.0/8", "192.168.1.7", "2001:db8::/32");
  }
}
