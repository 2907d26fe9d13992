-- The programme table of a circulated letter stands as it was circulated: the meetings as they were then, in JSON.
alter table correspondence_letter add column programme_as_circulated varchar(500000);
