-- The strictest protection any recipient of the message got at acceptance
-- (deliver < tls-required < portal), and whether the classifier labelled it PHI
-- (or could not read it all). DSNs about the message inherit both.
ALTER TABLE messages ADD COLUMN protection TEXT NOT NULL DEFAULT 'deliver';
ALTER TABLE messages ADD COLUMN phi INTEGER NOT NULL DEFAULT 0;
