package com.example.orders.bootstrap.fuzz;

import com.example.orders.bootstrap.http.ApiService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code Authorization} header each {@link Credential} stands for, made once per tenant. */
final class FuzzTokens {

  static final Set<String> ALL_SCOPES = Set.of(ApiService.READ, ApiService.WRITE);

  private final Map<Credential, String> headers = new EnumMap<>(Credential.class);

  FuzzTokens(FuzzTarget target, String tenant, String otherTenant) {
    String full = target.token(tenant, ALL_SCOPES);
    headers.put(Credential.FULL, bearer(full));
    headers.put(Credential.READ_ONLY, bearer(target.token(tenant, Set.of(ApiService.READ))));
    headers.put(Credential.WRITE_ONLY, bearer(target.token(tenant, Set.of(ApiService.WRITE))));
    headers.put(Credential.OTHER_TENANT, bearer(target.token(otherTenant, ALL_SCOPES)));
    headers.put(Credential.EXPIRED, bearer(target.expiredToken(tenant)));
    headers.put(Credential.UNTRUSTED, bearer(target.untrustedToken(tenant)));
    headers.put(Credential.TAMPERED, bearer(tampered(full)));
    headers.put(Credential.UNSIGNED, bearer(unsigned(full)));
    headers.put(Credential.GARBAGE, "Bearer not.a-jwt.at~all");
    headers.put(Credential.NOT_BEARER, "Basic " + base64("fuzzer:secret"));
    headers.put(Credential.EMPTY_BEARER, "Bearer ");
  }

  /** The header value, or empty for {@link Credential#NONE}. */
  Optional<String> authorization(Credential credential) {
    return Optional.ofNullable(headers.get(credential));
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static String tampered(String token) {
    int last = token.length() - 2;
    char changed = token.charAt(last) == 'A' ? 'B' : 'A';
    return token.substring(0, last) + changed + token.charAt(last + 1);
  }

  private static String unsigned(String token) {
    String claims = token.split("\\.")[1];
    return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + claims + ".";
  }

  private static String base64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
