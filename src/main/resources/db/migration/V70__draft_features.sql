-- The last run of a draft's acceptance features (the Cucumber features of its rule base, run against
-- the draft in a child JVM): its state (running, passed, failed, not run, no features), the SHA-256 of
-- the draft files it ran on (a later edit makes it stale), the counts, why it could not run, and the
-- scenarios as JSON (name, status, the failing step and the first line of its message). Dropped with
-- its draft.
CREATE TABLE rule_draft_features (
    folder        VARCHAR(100) PRIMARY KEY REFERENCES rule_draft (folder) ON DELETE CASCADE,
    state         VARCHAR(20)  NOT NULL,
    run_token     VARCHAR(36)  NOT NULL,
    files_sha256  VARCHAR(64)  NOT NULL,
    started_by    VARCHAR(200) NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    passed        INTEGER      NOT NULL DEFAULT 0,
    failed        INTEGER      NOT NULL DEFAULT 0,
    skipped       INTEGER      NOT NULL DEFAULT 0,
    reason        TEXT,
    scenarios     TEXT
);

-- Why an administrator published a version whose acceptance features did not pass (null otherwise).
ALTER TABLE rule_version ADD COLUMN override_reason TEXT;
