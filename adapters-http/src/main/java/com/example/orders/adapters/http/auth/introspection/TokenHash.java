package com.example.orders.adapters.http.auth.introspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name a token's introspection result is cached under: the SHA-256 of the token, in hex.
 * Whoever reads the cache (a Redis dump, a {@code MONITOR}) learns no token it could present.
 * Access tokens carry far more than 128 bits of randomness, so the hash cannot be reversed by
 * guessing, and no key is needed to make it so.
 */
public final class TokenHash {

  private TokenHash() {}

  public static String of(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      // every Java platform must provide SHA-256
      throw new IllegalStateException(impossible);
    }
  }
}
