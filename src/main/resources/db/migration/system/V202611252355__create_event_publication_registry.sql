-- Spring Modulith's event publication registry: every event stays here until each listener has handled it,
-- so an event published by one module is never lost on its way to another.

create table event_publication (
    id uuid primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(10000) not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer not null,
    last_resubmission_date timestamp with time zone
);

create index event_publication_completion_date on event_publication (completion_date);
create index event_publication_listener_event on event_publication (listener_id, serialized_event);
