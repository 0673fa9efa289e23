package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.AUDIENCE;
import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.TENANT_CLAIM;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

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

  private static Map<String, Object> claims(String tenant, String scope) {
    return Map.of(TENANT_CLAIM, tenant, "scope", scope);
  }

  private static void assertInvalidToken(ApiResponse response) {
    assertProblem(response, 401, "auth.token-invalid");
    assertThat(response.header("WWW-Authenticate").orElseThrow())
        .startsWith("Bearer realm=\"orders\", error=\"invalid_token\", error_description=\"");
  }
}
