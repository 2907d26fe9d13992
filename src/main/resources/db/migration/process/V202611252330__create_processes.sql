-- Processes: intergovernmental negotiations mandated by the Assembly, with their mandate, topics,
-- rules and facilitators per session. The demo processes are loaded by the application, not here.

create table process (
    id uuid primary key,
    slug varchar(40) not null unique,
    short_name varchar(40) not null,
    name varchar(300) not null,
    description varchar(2000),
    intervention_limit_seconds integer not null,
    version bigint not null
);

create table process_mandate (
    id uuid primary key,
    process_id uuid not null references process (id),
    position integer not null,
    kind varchar(20) not null,
    symbol varchar(40),
    adopted_on date,
    title varchar(400) not null
);

create table process_topic (
    id uuid primary key,
    process_id uuid not null references process (id),
    position integer not null,
    title varchar(300) not null
);

create table process_facilitator (
    id uuid primary key,
    process_id uuid not null references process (id),
    session_number integer not null references process_session (session_number),
    person_name varchar(120) not null,
    title varchar(200),
    role varchar(20) not null,
    delegation_code varchar(8),
    appointed_on date
);

create index process_mandate_process on process_mandate (process_id);
create index process_topic_process on process_topic (process_id);
create index process_facilitator_process on process_facilitator (process_id);
