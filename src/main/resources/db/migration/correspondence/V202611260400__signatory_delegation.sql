-- The delegation a signatory represents (its code in the register), when they sign as its representative.
alter table correspondence_signatory add column delegation varchar(8);
