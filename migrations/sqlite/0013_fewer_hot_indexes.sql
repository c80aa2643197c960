-- Two indexes every accepted message paid for and no query used well
-- (docs/performance.md, "Fewer indexes on the hot tables").
--
-- recipients_domain: the only reads by domain are `queue list --domain`,
-- whose "no filter or this domain" test cannot use an index, and the queue
-- summary, which reads every waiting recipient anyway. Each recipient's insert
-- still updated it.
DROP INDEX IF EXISTS recipients_domain;

-- messages_by_auth_user serves one query: an API key's messages of the day,
-- for its daily quota. Only API submissions (auth_user 'api:<key id>') are
-- ever counted, so SMTP mail no longer enters it.
DROP INDEX IF EXISTS messages_by_auth_user;
CREATE INDEX messages_by_api_key ON messages (auth_user, received_at_us)
    WHERE auth_user LIKE 'api:%';
