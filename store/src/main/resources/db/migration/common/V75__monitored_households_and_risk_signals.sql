-- The safe-water ledger's monitoring: households under anti-poverty-relapse monitoring (监测对象: three groups,
-- since and until when) and the risk signals (风险线索) the year's records raise, such as a failed sample's for
-- every village its works serves. Each row lies in its village (region_code), which every query's scope
-- selects on.

-- A monitored household as its file's line. Queries: a scope's households (monitored_household_scope).
CREATE TABLE monitored_household (
    household VARCHAR(64) PRIMARY KEY,
    village VARCHAR(12) NOT NULL,
    region_code VARCHAR(12),
    monitoring_group VARCHAR(32) NOT NULL,
    since VARCHAR(10) NOT NULL,
    exited VARCHAR(10),
    position INT NOT NULL,
    line VARCHAR NOT NULL
);
CREATE INDEX monitored_household_scope ON monitored_household (region_code);

-- A risk signal, append-only, keyed by what it is (kind, subject, village, time), so that the same records
-- imported again add none. Queries: a scope's signals by time (risk_signal_scope).
CREATE TABLE risk_signal (
    id VARCHAR(200) PRIMARY KEY,
    subject VARCHAR(64) NOT NULL,
    village VARCHAR(12) NOT NULL,
    region_code VARCHAR(12),
    kind VARCHAR(32) NOT NULL,
    at_time TIMESTAMP NOT NULL,
    channel VARCHAR(64) NOT NULL,
    note VARCHAR NOT NULL,
    position INT NOT NULL
);
CREATE INDEX risk_signal_scope ON risk_signal (region_code, at_time);
