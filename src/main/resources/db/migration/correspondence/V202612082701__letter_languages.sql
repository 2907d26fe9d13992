-- Letters in the six official languages: the language a letter was written in, and its versions in others
-- (place, addressees, salutation, paragraphs separated by an empty line, signatories' titles one a line).
alter table correspondence_letter add column language varchar(2) default 'en' not null;

create table correspondence_letter_version (
    letter_id uuid not null references correspondence_letter (id),
    language varchar(2) not null,
    place varchar(80),
    addressees varchar(300) not null,
    salutation varchar(80) not null,
    paragraphs varchar(40000) not null,
    signatory_titles varchar(4000),
    constraint correspondence_letter_version_pk primary key (letter_id, language)
);
