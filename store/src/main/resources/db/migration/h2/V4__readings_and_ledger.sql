-- Readings and ledger documents; on H2 in plain tables (PostgreSQL partitions them by month).
-- reading: a month's readings in a scope (reading_scope); a meter's readings (the primary key's meter after
-- the month). ledger_document: a year of documents in a scope (ledger_document_scope); one document per id
-- and month (the primary key, which makes a double issue impossible).
CREATE TABLE reading (
    period_start DATE NOT NULL,
    meter VARCHAR(64) NOT NULL,
    read_on DATE NOT NULL,
    read_value VARCHAR(40) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    region_code VARCHAR(12),
    position INT NOT NULL,
    PRIMARY KEY (period_start, meter, read_on)
);
CREATE INDEX reading_scope ON reading (period_start, region_code);

CREATE TABLE ledger_document (
    period_start DATE NOT NULL,
    id VARCHAR(120) NOT NULL,
    household VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    region_code VARCHAR(12),
    run_id BIGINT NOT NULL,
    position INT NOT NULL,
    body VARCHAR NOT NULL,
    PRIMARY KEY (period_start, id)
);
CREATE INDEX ledger_document_scope ON ledger_document (period_start, region_code);
