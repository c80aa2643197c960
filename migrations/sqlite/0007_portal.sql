-- The secure portal (docs/portal.md). A recipient whose copy may not travel by
-- mail gets a pickup: the content stays in message_content, sealed; the pickup
-- holds its own copy of the message's data key, wrapped under the master key and
-- bound to the pickup id. Destroying that copy (expiry, recall) shreds the
-- recipient's access; the link token and one-time codes are stored only as
-- SHA-256 hashes. Recipients handed to the portal are in state 'pickup'.
CREATE TABLE pickups (
    id                  TEXT PRIMARY KEY,      -- ULID, what admins name (portal list/recall/extend)
    message_id          TEXT NOT NULL REFERENCES messages(id),
    idx                 INTEGER NOT NULL,      -- the recipient's idx in recipients
    recipient           TEXT NOT NULL,
    token_hash          BLOB NOT NULL UNIQUE,  -- SHA-256 of the link token
    key_id              TEXT,                  -- master key wrapping this pickup's data key
    wrapped_key         BLOB,                  -- NULL once shredded
    state               TEXT NOT NULL,         -- waiting | opened | expired | recalled
    created_at_us       INTEGER NOT NULL,
    expires_at_us       INTEGER NOT NULL,
    first_viewed_at_us  INTEGER,
    code_hash           BLOB,                  -- SHA-256 of the current one-time code
    code_expires_at_us  INTEGER,
    code_tries          INTEGER NOT NULL DEFAULT 0,
    locked_until_us     INTEGER,
    code_window_us      INTEGER NOT NULL DEFAULT 0,  -- start of the current hour of code requests
    codes_in_window     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pickups_message ON pickups (message_id);
CREATE INDEX pickups_state_expiry ON pickups (state, expires_at_us);

-- A reader's signed-in session, shared by every node (any node serves any pickup).
CREATE TABLE portal_sessions (
    id_hash        BLOB PRIMARY KEY,           -- SHA-256 of the session cookie
    pickup_id      TEXT NOT NULL REFERENCES pickups(id),
    created_at_us  INTEGER NOT NULL,
    last_seen_us   INTEGER NOT NULL
);
CREATE INDEX portal_sessions_pickup ON portal_sessions (pickup_id);

-- Portal mail that carries a secret (a notice's link, a one-time code): its
-- content is shredded once no recipient waits for it, then the flag clears.
ALTER TABLE messages ADD COLUMN shred_when_done INTEGER NOT NULL DEFAULT 0;
CREATE INDEX messages_shred_when_done ON messages (id) WHERE shred_when_done = 1;

-- argon2id hash of the sender's portal passphrase (header X-Phirelay-Passphrase,
-- taken out of the message at acceptance); NULL when none was set.
ALTER TABLE messages ADD COLUMN passphrase_hash TEXT;
