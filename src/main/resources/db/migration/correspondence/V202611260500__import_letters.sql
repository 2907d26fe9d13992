-- Importing the archive: a batch of uploaded files, each read into its text and what the extractor found, reviewed
-- by a person and then stored as letters. A letter's source (a fingerprint of its text) is stored once, so that the
-- same letter imported twice is detected and creates nothing.

create table correspondence_import_batch (
    id uuid primary key,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp with time zone not null,
    store_complete boolean not null,
    file_count integer not null
);

create table correspondence_import_file (
    id uuid primary key,
    batch_id uuid not null references correspondence_import_batch (id),
    position integer not null,
    file_name varchar(300) not null,
    size_bytes bigint not null,
    status varchar(20) not null,
    reason varchar(1000),
    source_text varchar(500000),
    extraction varchar(200000),
    fingerprint varchar(64),
    letter_id uuid references correspondence_letter (id),
    read_at timestamp with time zone,
    stored_at timestamp with time zone,
    version bigint not null,
    constraint correspondence_import_file_position unique (batch_id, position)
);

create index correspondence_import_file_fingerprint on correspondence_import_file (fingerprint);

create table correspondence_letter_source (
    fingerprint varchar(64) primary key,
    letter_id uuid not null references correspondence_letter (id),
    file_name varchar(300) not null,
    imported_at timestamp with time zone not null
);
