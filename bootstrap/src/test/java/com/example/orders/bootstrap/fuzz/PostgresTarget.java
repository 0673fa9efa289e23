package com.example.orders.bootstrap.fuzz;

import com.example.orders.bootstrap.http.ApiClient;
import com.example.orders.bootstrap.http.ApiService;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service as production runs it: on a fresh PostgreSQL database, trusting a real OpenID Connect
 * issuer, with a small request size limit (see {@link ApiService}) and small rate-limit budgets.
 */
final class PostgresTarget implements FuzzTarget {

  private final ApiService service;

  private PostgresTarget(ApiService service) {
    this.service = service;
  }

  static PostgresTarget start() {
    // budgets small enough that the fuzz meets 429s for each scope, large enough that most of
    // its requests still reach the routes
    return new PostgresTarget(ApiService.start(Map.of(
        "RATE_LIMIT_ANONYMOUS", "20/1m", "RATE_LIMIT_READ", "150/1m", "RATE_LIMIT_WRITE", "150/1m",
        "RATE_LIMIT_WRITE_TENANT", "200/1m")));
  }

  @Override
  public String mode() {
    return "postgresql";
  }

  @Override
  public int port() {
    return service.port();
  }

  @Override
  public ApiClient api() {
    return service.client();
  }

  @Override
  public String token(String tenant, Set<String> scopes) {
    return service.token(tenant, scopes.toArray(String[]::new));
  }

  @Override
  public String expiredToken(String tenant) {
    return service.token(
        tenant,
        List.of(ApiService.AUDIENCE),
        Map.of(ApiService.TENANT_CLAIM, tenant, "scope", String.join(" ", FuzzTokens.ALL_SCOPES)),
        -600);
  }

  @Override
  public String untrustedToken(String tenant) {
    return service.foreignToken(tenant);
  }

  @Override
  public void close() {
    service.close();
  }
}
