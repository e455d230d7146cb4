-- The demo platform's loading of the demo county's year (web-app's first start): planned when the demo county
-- and its users are made, finished when every part of the year is in. A start that finds it planned and not
-- finished loads the rest (each part is idempotent, so a part cut off by a kill is completed, never doubled).
-- A store never seeded by the demo has no row, and is never given a demo year.
CREATE TABLE demo_year_load (
    id INT PRIMARY KEY,
    seed BIGINT NOT NULL,
    demo_year INT NOT NULL,
    households INT NOT NULL,
    planned_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP
);
