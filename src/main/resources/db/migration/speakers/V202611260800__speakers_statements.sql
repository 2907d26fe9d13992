-- A delegation's written statement, attached to its inscription: kept as the text read from the file (PDF, Word or
-- text), published once the delegation has spoken.
create table speakers_statement (
    inscription_id uuid primary key references speakers_inscription (id),
    file_name varchar(300) not null,
    statement_text varchar(400000) not null,
    attached_by varchar(100) not null,
    attached_at timestamp with time zone not null,
    version bigint not null
);
