package com.example.orders.bootstrap;

import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.bootstrap.config.AppEnvironment;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, whether the role the service connects as is one that row-level security binds
 * (ADR 0028): no superuser, no {@code BYPASSRLS}, owner of no table. {@code APP_ENV=production}
 * refuses to start otherwise, and when the database does not answer the question; development
 * says so in one WARN line and carries on.
 */
final class DatabaseRoleCheck {

  private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);
  private static final String REMEDY = "connect as a role that owns nothing, without SUPERUSER"
      + " or BYPASSRLS, and migrate as the owner (DATABASE_MIGRATION_USER); see db/roles.sql and"
      + " ADR 0028";

  private DatabaseRoleCheck() {}

  /** @throws IllegalStateException in production, saying what is wrong */
  static void verify(PostgresDatabase database, AppEnvironment environment) {
    boolean production = environment == AppEnvironment.PRODUCTION;
    List<String> problems;
    try {
      problems = database.serviceRoleProblems();
    } catch (DependencyUnavailableException unanswered) {
      if (production) {
        throw new IllegalStateException("APP_ENV=production refuses to start: the database"
            + " does not answer, so its role cannot be checked for tenant isolation", unanswered);
      }
      log.warn("the database role could not be checked for tenant isolation at start-up:"
          + " the database does not answer");
      return;
    }
    if (problems.isEmpty()) {
      return;
    }
    String verdict = "tenant isolation is not enforced by the database: "
        + String.join("; ", problems) + ". " + REMEDY;
    if (production) {
      throw new IllegalStateException("APP_ENV=production refuses to start: " + verdict);
    }
    log.warn("INSECURE DATABASE ROLE, development only: {}", verdict);
  }
}
