/**
 * Authentication by OAuth 2.0 token introspection (RFC 7662), for {@code AUTH_MODE=introspection}:
 * any bearer token, opaque ones included, is judged by the authorization server ({@link
 * com.example.orders.adapters.http.auth.introspection.HttpIntrospector}, guarded by {@link
 * com.example.orders.adapters.http.auth.introspection.GuardedIntrospector}), and its answer is
 * cached by the hash of the token in this process and in a cache shared by all instances (the
 * application's {@link com.example.orders.application.port.ExpiringCache} port, on Redis in
 * adapters-cache). {@link com.example.orders.adapters.http.auth.introspection.IntrospectionTokenVerifier}
 * ties them together. See {@code docs/adr/0030-token-introspection.md}.
 */
package com.example.orders.adapters.http.auth.introspection;
