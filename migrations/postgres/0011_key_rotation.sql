-- Master key rotations (`phirelay keys rotate`, event `key_rotated`) are
-- administrators' actions: the view shows them with the rest.
CREATE OR REPLACE VIEW admin_actions AS
SELECT a.seq, to_timestamp(a.at_us / 1000000.0) AS at, a.actor, a.node, a.event,
       COALESCE(a.details::jsonb->>'action',
                CASE a.event WHEN 'recalled' THEN 'recall' ELSE a.event END) AS action,
       a.message_id, a.recipient,
       a.details::jsonb->>'reason' AS reason,
       a.details::jsonb->>'previous_state' AS previous_state,
       a.details::jsonb->>'policy_version' AS policy_version,
       a.details::jsonb AS details, encode(a.hash, 'hex') AS hash
FROM audit_events a
WHERE a.event IN ('admin', 'recalled', 'config_loaded', 'key_rotated');
