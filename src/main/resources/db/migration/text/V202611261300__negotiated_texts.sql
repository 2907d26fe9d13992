-- Negotiated texts: a process's text (title, symbol), its revisions (zero draft, Rev.1, ..., final; immutable once
-- issued) made of paragraphs in document order (each keeping its lineage from revision to revision), and the
-- amendments delegations and groups table to a revision, with who co-sponsors, supports or opposes each.
create table text_text (
    id         uuid primary key,
    process_id uuid         not null,
    title      varchar(500) not null,
    symbol     varchar(100),
    created_at timestamp with time zone not null,
    version    bigint       not null
);

create table text_revision (
    id        uuid primary key,
    text_id   uuid         not null references text_text (id),
    number    integer      not null,
    label     varchar(100) not null,
    status    varchar(20)  not null,
    issued_on date,
    final_text boolean     not null,
    version   bigint       not null,
    constraint text_revision_number unique (text_id, number)
);

create table text_paragraph (
    id             uuid primary key,
    revision_id    uuid          not null references text_revision (id),
    lineage        uuid          not null,
    ordinal        integer       not null,
    part           varchar(500)  not null,
    kind           varchar(20)   not null,
    paragraph_text varchar(20000) not null
);

create table text_amendment (
    id              uuid primary key,
    revision_id     uuid          not null references text_revision (id),
    paragraph       uuid,
    kind            varchar(30)   not null,
    old_words       varchar(20000),
    anchor_words    varchar(20000),
    new_words       varchar(20000),
    new_kind        varchar(20),
    explanation     varchar(4000),
    holder_kind     varchar(20)   not null,
    holder          varchar(100)  not null,
    tabled_by       varchar(100)  not null,
    tabled_at       timestamp with time zone not null,
    status          varchar(20)   not null,
    status_reason   varchar(2000),
    version         bigint        not null
);

create index text_amendment_revision on text_amendment (revision_id);

create table text_amendment_stance (
    amendment_id uuid         not null references text_amendment (id),
    holder_kind  varchar(20)  not null,
    holder       varchar(100) not null,
    stance       varchar(20)  not null,
    stated_on    date         not null,
    constraint text_amendment_stance_once primary key (amendment_id, holder_kind, holder)
);
