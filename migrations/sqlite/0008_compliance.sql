-- The compliance officer's interface (docs/compliance.md): the policy version
-- history, signed audit checkpoints, and the views an officer queries. The same
-- views and columns as on PostgreSQL; times are ISO 8601 text in UTC
-- ('2026-12-04 10:31:05.123'), days 'YYYY-MM-DD', booleans 0/1, JSON as text.

-- When a retention sweep destroyed the message's sealed content ([queue]
-- shred_delivered_after_secs); NULL while it is kept.
ALTER TABLE messages ADD COLUMN content_shredded_at_us INTEGER;
-- The retention sweep looks only at messages not yet shredded, oldest first.
CREATE INDEX messages_unshredded ON messages (received_at_us) WHERE content_shredded_at_us IS NULL;

CREATE TABLE policy_versions (
    sha256            TEXT PRIMARY KEY,
    document          TEXT NOT NULL,
    first_seen_at_us  INTEGER NOT NULL
);
CREATE TABLE policy_runs (
    node           TEXT NOT NULL,
    sha256         TEXT NOT NULL REFERENCES policy_versions(sha256),
    started_at_us  INTEGER NOT NULL,
    ended_at_us    INTEGER,
    PRIMARY KEY (node, started_at_us)
);

CREATE TABLE audit_checkpoints (
    seq         INTEGER NOT NULL,
    hash        BLOB NOT NULL,
    at_us       INTEGER NOT NULL,
    node        TEXT NOT NULL,
    public_key  BLOB NOT NULL,
    signature   BLOB NOT NULL,
    PRIMARY KEY (seq, at_us)
);

CREATE VIEW message_timeline AS
SELECT a.message_id,
       strftime('%Y-%m-%d %H:%M:%f', m.received_at_us / 1000000.0, 'unixepoch') AS received_at,
       m.mail_from, m.size, lower(hex(m.sha256)) AS sha256, m.client_ip, m.auth_user,
       m.tls_version AS inbound_tls, a.seq,
       strftime('%Y-%m-%d %H:%M:%f', a.at_us / 1000000.0, 'unixepoch') AS at,
       a.event, a.recipient, a.details, a.actor, a.node, lower(hex(a.hash)) AS hash
FROM audit_events a LEFT JOIN messages m ON m.id = a.message_id
WHERE a.message_id IS NOT NULL;

CREATE VIEW recipient_protection AS
SELECT r.message_id, r.address AS recipient, r.domain AS recipient_domain,
       strftime('%Y-%m-%d %H:%M:%f', m.received_at_us / 1000000.0, 'unixepoch') AS received_at,
       m.mail_from,
       m.phi,
       (SELECT json_group_array(json_extract(l.value, '$.detector'))
          FROM json_each(c.details, '$.labels') l) AS phi_labels,
       json_extract(c.details, '$.decisions[' || r.idx || '].rule') AS rule,
       json_extract(c.details, '$.policy_version') AS policy_version,
       r.decision AS required,
       r.state,
       CASE r.state
           WHEN 'delivered' THEN 'delivered'
           WHEN 'pickup' THEN 'portal'
           WHEN 'bounced' THEN 'bounced'
           WHEN 'expired' THEN 'expired'
           WHEN 'deleted' THEN 'deleted'
           ELSE 'pending'
       END AS outcome,
       strftime('%Y-%m-%d %H:%M:%f', r.updated_at_us / 1000000.0, 'unixepoch') AS updated_at,
       json_extract(d.details, '$.tls.version') AS tls_version,
       json_extract(d.details, '$.tls.cipher') AS tls_cipher,
       json_extract(d.details, '$.tls.verified') AS tls_verified,
       json_extract(d.details, '$.policy_source') AS policy_source,
       json_extract(d.details, '$.mx') AS mx_host,
       json_extract(d.details, '$.ip') AS mx_ip,
       json_extract(d.details, '$.tls.peer_cert_sha256') AS peer_cert_sha256,
       json_extract(d.details, '$.code') AS remote_code,
       json_extract(d.details, '$.enhanced') AS remote_enhanced,
       CASE WHEN r.state = 'delivered' THEN r.last_reply END AS remote_reply,
       p.id AS pickup_id, p.state AS pickup_state,
       (SELECT strftime('%Y-%m-%d %H:%M:%f', min(e.at_us) / 1000000.0, 'unixepoch')
          FROM audit_events e WHERE e.message_id = r.message_id AND e.recipient = r.address
           AND e.event = 'notice_sent') AS notice_sent_at,
       strftime('%Y-%m-%d %H:%M:%f', p.first_viewed_at_us / 1000000.0, 'unixepoch') AS first_viewed_at,
       (SELECT count(*) FROM audit_events e WHERE e.message_id = r.message_id
           AND e.recipient = r.address AND e.event = 'downloaded') AS downloads,
       (SELECT count(*) FROM audit_events e WHERE e.message_id = r.message_id
           AND e.recipient = r.address AND e.event = 'replied') AS replies,
       strftime('%Y-%m-%d %H:%M:%f', m.content_shredded_at_us / 1000000.0, 'unixepoch') AS content_shredded_at
FROM recipients r
JOIN messages m ON m.id = r.message_id
LEFT JOIN audit_events c ON c.seq = (SELECT max(e.seq) FROM audit_events e
    WHERE e.message_id = r.message_id AND e.event = 'classified')
LEFT JOIN audit_events d ON d.seq = (SELECT max(e.seq) FROM audit_events e
    WHERE e.message_id = r.message_id AND e.recipient = r.address AND e.event = 'delivered')
LEFT JOIN pickups p ON p.message_id = r.message_id AND p.idx = r.idx;

CREATE VIEW phi_unverified AS
SELECT message_id, recipient, received_at, updated_at AS delivered_at, mail_from,
       phi_labels, rule, policy_version, required, tls_version, tls_verified,
       policy_source, mx_host, mx_ip, peer_cert_sha256
FROM recipient_protection
WHERE phi AND outcome = 'delivered' AND tls_verified IS NULL;

CREATE VIEW portal_access AS
SELECT a.seq, strftime('%Y-%m-%d %H:%M:%f', a.at_us / 1000000.0, 'unixepoch') AS at,
       a.event, a.message_id, a.recipient,
       json_extract(a.details, '$.pickup_id') AS pickup_id,
       CASE WHEN a.event = 'auth_failed' THEN 'failure' ELSE 'ok' END AS outcome,
       json_extract(a.details, '$.reason') AS reason,
       json_extract(a.details, '$.what') AS what,
       COALESCE(json_extract(a.details, '$.locked'), 0) AS locked,
       json_extract(a.details, '$.client_ip') AS client_ip,
       json_extract(a.details, '$.user_agent') AS user_agent,
       a.actor
FROM audit_events a
WHERE a.event IN ('code_sent', 'auth_failed', 'auth_ok', 'viewed', 'downloaded', 'replied',
                  'logged_out');

CREATE VIEW admin_actions AS
SELECT a.seq, strftime('%Y-%m-%d %H:%M:%f', a.at_us / 1000000.0, 'unixepoch') AS at,
       a.actor, a.node, a.event,
       COALESCE(json_extract(a.details, '$.action'),
                CASE a.event WHEN 'recalled' THEN 'recall' ELSE a.event END) AS action,
       a.message_id, a.recipient,
       json_extract(a.details, '$.reason') AS reason,
       json_extract(a.details, '$.previous_state') AS previous_state,
       json_extract(a.details, '$.policy_version') AS policy_version,
       a.details, lower(hex(a.hash)) AS hash
FROM audit_events a
WHERE a.event IN ('admin', 'recalled', 'config_loaded');

CREATE VIEW daily_rejects AS
SELECT date(a.at_us / 1000000, 'unixepoch') AS day,
       CASE WHEN instr(json_extract(a.details, '$.mail_from'), '@') > 0
            THEN lower(NULLIF(substr(json_extract(a.details, '$.mail_from'),
                                     instr(json_extract(a.details, '$.mail_from'), '@') + 1), ''))
       END AS sending_domain,
       json_extract(a.details, '$.reason') AS reason, count(*) AS rejected
FROM audit_events a WHERE a.event = 'rejected'
GROUP BY 1, 2, 3;

CREATE VIEW daily_summary AS
WITH ev AS (
    SELECT date(a.at_us / 1000000, 'unixepoch') AS day,
           CASE WHEN instr(m.mail_from, '@') > 0
                THEN lower(substr(m.mail_from, instr(m.mail_from, '@') + 1)) ELSE '' END
               AS sending_domain,
           a.event, m.phi, a.details AS d
    FROM audit_events a JOIN messages m ON m.id = a.message_id
    WHERE a.event IN ('received', 'delivered', 'bounced', 'deferred', 'expired', 'pickup_created')
), days AS (
    SELECT day, sending_domain,
           count(*) FILTER (WHERE event = 'received' AND json_extract(d, '$.kind') IS NULL) AS accepted,
           count(*) FILTER (WHERE event = 'received' AND json_extract(d, '$.kind') IS NULL AND phi) AS accepted_phi,
           count(*) FILTER (WHERE event = 'received' AND json_extract(d, '$.kind') IS NOT NULL) AS relay_written,
           count(*) FILTER (WHERE event = 'delivered') AS delivered,
           count(*) FILTER (WHERE event = 'delivered' AND json_extract(d, '$.tls.verified') = 'dane') AS delivered_dane,
           count(*) FILTER (WHERE event = 'delivered' AND json_extract(d, '$.tls.verified') = 'pkix'
                            AND json_extract(d, '$.policy_source') = 'mta-sts') AS delivered_mta_sts,
           count(*) FILTER (WHERE event = 'delivered' AND json_extract(d, '$.tls.verified') = 'pkix'
                            AND json_extract(d, '$.policy_source') IS NOT 'mta-sts') AS delivered_pkix,
           count(*) FILTER (WHERE event = 'delivered' AND json_type(d, '$.tls') = 'object'
                            AND json_extract(d, '$.tls.verified') IS NULL) AS delivered_tls_unverified,
           count(*) FILTER (WHERE event = 'delivered' AND json_type(d, '$.tls') IS NOT 'object')
               AS delivered_clear,
           count(*) FILTER (WHERE event = 'pickup_created') AS portal,
           count(*) FILTER (WHERE event = 'bounced') AS bounced,
           count(*) FILTER (WHERE event = 'deferred') AS deferred,
           count(*) FILTER (WHERE event = 'expired' AND json_extract(d, '$.pickup_id') IS NULL) AS expired
    FROM ev GROUP BY day, sending_domain
), keys AS (
    SELECT day, sending_domain FROM days
    UNION SELECT day, sending_domain FROM daily_rejects
)
SELECT k.day, k.sending_domain,
       COALESCE(s.accepted, 0) AS accepted,
       COALESCE(s.accepted_phi, 0) AS accepted_phi,
       CASE WHEN COALESCE(s.accepted, 0) = 0 THEN NULL
            ELSE round(CAST(s.accepted_phi AS REAL) / s.accepted, 4) END AS phi_share,
       COALESCE(s.relay_written, 0) AS relay_written,
       COALESCE(s.delivered, 0) AS delivered,
       COALESCE(s.delivered_dane, 0) AS delivered_dane,
       COALESCE(s.delivered_mta_sts, 0) AS delivered_mta_sts,
       COALESCE(s.delivered_pkix, 0) AS delivered_pkix,
       COALESCE(s.delivered_tls_unverified, 0) AS delivered_tls_unverified,
       COALESCE(s.delivered_clear, 0) AS delivered_clear,
       COALESCE(s.portal, 0) AS portal,
       COALESCE(s.bounced, 0) AS bounced,
       COALESCE(s.deferred, 0) AS deferred,
       COALESCE(s.expired, 0) AS expired,
       COALESCE((SELECT sum(r.rejected) FROM daily_rejects r WHERE r.day = k.day
                 AND r.sending_domain IS k.sending_domain), 0) AS rejected,
       COALESCE((SELECT json_group_object(COALESCE(r.reason, 'unknown'), r.rejected) FROM daily_rejects r
                 WHERE r.day = k.day AND r.sending_domain IS k.sending_domain), '{}') AS rejects_by_reason
FROM keys k LEFT JOIN days s ON s.day = k.day AND s.sending_domain IS k.sending_domain;
