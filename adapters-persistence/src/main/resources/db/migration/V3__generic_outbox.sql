-- The outbox carries the events of any feature, not only of orders: each row says which kind of
-- aggregate it is about and which version of its type's payload schema it holds.
ALTER TABLE outbox
  ADD COLUMN aggregate_type text NOT NULL DEFAULT 'order',
  ADD COLUMN schema_version integer NOT NULL DEFAULT 1,
  -- W3C trace context of the request that raised the event, so that consumers join its trace
  ADD COLUMN trace_parent text,
  ADD CONSTRAINT outbox_aggregate_type_present CHECK (aggregate_type <> ''),
  ADD CONSTRAINT outbox_schema_version_positive CHECK (schema_version >= 1);
-- the defaults only filled the existing rows: every writer names both
ALTER TABLE outbox
  ALTER COLUMN aggregate_type DROP DEFAULT,
  ALTER COLUMN schema_version DROP DEFAULT;

-- The payload is now the event's own data; identity, type, tenant and time live in the columns
-- (and travel as CloudEvents attributes), so rows written before this version lose the copies.
UPDATE outbox SET payload = payload - 'eventId' - 'type' - 'tenantId' - 'occurredAt';

-- The relay listens on this channel instead of polling hard: PostgreSQL delivers a notification
-- when the appending transaction commits, never for one that rolls back, and folds the identical
-- notifications of one transaction into one.
CREATE FUNCTION outbox_notify_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_appended', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER outbox_appended AFTER INSERT ON outbox
  FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify_appended();

-- Published rows are deleted after a retention period, oldest first.
CREATE INDEX outbox_published ON outbox (published_at) WHERE published_at IS NOT NULL;

COMMENT ON TABLE outbox IS 'Transactional outbox of domain events; the relay sets published_at.';
