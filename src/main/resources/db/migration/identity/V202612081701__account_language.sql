-- The official language a person reads Plenary in (ar, zh, en, fr, ru, es), stored when they pick it with the
-- language switcher while signed in; empty until then, when the browser's language decides.
alter table identity_account add column language varchar(8);
