-- What each consumer has handled, written in the same transaction as the handler's effects, so
-- that a redelivered event (delivery is at-least-once) has no second effect.
CREATE TABLE inbox (
  consumer          text        NOT NULL,
  event_id          uuid        NOT NULL,
  tenant_id         text        NOT NULL,
  aggregate_type    text        NOT NULL,
  aggregate_id      uuid        NOT NULL,
  aggregate_version bigint      NOT NULL,
  handled_at        timestamptz NOT NULL DEFAULT now(),

  CONSTRAINT inbox_pk PRIMARY KEY (consumer, event_id),
  CONSTRAINT inbox_consumer_present CHECK (consumer <> ''),
  CONSTRAINT inbox_version_positive CHECK (aggregate_version >= 1)
);

-- "Has this consumer handled a newer event of this aggregate?": events arrive in any order, and
-- a consumer may skip one that is out of date.
CREATE INDEX inbox_by_aggregate ON inbox (consumer, aggregate_type, aggregate_id, aggregate_version);

COMMENT ON TABLE inbox IS 'Events handled per consumer; keeps redeliveries from acting twice.';
