-- The strictest protection any recipient of the message got at acceptance
-- (deliver < tls-required < portal), and whether the classifier labelled it PHI
-- (or could not read it all). DSNs about the message inherit both.
ALTER TABLE messages ADD COLUMN protection TEXT NOT NULL DEFAULT 'deliver';
ALTER TABLE messages ADD COLUMN phi INTEGER NOT NULL DEFAULT 0;
-- 1: the wrapped data key is bound to the envelope and decisions (store/binding.rs);
-- 0: sealed before round two, bound to the queue id only.
ALTER TABLE message_content ADD COLUMN bound INTEGER NOT NULL DEFAULT 0;

-- The audit chain is linear by construction: a row must extend the row before
-- it, and the head only moves forward onto the last row. On SQLite whoever can
-- write the file can also drop these triggers (there are no roles): they stop
-- mistakes and simple edits, and `audit verify` (to the last row) plus an
-- external checkpoint catch the rest. See docs/audit.md.
CREATE TRIGGER audit_events_extend BEFORE INSERT ON audit_events
WHEN (NEW.seq = 1 AND NEW.prev_hash <> zeroblob(32))
  OR (NEW.seq <> 1 AND NOT EXISTS
      (SELECT 1 FROM audit_events WHERE seq = NEW.seq - 1 AND hash = NEW.prev_hash))
BEGIN
    SELECT RAISE(ABORT, 'audit chain: the row does not extend the chain');
END;
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
WHEN NEW.seq < OLD.seq
  OR (NEW.seq > 0 AND NOT EXISTS (SELECT 1 FROM audit_events WHERE seq = NEW.seq AND hash = NEW.hash))
  OR EXISTS (SELECT 1 FROM audit_events WHERE seq > NEW.seq)
BEGIN
    SELECT RAISE(ABORT, 'audit chain: the head only moves forward, onto the last row');
END;
