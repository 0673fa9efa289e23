package com.example.orders.bootstrap.config;

import com.example.orders.adapters.http.RouteGroup;
import com.example.orders.adapters.http.ratelimit.GroupLimits;
import com.example.orders.adapters.http.ratelimit.RateLimitSettings;
import com.example.orders.adapters.http.ratelimit.Scope;
import com.example.orders.adapters.http.ratelimit.TrustedProxies;
import com.example.orders.application.port.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code RATE_LIMIT_*} and {@code HTTP_TRUSTED_PROXIES}: the API's budgets (ADR 0029), each written
 * {@code <calls>/<window>}, e.g. {@code 300/1m}, and the proxies whose {@code X-Forwarded-For} is
 * believed.
 */
public final class RateLimitVariables implements ConfigArea<RateLimitSettings> {

  public static final RateLimitVariables RATE_LIMITS = new RateLimitVariables();

  private static final String ENABLED = "RATE_LIMIT_ENABLED";
  private static final String ANONYMOUS = "RATE_LIMIT_ANONYMOUS";
  private static final String TRUSTED_PROXIES = "HTTP_TRUSTED_PROXIES";
  private static final String FORMAT = "<calls>/<window> such as 300/1m, calls 1 to "
      + RateLimit.MAX_QUOTA + ", window 1s to 1d";

  private RateLimitVariables() {}

  @Override
  public RateLimitSettings read(EnvironmentVariables variables, AppEnvironment environment) {
    boolean enabled = variables.flag(ENABLED, true);
    if (!enabled && environment == AppEnvironment.PRODUCTION) {
      variables.problem(ENABLED + "=false is refused when APP_ENV=production (it exists to"
          + " measure what limiting costs; without it one client can take the service's capacity)");
    }
    RateLimit anonymous = limit(variables, ANONYMOUS,
        RateLimitSettings.clientAddressLimit(RateLimitSettings.DEFAULT_CLIENT_ADDRESS_QUOTA,
            RateLimitSettings.DEFAULT_WINDOW),
        RateLimitSettings::clientAddressLimit);
    Map<RouteGroup, GroupLimits> groups = new EnumMap<>(RouteGroup.class);
    for (RouteGroup group : RouteGroup.values()) {
      groups.put(group, new GroupLimits(
          limit(variables, subjectVariable(group),
              RateLimitSettings.limit(group, Scope.SUBJECT,
                  RateLimitSettings.defaultSubjectQuota(group), RateLimitSettings.DEFAULT_WINDOW),
              (quota, window) -> RateLimitSettings.limit(group, Scope.SUBJECT, quota, window)),
          limit(variables, tenantVariable(group),
              RateLimitSettings.limit(group, Scope.TENANT,
                  RateLimitSettings.defaultTenantQuota(group), RateLimitSettings.DEFAULT_WINDOW),
              (quota, window) -> RateLimitSettings.limit(group, Scope.TENANT, quota, window))));
    }
    return new RateLimitSettings(enabled, anonymous, groups, trustedProxies(variables));
  }

  @Override
  public List<String> describe(RateLimitSettings limits) {
    List<String> lines = new ArrayList<>();
    lines.add(ENABLED + "=" + limits.enabled());
    lines.add(ANONYMOUS + "=" + format(limits.perClientAddress()));
    for (RouteGroup group : RouteGroup.values()) {
      lines.add(subjectVariable(group) + "=" + format(limits.group(group).perSubject()));
      lines.add(tenantVariable(group) + "=" + format(limits.group(group).perTenant()));
    }
    lines.add(TRUSTED_PROXIES + "=" + String.join(",", limits.trustedProxies().ranges()));
    return List.copyOf(lines);
  }

  /** Per subject, e.g. {@code RATE_LIMIT_WRITE}. */
  static String subjectVariable(RouteGroup group) {
    return "RATE_LIMIT_" + group.name();
  }

  /** Per tenant, e.g. {@code RATE_LIMIT_WRITE_TENANT}. */
  static String tenantVariable(RouteGroup group) {
    return subjectVariable(group) + "_TENANT";
  }

  private static RateLimit limit(EnvironmentVariables variables, String name, RateLimit fallback,
      BiFunction<Long, Duration, RateLimit> make) {
    Optional<String> value = variables.text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    String[] parts = value.get().toLowerCase(Locale.ROOT).replace("_", "").split("/", -1);
    if (parts.length == 2 && parts[0].matches("\\d{1,10}")) {
      Optional<Duration> window = Durations.parse(parts[1].strip());
      long quota = Long.parseLong(parts[0]);
      if (window.isPresent()) {
        try {
          return make.apply(quota, window.get());
        } catch (IllegalArgumentException outOfBounds) {
          // reported below, with the bounds
        }
      }
    }
    variables.problem(name + " must be " + FORMAT + ", got '" + value.get() + "'");
    return fallback;
  }

  private static TrustedProxies trustedProxies(EnvironmentVariables variables) {
    List<String> ranges = new ArrayList<>();
    for (String range : variables.text(TRUSTED_PROXIES, "").split(",")) {
      if (!range.isBlank()) {
        ranges.add(range.strip());
      }
    }
    try {
      return TrustedProxies.of(ranges);
    } catch (IllegalArgumentException refused) {
      variables.problem(TRUSTED_PROXIES + " must list IP addresses or CIDR ranges such as"
          + " 10.0.0.0/8, comma-separated: " + refused.getMessage());
      return TrustedProxies.none();
    }
  }

  private static String format(RateLimit limit) {
    return limit.quota() + "/" + Durations.format(limit.window());
  }
}
