-- The HTTP submission API (docs/api.md): one row per application key (only a
-- SHA-256 of its secret: the key is printed once), and the idempotency keys
-- of accepted submissions, written in the transaction that commits the
-- message, so a retry after a crash still finds them.
CREATE TABLE api_keys (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    secret_sha256       TEXT NOT NULL,
    -- After `api-key rotate`: the old secret, valid until previous_until_us.
    previous_sha256     TEXT,
    previous_until_us   INTEGER,
    scopes              TEXT NOT NULL,
    sender_domains      TEXT NOT NULL,
    rate_count          INTEGER NOT NULL,
    rate_per_secs       INTEGER NOT NULL,
    -- Messages per UTC day; 0: no quota.
    daily_quota         INTEGER NOT NULL,
    -- 1: a test key: its mail is accepted, classified and audited, never delivered.
    test_only           INTEGER NOT NULL,
    -- Hex SHA-256 of the client certificate the key is bound to, if any.
    client_cert_sha256  TEXT,
    created_at_us       INTEGER NOT NULL,
    revoked_at_us       INTEGER,
    suspended_at_us     INTEGER,
    suspended_reason    TEXT
);

CREATE TABLE api_idempotency (
    key_id          TEXT NOT NULL,
    idem_key        TEXT NOT NULL,
    body_sha256     TEXT NOT NULL,
    message_id      TEXT NOT NULL,
    created_at_us   INTEGER NOT NULL,
    PRIMARY KEY (key_id, idem_key)
);
CREATE INDEX api_idempotency_by_time ON api_idempotency (created_at_us);
-- A submission's `metadata` (the application's own keys and values): stored,
-- never delivered, sealed under the master key like content; shredded with it.
CREATE TABLE api_metadata (
    message_id      TEXT PRIMARY KEY,
    sealed_key_id   TEXT NOT NULL,
    wrapped_key     BLOB NOT NULL,
    ciphertext      BLOB NOT NULL
);

-- A key's messages of the day, for its daily quota (auth_user is api:<key id>).
CREATE INDEX messages_by_auth_user ON messages (auth_user, received_at_us);

-- Webhooks (docs/api.md#webhooks): one endpoint per key, its signing secret
-- sealed under the master key; an outbox of events to send, filled from the
-- audit log (webhook_cursor: the last seq read) and emptied with retries.
CREATE TABLE api_webhooks (
    key_id              TEXT PRIMARY KEY,
    url                 TEXT NOT NULL,
    events              TEXT NOT NULL,
    secret_key_id       TEXT NOT NULL,
    secret_wrapped      BLOB NOT NULL,
    secret_sealed       BLOB NOT NULL,
    created_at_us       INTEGER NOT NULL,
    failing_since_us    INTEGER,
    disabled_at_us      INTEGER
);

CREATE TABLE webhook_outbox (
    id              TEXT PRIMARY KEY,
    key_id          TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at_us   INTEGER NOT NULL,
    attempts        INTEGER NOT NULL,
    next_at_us      INTEGER NOT NULL,
    lease_until_us  INTEGER,
    delivered_at_us INTEGER,
    failed_at_us    INTEGER
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_at_us)
    WHERE delivered_at_us IS NULL AND failed_at_us IS NULL;

CREATE TABLE webhook_cursor (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL
);
-- Start at the log's head: nothing before the webhooks existed is sent.
INSERT INTO webhook_cursor (id, seq) SELECT 1, COALESCE(max(seq), 0) FROM audit_events;
