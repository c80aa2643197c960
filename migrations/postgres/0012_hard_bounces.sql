-- Permanent failures the receiver gave (RFC 3463 class 5, not made up by
-- phirelay), one row per `bounced` event, written in the same transaction as
-- the event. `[suppression]` refuses new mail to an address with enough of
-- them in its window; `phirelay suppression remove` deletes an address's rows.
CREATE TABLE hard_bounces (
    address   TEXT NOT NULL,
    at_us     BIGINT NOT NULL,
    enhanced  TEXT NOT NULL
);
CREATE INDEX hard_bounces_by_address ON hard_bounces (address, at_us);
CREATE INDEX hard_bounces_by_time ON hard_bounces (at_us);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_relay') THEN
        GRANT SELECT, INSERT, DELETE ON hard_bounces TO phirelay_relay;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_compliance') THEN
        GRANT SELECT ON hard_bounces TO phirelay_compliance;
    END IF;
END
$$;
