package com.example.orders.bootstrap.wiring;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.admin.LogLevelRoutes;
import com.example.orders.adapters.http.audit.RequestActor;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.port.IdGenerator;
import com.example.orders.application.port.TransactionRunner;
import com.example.orders.bootstrap.audit.AuditSettings;
import com.example.orders.bootstrap.logging.AuditedLogLevels;
import com.example.orders.bootstrap.logging.LogbackLogLevels;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import java.time.Clock;

/** The admin API on the process's log levels (ADR 0035), each change audited. */
@Module
final class LoggingModule {

  private LoggingModule() {}

  @Provides
  @IntoSet
  static ApiRoutes logLevelRoutes(AuditSettings audit, AuditTrail trail,
      TransactionRunner transactions, IdGenerator ids, Clock clock) {
    return new LogLevelRoutes(new AuditedLogLevels(LogbackLogLevels.ofThisProcess(), trail,
        transactions, new RequestActor(), ids, clock, audit.enabled()));
  }
}
