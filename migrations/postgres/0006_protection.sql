-- The strictest protection any recipient of the message got at acceptance
-- (deliver < tls-required < portal), and whether the classifier labelled it PHI
-- (or could not read it all). DSNs about the message inherit both.
ALTER TABLE messages ADD COLUMN protection TEXT NOT NULL DEFAULT 'deliver';
ALTER TABLE messages ADD COLUMN phi BOOLEAN NOT NULL DEFAULT FALSE;
-- 1: the wrapped data key is bound to the envelope and decisions (store/binding.rs);
-- 0: sealed before round two, bound to the queue id only.
ALTER TABLE message_content ADD COLUMN bound INTEGER NOT NULL DEFAULT 0;
