-- phirelay on PostgreSQL: roles and database. Run once as a superuser:
--     psql -U postgres -f deploy/postgres-roles.sql
-- then apply the schema as the owner:
--     phirelay migrate --config /etc/phirelay/phirelay.toml \
--         --database-url postgres://phirelay_owner@dbhost/phirelay
-- The schema migration grants the relay and compliance roles their rights (see
-- migrations/postgres/); run this file before it, so those roles exist.
-- Set passwords (or use peer/cert auth) afterwards, e.g.
--     ALTER ROLE phirelay_relay PASSWORD '...';
--
--   phirelay_owner       owns the schema; runs migrations; never used by the daemon.
--   phirelay_relay       the daemon: reads and writes the queue; may only INSERT and
--                        SELECT audit rows (no UPDATE, DELETE or TRUNCATE).
--   phirelay_compliance  compliance officers: read-only, no access to sealed content.

\set ON_ERROR_STOP on

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_owner') THEN
        CREATE ROLE phirelay_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_relay') THEN
        CREATE ROLE phirelay_relay LOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_compliance') THEN
        CREATE ROLE phirelay_compliance LOGIN;
    END IF;
END
$$;

SELECT 'CREATE DATABASE phirelay OWNER phirelay_owner'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'phirelay') \gexec

\connect phirelay

-- Only the owner may create objects; the others may use what it grants.
ALTER SCHEMA public OWNER TO phirelay_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO phirelay_relay, phirelay_compliance;
REVOKE CONNECT ON DATABASE phirelay FROM PUBLIC;
GRANT CONNECT ON DATABASE phirelay TO phirelay_owner, phirelay_relay, phirelay_compliance;
