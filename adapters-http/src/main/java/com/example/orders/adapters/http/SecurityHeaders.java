package com.example.orders.adapters.http;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers that make every response safe to receive in a browser: no MIME sniffing, no framing, no
 * referrer, nothing cached unless a handler says otherwise, and a content security policy that lets
 * JSON run nothing at all and the documentation UI load only its own files.
 */
final class SecurityHeaders {

  static final String API_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  // Swagger UI sets inline styles, loads its own scripts and fetches /openapi.yaml
  static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private SecurityHeaders() {}

  static void apply(String path, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    boolean docs = path.equals(ApiDocumentation.UI_PATH) || path.startsWith(ApiDocumentation.UI_PATH + "/");
    response.setHeader("Content-Security-Policy", docs ? DOCS_POLICY : API_POLICY);
  }
}
