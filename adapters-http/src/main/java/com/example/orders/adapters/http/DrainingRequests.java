package com.example.orders.adapters.http;

import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's graceful handler, made to let requests still receiving their body finish while the server
 * drains, not only those already past it.
 *
 * <p>On shutdown Jetty cuts every connection's idle timeout to one second, so that idle keep-alive
 * connections close at once; a client that pauses longer than that in the middle of its body would
 * get a {@code 408} although its request is in flight. Jetty hands that timeout to the reader as a
 * transient failure, one a reader may read past: while shutting down, this handler reads past it,
 * so the request keeps waiting for its body until it completes or the stop timeout closes the
 * connection. Before shutdown, idle timeouts are left as they are.
 */
final class DrainingRequests extends GracefulHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    return super.handle(new PatientWhileDraining(request), response, callback);
  }

  private final class PatientWhileDraining extends Request.Wrapper {

    PatientWhileDraining(Request request) {
      super(request);
    }

    @Override
    public Content.Chunk read() {
      Content.Chunk chunk = super.read();
      if (isShutdown()
          && Content.Chunk.isFailure(chunk, false)
          && chunk.getFailure() instanceof TimeoutException) {
        // no content yet: the reader demands more and is called back when it arrives
        return null;
      }
      return chunk;
    }
  }
}
