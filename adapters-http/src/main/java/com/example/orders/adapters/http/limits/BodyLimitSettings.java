package com.example.orders.adapters.http.limits;

import com.example.orders.adapters.http.HttpSettings;
import com.example.orders.adapters.http.RouteGroup;
import java.util.EnumMap;
import java.util.Map;

/**
 * The largest request body each route group accepts. The server-wide {@link
 * HttpSettings#maxRequestBytes()} still applies: the smaller of the two wins.
 *
 * @param maxBytes one entry per {@link RouteGroup}, each {@value #MIN_BYTES} to {@link
 *     HttpSettings#MAX_REQUEST_BYTES_MAX} bytes
 */
public record BodyLimitSettings(Map<RouteGroup, Long> maxBytes) {

  public static final long MIN_BYTES = HttpSettings.MAX_REQUEST_BYTES_MIN;

  public BodyLimitSettings {
    maxBytes = Map.copyOf(maxBytes);
    for (RouteGroup group : RouteGroup.values()) {
      Long max = maxBytes.get(group);
      if (max == null || max < MIN_BYTES || max > HttpSettings.MAX_REQUEST_BYTES_MAX) {
        throw new IllegalArgumentException("the body limit of the route group " + group.label()
            + " must be " + MIN_BYTES + " to " + HttpSettings.MAX_REQUEST_BYTES_MAX + " bytes");
      }
    }
  }

  /**
   * Reads take no body: 1 KiB. An order command's body, even an order of 100 lines, is under
   * 32 KiB: 64 KiB. Operators' calls may carry more: the server-wide default, 1 MiB.
   */
  public static long defaultMaxBytes(RouteGroup group) {
    return switch (group) {
      case READ -> 1_024;
      case WRITE -> 65_536;
      case ADMIN -> HttpSettings.DEFAULT_MAX_REQUEST_BYTES;
    };
  }

  public static BodyLimitSettings defaults() {
    Map<RouteGroup, Long> limits = new EnumMap<>(RouteGroup.class);
    for (RouteGroup group : RouteGroup.values()) {
      limits.put(group, defaultMaxBytes(group));
    }
    return new BodyLimitSettings(limits);
  }

  public long maxBytes(RouteGroup group) {
    return maxBytes.get(group);
  }
}
