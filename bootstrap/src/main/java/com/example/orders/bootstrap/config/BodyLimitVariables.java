package com.example.orders.bootstrap.config;

import com.example.orders.adapters.http.HttpSettings;
import com.example.orders.adapters.http.RouteGroup;
import com.example.orders.adapters.http.limits.BodyLimitSettings;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code HTTP_MAX_REQUEST_BYTES_READ}, {@code _WRITE} and {@code _ADMIN}: the largest body each
 * route group accepts, beneath {@code HTTP_MAX_REQUEST_BYTES}.
 */
public final class BodyLimitVariables implements ConfigArea<BodyLimitSettings> {

  public static final BodyLimitVariables BODY_LIMITS = new BodyLimitVariables();

  private BodyLimitVariables() {}

  @Override
  public BodyLimitSettings read(EnvironmentVariables variables, AppEnvironment environment) {
    Map<RouteGroup, Long> limits = new EnumMap<>(RouteGroup.class);
    for (RouteGroup group : RouteGroup.values()) {
      limits.put(group, variables.wholeNumber(variable(group),
          BodyLimitSettings.defaultMaxBytes(group), BodyLimitSettings.MIN_BYTES,
          HttpSettings.MAX_REQUEST_BYTES_MAX));
    }
    return new BodyLimitSettings(limits);
  }

  @Override
  public List<String> describe(BodyLimitSettings limits) {
    return List.of(RouteGroup.values()).stream()
        .map(group -> variable(group) + "=" + limits.maxBytes(group))
        .toList();
  }

  private static String variable(RouteGroup group) {
    return "HTTP_MAX_REQUEST_BYTES_" + group.name();
  }
}
