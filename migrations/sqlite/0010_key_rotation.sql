-- Master key rotations (`phirelay keys rotate`, event `key_rotated`) are
-- administrators' actions: the view shows them with the rest.
DROP VIEW admin_actions;
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
WHERE a.event IN ('admin', 'recalled', 'config_loaded', 'key_rotated');
