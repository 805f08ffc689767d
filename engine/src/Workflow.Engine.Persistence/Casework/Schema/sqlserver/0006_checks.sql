-- 家庭经济状况核对, SQL Server. One row per data source asked about an application's household.
CREATE TABLE cw_checks (
    id NVARCHAR(100) NOT NULL CONSTRAINT pk_cw_checks PRIMARY KEY,
    application_id NVARCHAR(100) NOT NULL,
    source NVARCHAR(50) NOT NULL,
    status NVARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    requested_at DATETIMEOFFSET(6) NOT NULL,
    due_at DATETIMEOFFSET(6) NOT NULL,
    answered_at DATETIMEOFFSET(6) NULL,
    result NVARCHAR(MAX) NULL
);
CREATE INDEX ix_cw_checks_application ON cw_checks (application_id);
CREATE INDEX ix_cw_checks_pending_due ON cw_checks (due_at) WHERE status = 'pending';
GO
