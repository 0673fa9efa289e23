package com.example.orders.bootstrap.config;

/** How a secret appears wherever configuration is printed: whether it is set, never its value. */
final class Secrets {

  static final String MASK = "****";

  private Secrets() {}

  static String masked(String secret) {
    return secret.isEmpty() ? "(empty)" : MASK;
  }
}
