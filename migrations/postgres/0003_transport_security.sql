-- MTA-STS policies (RFC 8461 §5.1): cached until max_age runs out, across restarts.
CREATE TABLE mta_sts_policies (
    domain         TEXT PRIMARY KEY,
    policy_id      TEXT NOT NULL,
    mode           TEXT NOT NULL,
    mx             TEXT NOT NULL,
    max_age        BIGINT NOT NULL,
    fetched_at_us  BIGINT NOT NULL,
    expires_at_us  BIGINT NOT NULL
);

-- TLS-RPT (RFC 8460): counts per day, policy and result, for the daily reports.
CREATE TABLE tls_report_results (
    day             TEXT NOT NULL,
    policy_domain   TEXT NOT NULL,
    policy_type     TEXT NOT NULL,
    policy_string   TEXT NOT NULL,
    mx_host         TEXT NOT NULL,
    result_type     TEXT NOT NULL,
    receiving_ip    TEXT NOT NULL,
    failure_reason  TEXT NOT NULL,
    count           BIGINT NOT NULL,
    PRIMARY KEY (day, policy_domain, policy_type, mx_host, result_type, receiving_ip)
);

CREATE TABLE tls_reports_sent (
    day            TEXT NOT NULL,
    policy_domain  TEXT NOT NULL,
    report_id      TEXT NOT NULL,
    sent_at_us     BIGINT NOT NULL,
    PRIMARY KEY (day, policy_domain)
);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_relay') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON mta_sts_policies, tls_report_results, tls_reports_sent
            TO phirelay_relay;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'phirelay_compliance') THEN
        GRANT SELECT ON mta_sts_policies, tls_report_results, tls_reports_sent TO phirelay_compliance;
    END IF;
END
$$;
