-- Leave cover (代理, issue 12), SQL Server: a deputy for a date range (yyyy-MM-dd, inclusive); cleared rows are kept.
CREATE TABLE cw_deputies (
    id NVARCHAR(64) NOT NULL CONSTRAINT pk_cw_deputies PRIMARY KEY,
    user_id NVARCHAR(100) NOT NULL,
    deputy_id NVARCHAR(100) NOT NULL,
    starts_on NVARCHAR(10) NOT NULL,
    ends_on NVARCHAR(10) NOT NULL,
    created_at DATETIMEOFFSET(6) NOT NULL,
    created_by NVARCHAR(100) NOT NULL,
    cleared_at DATETIMEOFFSET(6) NULL,
    cleared_by NVARCHAR(100) NULL
);
CREATE INDEX ix_cw_deputies_user ON cw_deputies (user_id, ends_on);
CREATE INDEX ix_cw_deputies_active ON cw_deputies (ends_on) WHERE cleared_at IS NULL;
GO
