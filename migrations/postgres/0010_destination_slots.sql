-- Connections to one destination, counted across every node that shares this
-- database: a worker holds one slot (a row) for as long as its connection is
-- open, under a lease it renews, so `[queue] max_connections_per_destination`
-- is a limit for the whole cluster and a dead node's slots come free when its
-- leases run out.
CREATE TABLE destination_slots (
    domain     TEXT NOT NULL,
    slot       INTEGER NOT NULL,
    holder     TEXT,
    until_us   BIGINT,
    PRIMARY KEY (domain, slot)
);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_relay') THEN
        GRANT SELECT, INSERT, UPDATE ON destination_slots TO phirelay_relay;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_compliance') THEN
        GRANT SELECT ON destination_slots TO phirelay_compliance;
    END IF;
END
$$;
