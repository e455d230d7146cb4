-- The platform's users: a sign-in name, the name shown, a role code (store.people.Role), the region whose
-- subtree is their scope, and the Argon2id hash of the password in the PHC string format.
-- Queries: sign-in by name (the primary key); the users of a region (user_region).
CREATE TABLE app_user (
    name VARCHAR(64) PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL,
    role VARCHAR(32) NOT NULL,
    region_code VARCHAR(12) NOT NULL,
    password_hash VARCHAR(200) NOT NULL
);
CREATE INDEX user_region ON app_user (region_code);
