-- Account security (issue 10): a new account must change its password at first sign-in, and the security stamp is
-- carried in the sign-in cookie, so changing it (sign-out, password change) revokes every session of the account.

ALTER TABLE wf_accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE wf_accounts ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';

-- Accounts made before this migration (the demo accounts of earlier builds among them, with their published password)
-- must choose a new password at their next sign-in.
UPDATE wf_accounts SET must_change_password = 1;
