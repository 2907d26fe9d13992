-- Letters: the President's transmittals and the facilitators' letters, with their signatories, paragraphs,
-- references and the meetings whose programme they carry. A circulated letter never changes.

create table correspondence_letter (
    id uuid primary key,
    kind varchar(20) not null,
    process_id uuid,
    written_on date not null,
    place varchar(80),
    addressees varchar(300) not null,
    salutation varchar(80) not null,
    letterhead boolean not null,
    status varchar(20) not null,
    enclosure_id uuid references correspondence_letter (id),
    corrects_id uuid references correspondence_letter (id),
    signed_at timestamp with time zone,
    circulated_at timestamp with time zone,
    version bigint not null
);

create index correspondence_letter_process on correspondence_letter (process_id, written_on);

create table correspondence_paragraph (
    letter_id uuid not null references correspondence_letter (id),
    position integer not null,
    paragraph_text varchar(4000) not null,
    constraint correspondence_paragraph_pk primary key (letter_id, position)
);

create table correspondence_signatory (
    letter_id uuid not null references correspondence_letter (id),
    position integer not null,
    person_name varchar(120) not null,
    title varchar(300),
    role varchar(80),
    constraint correspondence_signatory_pk primary key (letter_id, position)
);

create table correspondence_reference (
    letter_id uuid not null references correspondence_letter (id),
    position integer not null,
    kind varchar(20) not null,
    cited varchar(40) not null,
    constraint correspondence_reference_pk primary key (letter_id, position)
);

create table correspondence_programme (
    letter_id uuid not null references correspondence_letter (id),
    position integer not null,
    meeting_id uuid not null,
    constraint correspondence_programme_pk primary key (letter_id, position)
);
