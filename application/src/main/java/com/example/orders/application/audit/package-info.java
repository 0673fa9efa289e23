/**
 * The audit trail (docs/adr/0031): who changed what, when, and how it ended. Use cases call
 * {@link com.example.orders.application.audit.Audit} inside their transaction, so an entry commits
 * with its change or not at all; the HTTP edge and the rate limiter record security events through
 * {@link com.example.orders.application.audit.SecurityEvents}, which a background writer stores
 * without ever holding up a request. Each tenant's entries form a hash chain that {@link
 * com.example.orders.application.audit.ChainVerifier} checks. Actions are plain names chosen by
 * each feature ({@code order.place}): a new feature audits its own actions and edits nothing here.
 */
package com.example.orders.application.audit;
