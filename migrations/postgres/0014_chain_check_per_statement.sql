-- The row checks of 0009, answered for a whole INSERT at once (docs/performance.md).
--
-- 0009 checked each new row with two look-ups by seq: is the seq used once,
-- and does the row before it carry the hash this row names. The audit table is
-- partitioned by month, and seq is not the partition key, so every look-up
-- probes every partition's index: a group commit of 40 rows made some 600
-- index probes, and setting up those scans was a third of the database's time
-- on the commit path.
--
-- The rows of one INSERT are checked together now: their seqs are distinct
-- and contiguous, the table holds no other row in their range (one range
-- count), the first one extends the row before it (one look-up) and each of
-- the others extends the new row before it (a join of the new rows with
-- themselves, in memory). That implies every row passes 0009's checks. When
-- it does not hold, 0009's query runs as before, so the same rows are refused
-- with the same messages and nothing 0009 accepted is refused.
CREATE OR REPLACE FUNCTION audit_events_extend() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lo BIGINT;
    hi BIGINT;
    n BIGINT;
    distinct_seqs BIGINT;
    stored BIGINT;
    first_prev BYTEA;
    bad RECORD;
BEGIN
    SELECT min(seq), max(seq), count(*), count(DISTINCT seq)
      INTO lo, hi, n, distinct_seqs
      FROM new_rows;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    SELECT prev_hash INTO first_prev FROM new_rows WHERE seq = lo LIMIT 1;
    SELECT count(*) INTO stored FROM audit_events WHERE seq BETWEEN lo AND hi;
    -- (In parentheses: PL/pgSQL would end the IF's condition at the CASE's THEN.)
    IF (distinct_seqs = n AND hi - lo + 1 = n AND stored = n
        AND CASE WHEN lo = 1 THEN first_prev = decode(repeat('00', 32), 'hex')
                 ELSE EXISTS (SELECT 1 FROM audit_events p
                               WHERE p.seq = lo - 1 AND p.hash = first_prev) END
        AND NOT EXISTS (SELECT 1 FROM new_rows c JOIN new_rows p ON p.seq = c.seq - 1
                         WHERE p.hash IS DISTINCT FROM c.prev_hash))
    THEN
        RETURN NULL;
    END IF;
    -- Not one clean extension: 0009's row-by-row check decides, and names the row.
    SELECT r.seq, (SELECT count(*) FROM audit_events a WHERE a.seq = r.seq) AS uses
      INTO bad
      FROM new_rows r
     WHERE (SELECT count(*) FROM audit_events a WHERE a.seq = r.seq) <> 1
        OR CASE WHEN r.seq = 1 THEN r.prev_hash <> decode(repeat('00', 32), 'hex')
                ELSE NOT EXISTS (SELECT 1 FROM audit_events p
                                  WHERE p.seq = r.seq - 1 AND p.hash = r.prev_hash) END
     ORDER BY r.seq
     LIMIT 1;
    IF NOT FOUND THEN
        RETURN NULL;
    ELSIF bad.uses > 1 THEN
        RAISE EXCEPTION 'audit chain: row % exists already', bad.seq;
    ELSIF bad.seq = 1 THEN
        RAISE EXCEPTION 'audit chain: row 1 must start from the genesis hash';
    ELSE
        RAISE EXCEPTION 'audit chain: row % does not extend row %', bad.seq, bad.seq - 1;
    END IF;
END;
$$;

-- As in 0009: the checks look rows up by seq and must do it through the index.
ALTER FUNCTION audit_events_extend() SET enable_seqscan = off;
