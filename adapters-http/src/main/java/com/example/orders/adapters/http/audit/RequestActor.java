package com.example.orders.adapters.http.audit;

import com.example.orders.adapters.http.RequestContext;
import com.example.orders.adapters.http.auth.BearerAuthentication;
import com.example.orders.application.audit.Actor;
import com.example.orders.application.audit.CurrentActor;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * The caller of the running request, as an audit actor: the subject its token was verified for,
 * the client's address and the request id. Outside a request, the service itself.
 */
public final class RequestActor implements CurrentActor {

  @Override
  public Actor current() {
    Optional<String> requestId = RequestContext.requestId();
    if (requestId.isEmpty()) {
      return Actor.SYSTEM;
    }
    String subject = MDC.get(BearerAuthentication.MDC_SUBJECT);
    return new Actor(subject == null ? Actor.ANONYMOUS : subject, RequestContext.clientIp(),
        requestId);
  }
}
