package com.example.orders.adapters.http.problem;

import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;

/** Javalin's exception handler for every failure: writes what {@link ProblemMapper} decides. */
public final class ProblemHandler implements ExceptionHandler<Exception> {

  /** Request attribute set when the client broke off its request; its value is {@code true}. */
  public static final String CLIENT_ABORTED = ProblemHandler.class.getName() + ".clientAborted";

  private final ProblemMapper mapper;

  public ProblemHandler(ProblemMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void handle(Exception failure, Context ctx) {
    // the request id was put on the response before any handler ran
    String requestId = ctx.res().getHeader("X-Request-Id");
    ProblemResponse response = mapper.toResponse(failure, ctx.path(), requestId);
    if (response.clientAborted()) {
      ctx.attribute(CLIENT_ABORTED, true);
    }
    ctx.status(response.status());
    response.headers().forEach(ctx::header);
    ctx.json(response.body());
    ctx.contentType(ProblemResponse.MEDIA_TYPE);
  }
}
