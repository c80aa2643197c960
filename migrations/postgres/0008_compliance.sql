-- The compliance officer's interface (docs/compliance.md): the policy version
-- history, signed audit checkpoints, and the views an officer queries. The views
-- are owned by the schema owner, so the compliance role reads them without any
-- right on the tables behind them. Times in views are timestamptz (UTC).

-- When a retention sweep destroyed the message's sealed content ([queue]
-- shred_delivered_after_secs); NULL while it is kept.
ALTER TABLE messages ADD COLUMN content_shredded_at_us BIGINT;
-- The retention sweep looks only at messages not yet shredded, oldest first.
CREATE INDEX messages_unshredded ON messages (received_at_us) WHERE content_shredded_at_us IS NULL;

-- The audit table, partitioned by month of at_us, so that a month's queries
-- read one partition and old months can be archived whole (docs/compliance.md
-- #retention). The rows move over unchanged, chain and all. A row's seq is
-- still unique: the primary key must hold the partition key, so the insert
-- trigger checks seq itself.
ALTER TABLE audit_events RENAME TO audit_events_unpartitioned;
ALTER INDEX audit_events_pkey RENAME TO audit_events_unpartitioned_pkey;
CREATE TABLE audit_events (
    seq         BIGINT NOT NULL,
    at_us       BIGINT NOT NULL,
    node        TEXT NOT NULL,
    event       TEXT NOT NULL,
    message_id  TEXT,
    recipient   TEXT,
    actor       TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   BYTEA NOT NULL,
    hash        BYTEA NOT NULL,
    PRIMARY KEY (seq, at_us)
) PARTITION BY RANGE (at_us);
-- Rows whose month has no partition (a clock far off) land here, never fail.
CREATE TABLE audit_events_default PARTITION OF audit_events DEFAULT;

-- Creates the monthly partitions from the current month to `months_ahead`
-- months on (UTC), skipping any it cannot make (e.g. the default partition
-- already holds rows of that month). The relay calls it at start and daily;
-- it runs with the owner's rights, and the relay may only call it.
CREATE FUNCTION audit_partitions_ensure(months_ahead INTEGER DEFAULT 3, from_us BIGINT DEFAULT NULL)
RETURNS INTEGER LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    m DATE;
    last DATE;
    part TEXT;
    made INTEGER := 0;
BEGIN
    m := date_trunc('month', COALESCE(to_timestamp(from_us / 1000000.0), now()) AT TIME ZONE 'UTC')::date;
    last := (date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => months_ahead))::date;
    WHILE m <= last LOOP
        part := 'audit_events_' || to_char(m, 'YYYY_MM');
        IF to_regclass(part) IS NULL THEN
            BEGIN
                EXECUTE format('CREATE TABLE %I PARTITION OF audit_events FOR VALUES FROM (%s) TO (%s)',
                    part,
                    (extract(epoch FROM m::timestamp) * 1000000)::bigint,
                    (extract(epoch FROM (m + interval '1 month')::timestamp) * 1000000)::bigint);
                made := made + 1;
            EXCEPTION WHEN others THEN
                RAISE WARNING 'audit partition % not created: %', part, SQLERRM;
            END;
        END IF;
        m := (m + interval '1 month')::date;
    END LOOP;
    RETURN made;
END;
$$;
REVOKE ALL ON FUNCTION audit_partitions_ensure(INTEGER, BIGINT) FROM PUBLIC;
SELECT audit_partitions_ensure(3, (SELECT min(at_us) FROM audit_events_unpartitioned));

INSERT INTO audit_events SELECT * FROM audit_events_unpartitioned ORDER BY seq;
DROP TABLE audit_events_unpartitioned CASCADE;
CREATE INDEX audit_events_seq ON audit_events (seq);
CREATE INDEX audit_events_message ON audit_events (message_id);
CREATE INDEX audit_events_event_at ON audit_events (event, at_us);

-- The chain's rules (0006), now also that a seq is used once. The predecessor
-- is looked up by seq alone: rows are not in at_us order across nodes.
CREATE OR REPLACE FUNCTION audit_events_extend() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM audit_events WHERE seq = NEW.seq) THEN
        RAISE EXCEPTION 'audit chain: row % exists already', NEW.seq;
    END IF;
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
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse();

CREATE VIEW audit_log AS
SELECT seq, to_timestamp(at_us / 1000000.0) AS at, node, event, message_id, recipient,
       actor, details::jsonb AS details, encode(hash, 'hex') AS hash
FROM audit_events;

-- Every policy document a node ran with (config/version.rs), and when.
CREATE TABLE policy_versions (
    sha256            TEXT PRIMARY KEY,
    document          TEXT NOT NULL,
    first_seen_at_us  BIGINT NOT NULL
);
CREATE TABLE policy_runs (
    node           TEXT NOT NULL,
    sha256         TEXT NOT NULL REFERENCES policy_versions(sha256),
    started_at_us  BIGINT NOT NULL,
    ended_at_us    BIGINT,
    PRIMARY KEY (node, started_at_us)
);

-- Signed heads of the audit chain (`phirelay audit checkpoint`). Not part of the
-- chain: each row is protected by its Ed25519 signature instead.
CREATE TABLE audit_checkpoints (
    seq         BIGINT NOT NULL,
    hash        BYTEA NOT NULL,
    at_us       BIGINT NOT NULL,
    node        TEXT NOT NULL,
    public_key  BYTEA NOT NULL,
    signature   BYTEA NOT NULL,
    PRIMARY KEY (seq, at_us)
);

-- Every event of a message, in seq order: received, classified, attempts and
-- results, DSNs, pickup events, admin actions (the columns before `actor` are
-- those of round one's view, kept for existing queries).
CREATE VIEW message_timeline AS
SELECT a.message_id, to_timestamp(m.received_at_us / 1000000.0) AS received_at,
       m.mail_from, m.size, encode(m.sha256, 'hex') AS sha256, m.client_ip, m.auth_user,
       m.tls_version AS inbound_tls, a.seq, to_timestamp(a.at_us / 1000000.0) AS at,
       a.event, a.recipient, a.details::jsonb AS details,
       a.actor, a.node, encode(a.hash, 'hex') AS hash
FROM audit_events a LEFT JOIN messages m ON m.id = a.message_id
WHERE a.message_id IS NOT NULL;

-- One row per message x recipient: how its copy was protected.
CREATE VIEW recipient_protection AS
SELECT r.message_id, r.address AS recipient, r.domain AS recipient_domain,
       to_timestamp(m.received_at_us / 1000000.0) AS received_at, m.mail_from,
       m.phi,
       COALESCE((SELECT jsonb_agg(l->>'detector')
                 FROM jsonb_array_elements(c.details::jsonb->'labels') l), '[]'::jsonb) AS phi_labels,
       c.details::jsonb->'decisions'->(r.idx::int)->>'rule' AS rule,
       c.details::jsonb->>'policy_version' AS policy_version,
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
       to_timestamp(r.updated_at_us / 1000000.0) AS updated_at,
       d.details::jsonb->'tls'->>'version' AS tls_version,
       d.details::jsonb->'tls'->>'cipher' AS tls_cipher,
       d.details::jsonb->'tls'->>'verified' AS tls_verified,
       d.details::jsonb->>'policy_source' AS policy_source,
       d.details::jsonb->>'mx' AS mx_host,
       d.details::jsonb->>'ip' AS mx_ip,
       d.details::jsonb->'tls'->>'peer_cert_sha256' AS peer_cert_sha256,
       (d.details::jsonb->>'code')::int AS remote_code,
       d.details::jsonb->>'enhanced' AS remote_enhanced,
       CASE WHEN r.state = 'delivered' THEN r.last_reply END AS remote_reply,
       p.id AS pickup_id, p.state AS pickup_state,
       (SELECT to_timestamp(min(e.at_us) / 1000000.0) FROM audit_events e
         WHERE e.message_id = r.message_id AND e.recipient = r.address
           AND e.event = 'notice_sent') AS notice_sent_at,
       to_timestamp(p.first_viewed_at_us / 1000000.0) AS first_viewed_at,
       (SELECT count(*) FROM audit_events e WHERE e.message_id = r.message_id
           AND e.recipient = r.address AND e.event = 'downloaded') AS downloads,
       (SELECT count(*) FROM audit_events e WHERE e.message_id = r.message_id
           AND e.recipient = r.address AND e.event = 'replied') AS replies,
       to_timestamp(m.content_shredded_at_us / 1000000.0) AS content_shredded_at
FROM recipients r
JOIN messages m ON m.id = r.message_id
LEFT JOIN audit_events c ON c.seq = (SELECT max(e.seq) FROM audit_events e
    WHERE e.message_id = r.message_id AND e.event = 'classified')
LEFT JOIN audit_events d ON d.seq = (SELECT max(e.seq) FROM audit_events e
    WHERE e.message_id = r.message_id AND e.recipient = r.address AND e.event = 'delivered')
LEFT JOIN pickups p ON p.message_id = r.message_id AND p.idx = r.idx;

-- PHI that reached a recipient over anything but verified TLS (DANE or PKIX):
-- should be empty; every row is an incident.
CREATE VIEW phi_unverified AS
SELECT message_id, recipient, received_at, updated_at AS delivered_at, mail_from,
       phi_labels, rule, policy_version, required, tls_version, tls_verified,
       policy_source, mx_host, mx_ip, peer_cert_sha256
FROM recipient_protection
WHERE phi AND outcome = 'delivered' AND tls_verified IS NULL;

-- Who signed in to the portal, read, downloaded, replied; failures and lockouts.
CREATE VIEW portal_access AS
SELECT a.seq, to_timestamp(a.at_us / 1000000.0) AS at, a.event, a.message_id, a.recipient,
       a.details::jsonb->>'pickup_id' AS pickup_id,
       CASE WHEN a.event = 'auth_failed' THEN 'failure' ELSE 'ok' END AS outcome,
       a.details::jsonb->>'reason' AS reason,
       a.details::jsonb->>'what' AS what,
       COALESCE((a.details::jsonb->>'locked')::boolean, FALSE) AS locked,
       a.details::jsonb->>'client_ip' AS client_ip,
       a.details::jsonb->>'user_agent' AS user_agent,
       a.actor
FROM audit_events a
WHERE a.event IN ('code_sent', 'auth_failed', 'auth_ok', 'viewed', 'downloaded', 'replied',
                  'logged_out');

-- What administrators did: queue changes, recalls, extensions, config loads.
CREATE VIEW admin_actions AS
SELECT a.seq, to_timestamp(a.at_us / 1000000.0) AS at, a.actor, a.node, a.event,
       COALESCE(a.details::jsonb->>'action',
                CASE a.event WHEN 'recalled' THEN 'recall' ELSE a.event END) AS action,
       a.message_id, a.recipient,
       a.details::jsonb->>'reason' AS reason,
       a.details::jsonb->>'previous_state' AS previous_state,
       a.details::jsonb->>'policy_version' AS policy_version,
       a.details::jsonb AS details, encode(a.hash, 'hex') AS hash
FROM audit_events a
WHERE a.event IN ('admin', 'recalled', 'config_loaded');

-- Refusals per day (UTC), sending domain and reason.
CREATE VIEW daily_rejects AS
SELECT (to_timestamp(a.at_us / 1000000.0) AT TIME ZONE 'UTC')::date AS day,
       lower(NULLIF(split_part(a.details::jsonb->>'mail_from', '@', 2), '')) AS sending_domain,
       a.details::jsonb->>'reason' AS reason, count(*) AS rejected
FROM audit_events a WHERE a.event = 'rejected'
GROUP BY 1, 2, 3;

-- Per day (UTC) and sending domain (the envelope sender's; '' for the null sender).
CREATE VIEW daily_summary AS
WITH ev AS (
    SELECT (to_timestamp(a.at_us / 1000000.0) AT TIME ZONE 'UTC')::date AS day,
           lower(split_part(m.mail_from, '@', 2)) AS sending_domain,
           a.event, m.phi, a.details::jsonb AS d
    FROM audit_events a JOIN messages m ON m.id = a.message_id
    WHERE a.event IN ('received', 'delivered', 'bounced', 'deferred', 'expired', 'pickup_created')
), days AS (
    SELECT day, sending_domain,
           count(*) FILTER (WHERE event = 'received' AND d->>'kind' IS NULL) AS accepted,
           count(*) FILTER (WHERE event = 'received' AND d->>'kind' IS NULL AND phi) AS accepted_phi,
           count(*) FILTER (WHERE event = 'received' AND d->>'kind' IS NOT NULL) AS relay_written,
           count(*) FILTER (WHERE event = 'delivered') AS delivered,
           count(*) FILTER (WHERE event = 'delivered' AND d->'tls'->>'verified' = 'dane') AS delivered_dane,
           count(*) FILTER (WHERE event = 'delivered' AND d->'tls'->>'verified' = 'pkix'
                            AND d->>'policy_source' = 'mta-sts') AS delivered_mta_sts,
           count(*) FILTER (WHERE event = 'delivered' AND d->'tls'->>'verified' = 'pkix'
                            AND d->>'policy_source' IS DISTINCT FROM 'mta-sts') AS delivered_pkix,
           count(*) FILTER (WHERE event = 'delivered' AND jsonb_typeof(d->'tls') = 'object'
                            AND d->'tls'->>'verified' IS NULL) AS delivered_tls_unverified,
           count(*) FILTER (WHERE event = 'delivered' AND jsonb_typeof(d->'tls') IS DISTINCT FROM 'object')
               AS delivered_clear,
           count(*) FILTER (WHERE event = 'pickup_created') AS portal,
           count(*) FILTER (WHERE event = 'bounced') AS bounced,
           count(*) FILTER (WHERE event = 'deferred') AS deferred,
           count(*) FILTER (WHERE event = 'expired' AND d->>'pickup_id' IS NULL) AS expired
    FROM ev GROUP BY day, sending_domain
), keys AS (
    SELECT day, sending_domain FROM days
    UNION SELECT day, sending_domain FROM daily_rejects
)
SELECT k.day, k.sending_domain,
       COALESCE(s.accepted, 0) AS accepted,
       COALESCE(s.accepted_phi, 0) AS accepted_phi,
       CASE WHEN COALESCE(s.accepted, 0) = 0 THEN NULL
            ELSE round(s.accepted_phi::numeric / s.accepted, 4) END AS phi_share,
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
                 AND r.sending_domain IS NOT DISTINCT FROM k.sending_domain), 0)::bigint AS rejected,
       COALESCE((SELECT jsonb_object_agg(COALESCE(r.reason, 'unknown'), r.rejected) FROM daily_rejects r
                 WHERE r.day = k.day AND r.sending_domain IS NOT DISTINCT FROM k.sending_domain),
                '{}'::jsonb) AS rejects_by_reason
FROM keys k LEFT JOIN days s ON s.day = k.day AND s.sending_domain IS NOT DISTINCT FROM k.sending_domain;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_relay') THEN
        GRANT SELECT, INSERT ON audit_events TO phirelay_relay;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM phirelay_relay;
        GRANT SELECT ON audit_log TO phirelay_relay;
        GRANT EXECUTE ON FUNCTION audit_partitions_ensure(INTEGER, BIGINT) TO phirelay_relay;
        GRANT SELECT, INSERT ON policy_versions TO phirelay_relay;
        GRANT SELECT, INSERT, UPDATE ON policy_runs TO phirelay_relay;
        GRANT SELECT, INSERT ON audit_checkpoints TO phirelay_relay;
        GRANT SELECT ON message_timeline, recipient_protection, phi_unverified, portal_access,
            admin_actions, daily_rejects, daily_summary TO phirelay_relay;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_compliance') THEN
        GRANT SELECT ON audit_events, audit_log TO phirelay_compliance;
        GRANT SELECT ON policy_versions, policy_runs, audit_checkpoints TO phirelay_compliance;
        GRANT SELECT ON message_timeline, recipient_protection, phi_unverified, portal_access,
            admin_actions, daily_rejects, daily_summary TO phirelay_compliance;
        -- The envelope, never a secret: the portal passphrase's hash is not readable.
        REVOKE SELECT ON messages FROM phirelay_compliance;
        GRANT SELECT (id, received_at_us, node, mail_from, size, sha256, body_type, smtputf8,
                      requiretls, dsn_ret, dsn_envid, client_ip, helo, auth_user, tls_version,
                      tls_cipher, tls_optional, protection, phi, shred_when_done,
                      content_shredded_at_us)
            ON messages TO phirelay_compliance;
    END IF;
END
$$;
