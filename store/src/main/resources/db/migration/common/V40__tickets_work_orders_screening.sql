-- Problem tickets (问题清单) and their lifecycle, work orders with their times, safe-water screening results
-- and patrol check-ins: the year's records of the assurance and maintenance desks. Each row lies in a
-- region (region_code: a village, or the region of a works), which every query's scope selects on.

-- A ticket's current state, kept in the transaction that appends its event (never set otherwise), so the
-- open and overdue counts are one indexed query. Queries: the tickets of a scope by state
-- (problem_ticket_scope); a ticket by id (the primary key).
CREATE TABLE problem_ticket (
    id VARCHAR(64) PRIMARY KEY,
    problem_type VARCHAR(40) NOT NULL,
    subject VARCHAR(64) NOT NULL,
    village VARCHAR(12) NOT NULL,
    region_code VARCHAR(12),
    rectification VARCHAR(32) NOT NULL,
    deadline DATE NOT NULL,
    state VARCHAR(16) NOT NULL,
    opened_at TIMESTAMP NOT NULL,
    closed_at TIMESTAMP,
    steps INT NOT NULL,
    position INT NOT NULL
);
CREATE INDEX problem_ticket_scope ON problem_ticket (region_code, state);

-- A ticket's lifecycle, append-only: open, assign, rectify, verify, close with evidence, reopen.
-- Queries: a ticket's history in order (the primary key); the events of a scope (ticket_event_scope).
CREATE TABLE ticket_event (
    ticket_id VARCHAR(64) NOT NULL,
    seq INT NOT NULL,
    state VARCHAR(16) NOT NULL,
    at_time TIMESTAMP NOT NULL,
    by_whom VARCHAR(200) NOT NULL,
    note VARCHAR NOT NULL,
    region_code VARCHAR(12),
    PRIMARY KEY (ticket_id, seq)
);
CREATE INDEX ticket_event_scope ON ticket_event (region_code, at_time);

-- A breakdown work order with its times, and the deadlines maintenance's response commitments gave it when
-- it was stored. Queries: the orders of a scope by time reported (work_order_scope).
CREATE TABLE work_order (
    id VARCHAR(64) PRIMARY KEY,
    target VARCHAR(64) NOT NULL,
    village VARCHAR(12) NOT NULL,
    region_code VARCHAR(12),
    severity VARCHAR(32) NOT NULL,
    origin VARCHAR(32) NOT NULL,
    reported_at TIMESTAMP NOT NULL,
    on_site_at TIMESTAMP,
    repaired_at TIMESTAMP,
    on_site_due TIMESTAMP,
    repair_due TIMESTAMP NOT NULL,
    position INT NOT NULL,
    line VARCHAR NOT NULL
);
CREATE INDEX work_order_scope ON work_order (region_code, reported_at);

-- A household's safe-water screening: the observation as its file's line, the four indicators' grades and
-- the verdict assurance's rule set gave it. Queries: a scope's results (screening_result_scope).
CREATE TABLE screening_result (
    household VARCHAR(64) PRIMARY KEY,
    village VARCHAR(12) NOT NULL,
    region_code VARCHAR(12),
    people INT NOT NULL,
    quantity VARCHAR(16) NOT NULL,
    quality VARCHAR(16) NOT NULL,
    convenience VARCHAR(16) NOT NULL,
    reliability VARCHAR(16) NOT NULL,
    verdict VARCHAR(16) NOT NULL,
    poverty_check BOOLEAN NOT NULL,
    rule_set VARCHAR(64) NOT NULL,
    position INT NOT NULL,
    line VARCHAR NOT NULL
);
CREATE INDEX screening_result_scope ON screening_result (region_code);

-- A patrol check-in at a works, in its works' region. Queries: a scope's check-ins by time
-- (patrol_visit_scope); one check-in per patroller and minute (the primary key).
CREATE TABLE patrol_visit (
    who VARCHAR(64) NOT NULL,
    at_time TIMESTAMP NOT NULL,
    works VARCHAR(64) NOT NULL,
    region_code VARCHAR(12),
    outcome VARCHAR(32) NOT NULL,
    minutes INT NOT NULL,
    position INT NOT NULL,
    line VARCHAR NOT NULL,
    PRIMARY KEY (who, at_time)
);
CREATE INDEX patrol_visit_scope ON patrol_visit (region_code, at_time);
