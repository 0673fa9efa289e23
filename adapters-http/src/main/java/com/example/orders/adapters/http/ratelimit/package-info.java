/**
 * Rate limits on the API ({@code docs/adr/0029-distributed-rate-limiting.md}): {@link
 * com.example.orders.adapters.http.ratelimit.RateLimiting} gives every route a budget per caller
 * (subject and tenant once authenticated, client address otherwise) for its route group, through
 * the application's {@code RateLimiter} port; sends the {@code RateLimit} and {@code
 * RateLimit-Policy} headers; refuses an exhausted budget with {@code 429} and {@code Retry-After};
 * and tells a {@link com.example.orders.adapters.http.ratelimit.RateLimitListener} about every
 * refusal. {@link com.example.orders.adapters.http.ratelimit.TrustedProxies} says which address
 * is the client's.
 */
package com.example.orders.adapters.http.ratelimit;
