-- What an imported file's reason says, as a message of the bundles, so that the batch and review pages say it in the
-- reader's language: the message's code and its arguments (a JSON array of strings). The English reason stays, for
-- the API and for the reasons that have no message of their own.

alter table correspondence_import_file add column reason_code varchar(100);
alter table correspondence_import_file add column reason_arguments varchar(2000);
