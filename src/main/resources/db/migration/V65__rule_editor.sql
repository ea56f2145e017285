-- What a stored run read besides its upload, so it can be re-run: one 'input' row (the upload, or a
-- file on the command line), one row per option and one per attachment (its kept upload's SHA-256).
CREATE TABLE run_input_part (
    kind      VARCHAR(40)  NOT NULL,
    run_id    BIGINT       NOT NULL,
    part      VARCHAR(20)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    val       VARCHAR(1000),
    sha256    VARCHAR(64)
);

CREATE INDEX run_input_part_run ON run_input_part (kind, run_id);

-- A draft of one rule base (a top-level rules folder) and the editor who holds its lock.
CREATE TABLE rule_draft (
    folder      VARCHAR(100) PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    base_version VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The draft's files (every file of its folder), base64 so that spreadsheets fit beside text.
CREATE TABLE rule_draft_file (
    folder   VARCHAR(100) NOT NULL,
    path     VARCHAR(500) NOT NULL,
    content  TEXT         NOT NULL,
    PRIMARY KEY (folder, path)
);
