package com.example.orders.adapters.http.auth.introspection;

import static com.example.orders.adapters.http.auth.introspection.Answers.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.adapters.http.auth.InvalidTokenException;
import com.example.orders.adapters.http.auth.MutableClock;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.application.port.ExpiringCache;
import com.example.orders.domain.shared.TenantId;
import com.example.orders.testsupport.FaultyProxy;
import com.example.orders.testsupport.IntrospectionServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opaque tokens judged by a real introspection endpoint over HTTP, on a clock the test moves. No
 * shared cache here (adapters-cache specifies those, {@code IntrospectionHttpTest} the whole on
 * Redis): the verifier's own in-process layer, given the longest lifetime, does the remembering.
 */
class IntrospectionTokenVerifierTest {

  private static final String TOKEN = "opaque-2YotnFZFEjr1zCsicMWpAA";

  private final IntrospectionServer server =
      IntrospectionServer.start(Answers.CLIENT_ID, Answers.CLIENT_SECRET);
  private final FaultyProxy proxy = FaultyProxy.to("127.0.0.1", server.port());
  private final MutableClock clock = new MutableClock(NOW);
  private final IntrospectionTokenVerifier verifier =
      verifier(Answers.settings(server.endpoint(proxy.port())));

  @AfterEach
  void stop() {
    proxy.close();
    server.close();
  }

  @Test
  void an_active_opaque_token_names_its_caller_as_the_server_says() throws Exception {
    server.answer(TOKEN, Answers.active());

    Principal caller = verifier.verify(TOKEN);

    assertThat(caller).isEqualTo(
        new Principal("user-17", new TenantId("acme"), Set.of("orders:read", "orders:write")));
  }

  @Test
  void scopes_may_come_as_an_scp_array_and_iss_and_aud_may_be_left_out() throws Exception {
    server.answer(TOKEN,
        "{\"active\":true,\"sub\":\"svc\",\"tenant_id\":\"acme\",\"scp\":[\"orders:read\"]}");

    assertThat(verifier.verify(TOKEN).scopes()).containsExactly("orders:read");
  }

  @Test
  void an_inactive_or_unknown_token_is_refused() {
    server.revoke(TOKEN);

    assertRefused(TOKEN, "the token is not active");
    assertRefused("never-issued", "the token is not active");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      expired beyond the clock skew | "exp":1796212700                                  | the token has expired
      not valid yet                 | "nbf":1796213000                                  | the token is not valid yet
      issued by another issuer      | "iss":"https://evil.example.test"                 | the token was issued by another issuer
      for another audience          | "aud":["billing-api"]                             | the token is meant for another audience
      for another single audience   | "aud":"billing-api"                               | the token is meant for another audience
      without a tenant              | "tenant_id":null                                  | the tenant_id claim is not a valid tenant id
      with a malformed tenant       | "tenant_id":"no such/tenant"                      | the tenant_id claim is not a valid tenant id
      without a subject             | "sub":" "                                         | the introspection answer names no sub
      """)
  void an_active_answer_that_breaks_a_rule_is_refused(String rule, String member, String reason) {
    // later members win in the answer as JSON parsers read it
    String answer = Answers.active().replaceFirst("}$", "," + member + "}");
    server.answer(TOKEN, answer);

    assertRefused(TOKEN, reason);
  }

  @Test
  void many_requests_with_one_token_cost_one_introspection() throws Exception {
    server.answer(TOKEN, Answers.active());

    for (int request = 0; request < 20; request++) {
      verifier.verify(TOKEN);
      clock.advance(Duration.ofSeconds(1));
    }

    assertThat(server.calls(TOKEN)).isEqualTo(1);
  }

  @Test
  void callers_arriving_at_once_wait_for_one_introspection() throws Exception {
    server.answer(TOKEN, Answers.active());
    proxy.delay(Duration.ofMillis(300));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Principal>> callers = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int caller = 0; caller < 16; caller++) {
        callers.add(threads.submit(() -> {
          start.await();
          return verifier.verify(TOKEN);
        }));
      }
      start.countDown();
      for (Future<Principal> caller : callers) {
        assertThat(caller.get().subject()).isEqualTo("user-17");
      }
    }

    assertThat(server.calls(TOKEN)).isEqualTo(1);
  }

  @Test
  void an_active_answer_is_believed_until_the_token_expires_and_no_longer() throws Exception {
    server.answer(TOKEN, Answers.active(NOW.plusSeconds(30)));
    verifier.verify(TOKEN);

    clock.advance(Duration.ofSeconds(29));
    verifier.verify(TOKEN);
    assertThat(server.calls(TOKEN)).isEqualTo(1);

    clock.advance(Duration.ofSeconds(2));
    server.revoke(TOKEN);
    assertRefused(TOKEN, "the token is not active");
    assertThat(server.calls(TOKEN)).isEqualTo(2);
  }

  @Test
  void an_active_answer_is_believed_for_the_cache_ttl_at_most_so_a_revocation_shows()
      throws Exception {
    server.answer(TOKEN, Answers.active(NOW.plusSeconds(3600)));
    verifier.verify(TOKEN);
    server.revoke(TOKEN);

    clock.advance(Duration.ofSeconds(59));
    verifier.verify(TOKEN);

    clock.advance(Duration.ofSeconds(2));
    assertRefused(TOKEN, "the token is not active");
    assertThat(server.calls(TOKEN)).isEqualTo(2);
  }

  @Test
  void a_refusal_is_remembered_briefly() throws Exception {
    server.revoke(TOKEN);
    assertRefused(TOKEN, "the token is not active");
    assertRefused(TOKEN, "the token is not active");
    assertThat(server.calls(TOKEN)).isEqualTo(1);

    server.answer(TOKEN, Answers.active());
    clock.advance(Duration.ofSeconds(6));

    assertThat(verifier.verify(TOKEN).subject()).isEqualTo("user-17");
    assertThat(server.calls(TOKEN)).isEqualTo(2);
  }

  @Test
  void with_the_server_down_a_known_token_keeps_working_and_an_unknown_one_is_unavailable()
      throws Exception {
    server.answer(TOKEN, Answers.active());
    server.answer("another", Answers.active());
    verifier.verify(TOKEN);

    proxy.cut();

    assertThat(verifier.verify(TOKEN).subject()).isEqualTo("user-17");
    assertThatThrownBy(() -> verifier.verify("another"))
        .isInstanceOfSatisfying(DependencyUnavailableException.class,
            unavailable -> assertThat(unavailable.dependency()).isEqualTo("identity-provider"));
  }

  @Test
  void a_slow_server_makes_an_unknown_token_unavailable_within_the_timeout() {
    server.answer(TOKEN, Answers.active());
    proxy.delay(Duration.ofSeconds(2));
    IntrospectionTokenVerifier impatient = verifier(new IntrospectionSettings(
        server.endpoint(proxy.port()), Answers.CLIENT_ID, Answers.CLIENT_SECRET,
        Duration.ofMillis(500), Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofSeconds(1)));

    assertThatThrownBy(() -> impatient.verify(TOKEN))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
  }

  @Test
  void refused_client_credentials_make_tokens_unavailable_rather_than_invalid() {
    server.answer(TOKEN, Answers.active());
    IntrospectionSettings settings = Answers.settings(server.endpoint());
    IntrospectionTokenVerifier misconfigured = verifier(new IntrospectionSettings(
        settings.endpoint(), settings.clientId(), "wrong-secret", settings.timeout(),
        settings.cacheTtl(), settings.inactiveTtl(), settings.localTtl()));

    assertThatThrownBy(() -> misconfigured.verify(TOKEN))
        .isInstanceOf(DependencyUnavailableException.class)
        .rootCause().hasMessageContaining("answered 401");
  }

  @Test
  void the_client_secret_is_never_printed_with_the_settings() {
    assertThat(Answers.settings(server.endpoint()).toString())
        .contains("clientSecret=****")
        .doesNotContain(Answers.CLIENT_SECRET);
  }

  private IntrospectionTokenVerifier verifier(IntrospectionSettings settings) {
    IntrospectionSettings remembering = new IntrospectionSettings(settings.endpoint(),
        settings.clientId(), settings.clientSecret(), settings.timeout(), settings.cacheTtl(),
        settings.inactiveTtl(), IntrospectionSettings.LOCAL_TTL_MAX);
    return new IntrospectionTokenVerifier(remembering, Answers.auth(),
        new HttpIntrospector(remembering), ExpiringCache.none(), clock);
  }

  private void assertRefused(String token, String reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage(reason);
  }
}
