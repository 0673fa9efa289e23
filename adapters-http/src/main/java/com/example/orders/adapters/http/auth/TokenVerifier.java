package com.example.orders.adapters.http.auth;

/** Turns a bearer token into the {@link Principal} it proves, or says why it proves nothing. */
public interface TokenVerifier {

  /**
   * @param bearerToken the token as sent after {@code Bearer }
   * @throws InvalidTokenException when the token is malformed, forged, expired or meant for someone
   *     else; the message is safe to show to the client
   * @throws com.example.orders.application.port.DependencyUnavailableException when the keys to
   *     check it with cannot be fetched right now
   */
  Principal verify(String bearerToken) throws InvalidTokenException;
}
