package com.example.orders.adapters.http.ratelimit;

import com.example.orders.adapters.http.RouteGroup;
import com.example.orders.domain.shared.TenantId;
import java.util.Optional;

/**
 * A call refused for its caller's budget: a security event, with who and what, and nothing
 * personal (no names, no e-mails, no tokens).
 *
 * @param policy the exhausted policy, e.g. {@code write-subject}
 * @param group the route group called
 * @param scope whose budget it was
 * @param clientAddress the client's address, as the trusted proxies say
 * @param subject the authenticated subject; empty for a caller not authenticated
 * @param tenant the authenticated tenant; empty for a caller not authenticated
 * @param method the HTTP method
 * @param route the route template, e.g. {@code /api/v1/orders/{id}}
 * @param requestId the request's id, as in {@code X-Request-Id}
 * @param shared whether the budget was the one shared by every instance
 */
public record RateLimitRejection(
    String policy,
    RouteGroup group,
    Scope scope,
    String clientAddress,
    Optional<String> subject,
    Optional<TenantId> tenant,
    String method,
    String route,
    String requestId,
    boolean shared) {}
