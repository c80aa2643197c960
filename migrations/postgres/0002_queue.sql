-- Queue: find a node's leases quickly (release at start, lease expiry).
CREATE INDEX recipients_lease ON recipients (lease_owner) WHERE lease_owner IS NOT NULL;

-- `phirelay audit verify` as the compliance role checks the schema version first.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_compliance') THEN
        GRANT SELECT ON _sqlx_migrations TO phirelay_compliance;
    END IF;
END
$$;
