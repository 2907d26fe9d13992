-- The people earlier Presidents of the General Assembly appointed to lead a process or a mandate —
-- chairs, co-chairs, facilitators, co-facilitators and advisers — so that letters from the archive
-- that name them ("Ambassador Akram of Pakistan", a misspelt "Nevill Gertze") are matched to them.
-- A register of its own, read-only: it creates no process (the demo data and the administrator
-- create those) and a process's own facilitators stay in process_facilitator.
--
-- Each row is one a public source states, with that source; the name is written as the source
-- writes it (honorifics dropped), the mandate as the source names it, the delegation as its ISO
-- alpha-3 code (null where the source names a region, not a State). Nothing is inferred: where a
-- source names the State but not the person, or the person but not the session, there is no row.
--   55th: the President's announcements at www.un.org/ga/president/55/ (HIV/AIDS facilitators,
--         6 December 2000; facilitator for the reform of the Assembly, 23 January 2001). The
--         page writes "Degučne", its encoding's reading of "Deguène".
--   60th: The Irish Times, "Irish diplomat to head key UN taskforce" (Jan Eliasson appointed
--         David Cooney, "whilst the other co-chair will be the Permanent Representative of
--         Pakistan"); Dawn, 7 November 2006, as stored by dialogue-yemen.org ("Pakistan's UN
--         Ambassador Munir Akram").
--   63rd: the President's letter of 20 March 2009 on revitalization (humanrightsvoices.org copy).
--   67th: the Permanent Mission of Afghanistan, 9 November 2012 (Zahir Tanin reappointed).
--   70th: the table "Specific mandates addressed to the President of the General Assembly of
--         the 70th session" (docplayer.net copy); ngosbeyond2014.org, 7 March 2016 (follow-up and
--         review of the 2030 Agenda); the President's letter of 17 May 2016 enclosing the IGN
--         Chair's (paperzz.com copy).
--   71st: www.un.org/pga/71, "Processes requiring co-facilitators/chairs during the 71 session"
--         (it writes "Vladmir"); Kyodo News, 8 November 2016 (IGN co-chairs).
--   72nd: www.un.org/pga/72/mandates/ (it writes "AI-Thani", a capital I for the l).
--   74th: the Permanent Mission of the United Arab Emirates, 7 December 2019 (IGN); the Permanent
--         Mission of China, 21 February 2020 (revitalization co-chairs).
--   75th: megalopreneur.com (Xinhua), January 2021 (IGN co-chairs of the 75th session).
--   76th: www.un.org/pga/76, remarks of 12 July 2022 (IGN).
--   77th: www.un.org/pga/77, stakeout of 17 November 2022 and remarks of 29 June 2023 (IGN);
--         www.un.org/en/conferences/SDGSummit2023/political-declaration.
--   78th: the Permanent Mission of Germany, 28 March 2024 (Summit of the Future);
--         ngosbeyond2014.org, 4 January 2024 (Global Digital Compact, appointed October 2023).
--   79th: ngosbeyond2014.org, 13 September 2024 (the President's letter of 10 September 2024
--         reappointing the Summit of the Future's co-facilitators).
-- No source was found for the 56th to 59th, 61st, 62nd, 64th to 66th, 68th, 69th, 73rd and 80th
-- sessions' appointments; an administrator does not edit this table (see the README).

create table process_earlier_appointment (
    id integer primary key,
    session_number integer not null references process_session (session_number),
    mandate varchar(200) not null,
    role varchar(20) not null,
    person_name varchar(120) not null,
    delegation_code varchar(8),
    source_url varchar(500) not null
);

create index process_earlier_appointment_session on process_earlier_appointment (session_number);

insert into process_earlier_appointment (id, session_number, mandate, role, person_name, delegation_code, source_url) values
(1, 55, 'Preparatory process of the special session on HIV/AIDS', 'FACILITATOR', 'Penny Wensley', 'AUS', 'http://www.un.org/ga/president/55/speech/HIVfacilitators.htm'),
(2, 55, 'Preparatory process of the special session on HIV/AIDS', 'FACILITATOR', 'Ibra Deguène Ka', 'SEN', 'http://www.un.org/ga/president/55/speech/HIVfacilitators.htm'),
(3, 55, 'Reform of the General Assembly', 'FACILITATOR', 'J. Gabriel Valdes', 'CHL', 'http://www.un.org/ga/president/55/speech/reform.htm'),
(4, 60, 'Working group on management reform and mandate review', 'CO_CHAIR', 'David Cooney', 'IRL', 'https://www.irishtimes.com/news/irish-diplomat-to-head-key-un-taskforce-1.788915'),
(5, 60, 'Working group on management reform and mandate review', 'CO_CHAIR', 'Munir Akram', 'PAK', 'https://www.irishtimes.com/news/irish-diplomat-to-head-key-un-taskforce-1.788915 http://dialogue-yemen.org/ENGLISH/show.php?sec=news&n=3645'),
(6, 63, 'Revitalization of the work of the General Assembly', 'CO_CHAIR', 'Maria Fernanda Espinosa', 'ECU', 'https://humanrightsvoices.org/assets/attachments/documents-txt/7840.pdf.txt'),
(7, 63, 'Revitalization of the work of the General Assembly', 'CO_CHAIR', 'Morten Wetland', 'NOR', 'https://humanrightsvoices.org/assets/attachments/documents-txt/7840.pdf.txt'),
(8, 67, 'Intergovernmental negotiations on Security Council reform', 'CHAIR', 'Zahir Tanin', 'AFG', 'https://afghanistan-un.org/2012/11/ambassador-tanin-is-reappointed-as-chair-of-the-intergovernmental-negotiations-on-security-council-reform-for-fifth-consecutive-session-of-the-general-assembly/'),
(9, 70, 'Review of the United Nations peacebuilding architecture', 'CO_FACILITATOR', 'Ismael Abraao Gaspar Martins', 'AGO', 'https://docplayer.net/amp/21112374-A-res-70-217-of-22-december-2015.html'),
(10, 70, 'Review of the United Nations peacebuilding architecture', 'CO_FACILITATOR', 'Gillian Bird', 'AUS', 'https://docplayer.net/amp/21112374-A-res-70-217-of-22-december-2015.html'),
(11, 70, 'Follow-up to the Fourth United Nations Conference on the Least Developed Countries', 'CO_FACILITATOR', 'Benedicte Frankinet', 'BEL', 'https://docplayer.net/amp/21112374-A-res-70-217-of-22-december-2015.html'),
(12, 70, 'Follow-up to the Fourth United Nations Conference on the Least Developed Countries', 'CO_FACILITATOR', 'Jean-Francis Regis Zinsou', 'BEN', 'https://docplayer.net/amp/21112374-A-res-70-217-of-22-december-2015.html'),
(13, 70, 'Follow-up and review of the 2030 Agenda at the global level', 'CO_FACILITATOR', 'Lois M Young', 'BLZ', 'http://ngosbeyond2014.org/articles/2016/3/7/ga-president-appoints-co-facilitators-for-next-steps-on-foll.html'),
(14, 70, 'Follow-up and review of the 2030 Agenda at the global level', 'CO_FACILITATOR', 'Ib Petersen', 'DNK', 'http://ngosbeyond2014.org/articles/2016/3/7/ga-president-appoints-co-facilitators-for-next-steps-on-foll.html'),
(15, 70, 'Intergovernmental Negotiations on Security Council reform', 'CHAIR', 'Sylvie Lucas', 'LUX', 'https://paperzz.com/doc/8547415/elements-of-convergence-on-two-key-issues-of-security-cou...'),
(16, 71, 'Rights of Indigenous Peoples', 'ADVISER', 'Kai Sauer', 'FIN', 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(17, 71, 'Rights of Indigenous Peoples', 'ADVISER', 'Martha Ama Akyaa Pobee', 'GHA', 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(18, 71, 'Rights of Indigenous Peoples', 'ADVISER', 'Claire Winfield Ngamihi Charters', null, 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(19, 71, 'Rights of Indigenous Peoples', 'ADVISER', 'James Anaya', null, 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(20, 71, 'Ad hoc working group on the revitalization of the work of the UN General Assembly', 'CO_CHAIR', 'Vladmir Drobnjak', 'HRV', 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(21, 71, 'Ad hoc working group on the revitalization of the work of the UN General Assembly', 'CO_CHAIR', 'Lana Nusseibeh', 'ARE', 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(22, 71, 'Intergovernmental negotiations on Security Council reform', 'CO_CHAIR', 'Ion Jinga', 'ROU', 'http://english.kyodonews.jp/news/2016/11/442807.html'),
(23, 71, 'Intergovernmental negotiations on Security Council reform', 'CO_CHAIR', 'Mohamed Khaled Khiari', 'TUN', 'http://english.kyodonews.jp/news/2016/11/442807.html'),
(24, 72, 'Security Council Reform', 'CO_CHAIR', 'Kaha Imnadze', 'GEO', 'http://www.un.org/pga/72/mandates/'),
(25, 72, 'Security Council Reform', 'CO_CHAIR', 'Lana Zaki Nusseibeh', 'ARE', 'http://www.un.org/pga/72/mandates/'),
(26, 72, 'General Assembly Revitalization', 'CO_CHAIR', 'María Emma Mejía Vélez', 'COL', 'http://www.un.org/pga/72/mandates/'),
(27, 72, 'General Assembly Revitalization', 'CO_CHAIR', 'Vladimir Drobnjak', 'HRV', 'http://www.un.org/pga/72/mandates/'),
(28, 72, 'Restructuring the United Nations peace and security pillar', 'CO_FACILITATOR', 'Valentine Rugwabiza', 'RWA', 'http://www.un.org/pga/72/mandates/'),
(29, 72, 'Restructuring the United Nations peace and security pillar', 'CO_FACILITATOR', 'Michal Mlynár', 'SVK', 'http://www.un.org/pga/72/mandates/'),
(30, 72, 'ECOSOC Review', 'CO_FACILITATOR', 'Einar Gunnarsson', 'ISL', 'http://www.un.org/pga/72/mandates/'),
(31, 72, 'ECOSOC Review', 'CO_FACILITATOR', 'Alya Ahmed Saif Al-Thani', 'QAT', 'http://www.un.org/pga/72/mandates/'),
(32, 72, 'Global Counter-Terrorism Strategy Review', 'CO_FACILITATOR', 'Kai Sauer', 'FIN', 'http://www.un.org/pga/72/mandates/'),
(33, 72, 'Global Counter-Terrorism Strategy Review', 'CO_FACILITATOR', 'Sima Sami I. Bahous', 'JOR', 'http://www.un.org/pga/72/mandates/'),
(34, 74, 'Intergovernmental Negotiations on UN Security Council Reform', 'CO_CHAIR', 'Lana Nusseibeh', 'ARE', 'https://www.un.int/uae/news/uae%E2%80%99s-ambassador-nusseibeh-reappointed-head-discussions-un-security-council-reform'),
(35, 74, 'Intergovernmental Negotiations on UN Security Council Reform', 'CO_CHAIR', 'Joanna Wronecka', 'POL', 'https://www.un.int/uae/news/uae%E2%80%99s-ambassador-nusseibeh-reappointed-head-discussions-un-security-council-reform'),
(36, 74, 'Ad Hoc Working Group on the revitalization of the work of the General Assembly', 'CO_CHAIR', 'Michal Mlynar', 'SVK', 'http://un.china-mission.gov.cn/eng/czthd/202002/t20200222_8401382.htm'),
(37, 74, 'Ad Hoc Working Group on the revitalization of the work of the General Assembly', 'CO_CHAIR', 'Daniel Okaiteye', 'GHA', 'http://un.china-mission.gov.cn/eng/czthd/202002/t20200222_8401382.htm'),
(38, 75, 'Intergovernmental negotiations on the reform of the United Nations Security Council', 'CO_CHAIR', 'Joanna Wronecka', 'POL', 'https://www.megalopreneur.com/2021/01/chinese-foreign-minister-meets-with-co-chairs-of-intergovernmental-negotiations-on-un-security-council-reform/'),
(39, 75, 'Intergovernmental negotiations on the reform of the United Nations Security Council', 'CO_CHAIR', 'Alya Ahmed Saif Al-Thani', 'QAT', 'https://www.megalopreneur.com/2021/01/chinese-foreign-minister-meets-with-co-chairs-of-intergovernmental-negotiations-on-un-security-council-reform/'),
(40, 76, 'Intergovernmental Negotiations on Security Council reform', 'CO_CHAIR', 'Alya Ahmed Saif Al-Thani', 'QAT', 'https://www.un.org/pga/76/2022/07/12/intergovernmental-negotiations-on-the-question-of-equitable-representation-on-and-increase-in-the-membership-of-the-security-council-and-other-matters-related-to-the-council/'),
(41, 76, 'Intergovernmental Negotiations on Security Council reform', 'CO_CHAIR', 'Martin Bille Hermann', 'DNK', 'https://www.un.org/pga/76/2022/07/12/intergovernmental-negotiations-on-the-question-of-equitable-representation-on-and-increase-in-the-membership-of-the-security-council-and-other-matters-related-to-the-council/'),
(42, 77, 'Intergovernmental negotiations on Security Council reform', 'CO_CHAIR', 'Tareq AlBanai', 'KWT', 'https://www.un.org/pga/77/2022/11/17/general-assembly-stakeout-on-security-council-reform'),
(43, 77, 'Intergovernmental negotiations on Security Council reform', 'CO_CHAIR', 'Michal Mlynar', 'SVK', 'https://www.un.org/pga/77/2022/11/17/general-assembly-stakeout-on-security-council-reform'),
(44, 77, 'Intergovernmental negotiations on Security Council reform', 'CO_CHAIR', 'Alexander Marschik', 'AUT', 'https://www.un.org/pga/77/2023/06/29/pga-remarks-on-question-of-equitable-representation-on-and-increase-in-the-membership-of-the-security-council'),
(45, 77, 'Political declaration of the SDG Summit', 'CO_FACILITATOR', 'Fergal Mythen', 'IRL', 'https://www.un.org/en/conferences/SDGSummit2023/political-declaration'),
(46, 77, 'Political declaration of the SDG Summit', 'CO_FACILITATOR', 'Alya Ahmed Saif Al-Thani', 'QAT', 'https://www.un.org/en/conferences/SDGSummit2023/political-declaration'),
(47, 78, 'Summit of the Future', 'CO_FACILITATOR', 'Neville Gertze', 'NAM', 'https://new-york-un.diplo.de/un-en/-/2650976'),
(48, 78, 'Summit of the Future', 'CO_FACILITATOR', 'Antje Leendertse', 'DEU', 'https://new-york-un.diplo.de/un-en/-/2650976'),
(49, 78, 'Global Digital Compact', 'CO_FACILITATOR', 'Anna Karin Eneström', 'SWE', 'http://ngosbeyond2014.org/articles/2024/1/4/summit-of-the-future-no-10-co-facilitators-for-a-global-digi.html'),
(50, 78, 'Global Digital Compact', 'CO_FACILITATOR', 'Chola Milambo', 'ZMB', 'http://ngosbeyond2014.org/articles/2024/1/4/summit-of-the-future-no-10-co-facilitators-for-a-global-digi.html'),
(51, 79, 'Summit of the Future: A Pact for the Future', 'CO_FACILITATOR', 'Antje Leendertse', 'DEU', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(52, 79, 'Summit of the Future: A Pact for the Future', 'CO_FACILITATOR', 'Neville M Gertze', 'NAM', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(53, 79, 'Global Digital Compact', 'CO_FACILITATOR', 'Anna Karin Eneström', 'SWE', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(54, 79, 'Global Digital Compact', 'CO_FACILITATOR', 'Chola Milambo', 'ZMB', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(55, 79, 'Declaration on Future Generations', 'CO_FACILITATOR', 'Brian C M Wallace', 'JAM', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(56, 79, 'Declaration on Future Generations', 'CO_FACILITATOR', 'Yoka Brandt', 'NLD', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html');
