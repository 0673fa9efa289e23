-- The audit trail (ADR 0031): who did what to which resource, when, and how it ended. Changes are
-- written in the transaction of the change; security events (refused tokens, missing scopes,
-- rate-limit rejections) by a background writer. Append-only for every role but the owner, and
-- hash-chained per tenant so that what the owner could still change is detectable.
CREATE TABLE audit_events (
  -- '-' for events of no tenant (a caller whose token was refused): no tenant id can be '-'
  tenant_id     text        NOT NULL,
  -- position in the tenant's chain: 1, 2, 3... without gaps (a purge cuts a prefix, see anchors)
  seq           bigint      NOT NULL,
  id            uuid        NOT NULL,
  occurred_at   timestamptz NOT NULL,
  -- who: the token's subject (pseudonymous), the client's address, the request's id
  subject       text        NOT NULL,
  client_ip     text,
  request_id    text,
  -- what: e.g. order.placed on order 0190..., auth.scope-insufficient on route POST /api/v1/orders
  action        text        NOT NULL,
  resource_type text        NOT NULL,
  resource_id   text        NOT NULL,
  -- [{field, before, after} | {field, withheld: true}]: personal data is never copied here
  changes       jsonb       NOT NULL,
  outcome       text        NOT NULL,
  -- sha256 of the tenant's previous row (its anchor's, or 32 zero bytes, for the first one) and
  -- sha256(prev_hash || seq || content): rewriting a row breaks its link and every later one
  prev_hash     bytea       NOT NULL,
  hash          bytea       NOT NULL,

  CONSTRAINT audit_events_pk PRIMARY KEY (tenant_id, seq),
  CONSTRAINT audit_events_id_unique UNIQUE (id),
  CONSTRAINT audit_events_tenant_present CHECK (tenant_id <> ''),
  CONSTRAINT audit_events_seq_positive CHECK (seq >= 1),
  CONSTRAINT audit_events_changes_array CHECK (jsonb_typeof(changes) = 'array'),
  CONSTRAINT audit_events_outcome_known CHECK (outcome IN ('success', 'denied', 'rejected')),
  CONSTRAINT audit_events_hashes_sha256
    CHECK (octet_length(prev_hash) = 32 AND octet_length(hash) = 32)
);

-- The admin query: one tenant, newest first, optionally by time (keyset on seq).
CREATE INDEX audit_events_by_time ON audit_events (tenant_id, occurred_at);
CREATE INDEX audit_events_by_subject ON audit_events (tenant_id, subject, seq);
CREATE INDEX audit_events_by_resource ON audit_events (tenant_id, resource_type, resource_id, seq);

COMMENT ON TABLE audit_events IS 'Append-only audit trail, hash-chained per tenant (ADR 0031).';

-- The end of each tenant's chain. An append updates it in the change's transaction: the row lock
-- orders concurrent appends of one tenant, and appends of different tenants never wait on each
-- other. prev_hash is the hash before the last append, so the append is one statement.
CREATE TABLE audit_chain_heads (
  tenant_id text   NOT NULL,
  seq       bigint NOT NULL,
  prev_hash bytea  NOT NULL,
  hash      bytea  NOT NULL,

  CONSTRAINT audit_chain_heads_pk PRIMARY KEY (tenant_id)
);

-- Where a tenant's chain starts after a purge: the last purged row's position and hash. The first
-- kept row must follow it exactly, so a purge never makes the chain unverifiable.
CREATE TABLE audit_chain_anchors (
  tenant_id   text        NOT NULL,
  seq         bigint      NOT NULL,
  hash        bytea       NOT NULL,
  purged_at   timestamptz NOT NULL,

  CONSTRAINT audit_chain_anchors_pk PRIMARY KEY (tenant_id)
);

-- Append-only: UPDATE and DELETE fail for every role but the table's owner (the migration role),
-- grants or not. TRUNCATE is refused likewise. The owner can still bypass this (it may disable the
-- trigger), which is what the hash chain is for.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_user <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
    RAISE EXCEPTION 'audit_events is append-only: % refused for role %', TG_OP, current_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();

CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

-- Retention: the one way the service deletes audit rows, running as the owner. Rows older than
-- the cutoff go, except each tenant's newest row (so the head stays checkable), and the anchor
-- moves to the last purged row. A cutoff within the last day is refused: a compromised service
-- cannot wipe recent history.
CREATE FUNCTION audit_purge(cutoff timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  purged bigint;
BEGIN
  IF cutoff > now() - interval '1 day' THEN
    RAISE EXCEPTION 'audit_purge keeps at least a day of audit events, cutoff was %', cutoff
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  WITH doomed AS (
    SELECT e.tenant_id, e.seq FROM audit_events e
    WHERE e.occurred_at < cutoff
      AND e.seq < (SELECT h.seq FROM audit_chain_heads h WHERE h.tenant_id = e.tenant_id)
  ), last_purged AS (
    SELECT DISTINCT ON (d.tenant_id) d.tenant_id, d.seq, e.hash
    FROM doomed d JOIN audit_events e USING (tenant_id, seq)
    ORDER BY d.tenant_id, d.seq DESC
  ), anchored AS (
    INSERT INTO audit_chain_anchors AS a (tenant_id, seq, hash, purged_at)
    SELECT tenant_id, seq, hash, now() FROM last_purged
    ON CONFLICT (tenant_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash,
      purged_at = EXCLUDED.purged_at
    WHERE a.seq < EXCLUDED.seq
  ), deleted AS (
    DELETE FROM audit_events e USING last_purged l
    WHERE e.tenant_id = l.tenant_id AND e.seq <= l.seq
    RETURNING 1
  )
  SELECT count(*) INTO purged FROM deleted;
  RETURN purged;
END;
$$;

REVOKE ALL ON FUNCTION audit_purge(timestamptz) FROM PUBLIC;

-- Tenant isolation (ADR 0028): the service role sees and writes the tenant of its transaction
-- only. The owner (this migration's role) sees every tenant: it verifies the chains and purges.
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_events
  USING (tenant_id = current_setting('app.tenant', true))
  WITH CHECK (tenant_id = current_setting('app.tenant', true));
CREATE POLICY audit_owner ON audit_events TO CURRENT_USER USING (true) WITH CHECK (true);

ALTER TABLE audit_chain_heads ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_chain_heads FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_chain_heads
  USING (tenant_id = current_setting('app.tenant', true))
  WITH CHECK (tenant_id = current_setting('app.tenant', true));
CREATE POLICY audit_owner ON audit_chain_heads TO CURRENT_USER USING (true) WITH CHECK (true);

ALTER TABLE audit_chain_anchors ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_chain_anchors FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_chain_anchors
  USING (tenant_id = current_setting('app.tenant', true))
  WITH CHECK (tenant_id = current_setting('app.tenant', true));
CREATE POLICY audit_owner ON audit_chain_anchors TO CURRENT_USER USING (true) WITH CHECK (true);
