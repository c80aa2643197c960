-- Permanent failures the receiver gave (see the PostgreSQL migration of the
-- same name): the ground for `[suppression]`.
CREATE TABLE hard_bounces (
    address   TEXT NOT NULL,
    at_us     INTEGER NOT NULL,
    enhanced  TEXT NOT NULL
);
CREATE INDEX hard_bounces_by_address ON hard_bounces (address, at_us);
CREATE INDEX hard_bounces_by_time ON hard_bounces (at_us);
