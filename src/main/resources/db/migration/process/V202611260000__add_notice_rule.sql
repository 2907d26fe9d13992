-- How many days before a meeting the process announces it; the programme of work warns on shorter notice.
alter table process add column notice_days integer not null default 10;
