-- A message may carry several files (a letter's PDF in each of its languages): an attachment names the next.
alter table mail_attachment add column next_id uuid references mail_attachment (id);
