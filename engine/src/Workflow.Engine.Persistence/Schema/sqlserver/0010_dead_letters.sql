-- Poison work set aside for an administrator (issue 10): timers whose firing keeps being refused, outbox rows no
-- contract can send. The work's own row stays (a parked timer is leased for ever, a parked message marked sent).
-- Batches are separated by GO lines.
CREATE TABLE wf_dead_letters (
    id NVARCHAR(64) NOT NULL CONSTRAINT pk_wf_dead_letters PRIMARY KEY,
    kind NVARCHAR(16) NOT NULL CONSTRAINT ck_wf_dead_letters_kind CHECK (kind IN ('timer', 'outbox')),
    source_id NVARCHAR(300) NOT NULL,
    instance_id NVARCHAR(200) NULL,
    reason NVARCHAR(MAX) NOT NULL,
    attempts INT NOT NULL,
    parked_at DATETIMEOFFSET(6) NOT NULL,
    retried_at DATETIMEOFFSET(6) NULL
);
CREATE INDEX ix_wf_dead_letters_open ON wf_dead_letters (parked_at) WHERE retried_at IS NULL;
GO
