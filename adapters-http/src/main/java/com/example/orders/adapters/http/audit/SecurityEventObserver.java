package com.example.orders.adapters.http.audit;

import com.example.orders.adapters.http.RequestObserver;
import com.example.orders.adapters.http.auth.BearerAuthentication;
import com.example.orders.application.audit.Outcome;
import com.example.orders.application.audit.SecurityEvent;
import com.example.orders.application.audit.SecurityEvents;
import com.example.orders.domain.shared.TenantId;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * Records every refused caller as a security event: {@code 401} (no acceptable token) as {@code
 * auth.unauthenticated} in the trail of no tenant, {@code 403} (a verified token without the
 * scope) as {@code auth.forbidden} in the caller's tenant's trail. Told of each finished request
 * on its thread, while the request's context is still there; recording only queues the event.
 */
public final class SecurityEventObserver implements RequestObserver {

  static final String UNAUTHENTICATED = "auth.unauthenticated";
  static final String FORBIDDEN = "auth.forbidden";
  static final String ROUTE = "route";

  private final SecurityEvents events;
  private final RequestActor actors = new RequestActor();

  public SecurityEventObserver(SecurityEvents events) {
    this.events = events;
  }

  @Override
  public void observe(String method, String route, int status, long durationNanos) {
    if (status != 401 && status != 403) {
      return;
    }
    String tenant = MDC.get(BearerAuthentication.MDC_TENANT);
    events.record(new SecurityEvent(
        status == 403 && tenant != null ? Optional.of(new TenantId(tenant)) : Optional.empty(),
        actors.current(), status == 401 ? UNAUTHENTICATED : FORBIDDEN, ROUTE,
        method + " " + route, Outcome.DENIED));
  }

  @Override
  public void clientAborted(String method, String route) {
    // not a security event
  }
}
