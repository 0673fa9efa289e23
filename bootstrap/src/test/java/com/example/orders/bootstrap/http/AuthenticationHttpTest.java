package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.AUDIENCE;
import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.TENANT_CLAIM;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call: tokens of the trusted issuer, for this audience, with a tenant and scopes. */
@ExtendWith(SharedApiService.class)
class AuthenticationHttpTest {

  private static final String ORDERS = "/api/v1/orders";

  private final ApiService service;
  private final ApiClient api;
  private final String tenant = ApiService.newTenant();

  AuthenticationHttpTest(ApiService service) {
    this.service = service;
    this.api = service.client();
  }

  @Test
  void a_call_without_a_token_is_401_with_a_bare_challenge() {
    ApiResponse response = api.get(ORDERS).send();

    assertProblem(response, 401, "auth.token-missing");
    assertThat(response.header("WWW-Authenticate")).hasValue("Bearer realm=\"orders\"");
  }

  @Test
  void another_authentication_scheme_counts_as_no_token() {
    ApiResponse response = api.get(ORDERS).header("Authorization", "Basic YWRhOnNlY3JldA==").send();

    assertProblem(response, 401, "auth.token-missing");
  }

  @Test
  void a_token_that_is_not_a_jwt_is_401_invalid_token() {
    ApiResponse response = api.get(ORDERS).token("not-a-jwt").send();

    assertInvalidToken(response);
  }

  @Test
  void an_expired_token_is_401() {
    String expired = service.token(tenant, List.of(AUDIENCE), claims(tenant, READ), -300);

    assertInvalidToken(api.get(ORDERS).token(expired).send());
  }

  @Test
  void a_token_for_another_audience_is_401() {
    String forBilling = service.token(tenant, List.of("billing-api"), claims(tenant, READ), 3600);

    assertInvalidToken(api.get(ORDERS).token(forBilling).send());
  }

  @Test
  void a_token_of_another_issuer_is_401() {
    assertInvalidToken(api.get(ORDERS).token(service.foreignToken(tenant)).send());
  }

  @Test
  void a_token_without_a_tenant_is_401() {
    String noTenant = service.token(tenant, List.of(AUDIENCE), Map.of("scope", READ), 3600);

    assertInvalidToken(api.get(ORDERS).token(noTenant).send());
  }

  @Test
  void a_token_whose_tenant_is_malformed_is_401() {
    String badTenant =
        service.token(tenant, List.of(AUDIENCE), claims("no such/tenant", READ), 3600);

    assertInvalidToken(api.get(ORDERS).token(badTenant).send());
  }

  @Test
  void a_token_with_a_tampered_payload_is_401() {
    String[] parts = service.token(tenant, READ).split("\\.");
    String otherPayload = service.token(ApiService.newTenant(), READ, WRITE).split("\\.")[1];

    assertInvalidToken(
        api.get(ORDERS).token(parts[0] + "." + otherPayload + "." + parts[2]).send());
  }

  @Test
  void reading_without_the_read_scope_is_403() {
    ApiResponse response = api.get(ORDERS).token(service.token(tenant, WRITE)).send();

    assertProblem(response, 403, "auth.scope-insufficient");
    assertThat(response.header("WWW-Authenticate"))
        .hasValue("Bearer realm=\"orders\", error=\"insufficient_scope\", scope=\"" + READ + "\"");
  }

  @Test
  void changing_without_the_write_scope_is_403() {
    ApiResponse response =
        api.post(ORDERS).token(service.token(tenant, READ)).json(Bodies.newOrder("EUR")).send();

    assertProblem(response, 403, "auth.scope-insufficient");
  }

  @Test
  void scopes_may_come_as_an_scp_array() {
    String token =
        service.token(
            tenant, List.of(AUDIENCE), Map.of(TENANT_CLAIM, tenant, "scp", List.of(READ)), 3600);

    assertThat(api.get(ORDERS).token(token).send().status()).isEqualTo(200);
  }

  @Test
  void head_requests_are_authenticated_like_get() {
    assertThat(api.method("HEAD", ORDERS).send().status()).isEqualTo(401);
    assertThat(api.method("HEAD", ORDERS).token(service.token(tenant, READ)).send().status())
        .isEqualTo(200);
  }

  // The negative suite of issue 8: each forgery below is signed, shaped or dated so that exactly
  // one rule refuses it, and the challenge's description names that rule.

  @Test
  void an_unsigned_token_alg_none_is_401() {
    String unsigned = new PlainJWT(validClaims().build()).serialize();

    assertInvalidToken(api.get(ORDERS).token(unsigned).send(), "unsecured");
  }

  @Test
  void a_token_signed_hs256_with_the_issuers_public_key_as_secret_is_401() throws Exception {
    RSAKey published = issuerKey();
    SignedJWT confused = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(published.getKeyID()).build(),
        validClaims().build());
    confused.sign(new MACSigner(published.toRSAPublicKey().getEncoded()));

    assertInvalidToken(api.get(ORDERS).token(confused.serialize()).send(), "alg");
  }

  @Test
  void a_token_not_yet_valid_is_401() {
    String notYet = service.tokenIssuedAt(Instant.now().plusSeconds(600), tenant, READ);

    assertInvalidToken(api.get(ORDERS).token(notYet).send(), "before use time");
  }

  @Test
  void a_token_naming_a_key_the_issuer_never_published_is_401() throws Exception {
    RSAKey unknown = new RSAKeyGenerator(2048).keyID("kid-nobody-published").generate();

    assertInvalidToken(
        api.get(ORDERS).token(signedWith(unknown, validClaims().build())).send(), "key");
  }

  @Test
  void a_token_minted_by_another_issuer_with_its_own_keys_is_401() throws Exception {
    RSAKey theirs = new RSAKeyGenerator(2048).keyID(issuerKey().getKeyID()).generate();
    String minted = signedWith(theirs,
        validClaims().issuer("https://login.elsewhere.example/realms/shop").build());

    assertInvalidToken(api.get(ORDERS).token(minted).send(), "");
  }

  @Test
  void a_token_signed_by_a_stranger_with_the_issuers_key_id_is_401() throws Exception {
    RSAKey impostor = new RSAKeyGenerator(2048).keyID(issuerKey().getKeyID()).generate();

    assertInvalidToken(
        api.get(ORDERS).token(signedWith(impostor, validClaims().build())).send(), "signature");
  }

  /** Claims the service accepts from the trusted issuer; each test breaks one thing. */
  private JWTClaimsSet.Builder validClaims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(service.issuer())
        .audience(AUDIENCE)
        .subject("user-of-" + tenant)
        .claim(TENANT_CLAIM, tenant)
        .claim("scope", READ)
        .issueTime(Date.from(now.minusSeconds(5)))
        .expirationTime(Date.from(now.plusSeconds(600)));
  }

  private RSAKey issuerKey() throws Exception {
    return JWKSet.load(service.jwksUri().toURL()).getKeys().stream()
        .filter(RSAKey.class::isInstance)
        .map(RSAKey.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static String signedWith(RSAKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static Map<String, Object> claims(String tenant, String scope) {
    return Map.of(TENANT_CLAIM, tenant, "scope", scope);
  }

  private static void assertInvalidToken(ApiResponse response) {
    assertInvalidToken(response, "");
  }

  /** A {@code 401} whose challenge's description mentions {@code reason}. */
  private static void assertInvalidToken(ApiResponse response, String reason) {
    assertProblem(response, 401, "auth.token-invalid");
    assertThat(response.header("WWW-Authenticate").orElseThrow())
        .startsWith("Bearer realm=\"orders\", error=\"invalid_token\", error_description=\"")
        .containsIgnoringCase(reason);
  }
}
