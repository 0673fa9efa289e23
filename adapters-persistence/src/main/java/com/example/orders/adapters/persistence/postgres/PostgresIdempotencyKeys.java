package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.IdempotencyKey;
import com.example.orders.application.port.IdempotencyKeyInUseException;
import com.example.orders.application.port.IdempotencyKeyReusedException;
import com.example.orders.application.port.IdempotencyKeys;
import com.example.orders.application.port.StoredResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The {@link IdempotencyKeys} port on PostgreSQL. A claim is one {@code INSERT ... ON CONFLICT}
 * in the caller's transaction: the first request inserts the key and its response (as a
 * placeholder, completed before commit); a concurrent one with the same key waits on that
 * uncommitted row, for at most {@link #IN_PROGRESS_WAIT}, and then replays the committed
 * response, claims the key (the first rolled back), or gives up with {@code 409}.
 */
public final class PostgresIdempotencyKeys implements IdempotencyKeys {

  /**
   * How long a retry waits for the request that holds its key: long enough for a retry sent a
   * moment later to get the first request's answer, short enough to be a bounded wait.
   */
  public static final Duration IN_PROGRESS_WAIT = Duration.ofSeconds(1);

  private static final String LOCK_NOT_AVAILABLE = "55P03";

  // A placeholder response (status 0) until complete(); an expired key is claimed afresh.
  private static final String CLAIM = "INSERT INTO idempotency_keys (tenant_id, caller, key,"
      + " fingerprint, status, headers, body, created_at, expires_at)"
      + " VALUES (:tenant, :caller, :key, :fingerprint, 0, '{}', '', :now, :expiresAt)"
      + " ON CONFLICT (tenant_id, caller, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,"
      + " status = 0, headers = '{}', body = '', created_at = EXCLUDED.created_at,"
      + " expires_at = EXCLUDED.expires_at WHERE idempotency_keys.expires_at <= EXCLUDED.created_at"
      + " RETURNING true";

  private static final String EARLIER = "SELECT fingerprint, status, headers::text AS headers,"
      + " body FROM idempotency_keys WHERE tenant_id = :tenant AND caller = :caller AND key = :key";

  private static final String COMPLETE = "UPDATE idempotency_keys SET status = :status,"
      + " headers = CAST(:headers AS jsonb), body = :body"
      + " WHERE tenant_id = :tenant AND caller = :caller AND key = :key";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

  private final HandleBinding handles;

  public PostgresIdempotencyKeys(PostgresDatabase database) {
    this.handles = database.handles();
  }

  @Override
  public Optional<StoredResponse> claim(IdempotencyKey key, String fingerprint, Instant now,
      Instant expiresAt) {
    return handles.withHandle(key.tenant(), handle -> {
      boolean claimed = insertWaitingAtMost(handle, key, fingerprint, now, expiresAt);
      if (claimed) {
        return Optional.empty();
      }
      Earlier earlier = handle.createQuery(EARLIER)
          .bind("tenant", key.tenant().value())
          .bind("caller", key.caller())
          .bind("key", key.value())
          .map((row, context) -> new Earlier(row.getString("fingerprint"), row.getInt("status"),
              row.getString("headers"), row.getString("body")))
          .one();
      if (!earlier.fingerprint().equals(fingerprint)) {
        throw new IdempotencyKeyReusedException();
      }
      return Optional.of(new StoredResponse(
          earlier.status(), headers(earlier.headers()), earlier.body()));
    });
  }

  @Override
  public void complete(IdempotencyKey key, StoredResponse response) {
    handles.withHandle(key.tenant(), handle -> handle.createUpdate(COMPLETE)
        .bind("status", response.status())
        .bind("headers", json(response.headers()))
        .bind("body", response.body())
        .bind("tenant", key.tenant().value())
        .bind("caller", key.caller())
        .bind("key", key.value())
        .execute());
  }

  @Override
  public int purgeExpired(Instant now) {
    // across tenants: through the function granted for it (ADR 0028)
    return handles.acrossTenants(handle ->
        handle.createQuery("SELECT idempotency_keys_purge_expired(:now)")
            .bind("now", OrderRows.timestamp(now))
            .mapTo(Integer.class)
            .one());
  }

  /** The insert, with this transaction's lock wait bounded for its duration only. */
  private static boolean insertWaitingAtMost(Handle handle, IdempotencyKey key,
      String fingerprint, Instant now, Instant expiresAt) {
    String previous = handle.createQuery("SELECT current_setting('lock_timeout')")
        .mapTo(String.class).one();
    setLockTimeout(handle, IN_PROGRESS_WAIT.toMillis() + "ms");
    try {
      return handle.createQuery(CLAIM)
          .bind("tenant", key.tenant().value())
          .bind("caller", key.caller())
          .bind("key", key.value())
          .bind("fingerprint", fingerprint)
          .bind("now", OrderRows.timestamp(now))
          .bind("expiresAt", OrderRows.timestamp(expiresAt))
          .mapTo(Boolean.class)
          .findOne()
          .isPresent();
    } catch (UnableToExecuteStatementException failure) {
      if (DatabaseFailures.hasSqlState(failure, LOCK_NOT_AVAILABLE)) {
        throw new IdempotencyKeyInUseException(failure);
      }
      throw failure;
    } finally {
      if (!handle.isClosed()) {
        trySetLockTimeout(handle, previous);
      }
    }
  }

  private static void setLockTimeout(Handle handle, String value) {
    handle.createQuery("SELECT set_config('lock_timeout', :value, true)")
        .bind("value", value).mapTo(String.class).one();
  }

  /** After a failed insert the transaction is aborted and rolls back, the setting with it. */
  private static void trySetLockTimeout(Handle handle, String value) {
    try {
      setLockTimeout(handle, value);
    } catch (UnableToExecuteStatementException aborted) {
      // the rollback restores it
    }
  }

  private static String json(Map<String, String> headers) {
    try {
      return JSON.writeValueAsString(headers);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("headers could not be written as JSON", impossible);
    }
  }

  private static Map<String, String> headers(String json) {
    try {
      return JSON.readValue(json, HEADERS);
    } catch (JsonProcessingException unreadable) {
      throw new UncheckedIOException("stored response headers are not valid JSON", unreadable);
    }
  }

  private record Earlier(String fingerprint, int status, String headers, String body) {}
}
