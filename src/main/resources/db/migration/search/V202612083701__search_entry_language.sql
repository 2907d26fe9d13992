-- The language a search entry is written in (ar, zh, en, fr, ru, es): known from the thing itself, or detected from
-- its text; null when it could not be told (the text is then analysed by the language-neutral analyser).
alter table search_entry add column language varchar(2);
