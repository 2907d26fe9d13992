-- Sessions of the General Assembly, from the day each opened to the day before the next one opened,
-- with the President the Assembly elected for it.

create table process_session (
    session_number integer primary key,
    opens_on date not null,
    closes_on date,
    president_name varchar(120),
    president_delegation varchar(8)
);

insert into process_session (session_number, opens_on, closes_on, president_name, president_delegation) values
(70, '2015-09-15', '2016-09-12', 'Mogens Lykketoft', 'DNK'),
(71, '2016-09-13', '2017-09-11', 'Peter Thomson', 'FJI'),
(72, '2017-09-12', '2018-09-17', 'Miroslav Lajčák', 'SVK'),
(73, '2018-09-18', '2019-09-16', 'María Fernanda Espinosa Garcés', 'ECU'),
(74, '2019-09-17', '2020-09-14', 'Tijjani Muhammad-Bande', 'NGA'),
(75, '2020-09-15', '2021-09-13', 'Volkan Bozkır', 'TUR'),
(76, '2021-09-14', '2022-09-12', 'Abdulla Shahid', 'MDV'),
(77, '2022-09-13', '2023-09-04', 'Csaba Kőrösi', 'HUN'),
(78, '2023-09-05', '2024-09-09', 'Dennis Francis', 'TTO'),
(79, '2024-09-10', '2025-09-08', 'Philemon Yang', 'CMR'),
(80, '2025-09-09', '2026-09-07', 'Annalena Baerbock', 'DEU'),
-- The President of the 81st session is not recorded here yet: the PGA office or an administrator enters it.
(81, '2026-09-08', null, null, null);
