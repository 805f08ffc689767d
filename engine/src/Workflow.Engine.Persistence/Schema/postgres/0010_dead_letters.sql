-- Poison work set aside for an administrator (issue 10): timers whose firing keeps being refused, outbox rows no
-- contract can send. The work's own row stays (a parked timer is leased for ever, a parked message marked sent).
CREATE TABLE wf_dead_letters (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    kind VARCHAR(16) NOT NULL CHECK (kind IN ('timer', 'outbox')),
    source_id VARCHAR(300) NOT NULL,
    instance_id VARCHAR(200) NULL,
    reason TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    parked_at TIMESTAMPTZ NOT NULL,
    retried_at TIMESTAMPTZ NULL
);
CREATE INDEX ix_wf_dead_letters_open ON wf_dead_letters (parked_at) WHERE retried_at IS NULL;
