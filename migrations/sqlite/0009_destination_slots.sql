-- Connections to one destination, counted in the store (see the PostgreSQL
-- migration of the same name): one row per slot, held under a lease.
CREATE TABLE destination_slots (
    domain     TEXT NOT NULL,
    slot       INTEGER NOT NULL,
    holder     TEXT,
    until_us   INTEGER,
    PRIMARY KEY (domain, slot)
);
