package com.example.orders.bootstrap.observability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build stamped into the jar: the project's version, for {@code service.version}. */
final class BuildInfo {

  private static final String RESOURCE = "/com/example/orders/bootstrap/build.properties";

  private BuildInfo() {}

  static String version() {
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + RESOURCE, unreadable);
    }
  }
}
