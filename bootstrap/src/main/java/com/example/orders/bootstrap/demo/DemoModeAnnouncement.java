package com.example.orders.bootstrap.demo;

import com.example.orders.adapters.http.auth.AuthSettings;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.DatabaseVariables;
import com.example.orders.domain.shared.TenantId;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says at WARN, so that nobody can miss it, which stand-ins a demo-mode service runs on, and hands
 * out a ready-to-use bearer token with a {@code curl} line to try the API at once.
 */
public final class DemoModeAnnouncement {

  static final TenantId DEMO_TENANT = new TenantId("demo");
  static final String DEMO_SUBJECT = "demo-user";
  static final Duration TOKEN_VALIDITY = Duration.ofHours(12);

  private static final Logger log = LoggerFactory.getLogger(DemoModeAnnouncement.class);

  private DemoModeAnnouncement() {}

  /** Logs one warning per stand-in in use; nothing when the service runs on real dependencies. */
  public static void announce(Config config, int port, Optional<DemoTokenIssuer> issuer) {
    if (config.get(DatabaseVariables.DATABASE).isEmpty()) {
      log.atWarn().addKeyValue("demoMode", true).log(
          "*** DEMO MODE *** storage is IN MEMORY: every order is lost when the process stops."
              + " Set DATABASE_URL to use PostgreSQL. APP_ENV=production refuses this mode.");
    }
    issuer.ifPresent(demo -> {
      String token = demo.issue(DEMO_TENANT, DEMO_SUBJECT,
          Set.of(AuthSettings.DEFAULT_READ_SCOPE, AuthSettings.DEFAULT_WRITE_SCOPE), TOKEN_VALIDITY);
      log.atWarn()
          .addKeyValue("demoMode", true)
          .addKeyValue("demoToken", token)
          .log("*** DEMO MODE *** bearer tokens come from a BUILT-IN DEVELOPMENT ISSUER whose"
              + " key lives in this process; set AUTH_ISSUER to trust a real one. demoToken is"
              + " valid {}h for tenant '{}', subject '{}', scopes read+write. Try:"
              + " curl -H 'Authorization: Bearer {}' http://localhost:{}/api/v1/orders",
              TOKEN_VALIDITY.toHours(), DEMO_TENANT, DEMO_SUBJECT, token, port);
    });
  }
}
