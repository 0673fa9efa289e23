/**
 * Authentication and authorization of API calls: bearer JWTs verified with nimbus-jose-jwt against
 * the identity provider's keys ({@link com.example.orders.adapters.http.auth.JwtTokenVerifier}),
 * the caller they identify ({@link com.example.orders.adapters.http.auth.Principal}: subject,
 * tenant, scopes), and the guard that every API route passes through ({@link
 * com.example.orders.adapters.http.auth.BearerAuthentication}).
 */
package com.example.orders.adapters.http.auth;
