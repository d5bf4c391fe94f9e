-- Review console: accounts and sessions, verdicts and their content, the queue, decisions, labels, audit.
-- Content (texts, thumbnails, appeal statements) lives only in `content` and `appeals.reason`, purged by
-- VIGIL_REVIEW_CONTENT_RETENTION; decisions stay; labels are purged by VIGIL_LABEL_RETENTION.

CREATE TABLE accounts (
  id            bigserial PRIMARY KEY,
  username      text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role          text NOT NULL CHECK (role IN ('reviewer', 'lead', 'viewer')),
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,          -- sha256 of the cookie value: a database dump holds no usable session
  account_id  bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  csrf        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Verdicts as published (no content). A shadow verdict has the same id as the enforced one: variant tells them apart.
CREATE TABLE verdicts (
  verdict_id   text NOT NULL,
  variant      text NOT NULL CHECK (variant IN ('enforced', 'shadow')),
  event_id     text NOT NULL,
  sender_id    text NOT NULL,
  content_kind text NOT NULL,
  decision     text NOT NULL,
  occurred_at  timestamptz NOT NULL,
  verdict      jsonb NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (verdict_id, variant)
);
CREATE INDEX verdicts_sender ON verdicts (sender_id);

CREATE TABLE content (
  verdict_id   text PRIMARY KEY,
  content_kind text NOT NULL,
  text         text,
  thumbnail    bytea,
  frames       bytea[] NOT NULL DEFAULT '{}',
  published_at timestamptz NOT NULL       -- the Kafka message time: purged on the same clock as the topic
);
CREATE INDEX content_published ON content (published_at);

CREATE TABLE appeals (
  appeal_id    text PRIMARY KEY,
  verdict_id   text NOT NULL,
  sender_id    text NOT NULL,
  appealed_at  timestamptz NOT NULL,
  reason       text,
  published_at timestamptz NOT NULL
);

-- The queue. One row per (verdict, source[, appeal]); ordered by priority, then severity, then age.
CREATE TABLE items (
  id               bigserial PRIMARY KEY,
  verdict_id       text NOT NULL,
  variant          text NOT NULL DEFAULT 'enforced',
  source           text NOT NULL CHECK (source IN ('priority', 'appeal', 'review', 'shadow')),
  appeal_id        text NOT NULL DEFAULT '',
  sender_id        text NOT NULL,
  priority         int  NOT NULL,          -- 0 priority topic, 1 escalated, 2 appeal, 3 review, 4 shadow
  severity         int  NOT NULL,          -- 4 critical … 1 low
  category         text NOT NULL,
  occurred_at      timestamptz NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  state            text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'decided')),
  escalated        boolean NOT NULL DEFAULT false,
  claimed_by       bigint REFERENCES accounts (id),
  claim_expires_at timestamptz,
  UNIQUE (verdict_id, source, appeal_id)
);
CREATE INDEX items_queue ON items (priority, severity DESC, occurred_at) WHERE state = 'open';
CREATE INDEX items_sender ON items (sender_id);

CREATE TABLE decisions (
  decision_id            text PRIMARY KEY,
  item_id                bigint NOT NULL UNIQUE REFERENCES items (id),   -- an item is decided once
  reviewer_id            bigint NOT NULL REFERENCES accounts (id),
  outcome                text NOT NULL CHECK (outcome IN ('confirm', 'overturn', 'change_category')),
  category               text,
  policy_id              text,
  rule_ids               text[] NOT NULL DEFAULT '{}',
  shadow                 boolean NOT NULL DEFAULT false,
  note                   text,
  strike_delta           double precision NOT NULL DEFAULT 0,
  enforcement_verdict_id text,
  enforcement            jsonb,             -- the enforcement verdict to publish (outbox)
  event                  jsonb NOT NULL,    -- the ReviewDecision to publish (outbox)
  published_at           timestamptz,       -- null until the decision (and its enforcement) is on Kafka
  decided_at             timestamptz NOT NULL DEFAULT now(),
  claimed_at             timestamptz
);
CREATE INDEX decisions_unpublished ON decisions (decided_at) WHERE published_at IS NULL;

-- Decided text items as labelled rows for training (never images), kept for VIGIL_LABEL_RETENTION.
CREATE TABLE labels (
  decision_id text PRIMARY KEY REFERENCES decisions (decision_id),
  text        text NOT NULL,
  category    text NOT NULL,
  outcome     text NOT NULL,
  rule_id     text,
  decided_at  timestamptz NOT NULL
);
CREATE INDEX labels_decided ON labels (decided_at);

CREATE TABLE audit (
  id         bigserial PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  account_id bigint REFERENCES accounts (id),
  action     text NOT NULL,                 -- login, login_failed, logout, view, reveal, claim, decide, escalate, release, account_create
  item_id    bigint,
  detail     jsonb NOT NULL DEFAULT '{}'    -- ids and outcomes only, never content
);
CREATE INDEX audit_item ON audit (item_id, action);
