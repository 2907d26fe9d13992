-- What search finds: one entry per published thing (a circulated letter, a delivered statement), written from the
-- owning module's door when its event arrives; the full-text index (Lucene or OpenSearch) is built from these rows.
create table search_entry (
    id          uuid primary key,
    kind        varchar(20)     not null,
    title       varchar(500)    not null,
    body        varchar(1000000) not null,
    link        varchar(500)    not null,
    process_id  uuid,
    dated       date,
    indexed_at  timestamp with time zone not null
);

create index search_entry_kind on search_entry (kind);
