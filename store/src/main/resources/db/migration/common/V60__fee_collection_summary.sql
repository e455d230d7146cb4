-- The fee collection (水费收缴率) of each village's bills per month, as billing's receivables count it, so that
-- a dashboard reads a year of it in milliseconds instead of counting the whole ledger and every payment (about
-- 100 s for 40,000 households). Rows are replaced whole when counted again (CollectionRecords.countSummary);
-- fee_collection_counted says up to which audit entry they were counted, and to which day payments count.
-- Queries: a scope's months (the primary key: region_code LIKE 'prefix%'). Whether anything changed since is
-- asked of the audit log by its primary key (entries after the one counted to), so needs no index of its own.
CREATE TABLE fee_collection_month (
    region_code VARCHAR(12) NOT NULL,
    period_start DATE NOT NULL,
    collected DECIMAL(19, 2) NOT NULL,
    due DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (region_code, period_start)
);

CREATE TABLE fee_collection_counted (
    id INT PRIMARY KEY,
    audit_entry BIGINT NOT NULL,
    as_of DATE NOT NULL,
    counted_at TIMESTAMP NOT NULL
);

