-- The tariffs in use: each tariff version a bill run priced with, kept once by the SHA-256 of its content (the
-- version as a listing shows it: id, dates, source, rounding and every charge's terms), and the versions each
-- run priced with. A later run or an audit shows what priced a bill: its run, its tariff id, the version in
-- force in its month, and that version's content, which no later change of the tariff file can alter.
-- Queries: a version by hash (the primary key); the versions of a run (bill_run_tariff's primary key).
CREATE TABLE tariff_version (
    content_hash VARCHAR(64) PRIMARY KEY,
    tariff_id VARCHAR(200) NOT NULL,
    effective_from DATE NOT NULL,
    content VARCHAR NOT NULL
);

CREATE TABLE bill_run_tariff (
    run_id BIGINT NOT NULL,
    tariff_id VARCHAR(200) NOT NULL,
    effective_from DATE NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (run_id, tariff_id, effective_from)
);
