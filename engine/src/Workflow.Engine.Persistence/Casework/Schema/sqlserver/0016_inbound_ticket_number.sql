-- A 12345 ticket re-sent under a new sender's id is the same ticket (issue 11), SQL Server: one row per (sender, ticket
-- number); the filtered index lets every other kind keep NULL.
ALTER TABLE cw_inbound_messages ADD ticket_number NVARCHAR(200) NULL;
GO
CREATE UNIQUE INDEX ux_cw_inbound_ticket ON cw_inbound_messages (sender, ticket_number) WHERE ticket_number IS NOT NULL;
GO
