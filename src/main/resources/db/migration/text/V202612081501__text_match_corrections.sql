-- The facilitators correct how a paragraph of a revision read from Word or text was matched to the revision before
-- (issue #15): the paragraph's lineage is set by hand, and marked so that the comparison says who matched it.
alter table text_paragraph add column match_corrected boolean default false not null;
