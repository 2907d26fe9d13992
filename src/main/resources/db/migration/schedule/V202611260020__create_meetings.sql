-- Meetings of a process: the programme of work. A meeting refers to its process, its topics and its venue by id.
-- Times are New York local times; a meeting announced without a time yet has none.

create table schedule_meeting (
    id uuid primary key,
    process_id uuid not null,
    format varchar(120) not null,
    held_on date not null,
    starts_at time,
    ends_at time,
    venue_id uuid references schedule_venue (id),
    mode varchar(20) not null,
    agenda varchar(1000),
    status varchar(20) not null,
    note varchar(500),
    series varchar(200),
    expected_attendance integer,
    open_to_public boolean not null,
    sequence_number integer not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);

create index schedule_meeting_process on schedule_meeting (process_id, held_on);
create index schedule_meeting_day on schedule_meeting (held_on);
create index schedule_meeting_venue on schedule_meeting (venue_id, held_on);

create table schedule_meeting_topic (
    meeting_id uuid not null references schedule_meeting (id),
    position integer not null,
    topic_id uuid not null,
    constraint schedule_meeting_topic_pk primary key (meeting_id, position)
);

-- What changed and when, so the programme can say "what changed since the last letter".
create table schedule_meeting_change (
    id uuid primary key,
    meeting_id uuid not null references schedule_meeting (id),
    process_id uuid not null,
    changed_at timestamp with time zone not null,
    kind varchar(20) not null,
    summary varchar(500) not null,
    actor varchar(60) not null
);

create index schedule_meeting_change_process on schedule_meeting_change (process_id, changed_at);

-- The processes a delegation follows: its calendar feed carries their meetings.
create table schedule_follow (
    delegation_code varchar(8) not null,
    process_id uuid not null,
    constraint schedule_follow_pk primary key (delegation_code, process_id)
);
