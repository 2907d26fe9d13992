-- Sign-in sessions in the database (Spring Session JDBC), so that several instances serve the same users.
-- The layout is Spring Session's own schema, under the identity module's table names.

create table identity_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval integer not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint identity_session_pk primary key (primary_id)
);

create unique index identity_session_ix1 on identity_session (session_id);
create index identity_session_ix2 on identity_session (expiry_time);
create index identity_session_ix3 on identity_session (principal_name);

create table identity_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint identity_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint identity_session_attributes_fk foreign key (session_primary_id) references identity_session (primary_id) on delete cascade
);
