package com.example.orders.adapters.http.idempotency;

import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.adapters.http.auth.SecuredHandler;
import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.application.idempotency.IdempotentRequests;
import com.example.orders.application.port.IdempotencyKey;
import com.example.orders.application.port.StoredResponse;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Makes unsafe routes safe to retry. Without an {@code Idempotency-Key} header a request simply
 * runs. With one, the key (scoped to the caller's tenant and subject) is claimed in the same
 * transaction as the change, and the reply is stored with it: a retry of the same request gets
 * the same status, headers and body, marked {@code Idempotent-Replayed: true}; the same key with
 * a different request (method, path, {@code If-Match} or body) is {@code 422}; a retry while the
 * first is still running is {@code 409}.
 */
public final class IdempotentHandlers {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final String JSON = "application/json";

  private final IdempotentRequests requests;

  public IdempotentHandlers(IdempotentRequests requests) {
    this.requests = requests;
  }

  /** A handler that runs {@code handler} at most once per idempotency key. */
  public SecuredHandler of(ReplyingHandler handler) {
    return (ctx, caller) -> {
      String value = ctx.header(HEADER);
      if (value == null) {
        write(ctx, render(ctx, handler.reply(ctx, caller)));
        return;
      }
      IdempotentRequests.Outcome outcome = requests.run(
          key(caller, value), fingerprint(ctx), () -> render(ctx, handler.reply(ctx, caller)));
      write(ctx, outcome.response());
      if (outcome.replayed()) {
        ctx.header(REPLAYED, "true");
      }
    };
  }

  private static IdempotencyKey key(Principal caller, String value) {
    if (!IdempotencyKey.isValid(value)) {
      throw new ProblemException(IdempotencyProblem.INVALID_KEY,
          HEADER + " must be 1 to " + IdempotencyKey.MAX_LENGTH
              + " visible ASCII characters, e.g. a UUID");
    }
    return new IdempotencyKey(caller.tenant(), caller.subject(), value);
  }

  /** The request as far as its outcome depends on it: method, path, If-Match and body. */
  private static String fingerprint(Context ctx) {
    MessageDigest sha256 = sha256();
    String ifMatch = ctx.header("If-Match");
    sha256.update((ctx.method() + "\n" + ctx.path() + "\n" + (ifMatch == null ? "" : ifMatch)
        + "\n").getBytes(StandardCharsets.UTF_8));
    sha256.update(ctx.bodyAsBytes());
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static StoredResponse render(Context ctx, Reply reply) {
    return new StoredResponse(reply.status(), reply.headers(),
        ctx.jsonMapper().toJsonString(reply.body(), reply.body().getClass()));
  }

  private static void write(Context ctx, StoredResponse response) {
    ctx.status(response.status());
    response.headers().forEach(ctx::header);
    ctx.contentType(JSON).result(response.body());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
