package com.example.orders.bootstrap.logging;

import com.example.orders.adapters.http.admin.LogLevels;
import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.audit.CurrentActor;
import com.example.orders.application.audit.FieldChange;
import com.example.orders.application.audit.Outcome;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.TransactionRunner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every change of a level leaves an entry in the audit trail of no tenant (the service's own:
 * a level is the whole process's, not one tenant's), with the caller, the logger and its level
 * before and after. Written at once, not queued: a change the trail cannot take is undone, and the
 * caller hears why, so that no level changes unrecorded. With auditing off, levels just change.
 */
public final class AuditedLogLevels implements LogLevels {

  static final String SET = "logging.level-set";
  static final String RESET = "logging.level-reset";
  static final String RESOURCE = "logger";

  private final LogbackLogLevels levels;
  private final AuditTrail trail;
  private final TransactionRunner transactions;
  private final CurrentActor actors;
  private final IdGenerator ids;
  private final Clock clock;
  private final boolean enabled;

  public AuditedLogLevels(LogbackLogLevels levels, AuditTrail trail,
      TransactionRunner transactions, CurrentActor actors, IdGenerator ids, Clock clock,
      boolean enabled) {
    this.levels = levels;
    this.trail = trail;
    this.transactions = transactions;
    this.actors = actors;
    this.ids = ids;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public List<LoggerLevel> configured() {
    return levels.configured();
  }

  @Override
  public LoggerLevel of(String logger) {
    return levels.of(logger);
  }

  @Override
  public synchronized LevelChange set(String logger, Level level) {
    return audited(SET, levels.set(logger, level));
  }

  @Override
  public synchronized LevelChange reset(String logger) {
    return audited(RESET, levels.reset(logger));
  }

  private LevelChange audited(String action, LevelChange change) {
    if (!enabled) {
      return change;
    }
    AuditEvent entry = new AuditEvent(ids.next(), Optional.empty(), actors.current(), action,
        RESOURCE, change.after().logger(), changes(change), Outcome.SUCCESS, clock.instant());
    try {
      transactions.inTransaction(() -> {
        trail.append(entry);
        return null;
      });
    } catch (RuntimeException unrecorded) {
      levels.restore(change.before());
      throw unrecorded;
    }
    return change;
  }

  private static List<FieldChange> changes(LevelChange change) {
    List<FieldChange> changes = new ArrayList<>();
    changes.add(FieldChange.of("level", change.before().level().map(Enum::name),
        change.after().level().map(Enum::name)));
    if (change.before().effectiveLevel() != change.after().effectiveLevel()) {
      changes.add(FieldChange.of("effectiveLevel",
          Optional.of(change.before().effectiveLevel().name()),
          Optional.of(change.after().effectiveLevel().name())));
    }
    return changes;
  }
}
