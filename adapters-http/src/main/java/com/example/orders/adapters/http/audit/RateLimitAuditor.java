package com.example.orders.adapters.http.audit;

import com.example.orders.adapters.http.ratelimit.RateLimitListener;
import com.example.orders.adapters.http.ratelimit.RateLimitRejection;
import com.example.orders.application.audit.Actor;
import com.example.orders.application.audit.Outcome;
import com.example.orders.application.audit.SecurityEvent;
import com.example.orders.application.audit.SecurityEvents;
import java.util.Optional;

/**
 * Records every rate-limit refusal as a security event, {@code ratelimit.rejected} on the route:
 * in the caller's tenant's trail when the caller authenticated, in the trail of no tenant when
 * the client address's budget for failed authentications ran out.
 */
public final class RateLimitAuditor implements RateLimitListener {

  static final String REJECTED = "ratelimit.rejected";

  private final SecurityEvents events;

  public RateLimitAuditor(SecurityEvents events) {
    this.events = events;
  }

  @Override
  public void rejected(RateLimitRejection rejection) {
    Actor actor =
        new Actor(
            rejection.subject().orElse(Actor.ANONYMOUS),
            Optional.of(rejection.clientAddress()),
            Optional.of(rejection.requestId()));
    events.record(
        new SecurityEvent(
            rejection.tenant(),
            actor,
            REJECTED,
            SecurityEventObserver.ROUTE,
            rejection.method() + " " + rejection.route(),
            Outcome.REJECTED));
  }
}
