-- What the assistant decided, for reports. No message text: text is kept only in escalations.

CREATE TABLE decision (
  id         INTEGER PRIMARY KEY,
  decided_at INTEGER NOT NULL,
  platform   TEXT    NOT NULL,
  user_id    TEXT    NOT NULL,
  outcome    TEXT    NOT NULL CHECK (outcome IN ('answer', 'clarify', 'escalate', 'smalltalk')),
  faq_id     TEXT,
  reason     TEXT
);

CREATE INDEX decision_time ON decision (decided_at);
CREATE INDEX decision_client ON decision (platform, user_id);

-- Clients' "helpful / not helpful" on an answer.
CREATE TABLE feedback (
  id       INTEGER PRIMARY KEY,
  given_at INTEGER NOT NULL,
  platform TEXT    NOT NULL,
  user_id  TEXT    NOT NULL,
  faq_id   TEXT    NOT NULL,
  helpful  INTEGER NOT NULL CHECK (helpful IN (0, 1))
);

CREATE INDEX feedback_time ON feedback (given_at);
CREATE INDEX feedback_client ON feedback (platform, user_id);
