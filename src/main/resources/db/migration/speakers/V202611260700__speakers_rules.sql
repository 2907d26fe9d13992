-- A process's rules for its speakers lists: the order (groups, then Member States, then observers — the default — or
-- simply the order of inscription) and the time limits of groups and replies; the delegation's limit is the process's.
create table speakers_rules (
    process_id uuid primary key,
    speaking_order varchar(24) not null,
    group_limit_seconds integer not null,
    reply_limit_seconds integer not null,
    version bigint not null
);

alter table speakers_list add column speaking_order varchar(24) not null default 'GROUPS_FIRST';
