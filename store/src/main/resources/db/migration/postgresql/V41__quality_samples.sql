-- Water-quality samples and their determinations, partitioned by month (period_start, the first day of the
-- sample's month), as readings are: a month's pass rates read one partition. Database.ensureMonths makes them.
-- quality_sample: a sample's facts, the verdict quality-rules gave it, the standard it was held to, and the
-- sample as one line of text (what the audit log shows, and what a second import compares).
-- Queries: a month's samples in a scope (quality_sample_scope), by works (quality_sample_works); a sample id
-- once in the store (quality_sample_id, checked on import since the key includes the month).
CREATE TABLE quality_sample (
    period_start DATE NOT NULL,
    id VARCHAR(64) NOT NULL,
    works_id VARCHAR(64),
    point VARCHAR(16) NOT NULL,
    sampled_at TIMESTAMP NOT NULL,
    region_code VARCHAR(12),
    verdict VARCHAR(16) NOT NULL,
    standard VARCHAR(64) NOT NULL,
    position INT NOT NULL,
    body VARCHAR NOT NULL,
    PRIMARY KEY (period_start, id)
) PARTITION BY RANGE (period_start);
CREATE INDEX quality_sample_scope ON quality_sample (period_start, region_code);
CREATE INDEX quality_sample_works ON quality_sample (works_id, period_start);
CREATE INDEX quality_sample_id ON quality_sample (id);

-- One determination of a sample with its verdict, the limit it was held to, whether relaxed, and the clause.
CREATE TABLE quality_determination (
    period_start DATE NOT NULL,
    sample_id VARCHAR(64) NOT NULL,
    indicator VARCHAR(64) NOT NULL,
    result VARCHAR(200) NOT NULL,
    verdict VARCHAR(16) NOT NULL,
    limit_text VARCHAR(200) NOT NULL,
    relaxed BOOLEAN NOT NULL,
    clause VARCHAR(200) NOT NULL,
    region_code VARCHAR(12),
    PRIMARY KEY (period_start, sample_id, indicator)
) PARTITION BY RANGE (period_start);
