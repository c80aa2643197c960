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
    previous_until_us   BIGINT,
    scopes              TEXT NOT NULL,
    sender_domains      TEXT NOT NULL,
    rate_count          BIGINT NOT NULL,
    rate_per_secs       BIGINT NOT NULL,
    -- Messages per UTC day; 0: no quota.
    daily_quota         BIGINT NOT NULL,
    -- 1: a test key: its mail is accepted, classified and audited, never delivered.
    test_only           BIGINT NOT NULL,
    -- Hex SHA-256 of the client certificate the key is bound to, if any.
    client_cert_sha256  TEXT,
    created_at_us       BIGINT NOT NULL,
    revoked_at_us       BIGINT,
    suspended_at_us     BIGINT,
    suspended_reason    TEXT
);

CREATE TABLE api_idempotency (
    key_id          TEXT NOT NULL,
    idem_key        TEXT NOT NULL,
    body_sha256     TEXT NOT NULL,
    message_id      TEXT NOT NULL,
    created_at_us   BIGINT NOT NULL,
    PRIMARY KEY (key_id, idem_key)
);
CREATE INDEX api_idempotency_by_time ON api_idempotency (created_at_us);
-- A submission's `metadata` (the application's own keys and values): stored,
-- never delivered, sealed under the master key like content; shredded with it.
CREATE TABLE api_metadata (
    message_id      TEXT PRIMARY KEY,
    sealed_key_id   TEXT NOT NULL,
    wrapped_key     BYTEA NOT NULL,
    ciphertext      BYTEA NOT NULL
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
    secret_wrapped      BYTEA NOT NULL,
    secret_sealed       BYTEA NOT NULL,
    created_at_us       BIGINT NOT NULL,
    failing_since_us    BIGINT,
    disabled_at_us      BIGINT
);

CREATE TABLE webhook_outbox (
    id              TEXT PRIMARY KEY,
    key_id          TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at_us   BIGINT NOT NULL,
    attempts        BIGINT NOT NULL,
    next_at_us      BIGINT NOT NULL,
    lease_until_us  BIGINT,
    delivered_at_us BIGINT,
    failed_at_us    BIGINT
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_at_us)
    WHERE delivered_at_us IS NULL AND failed_at_us IS NULL;

CREATE TABLE webhook_cursor (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL
);
-- Start at the log's head: nothing before the webhooks existed is sent.
INSERT INTO webhook_cursor (id, seq) SELECT 1, COALESCE(max(seq), 0) FROM audit_events;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_relay') THEN
        GRANT SELECT, INSERT, UPDATE ON api_keys TO phirelay_relay;
        GRANT SELECT, INSERT, DELETE ON api_idempotency, api_metadata TO phirelay_relay;
        GRANT SELECT, INSERT, UPDATE, DELETE ON api_webhooks, webhook_outbox TO phirelay_relay;
        GRANT SELECT, UPDATE ON webhook_cursor TO phirelay_relay;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_compliance') THEN
        -- Everything but the secrets' hashes.
        GRANT SELECT (id, name, scopes, sender_domains, rate_count, rate_per_secs, daily_quota, test_only, client_cert_sha256,
                      created_at_us, revoked_at_us, suspended_at_us, suspended_reason)
            ON api_keys TO phirelay_compliance;
        GRANT SELECT ON api_idempotency, webhook_outbox, webhook_cursor TO phirelay_compliance;
        GRANT SELECT (message_id) ON api_metadata TO phirelay_compliance;
        GRANT SELECT (key_id, url, events, created_at_us, failing_since_us, disabled_at_us)
            ON api_webhooks TO phirelay_compliance;
    END IF;
END
$$;
