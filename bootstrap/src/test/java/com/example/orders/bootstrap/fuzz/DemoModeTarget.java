package com.example.orders.bootstrap.fuzz;

import com.example.orders.bootstrap.OrdersService;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.demo.DemoTokenIssuer;
import com.example.orders.bootstrap.http.ApiClient;
import com.example.orders.bootstrap.http.OpenApiContract;
import com.example.orders.domain.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The service as {@code java -jar} runs it with no configuration: in-memory storage, the demo token
 * issuer and the default request size limit.
 */
final class DemoModeTarget implements FuzzTarget {

  private final OrdersService service;
  private final DemoTokenIssuer issuer;
  private final DemoTokenIssuer stranger = DemoTokenIssuer.generate(Clock.systemUTC());
  private final ApiClient api;

  private DemoModeTarget(OrdersService service) {
    this.service = service;
    this.issuer = service.demoTokenIssuer().orElseThrow();
    this.api = new ApiClient(service.port(), OpenApiContract.ofServedDocument());
  }

  static DemoModeTarget start() {
    return new DemoModeTarget(
        OrdersService.start(Config.fromEnvironment(Map.of("PORT", "0", "SHUTDOWN_TIMEOUT", "5s"))));
  }

  @Override
  public String mode() {
    return "demo";
  }

  @Override
  public int port() {
    return service.port();
  }

  @Override
  public ApiClient api() {
    return api;
  }

  @Override
  public String token(String tenant, Set<String> scopes) {
    return issuer.issue(new TenantId(tenant), "fuzzer", scopes, Duration.ofHours(1));
  }

  @Override
  public String expiredToken(String tenant) {
    return issuer.issue(
        new TenantId(tenant), "fuzzer", FuzzTokens.ALL_SCOPES, Duration.ofMinutes(-10));
  }

  /** Same issuer name, same algorithm, another key: what a forger with no access to ours makes. */
  @Override
  public String untrustedToken(String tenant) {
    return stranger.issue(
        new TenantId(tenant), "forger", FuzzTokens.ALL_SCOPES, Duration.ofHours(1));
  }

  @Override
  public void close() {
    service.close();
  }
}
