package com.example.orders.adapters.http;

import com.example.orders.adapters.http.problem.ProblemMapper;
import com.example.orders.adapters.http.problem.ProblemResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Answers requests that Jetty refuses before the application sees them (headers too large, a
 * malformed request line...) with problem+json like every other error, instead of Jetty's HTML
 * page. They never passed {@link RequestTracking}, so they get their request id here.
 */
final class RejectedRequests extends ErrorHandler {

  private final ProblemMapper problems;
  private final ObjectMapper json;
  private final SecurityHeaders securityHeaders;

  RejectedRequests(ProblemMapper problems, ObjectMapper json, SecurityHeaders securityHeaders) {
    this.problems = problems;
    this.json = json;
    this.securityHeaders = securityHeaders;
  }

  /** Every method gets a body; Jetty would answer only GET, POST and HEAD with one. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int status,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    String requestId = RequestIds.acceptOrGenerate(request.getHeaders().get(RequestIds.HEADER));
    // a CONNECT or an asterisk-form request has no path
    String path = Objects.requireNonNullElse(request.getHttpURI().getPath(), "*");
    ProblemResponse problem = problems.toResponse(status, path, requestId);
    response.setStatus(problem.status());
    securityHeaders.apply(path, response.getHeaders()::put);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemResponse.MEDIA_TYPE);
    response.getHeaders().put(RequestIds.HEADER, requestId);
    problem.headers().forEach(response.getHeaders()::put);
    // a HEAD answer has the headers of the GET answer and never a body (RFC 9110, 9.3.2)
    ByteBuffer body =
        HttpMethod.HEAD.is(request.getMethod())
            ? BufferUtil.EMPTY_BUFFER
            : ByteBuffer.wrap(json.writeValueAsBytes(problem.body()));
    response.write(true, body, callback);
  }
}
