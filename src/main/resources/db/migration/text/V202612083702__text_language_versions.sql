-- Language versions of a negotiated text's revision: the revision keeps the language it was written in; a version in
-- another official language lines up with it paragraph by paragraph (each line keeps the lineage of the paragraph it
-- translates). An issued revision's versions never change. Amendments keep the language they were tabled in.
alter table text_revision add column language varchar(2) default 'en' not null;

alter table text_amendment add column language varchar(2) default 'en' not null;

create table text_version (
    id          uuid primary key,
    revision_id uuid         not null references text_revision (id),
    language    varchar(2)   not null,
    added_by    varchar(100) not null,
    added_at    timestamp with time zone not null,
    constraint text_version_language unique (revision_id, language)
);

create table text_version_paragraph (
    version_id     uuid           not null references text_version (id),
    ordinal        integer        not null,
    lineage        uuid           not null,
    part           varchar(500)   not null,
    paragraph_text varchar(20000) not null,
    constraint text_version_paragraph_key primary key (version_id, ordinal)
);
