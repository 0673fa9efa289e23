package com.example.orders.bootstrap.config;

import com.example.orders.adapters.http.BrowserSettings;
import java.util.ArrayList;
import java.util.List;

/** {@code HTTP_HSTS_MAX_AGE} and {@code HTTP_CORS_ALLOWED_ORIGINS}: what browsers are told. */
public final class BrowserVariables implements ConfigArea<BrowserSettings> {

  public static final BrowserVariables BROWSER = new BrowserVariables();

  private static final String HSTS_MAX_AGE = "HTTP_HSTS_MAX_AGE";
  private static final String CORS_ALLOWED_ORIGINS = "HTTP_CORS_ALLOWED_ORIGINS";

  private BrowserVariables() {}

  @Override
  public BrowserSettings read(EnvironmentVariables variables, AppEnvironment environment) {
    List<String> origins = new ArrayList<>();
    for (String origin : variables.text(CORS_ALLOWED_ORIGINS, "").split(",")) {
      if (!origin.isBlank()) {
        variables
            .accepted(() -> BrowserSettings.requireOrigin(CORS_ALLOWED_ORIGINS, origin.strip()))
            .ifPresent(origins::add);
      }
    }
    return new BrowserSettings(
        variables.duration(HSTS_MAX_AGE, BrowserSettings.DEFAULT_HSTS_MAX_AGE,
            BrowserSettings.HSTS_MAX_AGE_MIN, BrowserSettings.HSTS_MAX_AGE_MAX),
        origins);
  }

  @Override
  public List<String> describe(BrowserSettings browser) {
    return List.of(
        HSTS_MAX_AGE + "=" + Durations.format(browser.hstsMaxAge()),
        CORS_ALLOWED_ORIGINS + "=" + String.join(",", browser.corsAllowedOrigins()));
  }
}
