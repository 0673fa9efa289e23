-- Finished jobs are deleted with their files after a retention period (JOB_RETENTION), oldest
-- first, in slices: the purge asks "which finished jobs last changed before the cutoff?".
CREATE INDEX jobs_finished_updated_at ON jobs (updated_at)
  WHERE status IN ('SUCCEEDED', 'FAILED');

-- The purge works across tenants, which row-level security denies the service role (V12): like
-- the outbox and inbox purges, one narrow SECURITY DEFINER function, one slice per call
-- (ADR 0028).
CREATE FUNCTION jobs_purge_finished(cutoff timestamptz, slice integer) RETURNS integer
  LANGUAGE sql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
  WITH purged AS (DELETE FROM jobs WHERE (tenant_id, job_id) IN (SELECT tenant_id, job_id
                    FROM jobs WHERE status IN ('SUCCEEDED', 'FAILED') AND updated_at < cutoff
                    LIMIT slice) RETURNING 1)
  SELECT count(*)::integer FROM purged
$$;

REVOKE ALL ON FUNCTION jobs_purge_finished(timestamptz, integer) FROM PUBLIC;

DO $$
BEGIN
  IF '${service_role}' <> current_user THEN
    EXECUTE format('GRANT EXECUTE ON FUNCTION jobs_purge_finished(timestamptz, integer) TO %I',
      '${service_role}');
  END IF;
END
$$;
