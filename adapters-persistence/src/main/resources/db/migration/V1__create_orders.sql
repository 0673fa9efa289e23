-- One row per Order aggregate. The aggregate is always loaded and saved whole, so a read by id is
-- a single primary-key lookup and a save is a single UPDATE guarded by the version column.
CREATE TABLE orders (
  -- Every row carries its tenant, and the tenant leads every key: a query can only reach one
  -- tenant's rows through the indexes, which keeps isolation cheap and hard to get wrong.
  tenant_id           text        NOT NULL,
  -- UUIDv7: time-ordered, so "newest first" is "id DESC" and keyset pagination needs no timestamp.
  id                  uuid        NOT NULL,
  status              text        NOT NULL,
  -- Personal data (GDPR): kept in plain columns so that erasure can overwrite exactly these.
  customer_name       text        NOT NULL,
  customer_email      text        NOT NULL,
  currency            char(3)     NOT NULL,
  -- The lines are part of the aggregate and never queried on their own: a jsonb array of
  -- {sku, quantity, unitPriceMinor} avoids a join (and a second table to lock) on every read.
  lines               jsonb       NOT NULL,
  payment_reference   text,
  cancellation_reason text,
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL,
  -- Optimistic concurrency: an update names the version it read and loses if another won first.
  version             bigint      NOT NULL,

  -- Also serves the unfiltered listing (tenant_id = ? ORDER BY id DESC) by a backward scan.
  CONSTRAINT orders_pk PRIMARY KEY (tenant_id, id),

  -- The domain is the first guard; these catch a bug or a hand-written statement before bad
  -- data is stored. Policy limits (maximum quantity, number of lines) stay in the domain only,
  -- so that changing them needs no migration.
  CONSTRAINT orders_tenant_present CHECK (tenant_id <> ''),
  CONSTRAINT orders_status_known
    CHECK (status IN ('DRAFT', 'PLACED', 'PAID', 'SHIPPED', 'CANCELLED')),
  CONSTRAINT orders_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
  CONSTRAINT orders_version_positive CHECK (version >= 1),
  CONSTRAINT orders_updated_after_created CHECK (updated_at >= created_at),
  CONSTRAINT orders_lines_array CHECK (jsonb_typeof(lines) = 'array'),
  CONSTRAINT orders_lines_well_formed CHECK (NOT jsonb_path_exists(lines,
    '$[*] ? (!exists(@.sku) || !exists(@.quantity) || !exists(@.unitPriceMinor)
             || @.sku.type() != "string" || @.quantity.type() != "number"
             || @.unitPriceMinor.type() != "number" || @.quantity.floor() != @.quantity
             || @.unitPriceMinor.floor() != @.unitPriceMinor
             || @.quantity < 1 || @.unitPriceMinor < 0)')),
  -- Paid and shipped orders carry their payment, cancelled ones their reason, and no others.
  CONSTRAINT orders_payment_matches_status
    CHECK ((status IN ('PAID', 'SHIPPED')) = (payment_reference IS NOT NULL)),
  CONSTRAINT orders_reason_matches_status
    CHECK ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL))
)
-- Orders are updated a few times in their life (lines, then status): leaving room on each page
-- lets PostgreSQL keep the new row version on the same page when no indexed column changes.
WITH (fillfactor = 90);

-- Serves the listing filtered by status (tenant_id = ? AND status = ? [AND id < ?] ORDER BY id
-- DESC LIMIT n) as one forward index range scan that stops after n rows.
CREATE INDEX orders_by_tenant_status ON orders (tenant_id, status, id DESC);

COMMENT ON TABLE orders IS 'One row per Order aggregate; lines are embedded as a jsonb array.';
COMMENT ON COLUMN orders.customer_name IS 'Personal data: never copy it elsewhere (outbox, logs).';
COMMENT ON COLUMN orders.customer_email IS 'Personal data: never copy it elsewhere (outbox, logs).';
