-- Accounts, what each may do (grants), and the audit trail of every write.

create table identity_account (
    id uuid primary key,
    username varchar(60) not null unique,
    display_name varchar(120) not null,
    password_hash varchar(200) not null,
    enabled boolean not null,
    failed_sign_ins integer not null,
    locked_until timestamp with time zone,
    created_at timestamp with time zone not null,
    version bigint not null
);

-- A grant is a role, scoped to a process (facilitator, secretariat) or a delegation (delegate) where the role needs one.
create table identity_grant (
    id uuid primary key,
    account_id uuid not null references identity_account (id),
    role varchar(30) not null,
    process_id uuid,
    delegation_code varchar(8)
);

create index identity_grant_account on identity_grant (account_id);

create table identity_audit_entry (
    id uuid primary key,
    occurred_at timestamp with time zone not null,
    actor varchar(60) not null,
    action varchar(80) not null,
    subject varchar(200) not null,
    detail varchar(2000)
);

create index identity_audit_entry_occurred_at on identity_audit_entry (occurred_at);
