package com.example.orders.adapters.http.ratelimit;

import com.example.orders.adapters.http.RouteGroup;
import com.example.orders.application.port.RateLimit;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The API's rate limits. The record owns the defaults, which {@code docs/adr/0029} explains; whoever
 * reads these settings checks values against {@link RateLimit}'s bounds.
 *
 * @param enabled whether calls are limited at all; off only to measure what limiting costs
 * @param perClientAddress what one client address may call before it is authenticated: every
 *     refused authentication draws on it
 * @param groups the budgets of each route group, one entry per {@link RouteGroup}
 * @param trustedProxies whose {@code X-Forwarded-For} names the client
 */
public record RateLimitSettings(
    boolean enabled,
    RateLimit perClientAddress,
    Map<RouteGroup, GroupLimits> groups,
    TrustedProxies trustedProxies) {

  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);
  public static final long DEFAULT_CLIENT_ADDRESS_QUOTA = 60;

  public RateLimitSettings {
    Objects.requireNonNull(perClientAddress, "perClientAddress");
    Objects.requireNonNull(trustedProxies, "trustedProxies");
    groups = Map.copyOf(groups);
    for (RouteGroup group : RouteGroup.values()) {
      if (!groups.containsKey(group)) {
        throw new IllegalArgumentException("no limits for the route group " + group.label());
      }
    }
  }

  /** The default quota per minute of one subject in {@code group}; a tenant's is ten times it. */
  public static long defaultSubjectQuota(RouteGroup group) {
    return switch (group) {
      case READ -> 1_200;
      case WRITE -> 300;
      case ADMIN -> 60;
    };
  }

  public static long defaultTenantQuota(RouteGroup group) {
    return defaultSubjectQuota(group) * 10;
  }

  /** The limit of {@code scope} in {@code group}, named as clients see it, e.g. {@code read-subject}. */
  public static RateLimit limit(RouteGroup group, Scope scope, long quota, Duration window) {
    return new RateLimit(group.label() + "-" + scope.label(), quota, window);
  }

  public static RateLimit clientAddressLimit(long quota, Duration window) {
    return new RateLimit("anonymous-" + Scope.CLIENT_ADDRESS.label(), quota, window);
  }

  /** Every default, no proxy trusted. */
  public static RateLimitSettings defaults() {
    Map<RouteGroup, GroupLimits> groups = new EnumMap<>(RouteGroup.class);
    for (RouteGroup group : RouteGroup.values()) {
      groups.put(group, new GroupLimits(
          limit(group, Scope.SUBJECT, defaultSubjectQuota(group), DEFAULT_WINDOW),
          limit(group, Scope.TENANT, defaultTenantQuota(group), DEFAULT_WINDOW)));
    }
    return new RateLimitSettings(true,
        clientAddressLimit(DEFAULT_CLIENT_ADDRESS_QUOTA, DEFAULT_WINDOW), groups,
        TrustedProxies.none());
  }

  public GroupLimits group(RouteGroup group) {
    return groups.get(group);
  }
}
