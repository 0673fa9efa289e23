package com.example.orders.adapters.http.auth.introspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a shared cache holds for a token: the conclusion, never the token. */
class CachedTokenCodecTest {

  private static final Principal CALLER =
      new Principal("user-17", new TenantId("acme"), Set.of("orders:read", "orders:write"));

  @Test
  void an_active_token_comes_back_with_its_caller_and_expiry() {
    IntrospectedToken active =
        IntrospectedToken.active(CALLER, Optional.of(Instant.parse("2026-12-02T13:00:00Z")));

    String text = CachedTokenCodec.encode(active);

    assertThat(text).isEqualTo("{\"sub\":\"user-17\",\"tenant\":\"acme\","
        + "\"scopes\":[\"orders:read\",\"orders:write\"],\"exp\":1796216400}");
    assertThat(CachedTokenCodec.decode(text)).contains(active);
  }

  @Test
  void an_active_token_without_expiry_and_a_refusal_come_back_as_they_were() {
    IntrospectedToken noExpiry = IntrospectedToken.active(CALLER, Optional.empty());
    IntrospectedToken refused = IntrospectedToken.refused("the token is not active");

    assertThat(CachedTokenCodec.decode(CachedTokenCodec.encode(noExpiry))).contains(noExpiry);
    assertThat(CachedTokenCodec.decode(CachedTokenCodec.encode(refused))).contains(refused);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{not json", "[]", "{\"sub\":\"x\",\"tenant\":\"no such/tenant\"}",
      "{\"tenant\":\"acme\"}", ""})
  void a_text_that_does_not_decode_is_a_miss(String broken) {
    assertThat(CachedTokenCodec.decode(broken)).isEmpty();
  }

  @Test
  void the_key_is_the_sha_256_of_the_token_in_hex() {
    assertThat(TokenHash.of("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
