-- RFC 8689 §5: the sender's "TLS-Required: No" header (ignored when REQUIRETLS is set).
ALTER TABLE messages ADD COLUMN tls_optional INTEGER NOT NULL DEFAULT 0;
