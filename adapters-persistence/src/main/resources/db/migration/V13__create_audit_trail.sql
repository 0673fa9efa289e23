-- The audit trail (ADR 0031): who did what to which resource, when, and how it ended. Changes are
-- written in the transaction of the change; security events (refused tokens, missing scopes,
-- rate-limit rejections) by a background writer. Append-only for every role but the owner, and
-- hash-chained per tenant so that what the owner could still change is detectable.
CREATE TABLE audit_events (
  -- '-' for events of no tenant (a caller whose token was refused): no tenant id can be '-'
  tenant_id     text        NOT NULL,
  -- the order of insertion, for paging; the chain's order is audit_chain.seq
  position      bigint      GENERATED ALWAYS AS IDENTITY,
  id            uuid        NOT NULL,
  occurred_at   timestamptz NOT NULL,
  -- who: the token's subject (pseudonymous), the client's address, the request's id
  subject       text        NOT NULL,
  client_ip     text,
  request_id    text,
  -- what: e.g. order.place on order 0190..., auth.forbidden on route POST /api/v1/orders
  action        text        NOT NULL,
  resource_type text        NOT NULL,
  resource_id   text        NOT NULL,
  -- [{field, before, after} | {field, withheld: true}]: personal data is never copied here
  changes       jsonb       NOT NULL,
  outcome       text        NOT NULL,

  CONSTRAINT audit_events_pk PRIMARY KEY (tenant_id, position),
  CONSTRAINT audit_events_tenant_present CHECK (tenant_id <> ''),
  CONSTRAINT audit_events_changes_array CHECK (jsonb_typeof(changes) = 'array'),
  CONSTRAINT audit_events_outcome_known CHECK (outcome IN ('success', 'denied', 'rejected'))
);

-- The admin query reads one tenant newest first (the primary key, backwards); "the history of
-- this order" has an index of its own. Filters by subject or time read the tenant's entries
-- newest first until the page is full: every index costs each change an insert, and the query
-- is an operator's, rare.
CREATE INDEX audit_events_by_resource
  ON audit_events (tenant_id, resource_type, resource_id, position);

COMMENT ON TABLE audit_events IS 'Append-only audit trail (ADR 0031); chained in audit_chain.';

-- Entries written but not chained yet: the sealer takes them in batches, oldest first, and chains
-- them. A work queue of ids, deleted as it is worked off; it holds no audit data.
CREATE TABLE audit_unsealed (
  tenant_id text   NOT NULL,
  position  bigint NOT NULL,

  CONSTRAINT audit_unsealed_pk PRIMARY KEY (tenant_id, position)
);

-- The hash chain of each tenant: seq 1, 2, 3... without gaps (a purge cuts a prefix, see anchors).
-- hash = sha256(prev_hash || seq || the entry's canonical content): rewriting an entry breaks its
-- link, and re-hashing it breaks the next one.
CREATE TABLE audit_chain (
  tenant_id text   NOT NULL,
  seq       bigint NOT NULL,
  -- the entry it chains: audit_events (tenant_id, position)
  position  bigint NOT NULL,
  prev_hash bytea  NOT NULL,
  hash      bytea  NOT NULL,

  CONSTRAINT audit_chain_pk PRIMARY KEY (tenant_id, seq),
  CONSTRAINT audit_chain_position_unique UNIQUE (tenant_id, position),
  CONSTRAINT audit_chain_seq_positive CHECK (seq >= 1),
  CONSTRAINT audit_chain_hashes_sha256
    CHECK (octet_length(prev_hash) = 32 AND octet_length(hash) = 32)
);

-- The end of each tenant's chain; its row lock orders the sealers of one tenant.
CREATE TABLE audit_chain_heads (
  tenant_id text   NOT NULL,
  seq       bigint NOT NULL,
  hash      bytea  NOT NULL,

  CONSTRAINT audit_chain_heads_pk PRIMARY KEY (tenant_id)
);

-- Where a tenant's chain starts after a purge: the last purged link's position and hash. The first
-- kept link must follow it exactly, so a purge never makes the chain unverifiable.
CREATE TABLE audit_chain_anchors (
  tenant_id   text        NOT NULL,
  seq         bigint      NOT NULL,
  hash        bytea       NOT NULL,
  purged_at   timestamptz NOT NULL,

  CONSTRAINT audit_chain_anchors_pk PRIMARY KEY (tenant_id)
);

-- Append-only: UPDATE, DELETE and TRUNCATE fail for every role but the table's owner (the
-- migration role), grants or not. The owner can still change rows, which the chain is for.
CREATE FUNCTION audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_user <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
    RAISE EXCEPTION '% is append-only: % refused for role %', TG_TABLE_NAME, TG_OP, current_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Work across tenants (ADR 0028): row-level security shows the service one tenant at a time;
-- these run as the owner, who sees them all, and tell only tenant ids. The trails with entries
-- waiting for the sealer, and every trail there is (for audit verify).
CREATE FUNCTION audit_pending_trails() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT DISTINCT tenant_id FROM audit_unsealed ORDER BY tenant_id
$$;

CREATE FUNCTION audit_trails() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT tenant_id FROM audit_events UNION SELECT tenant_id FROM audit_chain_heads ORDER BY 1
$$;

-- Retention: the one way the service deletes audit rows, running as the owner. Chained entries
-- older than the cutoff go, except each tenant's newest link (so the head stays checkable), and
-- the anchor moves to the last purged link. A cutoff within the last day is refused: a compromised
-- service cannot wipe recent history.
CREATE FUNCTION audit_purge(cutoff timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  purged bigint;
BEGIN
  IF cutoff > now() - interval '1 day' THEN
    RAISE EXCEPTION 'audit_purge keeps at least a day of audit events, cutoff was %', cutoff
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  CREATE TEMPORARY TABLE audit_doomed ON COMMIT DROP AS
    SELECT c.tenant_id, max(c.seq) AS seq FROM audit_chain c
    JOIN audit_events e ON e.tenant_id = c.tenant_id AND e.position = c.position
    WHERE e.occurred_at < cutoff
      AND c.seq < (SELECT h.seq FROM audit_chain_heads h WHERE h.tenant_id = c.tenant_id)
    GROUP BY c.tenant_id;
  INSERT INTO audit_chain_anchors AS a (tenant_id, seq, hash, purged_at)
    SELECT d.tenant_id, d.seq, c.hash, now() FROM audit_doomed d
    JOIN audit_chain c ON c.tenant_id = d.tenant_id AND c.seq = d.seq
  ON CONFLICT (tenant_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash,
    purged_at = EXCLUDED.purged_at
  WHERE a.seq < EXCLUDED.seq;
  DELETE FROM audit_events e USING audit_chain c, audit_doomed d
    WHERE e.tenant_id = c.tenant_id AND e.position = c.position AND c.tenant_id = d.tenant_id
      AND c.seq <= d.seq;
  GET DIAGNOSTICS purged = ROW_COUNT;
  DELETE FROM audit_chain c USING audit_doomed d
    WHERE c.tenant_id = d.tenant_id AND c.seq <= d.seq;
  RETURN purged;
END;
$$;

REVOKE ALL ON FUNCTION audit_purge(timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_pending_trails() FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_trails() FROM PUBLIC;

-- Tenant isolation (ADR 0028): the service role sees and writes the tenant of its transaction
-- only. The owner (this migration's role, BYPASSRLS) sees every tenant, and so do the functions
-- above, which run as the owner.
DO $$
DECLARE
  audit_table text;
BEGIN
  FOREACH audit_table IN ARRAY ARRAY['audit_events', 'audit_unsealed', 'audit_chain',
      'audit_chain_heads', 'audit_chain_anchors'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', audit_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', audit_table);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I'
        || ' USING (tenant_id = current_setting(''app.tenant'', true))'
        || ' WITH CHECK (tenant_id = current_setting(''app.tenant'', true))', audit_table);
  END LOOP;
END;
$$;

-- The service role (V12) may call the three cross-tenant functions above; its table grants come
-- from V12's default privileges, and the triggers keep the trail append-only whatever is granted.
DO $$
DECLARE
  service text := '${service_role}';
BEGIN
  IF service = current_user THEN
    RETURN;
  END IF;
  EXECUTE format('GRANT EXECUTE ON FUNCTION audit_purge(timestamptz), audit_pending_trails(),'
    ' audit_trails() TO %I', service);
END
$$;
