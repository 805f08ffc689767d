-- Account security (issue 10): a new account must change its password at first sign-in, and the security stamp is
-- carried in the sign-in cookie, so changing it (sign-out, password change) revokes every session of the account.
-- Batches are separated by GO lines.

ALTER TABLE wf_accounts ADD
    must_change_password INT NOT NULL CONSTRAINT df_wf_accounts_must_change DEFAULT 0,
    security_stamp NVARCHAR(64) NOT NULL CONSTRAINT df_wf_accounts_stamp DEFAULT N'';
GO
-- Accounts made before this migration (the demo accounts of earlier builds among them, with their published password)
-- must choose a new password at their next sign-in.
UPDATE wf_accounts SET must_change_password = 1;
GO
