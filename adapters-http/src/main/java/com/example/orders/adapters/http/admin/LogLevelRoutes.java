package com.example.orders.adapters.http.admin;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.PUT;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.auth.Access;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.adapters.http.auth.SecuredRoute;
import com.example.orders.adapters.http.order.JsonBodies;
import com.example.orders.adapters.http.problem.FieldError;
import com.example.orders.adapters.http.problem.FieldErrors;
import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.RequestProblem;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/admin/log-levels}: the loggers with a level of their own ({@code GET}), one
 * logger's level ({@code GET .../{logger}}), a new level for one ({@code PUT .../{logger}} with
 * {@code {"level":"DEBUG"}}), and its start-up level back ({@code DELETE .../{logger}}). The
 * change holds until the next change or the process ends; it applies to this process only.
 */
public final class LogLevelRoutes implements ApiRoutes {

  static final String LOG_LEVELS = "/api/v1/admin/log-levels";
  static final int MAX_LOGGER_LENGTH = 200;

  /** Dotted Java-like names ({@code com.example.orders}, {@code org.eclipse.jetty}), or ROOT. */
  private static final Pattern LOGGER = Pattern.compile("[A-Za-z0-9_$-]+(\\.[A-Za-z0-9_$-]+)*");

  private final LogLevels levels;

  public LogLevelRoutes(LogLevels levels) {
    this.levels = levels;
  }

  /** The body of {@code PUT}. */
  record LevelRequest(String level) {}

  @Override
  public List<SecuredRoute> routes() {
    return List.of(
        new SecuredRoute(GET, LOG_LEVELS, Access.ADMIN, this::list),
        new SecuredRoute(GET, LOG_LEVELS + "/{logger}", Access.ADMIN, this::get),
        new SecuredRoute(PUT, LOG_LEVELS + "/{logger}", Access.ADMIN, this::set),
        new SecuredRoute(DELETE, LOG_LEVELS + "/{logger}", Access.ADMIN, this::reset));
  }

  private void list(Context ctx, Principal caller) {
    ctx.json(Map.of("items", levels.configured().stream().map(LogLevelRoutes::body).toList()));
  }

  private void get(Context ctx, Principal caller) {
    ctx.json(body(levels.of(logger(ctx))));
  }

  private void set(Context ctx, Principal caller) {
    String logger = logger(ctx);
    LevelRequest request = JsonBodies.read(ctx, LevelRequest.class);
    FieldErrors errors = FieldErrors.inBody();
    Optional<LogLevels.Level> level = Optional.empty();
    if (request.level() == null) {
      errors.missing("/level");
    } else {
      level = level(request.level());
      if (level.isEmpty()) {
        errors.reject("/level", "log.level-invalid", "level is one of "
            + Arrays.stream(LogLevels.Level.values()).map(Enum::name).toList());
      }
    }
    errors.throwIfAny();
    ctx.json(body(levels.set(logger, level.orElseThrow()).after()));
  }

  private void reset(Context ctx, Principal caller) {
    ctx.json(body(levels.reset(logger(ctx)).after()));
  }

  private static Optional<LogLevels.Level> level(String name) {
    return Arrays.stream(LogLevels.Level.values())
        .filter(level -> level.name().equals(name.toUpperCase(Locale.ROOT)))
        .findFirst();
  }

  private static String logger(Context ctx) {
    String name = ctx.pathParam("logger");
    if (name.length() > MAX_LOGGER_LENGTH || !LOGGER.matcher(name).matches()) {
      String message = "logger is ROOT or a dotted name such as com.example.orders, at most "
          + MAX_LOGGER_LENGTH + " characters";
      throw new ProblemException(RequestProblem.INVALID_PARAMETER, message,
          List.of(new FieldError("logger", "log.logger-invalid", message)));
    }
    return name.equalsIgnoreCase(LogLevels.ROOT) ? LogLevels.ROOT : name;
  }

  private static Map<String, Object> body(LogLevels.LoggerLevel level) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("logger", level.logger());
    body.put("level", level.level().map(Enum::name).orElse(null));
    body.put("effectiveLevel", level.effectiveLevel().name());
    return body;
  }
}
