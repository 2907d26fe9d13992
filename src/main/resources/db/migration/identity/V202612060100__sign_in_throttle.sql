-- Failed sign-ins counted per client address, per account and per account from one address, in a
-- window: each attempt reserves one count with a single UPDATE before its password is checked, so
-- parallel guesses cannot pass the limit between a read and a write.
create table identity_sign_in_throttle (
    scope varchar(20) not null,
    subject varchar(200) not null,
    failures integer not null,
    window_ends timestamp with time zone not null,
    primary key (scope, subject)
);
