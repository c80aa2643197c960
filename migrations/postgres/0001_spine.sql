-- phirelay schema, PostgreSQL. Times are microseconds since the Unix epoch (UTC) in
-- BIGINT columns; the views at the end give compliance officers timestamptz and jsonb.
-- Run as the owner role (deploy/postgres-roles.sql); grants to the relay and
-- compliance roles are applied at the end when those roles exist.

CREATE TABLE messages (
    id              TEXT PRIMARY KEY,
    received_at_us  BIGINT NOT NULL,
    node            TEXT NOT NULL,
    mail_from       TEXT NOT NULL,
    size            BIGINT NOT NULL,
    sha256          BYTEA NOT NULL,
    body_type       TEXT NOT NULL,
    smtputf8        BOOLEAN NOT NULL,
    requiretls      BOOLEAN NOT NULL,
    dsn_ret         TEXT,
    dsn_envid       TEXT,
    client_ip       TEXT NOT NULL,
    helo            TEXT NOT NULL,
    auth_user       TEXT,
    tls_version     TEXT,
    tls_cipher      TEXT
);

CREATE TABLE message_content (
    message_id   TEXT PRIMARY KEY REFERENCES messages(id),
    key_id       TEXT NOT NULL,
    wrapped_key  BYTEA NOT NULL,
    ciphertext   BYTEA NOT NULL
);

CREATE TABLE recipients (
    message_id      TEXT NOT NULL REFERENCES messages(id),
    idx             BIGINT NOT NULL,
    address         TEXT NOT NULL,
    domain          TEXT NOT NULL,
    dsn_notify      TEXT,
    dsn_orcpt       TEXT,
    state           TEXT NOT NULL,
    due_at_us       BIGINT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    lease_owner     TEXT,
    lease_until_us  BIGINT,
    last_code       BIGINT,
    last_reply      TEXT,
    updated_at_us   BIGINT NOT NULL,
    PRIMARY KEY (message_id, idx)
);
CREATE INDEX recipients_due ON recipients (state, due_at_us);
CREATE INDEX recipients_domain ON recipients (domain);

CREATE TABLE audit_events (
    seq         BIGINT PRIMARY KEY,
    at_us       BIGINT NOT NULL,
    node        TEXT NOT NULL,
    event       TEXT NOT NULL,
    message_id  TEXT,
    recipient   TEXT,
    actor       TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   BYTEA NOT NULL,
    hash        BYTEA NOT NULL
);
CREATE INDEX audit_events_message ON audit_events (message_id);
CREATE INDEX audit_events_event_at ON audit_events (event, at_us);

CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   BIGINT NOT NULL,
    hash  BYTEA NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));

-- Append-only, enforced for every role including the owner (who must disable the
-- trigger explicitly, which is itself visible in the server log).
CREATE FUNCTION audit_events_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse();

-- Compliance views: readable time and JSON.
CREATE VIEW audit_log AS
SELECT seq, to_timestamp(at_us / 1000000.0) AS at, node, event, message_id, recipient,
       actor, details::jsonb AS details, encode(hash, 'hex') AS hash
FROM audit_events;

CREATE VIEW message_timeline AS
SELECT m.id AS message_id, to_timestamp(m.received_at_us / 1000000.0) AS received_at,
       m.mail_from, m.size, encode(m.sha256, 'hex') AS sha256, m.client_ip, m.auth_user,
       m.tls_version AS inbound_tls, a.seq, to_timestamp(a.at_us / 1000000.0) AS at,
       a.event, a.recipient, a.details::jsonb AS details
FROM messages m JOIN audit_events a ON a.message_id = m.id;

-- Grants, when the roles of deploy/postgres-roles.sql exist. The relay may add audit
-- rows and read them, never change or remove them; compliance reads everything but
-- the sealed content.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_relay') THEN
        GRANT SELECT, INSERT, UPDATE ON messages, recipients TO phirelay_relay;
        -- DELETE on content only: shredding a message's sealed content, never its record.
        GRANT SELECT, INSERT, DELETE ON message_content TO phirelay_relay;
        -- serve checks that every migration is applied before it starts.
        GRANT SELECT ON _sqlx_migrations TO phirelay_relay;
        GRANT SELECT, INSERT ON audit_events TO phirelay_relay;
        GRANT SELECT, UPDATE ON audit_head TO phirelay_relay;
        GRANT SELECT ON audit_log, message_timeline TO phirelay_relay;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM phirelay_relay;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_compliance') THEN
        GRANT SELECT ON messages, recipients, audit_events, audit_head, audit_log, message_timeline
            TO phirelay_compliance;
    END IF;
END
$$;
