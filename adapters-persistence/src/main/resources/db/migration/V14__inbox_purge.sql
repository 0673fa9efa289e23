-- Handled events are deleted after a retention period (INBOX_RETENTION), oldest first, in
-- slices: the purge asks "which rows are older than the cutoff?".
CREATE INDEX inbox_handled_at ON inbox (handled_at);

-- The purge works across tenants, which row-level security denies the service role (V12): like
-- the outbox purge, one narrow SECURITY DEFINER function, one slice per call (ADR 0028).
CREATE FUNCTION inbox_purge_handled(cutoff timestamptz, slice integer) RETURNS integer
  LANGUAGE sql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
  WITH purged AS (DELETE FROM inbox WHERE (consumer, event_id) IN (SELECT consumer, event_id
                    FROM inbox WHERE handled_at < cutoff LIMIT slice) RETURNING 1)
  SELECT count(*)::integer FROM purged
$$;

REVOKE ALL ON FUNCTION inbox_purge_handled(timestamptz, integer) FROM PUBLIC;

DO $$
BEGIN
  IF '${service_role}' <> current_user THEN
    EXECUTE format('GRANT EXECUTE ON FUNCTION inbox_purge_handled(timestamptz, integer) TO %I',
      '${service_role}');
  END IF;
END
$$;
