package com.example.orders.adapters.http.audit;

import static io.javalin.http.HandlerType.GET;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.auth.Access;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.adapters.http.auth.SecuredRoute;
import com.example.orders.application.audit.AuditQuery;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.audit.AuditEntry;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/v1/admin/audit}: one tenant's audit trail, newest first, filtered by subject,
 * action, resource and time, a page at a time (keyset: {@code cursor} is where the previous page
 * ended). Operators' API: the admin scope, across tenants, one tenant per query, as the trail is
 * kept (one hash chain per tenant; row-level security shows the service one tenant at a time).
 */
public final class AuditRoutes implements ApiRoutes {

  static final String AUDIT = "/api/v1/admin/audit";

  private final AuditTrail trail;

  public AuditRoutes(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public List<SecuredRoute> routes() {
    return List.of(new SecuredRoute(GET, AUDIT, Access.ADMIN, this::query));
  }

  private void query(Context ctx, Principal caller) {
    AuditQuery query = AuditParameters.query(ctx.queryString());
    List<AuditEntry> page = trail.find(query);
    Optional<String> next = page.size() < query.limit() || page.getLast().position() <= 1
        ? Optional.empty()
        : Optional.of(Long.toString(page.getLast().position()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", page.stream().map(AuditEntryResponse::of).toList());
    body.put("nextCursor", next.orElse(null));
    ctx.json(body);
  }
}
