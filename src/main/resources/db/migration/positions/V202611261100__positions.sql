-- Positions of delegations and groups on the topics of a process: the stances a process offers per topic, and each
-- holder's position per topic with every version kept (a change adds a version; the earlier stays, with its date).
create table positions_stance (
    id         uuid primary key,
    process_id uuid         not null,
    topic_id   uuid         not null,
    label      varchar(200) not null,
    ordinal    integer      not null,
    constraint positions_stance_label unique (topic_id, label)
);

create table positions_position (
    id          uuid primary key,
    process_id  uuid         not null,
    topic_id    uuid         not null,
    holder_kind varchar(20)  not null,
    holder      varchar(100) not null,
    version     bigint       not null,
    constraint positions_position_once unique (process_id, topic_id, holder_kind, holder)
);

create table positions_position_version (
    id               uuid primary key,
    position_id      uuid          not null references positions_position (id),
    number           integer       not null,
    stance_id        uuid references positions_stance (id),
    statement_text   varchar(4000),
    session_number   integer       not null,
    source_kind      varchar(20)   not null,
    source_reference varchar(300),
    stated_on        date          not null,
    published        boolean       not null,
    recorded_by      varchar(100)  not null,
    recorded_at      timestamp with time zone not null,
    constraint positions_position_version_number unique (position_id, number)
);
