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
-- A key's messages of the day, for its daily quota (auth_user is api:<key id>).
CREATE INDEX messages_by_auth_user ON messages (auth_user, received_at_us);

