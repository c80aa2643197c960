-- Queue: find a node's leases quickly (release at start, lease expiry).
CREATE INDEX recipients_lease ON recipients (lease_owner) WHERE lease_owner IS NOT NULL;
