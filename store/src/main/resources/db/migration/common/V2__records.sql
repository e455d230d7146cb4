-- County records (regions, villages, works, households, meters, assets, water managers, crews) and billing
-- accounts and payments: one row per record, the record as its file's CSV line.
-- Queries: a record by key (the primary key); a kind's rows within a scope (record_row_scope).
CREATE TABLE record_row (
    kind VARCHAR(32) NOT NULL,
    record_key VARCHAR(200) NOT NULL,
    region_code VARCHAR(12),
    position INT NOT NULL,
    line VARCHAR NOT NULL,
    PRIMARY KEY (kind, record_key)
);
CREATE INDEX record_row_scope ON record_row (kind, region_code);
