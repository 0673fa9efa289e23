/**
 * The audit trail at the HTTP edge (docs/adr/0031): who the caller is, for the entries the use
 * cases write ({@link com.example.orders.adapters.http.audit.RequestActor}); refused requests as
 * security events ({@link com.example.orders.adapters.http.audit.SecurityEventObserver}); and the
 * operators' query of the trail ({@link com.example.orders.adapters.http.audit.AuditRoutes}).
 */
package com.example.orders.adapters.http.audit;
