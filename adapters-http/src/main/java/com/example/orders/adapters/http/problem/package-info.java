/**
 * Errors as RFC 9457 {@code application/problem+json}: the {@link
 * com.example.orders.adapters.http.problem.Problem} body, the catalogue of the adapter's own
 * problem types, and {@link com.example.orders.adapters.http.problem.ProblemMapper}, the one place
 * where every failure (domain, application, authentication, JSON, HTTP) becomes a status and a
 * stable code.
 */
package com.example.orders.adapters.http.problem;
