-- phirelay schema, SQLite (the embedded default). Times are microseconds since the
-- Unix epoch (UTC); enums are stored as their lower-case names.

-- One row per accepted message: the envelope and facts, never the content.
CREATE TABLE messages (
    id              TEXT PRIMARY KEY,          -- queue id (ULID), given to the client in the 250
    received_at_us  INTEGER NOT NULL,
    node            TEXT NOT NULL,             -- relay node that accepted it
    mail_from       TEXT NOT NULL,             -- '' for the null reverse-path
    size            INTEGER NOT NULL,          -- bytes as stored (with our Received header)
    sha256          BLOB NOT NULL,             -- of the stored plaintext
    body_type       TEXT NOT NULL,             -- 7bit | 8bitmime | binarymime
    smtputf8        INTEGER NOT NULL,
    requiretls      INTEGER NOT NULL,
    dsn_ret         TEXT,                      -- full | hdrs | NULL (RFC 3461 RET)
    dsn_envid       TEXT,                      -- RFC 3461 ENVID, decoded
    client_ip       TEXT NOT NULL,
    helo            TEXT NOT NULL,
    auth_user       TEXT,
    tls_version     TEXT,                      -- inbound TLS, NULL when clear text
    tls_cipher      TEXT
);

-- Content, sealed: AES-256-GCM under a per-message data key wrapped by master key key_id.
-- Kept apart so queue and compliance queries never touch it, and deleting the row
-- (or its wrapped key) shreds the content.
CREATE TABLE message_content (
    message_id   TEXT PRIMARY KEY REFERENCES messages(id),
    key_id       TEXT NOT NULL,
    wrapped_key  BLOB NOT NULL,
    ciphertext   BLOB NOT NULL
);

-- One row per recipient: the queue's unit of work.
CREATE TABLE recipients (
    message_id      TEXT NOT NULL REFERENCES messages(id),
    idx             INTEGER NOT NULL,          -- order given in RCPT
    address         TEXT NOT NULL,
    domain          TEXT NOT NULL,             -- lower-cased, for routing and reports
    dsn_notify      TEXT,                      -- e.g. 'success,failure' | 'never' | NULL (default)
    dsn_orcpt       TEXT,                      -- RFC 3461 ORCPT, decoded
    state           TEXT NOT NULL,             -- queued | delivered | deferred | bounced | expired | held
    due_at_us       INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    lease_owner     TEXT,
    lease_until_us  INTEGER,
    last_code       INTEGER,
    last_reply      TEXT,
    updated_at_us   INTEGER NOT NULL,
    PRIMARY KEY (message_id, idx)
);
CREATE INDEX recipients_due ON recipients (state, due_at_us);
CREATE INDEX recipients_domain ON recipients (domain);

-- The append-only audit log (see src/audit/mod.rs for the chain).
CREATE TABLE audit_events (
    seq         INTEGER PRIMARY KEY,           -- gap-free, from 1
    at_us       INTEGER NOT NULL,
    node        TEXT NOT NULL,
    event       TEXT NOT NULL,
    message_id  TEXT,
    recipient   TEXT,
    actor       TEXT NOT NULL,
    details     TEXT NOT NULL,                 -- canonical JSON, hashed as stored
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
);
CREATE INDEX audit_events_message ON audit_events (message_id);
CREATE INDEX audit_events_event_at ON audit_events (event, at_us);

-- The chain's head, locked by each writer so the chain stays linear.
CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   INTEGER NOT NULL,
    hash  BLOB NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, zeroblob(32));

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
