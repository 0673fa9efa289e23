package com.example.orders.adapters.http.order;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.auth.Access;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.adapters.http.auth.SecuredRoute;
import com.example.orders.adapters.http.idempotency.IdempotentHandlers;
import com.example.orders.adapters.http.idempotency.Reply;
import com.example.orders.application.order.AddOrderLine;
import com.example.orders.application.order.CancelOrder;
import com.example.orders.application.order.CreateOrder;
import com.example.orders.application.order.GetOrder;
import com.example.orders.application.order.ListOrders;
import com.example.orders.application.order.OrderRef;
import com.example.orders.application.order.PageCursor;
import com.example.orders.application.order.PayOrder;
import com.example.orders.application.order.PlaceOrder;
import com.example.orders.application.order.RemoveOrderLine;
import com.example.orders.application.order.ShipOrder;
import com.example.orders.domain.order.Order;
import io.javalin.http.Context;
import java.util.List;

/**
 * The orders API: one handler per use case. The tenant always comes from the caller's token, never
 * from the request, so another tenant's order is simply not found; every change needs the order's
 * ETag in {@code If-Match} (see {@link IfMatch}).
 */
public final class OrderRoutes implements ApiRoutes {

  static final String ORDERS = "/api/v1/orders";
  static final String ORDER = ORDERS + "/{id}";

  private final CreateOrder createOrder;
  private final AddOrderLine addOrderLine;
  private final RemoveOrderLine removeOrderLine;
  private final PlaceOrder placeOrder;
  private final PayOrder payOrder;
  private final ShipOrder shipOrder;
  private final CancelOrder cancelOrder;
  private final GetOrder getOrder;
  private final ListOrders listOrders;
  private final IdempotentHandlers idempotent;

  public OrderRoutes(
      CreateOrder createOrder,
      AddOrderLine addOrderLine,
      RemoveOrderLine removeOrderLine,
      PlaceOrder placeOrder,
      PayOrder payOrder,
      ShipOrder shipOrder,
      CancelOrder cancelOrder,
      GetOrder getOrder,
      ListOrders listOrders,
      IdempotentHandlers idempotent) {
    this.createOrder = createOrder;
    this.addOrderLine = addOrderLine;
    this.removeOrderLine = removeOrderLine;
    this.placeOrder = placeOrder;
    this.payOrder = payOrder;
    this.shipOrder = shipOrder;
    this.cancelOrder = cancelOrder;
    this.getOrder = getOrder;
    this.listOrders = listOrders;
    this.idempotent = idempotent;
  }

  @Override
  public List<SecuredRoute> routes() {
    return List.of(
        new SecuredRoute(POST, ORDERS, Access.WRITE, idempotent.of(this::create)),
        new SecuredRoute(GET, ORDERS, Access.READ, this::list),
        new SecuredRoute(GET, ORDER, Access.READ, this::get),
        new SecuredRoute(POST, ORDER + "/lines", Access.WRITE, idempotent.of(this::addLine)),
        new SecuredRoute(DELETE, ORDER + "/lines/{sku}", Access.WRITE, this::removeLine),
        new SecuredRoute(POST, ORDER + "/place", Access.WRITE, idempotent.of(this::place)),
        new SecuredRoute(POST, ORDER + "/pay", Access.WRITE, idempotent.of(this::pay)),
        new SecuredRoute(POST, ORDER + "/ship", Access.WRITE, idempotent.of(this::ship)),
        new SecuredRoute(POST, ORDER + "/cancel", Access.WRITE, idempotent.of(this::cancel)));
  }

  private Reply create(Context ctx, Principal caller) {
    var body = JsonBodies.read(ctx, OrderRequests.NewOrder.class);
    Order order = createOrder.create(OrderInputs.newOrder(caller.tenant(), body));
    return reply(201, order).withHeader("Location", ORDERS + "/" + order.id());
  }

  private void list(Context ctx, Principal caller) {
    ListOrders.Page page = listOrders.list(Parameters.listQuery(caller.tenant(), ctx));
    ctx.json(
        new OrderPage(
            page.items().stream().map(OrderResponse::of).toList(),
            page.next().map(PageCursor::encode).orElse(null)));
  }

  private void get(Context ctx, Principal caller) {
    respond(ctx, getOrder.get(caller.tenant(), Parameters.orderId(ctx)));
  }

  private Reply addLine(Context ctx, Principal caller) {
    OrderRef ref = ref(ctx, caller);
    var line = OrderInputs.line(JsonBodies.read(ctx, OrderRequests.Line.class));
    return reply(200, addOrderLine.addLine(ref, line));
  }

  private void removeLine(Context ctx, Principal caller) {
    OrderRef ref = ref(ctx, caller);
    respond(ctx, removeOrderLine.removeLine(ref, Parameters.sku(ctx)));
  }

  private Reply place(Context ctx, Principal caller) {
    return reply(200, placeOrder.place(ref(ctx, caller)));
  }

  private Reply pay(Context ctx, Principal caller) {
    OrderRef ref = ref(ctx, caller);
    var reference = OrderInputs.payment(JsonBodies.read(ctx, OrderRequests.Payment.class));
    return reply(200, payOrder.pay(ref, reference));
  }

  private Reply ship(Context ctx, Principal caller) {
    return reply(200, shipOrder.ship(ref(ctx, caller)));
  }

  private Reply cancel(Context ctx, Principal caller) {
    OrderRef ref = ref(ctx, caller);
    var reason = OrderInputs.cancellation(JsonBodies.read(ctx, OrderRequests.Cancellation.class));
    return reply(200, cancelOrder.cancel(ref, reason));
  }

  private static OrderRef ref(Context ctx, Principal caller) {
    return new OrderRef(
        caller.tenant(),
        Parameters.orderId(ctx),
        IfMatch.expectedVersion(ctx.header(IfMatch.HEADER)));
  }

  private static void respond(Context ctx, Order order) {
    ctx.header("ETag", IfMatch.etag(order.version())).json(OrderResponse.of(order));
  }

  private static Reply reply(int status, Order order) {
    return Reply.of(status, OrderResponse.of(order))
        .withHeader("ETag", IfMatch.etag(order.version()));
  }
}
