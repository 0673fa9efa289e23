package com.example.orders.bootstrap.fuzz;

/** What a request presents as its {@code Authorization}: mostly a good token, sometimes not. */
enum Credential {
  /** The playground tenant's token with every scope. */
  FULL,
  READ_ONLY,
  WRITE_ONLY,
  /** A good token of another tenant: the playground's orders must not exist for it. */
  OTHER_TENANT,
  NONE,
  EXPIRED,
  /** Signed, but not by the issuer the service trusts. */
  UNTRUSTED,
  /** A good token with one character of its signature changed. */
  TAMPERED,
  /** A good token's claims under {@code "alg":"none"}, without a signature. */
  UNSIGNED,
  /** {@code Bearer} followed by something that is no JWT at all. */
  GARBAGE,
  /** Another scheme: {@code Basic}. */
  NOT_BEARER,
  /** {@code Bearer} and nothing else. */
  EMPTY_BEARER
}
