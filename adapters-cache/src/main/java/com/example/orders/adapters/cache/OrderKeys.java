package com.example.orders.adapters.cache;

import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.TenantId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names of cache entries: {@code <service>:v<format>:<tenant>:order:<id>}, e.g.
 * {@code orders:v1:acme:order:0190f6a2-...}. The tenant is part of every name, so no read can
 * find another tenant's entry; the format version is too, so that a service writing another
 * format (a rolling deploy) never reads an entry it cannot understand. Tenant ids cannot contain
 * {@code :}, so names cannot collide.
 *
 * @param service the first part of every name; separates services (and tests) sharing a Redis
 * @param formatVersion the version of the stored format
 */
public record OrderKeys(String service, int formatVersion) {

  private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public OrderKeys {
    Objects.requireNonNull(service, "service");
    if (!SERVICE.matcher(service).matches()) {
      throw new IllegalArgumentException(
          "a key prefix is 1 to 64 letters, digits, '.', '_' or '-', got '" + service + "'");
    }
    if (formatVersion < 1) {
      throw new IllegalArgumentException("format versions start at 1, got " + formatVersion);
    }
  }

  /** The entry of one order. */
  public String order(TenantId tenant, OrderId id) {
    return service + ":v" + formatVersion + ":" + tenant.value() + ":order:" + id.value();
  }

  /** The same order's entry name in another format version. */
  public OrderKeys inFormat(int otherVersion) {
    return new OrderKeys(service, otherVersion);
  }
}
