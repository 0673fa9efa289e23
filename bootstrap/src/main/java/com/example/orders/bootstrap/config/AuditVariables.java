package com.example.orders.bootstrap.config;

import com.example.orders.bootstrap.audit.AuditSettings;
import java.time.Duration;
import java.util.List;

/** {@code AUDIT_*}: whether and how long the audit trail is kept (ADR 0031). */
public final class AuditVariables implements ConfigArea<AuditSettings> {

  public static final AuditVariables AUDIT = new AuditVariables();

  private static final String ENABLED = "AUDIT_ENABLED";
  private static final String RETENTION = "AUDIT_RETENTION";
  private static final String QUEUE = "AUDIT_SECURITY_QUEUE_CAPACITY";
  private static final String REPEAT_WINDOW = "AUDIT_SECURITY_REPEAT_WINDOW";

  private AuditVariables() {}

  @Override
  public AuditSettings read(EnvironmentVariables variables, AppEnvironment environment) {
    return new AuditSettings(
        variables.flag(ENABLED, true),
        variables.duration(RETENTION, AuditSettings.DEFAULT_RETENTION,
            AuditSettings.MIN_RETENTION, AuditSettings.MAX_RETENTION),
        variables.integer(QUEUE, AuditSettings.DEFAULT_QUEUE_CAPACITY, 1,
            AuditSettings.MAX_QUEUE_CAPACITY),
        variables.duration(REPEAT_WINDOW, AuditSettings.DEFAULT_REPEAT_WINDOW, Duration.ZERO,
            AuditSettings.MAX_REPEAT_WINDOW));
  }

  @Override
  public List<String> describe(AuditSettings audit) {
    return List.of(
        ENABLED + "=" + audit.enabled(),
        RETENTION + "=" + Durations.format(audit.retention()),
        QUEUE + "=" + audit.queueCapacity(),
        REPEAT_WINDOW + "=" + Durations.format(audit.repeatWindow()));
  }
}
