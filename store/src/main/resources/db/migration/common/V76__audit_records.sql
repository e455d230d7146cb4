-- How many records an audit entry holds: 1 for a change of one record; for the records an import inserts into
-- one village (a kind's new rows there, or a month's new readings there), one entry holds them all, its after
-- value their lines in file order. One entry per inserted record was half of a county import's time on
-- PostgreSQL (an audit row and three index entries a record); counts of an import's batch add these up.
ALTER TABLE audit_entry ADD COLUMN records INT DEFAULT 1 NOT NULL;
