-- Idempotency keys of unsafe requests (ADR 0015): each claimed in the same transaction as the
-- change it guards, together with the response that change got, so that a retry replays it.
CREATE TABLE idempotency_keys (
  tenant_id   text        NOT NULL,
  -- the token's subject: keys are the caller's own, not shared across a tenant
  caller      text        NOT NULL,
  key         text        NOT NULL,
  -- hash of method, target and body: the same key with another request is refused
  fingerprint text        NOT NULL,
  status      integer     NOT NULL,
  headers     jsonb       NOT NULL,
  body        text        NOT NULL,
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,

  CONSTRAINT idempotency_keys_pk PRIMARY KEY (tenant_id, caller, key),
  CONSTRAINT idempotency_keys_headers_object CHECK (jsonb_typeof(headers) = 'object'),
  CONSTRAINT idempotency_keys_expiry_after_creation CHECK (expires_at > created_at)
);

-- The purge deletes by expiry.
CREATE INDEX idempotency_keys_expires_at ON idempotency_keys (expires_at);

COMMENT ON TABLE idempotency_keys IS 'Idempotency-Key of unsafe requests and the stored response; purged after expires_at.';
