-- A circulated letter's PDF is rendered when a message first needs it (sent, or opened by an administrator), not in
-- the transaction that circulates the letter: the attachment names the letter and the language until then.
alter table mail_attachment alter column content drop not null;
alter table mail_attachment add column letter_id uuid;
alter table mail_attachment add column language varchar(10);
