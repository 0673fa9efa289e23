package com.example.orders.adapters.http;

import java.util.function.BiConsumer;

/**
 * Headers that make every response safe to receive in a browser: no MIME sniffing, no framing, no
 * referrer, nothing cached unless a handler says otherwise, and a content security policy that lets
 * JSON run nothing at all and the documentation UI load only its own files.
 */
final class SecurityHeaders {

  static final String API_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  // Swagger UI sets inline styles, loads its own scripts and fetches /openapi.yaml
  static final String DOCS_POLICY =
      "default-src 'none'; script-src 'self'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
          + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private SecurityHeaders() {}

  /**
   * @param path the request path, which decides the content security policy
   * @param header sets a response header, replacing any earlier value
   */
  static void apply(String path, BiConsumer<String, String> header) {
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("X-Frame-Options", "DENY");
    header.accept("Referrer-Policy", "no-referrer");
    header.accept("Cache-Control", "no-store");
    boolean docs =
        path.equals(ApiDocumentation.UI_PATH) || path.startsWith(ApiDocumentation.UI_PATH + "/");
    header.accept("Content-Security-Policy", docs ? DOCS_POLICY : API_POLICY);
  }
}
