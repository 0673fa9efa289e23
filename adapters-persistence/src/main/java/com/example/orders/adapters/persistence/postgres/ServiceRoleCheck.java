package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.DependencyUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Asks PostgreSQL whether the role the service connects as is one row-level security binds: not
 * a superuser, without {@code BYPASSRLS}, owning no table (a table's owner may switch its row
 * security off), neither itself nor through a role whose privileges it inherits.
 */
final class ServiceRoleCheck {

  private static final String QUERY = "SELECT r.rolname, r.rolsuper, r.rolbypassrls,"
      + " (SELECT string_agg(n.nspname || '.' || c.relname, ', ' ORDER BY n.nspname, c.relname)"
      + "    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
      + "   WHERE c.relkind IN ('r', 'p') AND pg_has_role(r.oid, c.relowner, 'USAGE')"
      + "     AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
      + "     AND n.nspname NOT LIKE 'pg\\_toast%') AS owned"
      + " FROM pg_roles r WHERE r.rolname = current_user";

  private ServiceRoleCheck() {}

  static List<String> problems(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(QUERY);
        ResultSet role = statement.executeQuery()) {
      role.next();
      String name = role.getString("rolname");
      List<String> problems = new ArrayList<>();
      if (role.getBoolean("rolsuper")) {
        problems.add("role " + name + " is a superuser");
      }
      if (role.getBoolean("rolbypassrls")) {
        problems.add("role " + name + " has BYPASSRLS");
      }
      String owned = role.getString("owned");
      if (owned != null) {
        problems.add("role " + name + " owns tables (" + owned + ")");
      }
      return List.copyOf(problems);
    } catch (SQLException failure) {
      if (DatabaseFailures.isUnavailable(failure)) {
        throw new DependencyUnavailableException(DatabaseFailures.DEPENDENCY, failure);
      }
      throw new IllegalStateException("the service role could not be checked", failure);
    }
  }
}
