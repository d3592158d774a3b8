-- Escalations: questions the bot handed to staff. Times are epoch milliseconds, UTC.

CREATE TABLE escalation (
  -- AUTOINCREMENT: an id is never reused, even after a client is forgotten, because staff
  -- and staff-side threads cite escalations by id.
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  client_platform     TEXT    NOT NULL,
  client_user_id      TEXT    NOT NULL,
  client_name         TEXT    NOT NULL,
  origin_kind         TEXT    NOT NULL CHECK (origin_kind IN ('CHANNEL', 'DM', 'CONSOLE')),
  origin_channel_id   TEXT,
  origin_message_id   TEXT,
  origin_jump_url     TEXT,
  question            TEXT    NOT NULL,
  reason              TEXT    NOT NULL,
  urgent              INTEGER NOT NULL CHECK (urgent IN (0, 1)),
  created_at          INTEGER NOT NULL,
  status              TEXT    NOT NULL CHECK (status IN ('OPEN', 'CLAIMED', 'ANSWERED', 'CLOSED')),
  claimed_by          TEXT,
  answered_by         TEXT,
  answer              TEXT,
  answered_at         INTEGER,
  delivered           INTEGER NOT NULL DEFAULT 0 CHECK (delivered IN (0, 1)),
  delivery_attempts   INTEGER NOT NULL DEFAULT 0,
  last_delivery_error TEXT,
  closed_at           INTEGER,
  staff_ref           TEXT    UNIQUE,
  -- An answer is whole or absent: who, what and when together.
  CHECK ((answer IS NULL) = (answered_by IS NULL) AND (answer IS NULL) = (answered_at IS NULL))
);

CREATE INDEX escalation_queue ON escalation (status, urgent, created_at);
CREATE INDEX escalation_client ON escalation (client_platform, client_user_id);
CREATE INDEX escalation_created ON escalation (created_at);

-- The FAQ entries search liked best, for staff's context; rank 1 is the best.
CREATE TABLE escalation_candidate (
  escalation_id INTEGER NOT NULL REFERENCES escalation (id) ON DELETE CASCADE,
  rank          INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 3),
  faq_id        TEXT    NOT NULL,
  confidence    REAL    NOT NULL,
  PRIMARY KEY (escalation_id, rank)
);

-- The client's later messages while staff had not answered; id gives their order.
CREATE TABLE escalation_follow_up (
  id            INTEGER PRIMARY KEY,
  escalation_id INTEGER NOT NULL REFERENCES escalation (id) ON DELETE CASCADE,
  text          TEXT    NOT NULL,
  created_at    INTEGER NOT NULL
);

CREATE INDEX escalation_follow_up_order ON escalation_follow_up (escalation_id, id);
