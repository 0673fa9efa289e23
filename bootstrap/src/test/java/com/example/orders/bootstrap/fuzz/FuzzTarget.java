package com.example.orders.bootstrap.fuzz;

import com.example.orders.bootstrap.http.ApiClient;
import java.util.Set;

/** The real service under fuzz, in one storage mode, and how to get tokens it accepts. */
interface FuzzTarget extends AutoCloseable {

  /** The storage mode, as reports name it: {@code demo} or {@code postgresql}. */
  String mode();

  int port();

  /** A client whose every response is checked against the API document. */
  ApiClient api();

  /** A token the service accepts, for {@code tenant} with {@code scopes}, valid for an hour. */
  String token(String tenant, Set<String> scopes);

  /** A token of the trusted issuer's form that has already expired. */
  String expiredToken(String tenant);

  /** A well-formed token the service must refuse: signed, but by an issuer it does not trust. */
  String untrustedToken(String tenant);

  @Override
  void close();
}
