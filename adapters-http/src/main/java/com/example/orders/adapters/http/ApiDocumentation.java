package com.example.orders.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Serves the hand-written OpenAPI document at {@value #DOCUMENT_PATH} and a Swagger UI for it at
 * {@value #UI_PATH}, from the swagger-ui webjar. Everything is read from the classpath once, at
 * construction, so that a broken build fails at startup rather than on the first visit.
 */
final class ApiDocumentation {

  static final String DOCUMENT_PATH = "/openapi.yaml";
  static final String UI_PATH = "/docs";
  private static final String WEBJAR_PROPERTIES =
      "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final String ASSET_CACHING = "public, max-age=86400";

  /** The webjar files the UI page uses, with their media types; nothing else is served. */
  private static final Map<String, String> WEBJAR_ASSETS =
      Map.of(
          "swagger-ui.css", "text/css; charset=utf-8",
          "index.css", "text/css; charset=utf-8",
          "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
          "favicon-32x32.png", "image/png",
          "favicon-16x16.png", "image/png");

  private final byte[] document;
  private final byte[] page;
  private final byte[] initializer;
  private final Map<String, byte[]> assets;

  private ApiDocumentation(
      byte[] document, byte[] page, byte[] initializer, Map<String, byte[]> assets) {
    this.document = document;
    this.page = page;
    this.initializer = initializer;
    this.assets = assets;
  }

  static ApiDocumentation fromClasspath() {
    String webjar = "/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    Map<String, byte[]> assets = new HashMap<>();
    WEBJAR_ASSETS.keySet().forEach(name -> assets.put(name, read(webjar + name)));
    return new ApiDocumentation(
        read(DOCUMENT_PATH),
        read("/docs/index.html"),
        read("/docs/swagger-initializer.js"),
        Map.copyOf(assets));
  }

  void register(JavalinDefaultRoutingApi routes) {
    routes.get(DOCUMENT_PATH, ctx -> ctx.contentType("application/yaml").result(document));
    routes.get(UI_PATH, ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
    routes.get(
        UI_PATH + "/swagger-initializer.js",
        ctx -> asset(ctx, "text/javascript; charset=utf-8", initializer));
    routes.get(
        UI_PATH + "/{asset}",
        ctx -> {
          String name = ctx.pathParam("asset");
          byte[] content = assets.get(name);
          if (content == null) {
            throw new NotFoundResponse();
          }
          asset(ctx, WEBJAR_ASSETS.get(name), content);
        });
  }

  private static void asset(Context ctx, String contentType, byte[] content) {
    ctx.header("Cache-Control", ASSET_CACHING).contentType(contentType).result(content);
  }

  private static String webjarVersion() {
    Properties properties = new Properties();
    try (InputStream in = stream(WEBJAR_PROPERTIES)) {
      properties.load(in);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + WEBJAR_PROPERTIES, unreadable);
    }
    return properties.getProperty("version");
  }

  private static byte[] read(String resource) {
    try (InputStream in = stream(resource)) {
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + resource, unreadable);
    }
  }

  private static InputStream stream(String resource) {
    InputStream in = ApiDocumentation.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the classpath");
    }
    return in;
  }
}
