-- The head's "must be the last row" check (0006) asked for any row with a
-- greater seq. On the partitioned audit table the trigger's cached generic plan
-- read every partition from start to end for that, on every commit: the commit
-- path slowed as the log grew. max(seq) is answered from the end of each
-- partition's seq index, whatever the log's size. The rules are unchanged.
CREATE OR REPLACE FUNCTION audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq BIGINT;
BEGIN
    IF NEW.id <> OLD.id OR NEW.seq < OLD.seq THEN
        RAISE EXCEPTION 'audit chain: the head only moves forward';
    END IF;
    IF NEW.seq > 0 AND NOT EXISTS (SELECT 1 FROM audit_events WHERE seq = NEW.seq AND hash = NEW.hash) THEN
        RAISE EXCEPTION 'audit chain: the head must name an existing row and its hash';
    END IF;
    SELECT max(seq) INTO last_seq FROM audit_events;
    IF COALESCE(last_seq, 0) <> NEW.seq THEN
        RAISE EXCEPTION 'audit chain: the head must be the last row';
    END IF;
    RETURN NEW;
END;
$$;
