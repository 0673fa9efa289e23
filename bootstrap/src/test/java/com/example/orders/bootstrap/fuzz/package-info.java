/**
 * A property-based fuzz of the HTTP edge (jqwik), against the real service on a random port, once
 * in demo mode and once on PostgreSQL. Requests are generated from the API document, read when the
 * fuzz starts: every operation, its parameters and bodies from their schemas, then broken in every
 * way a hostile client might (mutated bodies, odd Content-Types and charsets, If-Match forms,
 * duplicate and oversized headers, method overrides, unusual methods, forged tokens), plus
 * malformed HTTP over a plain socket. The oracle: no 5xx; every error RFC 9457 problem+json with
 * its status, a request id and the security headers, and declared for its operation; nothing
 * changes unless a change was asked for and granted; the service stays up.
 *
 * <p>{@code fuzz.tries} (requests per storage mode) and {@code fuzz.seed} set the budget; see
 * {@link com.example.orders.bootstrap.fuzz.FuzzBudget}.
 */
package com.example.orders.bootstrap.fuzz;
