-- The pages of a scanned letter as the import read them: an image of each page, shown beside the text OCR read on
-- the review page, and whether OCR has read it yet, for the import's progress bar.

create table correspondence_import_page (
    file_id uuid not null references correspondence_import_file (id) on delete cascade,
    number integer not null,
    image bytea not null,
    was_read boolean not null,
    primary key (file_id, number)
);
