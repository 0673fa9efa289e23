package com.example.orders.adapters.http.auth.introspection;

/** Asks the authorization server what it knows about a token (RFC 7662). */
public interface Introspector {

  /**
   * @param token the token as the client sent it
   * @return the server's answer, active or not
   * @throws com.example.orders.application.port.DependencyUnavailableException when the server
   *     cannot be asked right now (unreachable, slow, failing, or refusing our credentials)
   */
  Introspection introspect(String token);
}
