-- The rooms at United Nations Headquarters where negotiations meet.
-- Capacities are approximate (seats for delegations in the room's usual layout) and interpretation is as
-- usually installed; the secretariat corrects both on the venues page. Aliases are how letters write the room.

create table schedule_venue (
    id uuid primary key,
    name varchar(120) not null unique,
    short_name varchar(40) not null,
    capacity integer not null,
    interpretation boolean not null,
    aliases varchar(500),
    version bigint not null default 0
);

insert into schedule_venue (id, name, short_name, capacity, interpretation, aliases) values
('b8a1abcd-1a69-46c7-8da4-f9fc3c6da5d7', 'General Assembly Hall', 'GA Hall', 1800, true, 'General Assembly;GA Hall;Assembly Hall'),
('1710cf53-27ac-435a-ba97-c643656412a9', 'Trusteeship Council Chamber', 'TCC', 400, true, 'Trusteeship Council;TC Chamber;TCC'),
('8ca59966-66ce-4b36-8512-bd1311072231', 'Economic and Social Council Chamber', 'ECOSOC Chamber', 400, true, 'ECOSOC Chamber;ECOSOC'),
('fd724452-ccea-41ff-8a14-876aeaff1a09', 'Security Council Chamber', 'SC Chamber', 300, true, 'Security Council;SC Chamber'),
('8534f457-38d0-48ec-8f10-99c6c3e1b258', 'Conference Room 1', 'CR 1', 300, true, 'CR 1;CR1;Conf. Room 1;Conference Rm 1'),
('c79d6793-46d4-4c7a-9c39-02b38963dc6e', 'Conference Room 2', 'CR 2', 300, true, 'CR 2;CR2;Conf. Room 2;Conference Rm 2'),
('43000de0-1b2e-440e-93ad-dccb2c33be0a', 'Conference Room 3', 'CR 3', 300, true, 'CR 3;CR3;Conf. Room 3;Conference Rm 3'),
('06905269-ed6f-4b09-b165-c8ce36e2f24b', 'Conference Room 4', 'CR 4', 300, true, 'CR 4;CR4;Conf. Room 4;Conference Rm 4'),
('42a00403-ce80-44b0-a404-2bb3d4341aad', 'Conference Room 5', 'CR 5', 150, true, 'CR 5;CR5;Conf. Room 5;Conference Rm 5'),
('2a318785-3184-4f27-8591-42deccea2645', 'Conference Room 6', 'CR 6', 150, true, 'CR 6;CR6;Conf. Room 6;Conference Rm 6'),
('de08caa1-a081-4910-8a25-e4664f5253a0', 'Conference Room 7', 'CR 7', 150, true, 'CR 7;CR7;Conf. Room 7;Conference Rm 7'),
('d93936e1-daca-4c06-b5ff-0c03bb5d7385', 'Conference Room 8', 'CR 8', 150, true, 'CR 8;CR8;Conf. Room 8;Conference Rm 8'),
('d8441b56-1633-4aca-9f55-2773e14b0190', 'Conference Room 9', 'CR 9', 80, false, 'CR 9;CR9;Conf. Room 9;Conference Rm 9'),
('634f806f-abf4-407c-9660-02249b191bf4', 'Conference Room 10', 'CR 10', 80, false, 'CR 10;CR10;Conf. Room 10;Conference Rm 10'),
('3f508249-2d83-4823-bfb6-2d2c81862fc9', 'Conference Room 11', 'CR 11', 80, false, 'CR 11;CR11;Conf. Room 11;Conference Rm 11'),
('f1cfd992-16df-4486-87ad-ec26793d0e45', 'Conference Room 12', 'CR 12', 80, false, 'CR 12;CR12;Conf. Room 12;Conference Rm 12');
