-- The strictest protection any recipient of the message got at acceptance
-- (deliver < tls-required < portal), and whether the classifier labelled it PHI
-- (or could not read it all). DSNs about the message inherit both.
ALTER TABLE messages ADD COLUMN protection TEXT NOT NULL DEFAULT 'deliver';
ALTER TABLE messages ADD COLUMN phi BOOLEAN NOT NULL DEFAULT FALSE;
-- 1: the wrapped data key is bound to the envelope and decisions (store/binding.rs);
-- 0: sealed before round two, bound to the queue id only.
ALTER TABLE message_content ADD COLUMN bound INTEGER NOT NULL DEFAULT 0;

-- The audit chain is linear by construction, not only by the committer's
-- discipline: a row must extend the row before it (seq - 1, its hash as
-- prev_hash), and the head only moves forward, onto the last row. The relay role
-- cannot drop or disable these (it does not own the tables); the owner can, which
-- the server log shows.
CREATE FUNCTION audit_events_extend() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.seq = 1 THEN
        IF NEW.prev_hash <> decode(repeat('00', 32), 'hex') THEN
            RAISE EXCEPTION 'audit chain: row 1 must start from the genesis hash';
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM audit_events WHERE seq = NEW.seq - 1 AND hash = NEW.prev_hash) THEN
        RAISE EXCEPTION 'audit chain: row % does not extend row %', NEW.seq, NEW.seq - 1;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_events_extend BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_extend();

CREATE FUNCTION audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id <> OLD.id OR NEW.seq < OLD.seq THEN
        RAISE EXCEPTION 'audit chain: the head only moves forward';
    END IF;
    IF NEW.seq > 0 AND NOT EXISTS (SELECT 1 FROM audit_events WHERE seq = NEW.seq AND hash = NEW.hash) THEN
        RAISE EXCEPTION 'audit chain: the head must name an existing row and its hash';
    END IF;
    IF EXISTS (SELECT 1 FROM audit_events WHERE seq > NEW.seq) THEN
        RAISE EXCEPTION 'audit chain: the head must be the last row';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_forward();
CREATE FUNCTION audit_head_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit chain: the head row is never removed or added';
END;
$$;
CREATE TRIGGER audit_head_keep BEFORE INSERT OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_keep();
