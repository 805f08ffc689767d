-- Poison work set aside for an administrator (issue 10): timers whose firing keeps being refused, outbox rows no
-- contract can send. The work's own row stays (a parked timer is leased for ever, a parked message marked sent).
CREATE TABLE wf_dead_letters (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('timer', 'outbox')),
    source_id TEXT NOT NULL,
    instance_id TEXT NULL,
    reason TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    parked_at INTEGER NOT NULL,
    retried_at INTEGER NULL
);
CREATE INDEX ix_wf_dead_letters_open ON wf_dead_letters (parked_at) WHERE retried_at IS NULL;
