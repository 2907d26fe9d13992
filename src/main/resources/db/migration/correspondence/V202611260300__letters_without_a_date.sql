-- A letter of the archive may state no date (seed 003 does not); a letter written in Plenary always has one.
alter table correspondence_letter alter column written_on drop not null;
