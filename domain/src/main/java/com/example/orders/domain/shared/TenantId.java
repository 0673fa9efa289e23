package com.example.orders.domain.shared;

import java.util.regex.Pattern;

/** The tenant that owns data; every aggregate belongs to exactly one. */
public record TenantId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public TenantId {
    InvalidValueException.require(
        value != null && FORMAT.matcher(value).matches(),
        "tenant.invalid",
        "a tenant id is 1 to 64 letters, digits, '.', '_' or '-'");
  }

  @Override
  public String toString() {
    return value;
  }
}
