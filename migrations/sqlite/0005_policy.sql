-- The policy engine's decision per recipient: deliver | tls-required | portal.
ALTER TABLE recipients ADD COLUMN decision TEXT NOT NULL DEFAULT 'deliver';
