import GRDB

/// Schema migrations. Named, append-only, never edited once shipped, and written in SQL rather than with app types
/// so that a later change to a Swift type cannot change what an old migration does.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-accounts-sessions-audit", migrate: v1)
        m.registerMigration("v2-organisational-side", migrate: v2)
        m.registerMigration("v4-declarations", migrate: v4)
        m.registerMigration("v6-review-chain", migrate: v6)
        m.registerMigration("v7-publicity", migrate: v7)
        // A migration that only adds tables, columns or indexes runs with foreign keys enforced as it goes
        // (`.immediate`); by default GRDB checks every foreign key of the whole database after it, which took 7.5 s
        // of an upgraded 3.4 GB province's first start (READY after 8.0 s, 0.49 s with `.immediate`).
        m.registerMigration("v9-queue-indexes", foreignKeyChecks: .immediate, migrate: v9)
        return m
    }

    private static func v1(_ db: Database) throws {
        try db.execute(
            sql: """
                -- 组织机构: the organisation tree; `code` carries the hierarchy (parent code + 4 digits).
                CREATE TABLE organization (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 26 AND code NOT GLOB '*[^0-9]*'),
                    parent_id INTEGER REFERENCES organization(id),
                    kind TEXT NOT NULL,
                    category TEXT,
                    nature TEXT,
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
                    address TEXT,
                    contact_person TEXT,
                    contact_phone TEXT,
                    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    CHECK ((parent_id IS NULL) = (kind = 'provinceOffice'))
                );
                CREATE INDEX organization_parent ON organization(parent_id, code);
                CREATE UNIQUE INDEX organization_single_root ON organization(kind) WHERE kind = 'provinceOffice';

                -- 账号: org admins, staff (经办人/领导) and applicants (申报人) alike.
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    login TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL CHECK (kind IN ('orgAdmin', 'staff', 'applicant')),
                    organization_id INTEGER NOT NULL REFERENCES organization(id),
                    display_name TEXT NOT NULL,
                    staff_type TEXT CHECK (staff_type IN ('handler', 'leader')),
                    password_hash TEXT NOT NULL,
                    must_change_password INTEGER NOT NULL DEFAULT 1 CHECK (must_change_password IN (0, 1)),
                    failed_logins INTEGER NOT NULL DEFAULT 0,
                    locked_until DATETIME,
                    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                    password_changed_at DATETIME,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    CHECK ((kind = 'staff') = (staff_type IS NOT NULL))
                );
                CREATE INDEX account_organization ON account(organization_id, kind);
                CREATE UNIQUE INDEX account_one_admin_per_org ON account(organization_id) WHERE kind = 'orgAdmin';

                -- 权限: staff permissions, one row each.
                CREATE TABLE account_permission (
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    permission TEXT NOT NULL,
                    PRIMARY KEY (account_id, permission)
                ) WITHOUT ROWID;

                -- Sessions: only the SHA-256 of a token is kept, so a copy of the database logs nobody in.
                CREATE TABLE session (
                    token_hash BLOB PRIMARY KEY CHECK (length(token_hash) = 32),
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    created_at DATETIME NOT NULL,
                    expires_at DATETIME NOT NULL,
                    last_seen_at DATETIME NOT NULL,
                    peer_uid INTEGER NOT NULL,
                    peer_pid INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX session_account ON session(account_id);

                -- 审计日志: append-only; the triggers refuse any change or deletion, whoever asks.
                CREATE TABLE audit_event (
                    id INTEGER PRIMARY KEY,
                    at DATETIME NOT NULL,
                    action TEXT NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
                    actor_account_id INTEGER,
                    actor_login TEXT,
                    actor_organization_id INTEGER,
                    peer_uid INTEGER NOT NULL,
                    peer_pid INTEGER NOT NULL,
                    organization_id INTEGER,
                    target_type TEXT,
                    target_id TEXT,
                    case_id INTEGER,
                    opinion TEXT,
                    detail TEXT
                );
                CREATE INDEX audit_event_organization ON audit_event(organization_id, at);
                CREATE INDEX audit_event_case ON audit_event(case_id, at) WHERE case_id IS NOT NULL;
                CREATE INDEX audit_event_actor ON audit_event(actor_account_id, at);
                CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
                    BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END;
                CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
                    BEGIN SELECT RAISE(ABORT, 'audit events cannot be deleted'); END;
                """)
    }

    private static func v2(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE account ADD COLUMN phone TEXT;
                CREATE INDEX organization_kind ON organization(kind, code);

                -- 申报人: the person behind an applicant account; one account per resident ID in the province.
                CREATE TABLE applicant (
                    account_id INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
                    id_number TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
                    name TEXT NOT NULL,
                    gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
                    birth_date TEXT NOT NULL,
                    phone TEXT
                );
                CREATE INDEX applicant_name ON applicant(name);

                -- 评委会: review committees; `code` is their own code system, apart from organisation codes.
                CREATE TABLE committee (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    series_code TEXT NOT NULL,
                    level TEXT NOT NULL CHECK (level IN ('chuji', 'zhongji', 'gaoji')),
                    review_type TEXT NOT NULL CHECK (review_type IN ('social', 'selfReview')),
                    forming_organization_id INTEGER NOT NULL REFERENCES organization(id),
                    authority_organization_id INTEGER NOT NULL REFERENCES organization(id),
                    owner_organization_id INTEGER NOT NULL REFERENCES organization(id),
                    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX committee_series ON committee(series_code, level);
                CREATE INDEX committee_owner ON committee(owner_organization_id);
                CREATE TABLE committee_specialty (
                    committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
                    specialty TEXT NOT NULL,
                    PRIMARY KEY (committee_id, specialty)
                ) WITHOUT ROWID;

                -- 系列与资格: reference data, seeded from the built-in list at first start and maintained by the
                -- provincial office afterwards.
                CREATE TABLE reference_series (
                    code TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    verified INTEGER NOT NULL DEFAULT 0,
                    retired INTEGER NOT NULL DEFAULT 0,
                    position INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE reference_qualification (
                    code TEXT PRIMARY KEY,
                    series_code TEXT NOT NULL REFERENCES reference_series(code),
                    name TEXT NOT NULL,
                    level TEXT NOT NULL CHECK (level IN ('yuan', 'zhuli', 'zhongji', 'fugao', 'zhenggao')),
                    retired INTEGER NOT NULL DEFAULT 0,
                    position INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX reference_qualification_series ON reference_qualification(series_code, position);
                """)
    }

    private static func v4(_ db: Database) throws {
        try db.execute(
            sql: """
                -- 申报批次: a declaration window opened by a title-reform office for some series.
                CREATE TABLE batch (
                    id INTEGER PRIMARY KEY,
                    office_organization_id INTEGER NOT NULL REFERENCES organization(id),
                    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
                    name TEXT NOT NULL,
                    opens_at DATETIME NOT NULL,
                    closes_at DATETIME NOT NULL CHECK (closes_at > opens_at),
                    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX batch_office ON batch(office_organization_id, year);
                CREATE TABLE batch_series (
                    batch_id INTEGER NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
                    series_code TEXT NOT NULL,
                    PRIMARY KEY (batch_id, series_code)
                ) WITHOUT ROWID;

                -- 申报: one declaration of one applicant in one batch.
                CREATE TABLE application (
                    id INTEGER PRIMARY KEY,
                    batch_id INTEGER NOT NULL REFERENCES batch(id),
                    applicant_account_id INTEGER NOT NULL REFERENCES account(id),
                    employer_organization_id INTEGER NOT NULL REFERENCES organization(id),
                    state TEXT NOT NULL,
                    review_method TEXT NOT NULL,
                    route TEXT NOT NULL,
                    series_code TEXT NOT NULL,
                    qualification_code TEXT NOT NULL,
                    level TEXT NOT NULL,
                    specialty TEXT NOT NULL,
                    snapshot_id INTEGER,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    submitted_at DATETIME,
                    UNIQUE (batch_id, applicant_account_id)
                );
                CREATE INDEX application_applicant ON application(applicant_account_id);
                CREATE INDEX application_batch_state ON application(batch_id, state);

                -- Each section as saved, as canonical JSON; read back exactly as stored.
                CREATE TABLE application_section (
                    application_id INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
                    section TEXT NOT NULL,
                    content TEXT NOT NULL,
                    revision INTEGER NOT NULL,
                    saved_at DATETIME NOT NULL,
                    PRIMARY KEY (application_id, section)
                ) WITHOUT ROWID;

                -- The frozen declaration at each submission: reviewers see exactly this.
                CREATE TABLE application_snapshot (
                    id INTEGER PRIMARY KEY,
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    submitted_at DATETIME NOT NULL,
                    document TEXT NOT NULL
                );
                CREATE INDEX application_snapshot_application ON application_snapshot(application_id);

                -- 材料: evidence files. Content lives once per SHA-256 in the state folder (`blob`); a declaration
                -- refers to it through `evidence_file`.
                CREATE TABLE blob (
                    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
                    size INTEGER NOT NULL,
                    media_type TEXT NOT NULL,
                    created_at DATETIME NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE evidence_file (
                    id INTEGER PRIMARY KEY,
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    sha256 TEXT NOT NULL REFERENCES blob(sha256),
                    name TEXT NOT NULL,
                    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
                    size INTEGER NOT NULL,
                    uploaded_at DATETIME NOT NULL,
                    deleted_at DATETIME
                );
                CREATE INDEX evidence_file_application ON evidence_file(application_id);
                CREATE TABLE upload (
                    id TEXT PRIMARY KEY,
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    name TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    sha256 TEXT NOT NULL,
                    received INTEGER NOT NULL DEFAULT 0,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX upload_application ON upload(application_id, sha256);

                -- 黑名单: a person may not submit any declaration until `until` (three years from listing).
                CREATE TABLE blacklist (
                    id INTEGER PRIMARY KEY,
                    id_number TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    listed_at DATETIME NOT NULL,
                    until DATETIME NOT NULL,
                    listed_by_account_id INTEGER REFERENCES account(id),
                    organization_id INTEGER REFERENCES organization(id),
                    application_id INTEGER REFERENCES application(id),
                    lifted_at DATETIME,
                    lifted_by_account_id INTEGER REFERENCES account(id),
                    lift_reason TEXT
                );
                CREATE INDEX blacklist_person ON blacklist(id_number, until);
                """)
    }

    private static func v6(_ db: Database) throws {
        try db.execute(
            sql: """
                -- Where a case stands in the chain of qualification reviews (资格审查).
                ALTER TABLE application ADD COLUMN round INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE application ADD COLUMN review_organization_id INTEGER REFERENCES organization(id);
                ALTER TABLE application ADD COLUMN review_stage TEXT CHECK (review_stage IN ('handler', 'leader'));
                ALTER TABLE application ADD COLUMN review_seq INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE application ADD COLUMN waiting_since DATETIME;
                ALTER TABLE application ADD COLUMN chain_end_organization_id INTEGER REFERENCES organization(id);
                ALTER TABLE application ADD COLUMN return_marks TEXT;
                ALTER TABLE application ADD COLUMN return_reason TEXT;
                ALTER TABLE application ADD COLUMN committee_id INTEGER REFERENCES committee(id);
                ALTER TABLE application ADD COLUMN routing TEXT CHECK (routing IN ('normal', 'entrusted'));
                CREATE INDEX application_queue ON application(review_organization_id, review_stage, waiting_since)
                    WHERE review_organization_id IS NOT NULL;
                CREATE INDEX application_committee ON application(committee_id) WHERE committee_id IS NOT NULL;

                -- 审查记录: every decision, never changed.
                CREATE TABLE review_step (
                    id INTEGER PRIMARY KEY,
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    round INTEGER NOT NULL,
                    organization_id INTEGER NOT NULL REFERENCES organization(id),
                    stage TEXT NOT NULL,
                    reviewer_account_id INTEGER REFERENCES account(id),
                    outcome TEXT NOT NULL,
                    opinion TEXT,
                    marks TEXT,
                    decided_at DATETIME NOT NULL
                );
                CREATE INDEX review_step_application ON review_step(application_id, id);
                CREATE TRIGGER review_step_no_update BEFORE UPDATE ON review_step
                    BEGIN SELECT RAISE(ABORT, 'review steps cannot be changed'); END;
                CREATE TRIGGER review_step_no_delete BEFORE DELETE ON review_step
                    BEGIN SELECT RAISE(ABORT, 'review steps cannot be deleted'); END;
                """)
    }

    private static func v7(_ db: Database) throws {
        try db.execute(
            sql: """
                -- 节假日: the days that break the weekday rule, kept by the provincial office. A holiday is not
                -- worked even on a weekday; a workday (调休) is worked even on a Saturday or Sunday.
                CREATE TABLE calendar_day (
                    date TEXT PRIMARY KEY CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
                    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
                    updated_at DATETIME NOT NULL,
                    updated_by_account_id INTEGER REFERENCES account(id)
                ) WITHOUT ROWID;

                -- 公示: a list of cases published by the chain-end organisation for a number of working days.
                -- The period is fixed when published: later calendar changes do not move it.
                CREATE TABLE publicity (
                    id INTEGER PRIMARY KEY,
                    organization_id INTEGER NOT NULL REFERENCES organization(id),
                    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
                    starts_on TEXT NOT NULL,
                    working_days INTEGER NOT NULL CHECK (working_days BETWEEN 1 AND 30),
                    ends_on TEXT NOT NULL CHECK (ends_on >= starts_on),
                    ends_at DATETIME NOT NULL,
                    created_by_account_id INTEGER NOT NULL REFERENCES account(id),
                    created_at DATETIME NOT NULL
                );
                CREATE INDEX publicity_organization ON publicity(organization_id, ends_at);

                -- The cases of a publicity; one listing per case and submission round. `left_at` is set when an
                -- upheld objection takes the case out of the publicity.
                CREATE TABLE publicity_case (
                    publicity_id INTEGER NOT NULL REFERENCES publicity(id),
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    round INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    left_at DATETIME,
                    PRIMARY KEY (publicity_id, application_id),
                    UNIQUE (application_id, round)
                ) WITHOUT ROWID;

                -- 异议: objections against a case raised during its publicity, recorded by the office's handler
                -- (they arrive by letter, call or visit) and resolved by that handler.
                CREATE TABLE publicity_objection (
                    id INTEGER PRIMARY KEY,
                    publicity_id INTEGER NOT NULL REFERENCES publicity(id),
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    content TEXT NOT NULL,
                    source TEXT,
                    received_at DATETIME NOT NULL,
                    recorded_by_account_id INTEGER NOT NULL REFERENCES account(id),
                    decision TEXT CHECK (decision IN ('upheld', 'dismissed', 'superseded')),
                    outcome TEXT CHECK (outcome IN ('return', 'reject')),
                    reason TEXT,
                    sections TEXT,
                    resolved_at DATETIME,
                    resolved_by_account_id INTEGER REFERENCES account(id),
                    FOREIGN KEY (publicity_id, application_id) REFERENCES publicity_case(publicity_id, application_id),
                    CHECK ((decision IS NULL) = (resolved_at IS NULL)),
                    CHECK (outcome IS NULL OR decision = 'upheld'),
                    CHECK (decision IS NOT 'upheld' OR outcome IS NOT NULL)
                );
                CREATE INDEX publicity_objection_case ON publicity_objection(publicity_id, application_id);
                CREATE INDEX publicity_objection_pending ON publicity_objection(application_id)
                    WHERE decision IS NULL;

                -- 推送评委会 / 委托代评: the hand-over of a case to a committee after its publicity; one per round.
                CREATE TABLE committee_handover (
                    id INTEGER PRIMARY KEY,
                    application_id INTEGER NOT NULL REFERENCES application(id),
                    round INTEGER NOT NULL,
                    committee_id INTEGER NOT NULL REFERENCES committee(id),
                    mode TEXT NOT NULL CHECK (mode IN ('normal', 'entrusted')),
                    publicity_id INTEGER REFERENCES publicity(id),
                    organization_id INTEGER NOT NULL REFERENCES organization(id),
                    decided_by_account_id INTEGER NOT NULL REFERENCES account(id),
                    decided_at DATETIME NOT NULL,
                    opinion TEXT,
                    UNIQUE (application_id, round)
                );
                CREATE INDEX committee_handover_committee ON committee_handover(committee_id, decided_at);
                CREATE INDEX committee_handover_organization ON committee_handover(organization_id, committee_id);
                """)
    }

    private static func v9(_ db: Database) throws {
        try db.execute(
            sql: """
                -- 待审列表: a reviewer's queue counts the cases waiting at its organisation and stage, often in one
                -- batch. Only submitted cases wait, so the index holds only those; with the batch and the state in
                -- it, the count reads this index alone instead of thousands of application rows (SQLite does not
                -- take a partial index's WHERE as covering the column, hence `state` again at the end).
                CREATE INDEX application_queue_submitted
                    ON application(review_organization_id, review_stage, batch_id, waiting_since, state)
                    WHERE state = 'submitted';
                """)
    }
}
