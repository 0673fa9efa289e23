-- Background tasks travel through the outbox as events of type task.<name>. A task enqueued with
-- a delay is not published before publish_after; every other row leaves it null and is
-- published at once, as before.
ALTER TABLE outbox ADD COLUMN publish_after timestamptz;

-- Jobs: long work a caller asked for (today order exports), its progress and, once it
-- succeeded, its result, kept with it. Owned by a tenant like everything else.
CREATE TABLE jobs (
  tenant_id    text        NOT NULL,
  job_id       uuid        NOT NULL,
  kind         text        NOT NULL,
  -- the token subject that asked; for the record, not for access (the tenant owns the job)
  requested_by text        NOT NULL,
  status       text        NOT NULL,
  processed    bigint      NOT NULL,
  failure      text        NOT NULL,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  result_media_type text,
  result       bytea,

  CONSTRAINT jobs_pk PRIMARY KEY (tenant_id, job_id),
  CONSTRAINT jobs_tenant_present CHECK (tenant_id <> ''),
  CONSTRAINT jobs_kind_present CHECK (kind <> ''),
  CONSTRAINT jobs_status_known CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  CONSTRAINT jobs_processed_not_negative CHECK (processed >= 0),
  CONSTRAINT jobs_result_when_succeeded CHECK ((result IS NOT NULL) = (status = 'SUCCEEDED')),
  CONSTRAINT jobs_result_typed CHECK ((result IS NULL) = (result_media_type IS NULL))
);

COMMENT ON TABLE jobs IS 'Long-running work per tenant (exports) with progress and result.';

-- Row-level security, by the project's convention: a session sees and writes only the rows of
-- the tenant it declared in app.tenant.
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE jobs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON jobs
  USING (tenant_id = current_setting('app.tenant', true))
  WITH CHECK (tenant_id = current_setting('app.tenant', true));
