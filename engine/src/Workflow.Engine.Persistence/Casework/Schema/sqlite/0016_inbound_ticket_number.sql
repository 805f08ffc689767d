-- A 12345 ticket re-sent under a new sender's id is the same ticket (issue 11): the first message of a (sender, ticket
-- number) keeps the number, and the unique index makes a second one, even from another host at the same moment, find
-- the first row instead of opening a second child-protection case. Other kinds leave it NULL.
ALTER TABLE cw_inbound_messages ADD COLUMN ticket_number TEXT NULL;
CREATE UNIQUE INDEX ux_cw_inbound_ticket ON cw_inbound_messages (sender, ticket_number) WHERE ticket_number IS NOT NULL;
