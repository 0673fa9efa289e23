package com.example.orders.bootstrap.events;

import com.example.orders.adapters.http.OperationalEndpoint;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /asyncapi.yaml}: the AsyncAPI 3.0 document of the messages, beside {@code
 * /openapi.yaml}. It ships in the messaging adapter, next to the code that writes the messages;
 * it is read once, so that a build without it fails at start-up.
 */
public final class AsyncApiEndpoint implements OperationalEndpoint {

  static final String DOCUMENT = "/asyncapi.yaml";

  private final String document;

  @Inject
  public AsyncApiEndpoint() {
    try (InputStream in = AsyncApiEndpoint.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is missing from the classpath");
      }
      this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + DOCUMENT, unreadable);
    }
  }

  @Override
  public String path() {
    return DOCUMENT;
  }

  @Override
  public Response handle() {
    return new Response(200, "application/yaml", document);
  }
}
