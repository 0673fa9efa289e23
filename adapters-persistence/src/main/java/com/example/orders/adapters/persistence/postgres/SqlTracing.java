package com.example.orders.adapters.persistence.postgres;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import javax.sql.DataSource;

/**
 * SQL spans (ADR 0033): the pool as Jdbi and the plain-JDBC reads see it, wrapped by
 * OpenTelemetry's JDBC library instrumentation. One CLIENT span per statement (and per commit
 * and rollback), with the stable database conventions: {@code db.system.name=postgresql}, {@code
 * db.namespace}, {@code db.operation.name}, {@code db.query.text} sanitised (literals replaced by
 * {@code ?}; bound values are never read), {@code server.address} and {@code server.port}.
 *
 * <ul>
 *   <li>Statements join a trace, they never start one: the relay's polling, the health probe and
 *       the purges would otherwise make a trace of every statement, a flood that says nothing.
 *   <li>With tracing off (a no-op {@link OpenTelemetry}) the pool is not wrapped at all.
 *   <li>The instrumentation's own metrics stay off: the pool and request metrics are
 *       Prometheus's (ADR 0013).
 * </ul>
 */
final class SqlTracing {

  /** The opt-in the instrumentation reads once, process-wide, for the stable names. */
  static final String SEMCONV_OPT_IN = "otel.semconv-stability.opt-in";

  private SqlTracing() {}

  /** {@code pool}, traced when {@code telemetry} traces at all. */
  static DataSource traced(DataSource pool, OpenTelemetry telemetry) {
    if (telemetry.getTracerProvider() == TracerProvider.noop()) {
      return pool;
    }
    optInToStableDatabaseNames();
    return JdbcTelemetry.builder(new WithinTraces(telemetry))
        .setDataSourceInstrumenterEnabled(false)
        .setStatementInstrumenterEnabled(true)
        .setTransactionInstrumenterEnabled(true)
        .setQuerySanitizationEnabled(true)
        .setCaptureQueryParameters(false)
        .build()
        .wrap(pool);
  }

  /**
   * The instrumentation emits the old names ({@code db.system}, {@code db.statement}) unless
   * told otherwise by this property or {@code OTEL_SEMCONV_STABILITY_OPT_IN}; an operator's own
   * choice is kept, with {@code database} added.
   */
  private static void optInToStableDatabaseNames() {
    String chosen = System.getProperty(SEMCONV_OPT_IN, System.getenv("OTEL_SEMCONV_STABILITY_OPT_IN"));
    if (chosen == null || chosen.isBlank()) {
      System.setProperty(SEMCONV_OPT_IN, "database");
    } else if (!chosen.contains("database")) {
      System.setProperty(SEMCONV_OPT_IN, chosen + ",database");
    }
  }

  /** The telemetry whose tracers start spans only inside a trace, and no metrics. */
  private record WithinTraces(OpenTelemetry delegate) implements OpenTelemetry {

    @Override
    public TracerProvider getTracerProvider() {
      TracerProvider tracers = delegate.getTracerProvider();
      return new TracerProvider() {
        @Override
        public Tracer get(String name) {
          return new ChildOnly(tracers.get(name));
        }

        @Override
        public Tracer get(String name, String version) {
          return new ChildOnly(tracers.get(name, version));
        }

        @Override
        public TracerBuilder tracerBuilder(String name) {
          TracerBuilder builder = tracers.tracerBuilder(name);
          return new TracerBuilder() {
            @Override
            public TracerBuilder setSchemaUrl(String schemaUrl) {
              builder.setSchemaUrl(schemaUrl);
              return this;
            }

            @Override
            public TracerBuilder setInstrumentationVersion(String version) {
              builder.setInstrumentationVersion(version);
              return this;
            }

            @Override
            public Tracer build() {
              return new ChildOnly(builder.build());
            }
          };
        }
      };
    }

    @Override
    public MeterProvider getMeterProvider() {
      return MeterProvider.noop();
    }

    @Override
    public ContextPropagators getPropagators() {
      return delegate.getPropagators();
    }
  }

  /**
   * Outside a trace, a span builder that starts nothing (the instrumentation starts its spans
   * under the current context); inside one, the real tracer's.
   */
  private record ChildOnly(Tracer delegate) implements Tracer {

    private static final Tracer NONE = TracerProvider.noop().get("none");

    @Override
    public SpanBuilder spanBuilder(String name) {
      return Span.current().getSpanContext().isValid()
          ? delegate.spanBuilder(name) : NONE.spanBuilder(name);
    }
  }
}
