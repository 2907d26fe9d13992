-- The sessions before the 70th whose letters the archive holds, with their Presidents, from the
-- pages of past Presidents at https://www.un.org/en/ga/president/ (one per session: "presided the
-- General Assembly's 56th session from 12 September 2001 to 9 September 2002"). A session closes
-- the day before the next one opens.

insert into process_session (session_number, opens_on, closes_on, president_name, president_delegation) values
(55, '2000-09-05', '2001-09-11', 'Harri Holkeri', 'FIN'),
(56, '2001-09-12', '2002-09-09', 'Han Seung-soo', 'KOR'),
(57, '2002-09-10', '2003-09-15', 'Jan Kavan', 'CZE'),
(58, '2003-09-16', '2004-09-13', 'Julian Robert Hunte', 'LCA'),
(59, '2004-09-14', '2005-09-12', 'Jean Ping', 'GAB'),
(60, '2005-09-13', '2006-09-11', 'Jan Eliasson', 'SWE'),
(61, '2006-09-12', '2007-09-17', 'Haya Rashed Al Khalifa', 'BHR'),
(62, '2007-09-18', '2008-09-15', 'Srgjan Kerim', 'MKD'),
(63, '2008-09-16', '2009-09-14', 'Miguel d''Escoto Brockmann', 'NIC'),
(64, '2009-09-15', '2010-09-13', 'Ali Abdussalam Treki', 'LBY'),
(65, '2010-09-14', '2011-09-12', 'Joseph Deiss', 'CHE'),
(66, '2011-09-13', '2012-09-17', 'Nassir Abdulaziz Al-Nasser', 'QAT'),
(67, '2012-09-18', '2013-09-16', 'Vuk Jeremić', 'SRB'),
(68, '2013-09-17', '2014-09-15', 'John W. Ashe', 'ATG'),
(69, '2014-09-16', '2015-09-14', 'Sam Kahamba Kutesa', 'UGA');
