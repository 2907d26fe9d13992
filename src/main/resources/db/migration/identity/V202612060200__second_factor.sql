-- A second factor for sign-in: a TOTP secret (RFC 6238) with the last time step used, so that
-- a code is accepted once; and single-use recovery codes, kept only as SHA-256 hashes.
alter table identity_account add column totp_secret varchar(64);
alter table identity_account add column totp_last_step bigint;

create table identity_recovery_code (
    account_id uuid not null references identity_account (id),
    code_hash varchar(64) not null,
    used_at timestamp with time zone,
    primary key (account_id, code_hash)
);
