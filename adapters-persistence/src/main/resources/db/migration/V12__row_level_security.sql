-- Tenant isolation enforced by PostgreSQL (ADR 0028): every tenant-owned table lets a role see
-- and write only the rows of the tenant its transaction names, set_config('app.tenant', ..., true).
-- A statement that forgets its tenant sees no rows and cannot write any. FORCE makes the policy
-- bind the table's owner too; only superusers and BYPASSRLS roles (the migration owner) pass by.
--
-- Convention for every new tenant-owned table (tenant_id text NOT NULL), in its own migration:
--   ALTER TABLE t ENABLE ROW LEVEL SECURITY;
--   ALTER TABLE t FORCE ROW LEVEL SECURITY;
--   CREATE POLICY tenant_isolation ON t
--     USING (tenant_id = current_setting('app.tenant', true))
--     WITH CHECK (tenant_id = current_setting('app.tenant', true));
-- Work across tenants goes through a SECURITY DEFINER function like those below, granted to the
-- service role only. RowLevelSecurityTest fails for a table with tenant_id that lacks this.

-- Owned by the migration role, the functions below read across tenants only if it bypasses row
-- security: refuse to migrate rather than leave the outbox relay silently seeing nothing.
DO $$
BEGIN
  IF NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) THEN
    RAISE EXCEPTION 'the migration role % must have BYPASSRLS (or be a superuser): it owns the'
      ' functions that work across tenants; see db/roles.sql', current_user;
  END IF;
END
$$;

ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE orders FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON orders
  USING (tenant_id = current_setting('app.tenant', true))
  WITH CHECK (tenant_id = current_setting('app.tenant', true));

ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON outbox
  USING (tenant_id = current_setting('app.tenant', true))
  WITH CHECK (tenant_id = current_setting('app.tenant', true));

ALTER TABLE inbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE inbox FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON inbox
  USING (tenant_id = current_setting('app.tenant', true))
  WITH CHECK (tenant_id = current_setting('app.tenant', true));

ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON idempotency_keys
  USING (tenant_id = current_setting('app.tenant', true))
  WITH CHECK (tenant_id = current_setting('app.tenant', true));

-- The outbox relay and the purges work across tenants, through these functions only: each does
-- one narrow thing, runs as the owner (SECURITY DEFINER) with a fixed search_path, and only the
-- service role may call it (granted after every migration, see afterMigrate.sql).

-- Claims the oldest unpublished events of every tenant; the row locks last until the caller's
-- transaction ends, and a concurrent claim skips them. No personal data lives in the outbox.
CREATE FUNCTION outbox_claim_pending(batch integer) RETURNS SETOF outbox
  LANGUAGE sql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
  SELECT * FROM outbox WHERE published_at IS NULL
    AND (publish_after IS NULL OR publish_after <= now())
  ORDER BY occurred_at, aggregate_version LIMIT batch FOR UPDATE SKIP LOCKED
$$;

CREATE FUNCTION outbox_mark_published(ids uuid[]) RETURNS integer
  LANGUAGE sql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
  WITH marked AS (UPDATE outbox SET published_at = now()
                  WHERE event_id = ANY(ids) AND published_at IS NULL RETURNING 1)
  SELECT count(*)::integer FROM marked
$$;

-- One slice of published events older than the cutoff, oldest first; the caller repeats it.
CREATE FUNCTION outbox_purge_published(cutoff timestamptz, slice integer) RETURNS integer
  LANGUAGE sql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
  WITH purged AS (DELETE FROM outbox WHERE event_id IN (SELECT event_id FROM outbox
                    WHERE published_at < cutoff ORDER BY published_at LIMIT slice) RETURNING 1)
  SELECT count(*)::integer FROM purged
$$;

CREATE FUNCTION outbox_backlog(OUT pending bigint, OUT oldest timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
  SELECT count(*), min(coalesce(publish_after, occurred_at)) FROM outbox
  WHERE published_at IS NULL AND (publish_after IS NULL OR publish_after <= now())
$$;

CREATE FUNCTION idempotency_keys_purge_expired(cutoff timestamptz) RETURNS integer
  LANGUAGE sql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
  WITH purged AS (DELETE FROM idempotency_keys WHERE expires_at <= cutoff RETURNING 1)
  SELECT count(*)::integer FROM purged
$$;

REVOKE ALL ON FUNCTION outbox_claim_pending(integer), outbox_mark_published(uuid[]),
  outbox_purge_published(timestamptz, integer), outbox_backlog(),
  idempotency_keys_purge_expired(timestamptz) FROM PUBLIC;

-- The service role (DATABASE_USER, which the migration is told as ${service_role}) owns nothing:
-- it reads and writes every table of the schema, now and created later by this owner, with row
-- security applying, except Flyway's history; and it may call the functions above. A table that
-- must be narrower (append-only, say) REVOKEs in its own migration. When one role runs both, it
-- owns everything already and there is nothing to grant (the service warns about it at start-up).
DO $$
DECLARE
  service text := '${service_role}';
  schema text := '${flyway:defaultSchema}';
BEGIN
  IF service = current_user THEN
    RETURN;
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema, service);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
    schema, service);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', schema, service);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE'
    ' ON TABLES TO %I', schema, service);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
    schema, service);
  EXECUTE format('REVOKE ALL ON TABLE %I.%I FROM %I', schema, '${flyway:table}', service);
  EXECUTE format('GRANT EXECUTE ON FUNCTION outbox_claim_pending(integer),'
    ' outbox_mark_published(uuid[]), outbox_purge_published(timestamptz, integer),'
    ' outbox_backlog(), idempotency_keys_purge_expired(timestamptz) TO %I', service);
END
$$;
