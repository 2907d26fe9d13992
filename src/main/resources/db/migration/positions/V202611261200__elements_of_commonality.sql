-- The Elements of Commonality and Issues for Further Consideration: a process's document in revisions (a draft the
-- facilitators compose, then issued and never changed), its elements cluster by cluster with the positions that support
-- or oppose each, and the changes delegations propose to an element with the facilitators' answer.
create table positions_elements_revision (
    id             uuid primary key,
    process_id     uuid         not null,
    number         integer      not null,
    title          varchar(300) not null,
    session_number integer      not null,
    dated          date         not null,
    status         varchar(20)  not null,
    issued_at      timestamp with time zone,
    version        bigint       not null,
    constraint positions_elements_revision_number unique (process_id, number)
);

create table positions_element (
    id           uuid primary key,
    revision_id  uuid          not null references positions_elements_revision (id),
    lineage      uuid          not null,
    topic_id     uuid          not null,
    ordinal      integer       not null,
    kind         varchar(40)   not null,
    element_text varchar(4000) not null
);

create table positions_element_link (
    element_id  uuid    not null references positions_element (id),
    position_id uuid    not null,
    supports    boolean not null,
    constraint positions_element_link_once primary key (element_id, position_id)
);

create table positions_element_proposal (
    id             uuid primary key,
    process_id     uuid          not null,
    lineage        uuid          not null,
    against_number integer       not null,
    holder_kind    varchar(20)   not null,
    holder         varchar(100)  not null,
    change_kind    varchar(20)   not null,
    old_text       varchar(4000),
    new_text       varchar(4000),
    reason         varchar(2000),
    proposed_by    varchar(100)  not null,
    proposed_at    timestamp with time zone not null,
    outcome        varchar(20)   not null,
    outcome_reason varchar(2000),
    decided_by     varchar(100),
    decided_at     timestamp with time zone,
    version        bigint        not null
);
