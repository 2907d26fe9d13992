-- Reform models of the Security Council: a model submitted by a State or a group, its revisions (each as presented on
-- a day), and each revision's whole composition as seats per category and region. Figures are computed, not stored.
create table positions_model (
    id             uuid primary key,
    process_id     uuid            not null,
    name           varchar(200)    not null,
    submitter_kind varchar(20)     not null,
    submitted_by   varchar(100)    not null,
    created_at     timestamp with time zone not null,
    version        bigint          not null
);

create table positions_model_revision (
    id                 uuid primary key,
    model_id           uuid            not null references positions_model (id),
    number             integer         not null,
    label              varchar(200),
    presented_on       date            not null,
    new_members_veto   varchar(30)     not null,
    existing_veto      varchar(20)     not null,
    veto_proposals     varchar(2000),
    longer_term_years  integer,
    re_election        varchar(20)     not null,
    review_after_years integer,
    review_clause      varchar(2000),
    votes_needed       integer,
    notes              varchar(4000),
    sources            varchar(4000),
    uncertain          varchar(2000),
    recorded_by        varchar(100)    not null,
    recorded_at        timestamp with time zone not null,
    constraint positions_model_revision_number unique (model_id, number)
);

create table positions_model_seat (
    revision_id uuid        not null references positions_model_revision (id),
    category    varchar(20) not null,
    region      varchar(40) not null,
    seats       integer     not null,
    constraint positions_model_seat_once primary key (revision_id, category, region)
);
