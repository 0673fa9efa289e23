package com.example.orders.adapters.http;

import com.example.orders.adapters.http.auth.SecuredRoute;
import java.util.List;

/**
 * One feature's share of the API: the routes it serves, each with the access it needs. Bootstrap
 * contributes every feature's {@code ApiRoutes} to the server, so adding a feature adds a class and
 * a binding, and edits nothing here.
 */
public interface ApiRoutes {

  /** Every route of this feature; paths must not overlap those of another feature. */
  List<SecuredRoute> routes();
}
