-- E-mail (issue #18). The official address of each Permanent Mission (the demo register gives every delegation one
-- at the reserved domain example.org, never a real mission's address); each person's own address; what a person
-- subscribes to; the outbox, written in the transaction of the change that causes a message, and the attachments
-- its messages share (a circulated letter's PDF is stored once for every mission).
create table mail_mission_address (
    delegation_code varchar(16) primary key references delegation (code),
    address varchar(254) not null,
    updated_at timestamp with time zone not null
);

insert into mail_mission_address (delegation_code, address, updated_at)
select code, 'pm.' || lower(code) || '@example.org', current_timestamp from delegation;

create table mail_personal_address (
    username varchar(100) primary key,
    address varchar(254) not null,
    updated_at timestamp with time zone not null
);

create table mail_subscription (
    username varchar(100) not null,
    process_id uuid not null,
    letters boolean not null,
    programme boolean not null,
    digest boolean not null,
    primary key (username, process_id)
);

create table mail_attachment (
    id uuid primary key,
    filename varchar(200) not null,
    content_type varchar(100) not null,
    content bytea not null
);

create table mail_outbox (
    id uuid primary key,
    cause varchar(100) not null,
    recipient varchar(254) not null,
    recipient_name varchar(300) not null,
    subject varchar(1000) not null,
    body varchar(400000) not null,
    calendar varchar(100000),
    calendar_method varchar(16),
    attachment_id uuid references mail_attachment (id),
    status varchar(16) not null,
    attempts integer not null,
    next_attempt_at timestamp with time zone not null,
    claimed_until timestamp with time zone,
    last_error varchar(2000),
    created_at timestamp with time zone not null,
    sent_at timestamp with time zone
);

create index mail_outbox_due on mail_outbox (status, next_attempt_at);
create index mail_outbox_cause on mail_outbox (cause);

-- The days whose morning digest was written: once, whichever instance comes first.
create table mail_digest (
    digest_day date primary key
);
