-- Domain events written in the same transaction as the order change that caused them
-- (transactional outbox): an event exists if and only if its change committed. A relay
-- publishes them to the broker later and stamps published_at.
CREATE TABLE outbox (
  event_id          uuid        NOT NULL,
  tenant_id         text        NOT NULL,
  -- No foreign key to orders: appending stays a plain insert, and events outlive (or are
  -- pruned independently of) the orders they describe.
  aggregate_id      uuid        NOT NULL,
  event_type        text        NOT NULL,
  aggregate_version bigint      NOT NULL,
  occurred_at       timestamptz NOT NULL,
  -- The event as consumers see it. Never holds personal data: events travel to other systems
  -- and are kept longer than the orders, out of reach of erasure requests.
  payload           jsonb       NOT NULL,
  published_at      timestamptz,

  -- The event id doubles as the message id, so consumers can drop redeliveries.
  CONSTRAINT outbox_pk PRIMARY KEY (event_id),
  CONSTRAINT outbox_tenant_present CHECK (tenant_id <> ''),
  CONSTRAINT outbox_event_type_present CHECK (event_type <> ''),
  CONSTRAINT outbox_version_positive CHECK (aggregate_version >= 1),
  CONSTRAINT outbox_payload_object CHECK (jsonb_typeof(payload) = 'object')
);

-- The relay's only question is "what is still unpublished, oldest first?". A partial index
-- holds just those rows, so it stays small however long published events are kept.
CREATE INDEX outbox_unpublished ON outbox (occurred_at) WHERE published_at IS NULL;

COMMENT ON TABLE outbox IS 'Transactional outbox of order events; the relay sets published_at.';
