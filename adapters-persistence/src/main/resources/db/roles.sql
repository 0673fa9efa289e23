-- The two database roles of the orders service (ADR 0028). Run once per PostgreSQL server as a
-- superuser; running it again changes nothing. Passwords are set apart (ALTER ROLE ... PASSWORD),
-- and each database is then created owned by the owner: CREATE DATABASE orders OWNER orders_owner
-- (or ALTER DATABASE orders OWNER TO orders_owner), which lets it create the schema's objects.
--
--   orders_owner    DATABASE_MIGRATION_USER: runs the migrations and owns every table and
--                   function. BYPASSRLS, so that data migrations and the functions that work
--                   across tenants (the outbox relay's) see every tenant's rows.
--   orders_service  DATABASE_USER: what the service connects as. Owns nothing, is no superuser and
--                   cannot bypass row security: it sees the rows of the tenant its transaction
--                   names and none without one. The migrations grant it what it needs.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'orders_owner') THEN
    CREATE ROLE orders_owner;
  END IF;
EXCEPTION
  -- another session created it in the meantime
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'orders_service') THEN
    CREATE ROLE orders_service;
  END IF;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

ALTER ROLE orders_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION BYPASSRLS;
ALTER ROLE orders_service LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
