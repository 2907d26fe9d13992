-- The people earlier Presidents of the General Assembly appointed to lead a process or a mandate —
-- chairs, co-chairs, facilitators, co-facilitators and advisers — so that letters from the archive
-- that name them by surname ("Ambassador X of Pakistan"), misspelt or garbled by OCR are matched to them.
-- A register of its own, read-only: it creates no process (the demo data and the administrator
-- create those), and a process's own facilitators stay in process_facilitator.
--
-- Each row is one a public source states, with that source (two where one names the post and the
-- other the person); the name is written as the source writes it (honorifics dropped), the mandate
-- as the source names it, the delegation as its ISO alpha-3 code (null where the source names a
-- region, not a State). Nothing is inferred: where a source names the State but not the person, or
-- the person but not the session, there is no row. The sources, session by session:
--   55th: the President's announcements at www.un.org/ga/president/55/ (HIV/AIDS facilitators,
--         6 December 2000, whose page writes "Degučne", its encoding's "Deguène"; a facilitator for
--         the reform of the Assembly, 23 January 2001).
--   60th: The Irish Times (Jan Eliasson appointed David Cooney; "the other co-chair will be the
--         Permanent Representative of Pakistan") and Dawn, 7 November 2006, as dialogue-yemen.org
--         stores it ("Pakistan's UN Ambassador Munir Akram").
--   61st: UN News, February 2007 (five facilitators on Security Council reform); the President's
--         statement of 19 July 2007 (the second phase, letter of 22 May 2007).
--   63rd: the President's letter of 20 March 2009 on revitalization (humanrightsvoices.org copy).
--   64th: ISHR, 24 March 2010 (the President's letter of 15 March 2010, Human Rights Council review).
--   65th to 67th: the Permanent Mission of Afghanistan (Zahir Tanin appointed or reappointed);
--         IISD, 20 June 2012 (Habitat III) and 10 January 2013 (financing committee);
--         ngosbeyond2014.org, 5 March 2013 (Open Working Group).
--   68th, 69th: IISD, 16 and 31 January 2014 and 3 June 2015; ngosbeyond2014.org, 18 October 2014;
--         the Jamaica Information Service, 11 November 2014; the President's letter of 17 November
--         2014 (businessdocbox.com copy).
--   70th: the table "Specific mandates addressed to the President of the General Assembly of the
--         70th session" (docplayer.net copy); ngosbeyond2014.org, 7 March 2016; UNAIDS, 19 April
--         2016; the President's letter of 17 May 2016 enclosing the IGN Chair's (paperzz.com copy).
--   71st: www.un.org/pga/71, "Processes requiring co-facilitators/chairs during the 71 session"
--         (it writes "Vladmir"); Kyodo News, 8 November 2016; Le Temps (the letter of 24 October 2016)
--         with refugees-migrants-civilsociety.org, which writes "Gómez" with its accent.
--   72nd: www.un.org/pga/72/mandates/ (it writes "AI-Thani", a capital I for the l); IISD, 14 March
--         2018, and the Permanent Mission of Japan (tuberculosis, non-communicable diseases).
--   73rd: The National (IGN co-chairs); IISD, 13 February 2019 (UN75 commemoration).
--   74th: the Permanent Missions of the United Arab Emirates (7 December 2019), China (21 February
--         2020) and Saint Vincent and the Grenadines (peacebuilding review).
--   75th: megalopreneur.com (Xinhua), January 2021; www.un.org/pga/75, 8 June 2021 (HIV/AIDS).
--   76th: www.un.org/pga/76, remarks of 12 July 2022 (IGN).
--   77th: www.un.org/pga/77, stakeout of 17 November 2022 and remarks of 29 June 2023 (IGN);
--         www.un.org/en/conferences/SDGSummit2023/political-declaration.
--   78th: the Permanent Mission of Germany, 28 March 2024; ngosbeyond2014.org, 4 January 2024.
--   79th: ngosbeyond2014.org, 13 September 2024 (the President's letter of 10 September 2024).
--   80th: the Group of 77, statement of 16 September 2025 (UN80 working group co-chairs).
-- No source was found for the appointments of the 56th to 59th and the 62nd sessions. An
-- administrator does not edit this table (see the README): a new row comes with its source.

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
(6, 61, 'Consultations on the question of equitable representation on and increase in the membership of the Security Council', 'FACILITATOR', 'Ali Hachani', 'TUN', 'https://news.un.org/en/story/2007/02/208492'),
(7, 61, 'Consultations on the question of equitable representation on and increase in the membership of the Security Council', 'FACILITATOR', 'Andreas D. Mavroyiannis', 'CYP', 'https://news.un.org/en/story/2007/02/208492'),
(8, 61, 'Consultations on the question of equitable representation on and increase in the membership of the Security Council', 'FACILITATOR', 'Mirjana Mladineo', 'HRV', 'https://news.un.org/en/story/2007/02/208492'),
(9, 61, 'Consultations on the question of equitable representation on and increase in the membership of the Security Council', 'FACILITATOR', 'Heraldo Muñoz', 'CHL', 'https://news.un.org/en/story/2007/02/208492'),
(10, 61, 'Consultations on the question of equitable representation on and increase in the membership of the Security Council', 'FACILITATOR', 'Frank Majoor', 'NLD', 'https://news.un.org/en/story/2007/02/208492'),
(11, 61, 'Consultations on the question of equitable representation on and increase in the membership of the Security Council', 'FACILITATOR', 'Christian Wenaweser', 'LIE', 'http://www.un.org/ga/president/61/statements/statement20070719.shtml'),
(12, 63, 'Revitalization of the work of the General Assembly', 'CO_CHAIR', 'Maria Fernanda Espinosa', 'ECU', 'https://humanrightsvoices.org/assets/attachments/documents-txt/7840.pdf.txt'),
(13, 63, 'Revitalization of the work of the General Assembly', 'CO_CHAIR', 'Morten Wetland', 'NOR', 'https://humanrightsvoices.org/assets/attachments/documents-txt/7840.pdf.txt'),
(14, 64, 'Review of the status of the Human Rights Council', 'FACILITATOR', 'Christian Wenaweser', 'LIE', 'http://new.ishr.ch/news/2011-council-review-ga-president-appoints-two-facilitators-begin-consultations'),
(15, 64, 'Review of the status of the Human Rights Council', 'FACILITATOR', 'Mohammed Loulichki', 'MAR', 'http://new.ishr.ch/news/2011-council-review-ga-president-appoints-two-facilitators-begin-consultations'),
(16, 65, 'Intergovernmental negotiations on Security Council reform', 'CHAIR', 'Zahir Tanin', 'AFG', 'http://www.afghanistan-un.org/tag/hezahir-tanin/page/11/'),
(17, 66, 'Intergovernmental Negotiations on Security Council Reform', 'CHAIR', 'Zahir Tanin', 'AFG', 'https://afghanistan-un.org/2011/09/h-e-dr-zahirtanin-permanent-representative-of-afghanistan-to-the-un-re-appointed-as-chair-of-the-inter-governmental-negotiations-on-security-council-reform/'),
(18, 66, 'Preparations for the third United Nations conference on housing and sustainable urban development (Habitat III)', 'CO_FACILITATOR', 'Jean-Francis Zinsou', 'BEN', 'https://sdg.iisd.org/?p=743217'),
(19, 66, 'Preparations for the third United Nations conference on housing and sustainable urban development (Habitat III)', 'CO_FACILITATOR', 'Pajo Avirovikj', 'MKD', 'https://sdg.iisd.org/?p=743217'),
(20, 67, 'Intergovernmental negotiations on Security Council reform', 'CHAIR', 'Zahir Tanin', 'AFG', 'https://afghanistan-un.org/2012/11/ambassador-tanin-is-reappointed-as-chair-of-the-intergovernmental-negotiations-on-security-council-reform-for-fifth-consecutive-session-of-the-general-assembly/'),
(21, 67, 'Open Working Group on Sustainable Development Goals', 'CO_FACILITATOR', 'Csaba Körösi', 'HUN', 'http://ngosbeyond2014.org/articles/2013/3/5/open-working-group-on-sustainable-development-goals-latest-i.html'),
(22, 67, 'Open Working Group on Sustainable Development Goals', 'CO_FACILITATOR', 'Macharia Kamau', 'KEN', 'http://ngosbeyond2014.org/articles/2013/3/5/open-working-group-on-sustainable-development-goals-latest-i.html'),
(23, 67, 'Intergovernmental committee on sustainable development financing', 'CO_FACILITATOR', 'Byrganym Aitimova', 'KAZ', 'http://sd.iisd.org/news/unga-president-appoints-facilitators-to-establish-sd-financing-committee/'),
(24, 67, 'Intergovernmental committee on sustainable development financing', 'CO_FACILITATOR', 'Geir O. Pedersen', 'NOR', 'http://sd.iisd.org/news/unga-president-appoints-facilitators-to-establish-sd-financing-committee/'),
(25, 68, 'Organizational modalities of the summit to adopt the post-2015 development agenda', 'CO_FACILITATOR', 'Ib Petersen', 'DNK', 'https://sdg.iisd.org/news/denmark-png-to-lead-consultations-on-post-2015-summit/'),
(26, 68, 'Organizational modalities of the summit to adopt the post-2015 development agenda', 'CO_FACILITATOR', 'Robert Guba Aisi', 'PNG', 'https://sdg.iisd.org/news/denmark-png-to-lead-consultations-on-post-2015-summit/'),
(27, 68, 'Informal consultations on the third international conference on financing for development', 'CO_FACILITATOR', 'George Wilfred Talbot', 'GUY', 'https://sdg.iisd.org/news/guyana-norway-lead-consultations-on-third-ffd-conference'),
(28, 68, 'Informal consultations on the third international conference on financing for development', 'CO_FACILITATOR', 'Geir O. Pedersen', 'NOR', 'https://sdg.iisd.org/news/guyana-norway-lead-consultations-on-third-ffd-conference'),
(29, 69, 'Preparatory process of the Third International Conference on Financing for Development', 'CO_FACILITATOR', 'George Talbot', 'GUY', 'http://ngosbeyond2014.org/articles/2014/10/18/co-facilitators-for-preparatory-process-of-the-third-interna.html https://sdg.iisd.org/news/ffd3-negotiators-complete-second-reading'),
(30, 69, 'Preparatory process of the Third International Conference on Financing for Development', 'CO_FACILITATOR', 'Geir Pedersen', 'NOR', 'http://ngosbeyond2014.org/articles/2014/10/18/co-facilitators-for-preparatory-process-of-the-third-interna.html https://sdg.iisd.org/news/ffd3-negotiators-complete-second-reading'),
(31, 69, 'Intergovernmental Negotiations on Security Council reform', 'CHAIR', 'Courtenay Rattray', 'JAM', 'https://jis.gov.jm/important-appointment-jamaican-permanent-rep-un'),
(32, 69, 'Intergovernmental negotiations on the post-2015 development agenda', 'CO_FACILITATOR', 'David Donoghue', 'IRL', 'http://businessdocbox.com/Government/126510201-Fj-17-november-excellency.html'),
(33, 69, 'Intergovernmental negotiations on the post-2015 development agenda', 'CO_FACILITATOR', 'Macharia Kamau', 'KEN', 'http://businessdocbox.com/Government/126510201-Fj-17-november-excellency.html'),
(34, 70, 'Review of the United Nations peacebuilding architecture', 'CO_FACILITATOR', 'Ismael Abraao Gaspar Martins', 'AGO', 'https://docplayer.net/amp/21112374-A-res-70-217-of-22-december-2015.html'),
(35, 70, 'Review of the United Nations peacebuilding architecture', 'CO_FACILITATOR', 'Gillian Bird', 'AUS', 'https://docplayer.net/amp/21112374-A-res-70-217-of-22-december-2015.html'),
(36, 70, 'Follow-up to the Fourth United Nations Conference on the Least Developed Countries', 'CO_FACILITATOR', 'Benedicte Frankinet', 'BEL', 'https://docplayer.net/amp/21112374-A-res-70-217-of-22-december-2015.html'),
(37, 70, 'Follow-up to the Fourth United Nations Conference on the Least Developed Countries', 'CO_FACILITATOR', 'Jean-Francis Regis Zinsou', 'BEN', 'https://docplayer.net/amp/21112374-A-res-70-217-of-22-december-2015.html'),
(38, 70, 'Follow-up and review of the 2030 Agenda at the global level', 'CO_FACILITATOR', 'Lois M Young', 'BLZ', 'http://ngosbeyond2014.org/articles/2016/3/7/ga-president-appoints-co-facilitators-for-next-steps-on-foll.html'),
(39, 70, 'Follow-up and review of the 2030 Agenda at the global level', 'CO_FACILITATOR', 'Ib Petersen', 'DNK', 'http://ngosbeyond2014.org/articles/2016/3/7/ga-president-appoints-co-facilitators-for-next-steps-on-foll.html'),
(40, 70, 'Intergovernmental Negotiations on Security Council reform', 'CHAIR', 'Sylvie Lucas', 'LUX', 'https://paperzz.com/doc/8547415/elements-of-convergence-on-two-key-issues-of-security-cou...'),
(41, 70, 'High-Level Meeting on Ending AIDS', 'CO_FACILITATOR', 'Patricia Mwaba Kasese-Bota', 'ZMB', 'https://unaids.org/en/resources/presscentre/featurestories/2016/april/20160419_zerodraft'),
(42, 70, 'High-Level Meeting on Ending AIDS', 'CO_FACILITATOR', 'Jürg Lauber', 'CHE', 'https://unaids.org/en/resources/presscentre/featurestories/2016/april/20160419_zerodraft'),
(43, 71, 'Rights of Indigenous Peoples', 'ADVISER', 'Kai Sauer', 'FIN', 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(44, 71, 'Rights of Indigenous Peoples', 'ADVISER', 'Martha Ama Akyaa Pobee', 'GHA', 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(45, 71, 'Rights of Indigenous Peoples', 'ADVISER', 'Claire Winfield Ngamihi Charters', null, 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(46, 71, 'Rights of Indigenous Peoples', 'ADVISER', 'James Anaya', null, 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(47, 71, 'Ad hoc working group on the revitalization of the work of the UN General Assembly', 'CO_CHAIR', 'Vladmir Drobnjak', 'HRV', 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(48, 71, 'Ad hoc working group on the revitalization of the work of the UN General Assembly', 'CO_CHAIR', 'Lana Nusseibeh', 'ARE', 'https://www.un.org/pga/71/2016/10/06/processes-requiring-cofacilitatorschairs-during-the-71-session-of-the-un-general-assembly/'),
(49, 71, 'Intergovernmental negotiations on Security Council reform', 'CO_CHAIR', 'Ion Jinga', 'ROU', 'http://english.kyodonews.jp/news/2016/11/442807.html'),
(50, 71, 'Intergovernmental negotiations on Security Council reform', 'CO_CHAIR', 'Mohamed Khaled Khiari', 'TUN', 'http://english.kyodonews.jp/news/2016/11/442807.html'),
(51, 71, 'Global compact for safe, orderly and regular migration', 'CO_FACILITATOR', 'Jürg Lauber', 'CHE', 'https://www.letemps.ch/monde/chemin-suisse-vers-marrakech http://refugees-migrants-civilsociety.org/co-facilitators-announced-for-the-global-compact-on-migration-process/'),
(52, 71, 'Global compact for safe, orderly and regular migration', 'CO_FACILITATOR', 'Juan José Gómez Camacho', 'MEX', 'https://www.letemps.ch/monde/chemin-suisse-vers-marrakech http://refugees-migrants-civilsociety.org/co-facilitators-announced-for-the-global-compact-on-migration-process/'),
(53, 72, 'Security Council Reform', 'CO_CHAIR', 'Kaha Imnadze', 'GEO', 'http://www.un.org/pga/72/mandates/'),
(54, 72, 'Security Council Reform', 'CO_CHAIR', 'Lana Zaki Nusseibeh', 'ARE', 'http://www.un.org/pga/72/mandates/'),
(55, 72, 'General Assembly Revitalization', 'CO_CHAIR', 'María Emma Mejía Vélez', 'COL', 'http://www.un.org/pga/72/mandates/'),
(56, 72, 'General Assembly Revitalization', 'CO_CHAIR', 'Vladimir Drobnjak', 'HRV', 'http://www.un.org/pga/72/mandates/'),
(57, 72, 'Restructuring the United Nations peace and security pillar', 'CO_FACILITATOR', 'Valentine Rugwabiza', 'RWA', 'http://www.un.org/pga/72/mandates/'),
(58, 72, 'Restructuring the United Nations peace and security pillar', 'CO_FACILITATOR', 'Michal Mlynár', 'SVK', 'http://www.un.org/pga/72/mandates/'),
(59, 72, 'ECOSOC Review', 'CO_FACILITATOR', 'Einar Gunnarsson', 'ISL', 'http://www.un.org/pga/72/mandates/'),
(60, 72, 'ECOSOC Review', 'CO_FACILITATOR', 'Alya Ahmed Saif Al-Thani', 'QAT', 'http://www.un.org/pga/72/mandates/'),
(61, 72, 'Global Counter-Terrorism Strategy Review', 'CO_FACILITATOR', 'Kai Sauer', 'FIN', 'http://www.un.org/pga/72/mandates/'),
(62, 72, 'Global Counter-Terrorism Strategy Review', 'CO_FACILITATOR', 'Sima Sami I. Bahous', 'JOR', 'http://www.un.org/pga/72/mandates/'),
(63, 72, 'High-level meeting on the fight against tuberculosis', 'CO_FACILITATOR', 'Walton Webson', 'ATG', 'http://sdg.iisd.org/news/member-states-prepare-to-review-progress-against-tuberculosis-ncds https://www.un.emb-japan.go.jp/itpr_en/bessho042618_2.html'),
(64, 72, 'High-level meeting on the fight against tuberculosis', 'CO_FACILITATOR', 'Koro Bessho', 'JPN', 'http://sdg.iisd.org/news/member-states-prepare-to-review-progress-against-tuberculosis-ncds https://www.un.emb-japan.go.jp/itpr_en/bessho042618_2.html'),
(65, 72, 'Comprehensive review on non-communicable diseases', 'CO_FACILITATOR', 'Sebastiano Cardi', 'ITA', 'http://sdg.iisd.org/news/member-states-prepare-to-review-progress-against-tuberculosis-ncds'),
(66, 72, 'Comprehensive review on non-communicable diseases', 'CO_FACILITATOR', 'Elbio Rosselli', 'URY', 'http://sdg.iisd.org/news/member-states-prepare-to-review-progress-against-tuberculosis-ncds'),
(67, 73, 'Intergovernmental Negotiations on UN Security Council reform', 'CO_CHAIR', 'Lana Zaki Nusseibeh', 'ARE', 'https://www.thenational.ae/world/the-americas/uae-ambassador-to-lead-un-security-council-reform-1.794370'),
(68, 73, 'Intergovernmental Negotiations on UN Security Council reform', 'CO_CHAIR', 'Christian Braun', 'LUX', 'https://www.thenational.ae/world/the-americas/uae-ambassador-to-lead-un-security-council-reform-1.794370'),
(69, 73, 'Commemoration of the 75th anniversary of the United Nations', 'CO_FACILITATOR', 'Burhan Gafoor', 'SGP', 'https://sdg.iisd.org/?p=728500'),
(70, 73, 'Commemoration of the 75th anniversary of the United Nations', 'CO_FACILITATOR', 'Bergdis Ellertsdottir', 'ISL', 'https://sdg.iisd.org/?p=728500'),
(71, 74, 'Intergovernmental Negotiations on UN Security Council Reform', 'CO_CHAIR', 'Lana Nusseibeh', 'ARE', 'https://www.un.int/uae/news/uae%E2%80%99s-ambassador-nusseibeh-reappointed-head-discussions-un-security-council-reform'),
(72, 74, 'Intergovernmental Negotiations on UN Security Council Reform', 'CO_CHAIR', 'Joanna Wronecka', 'POL', 'https://www.un.int/uae/news/uae%E2%80%99s-ambassador-nusseibeh-reappointed-head-discussions-un-security-council-reform'),
(73, 74, 'Ad Hoc Working Group on the revitalization of the work of the General Assembly', 'CO_CHAIR', 'Michal Mlynar', 'SVK', 'http://un.china-mission.gov.cn/eng/czthd/202002/t20200222_8401382.htm'),
(74, 74, 'Ad Hoc Working Group on the revitalization of the work of the General Assembly', 'CO_CHAIR', 'Daniel Okaiteye', 'GHA', 'http://un.china-mission.gov.cn/eng/czthd/202002/t20200222_8401382.htm'),
(75, 74, 'Comprehensive review of the United Nations peacebuilding architecture', 'CO_FACILITATOR', 'I. Rhonda King', 'VCT', 'https://foreign.gov.vc/foreign/index.php/news/506-her-excellency-i-rhonda-king-appointed-co-facilitator-for-united-nations-peace-building-architecture'),
(76, 74, 'Comprehensive review of the United Nations peacebuilding architecture', 'CO_FACILITATOR', 'Craig John Hawke', 'NZL', 'https://foreign.gov.vc/foreign/index.php/news/506-her-excellency-i-rhonda-king-appointed-co-facilitator-for-united-nations-peace-building-architecture'),
(77, 75, 'Intergovernmental negotiations on the reform of the United Nations Security Council', 'CO_CHAIR', 'Joanna Wronecka', 'POL', 'https://www.megalopreneur.com/2021/01/chinese-foreign-minister-meets-with-co-chairs-of-intergovernmental-negotiations-on-un-security-council-reform/'),
(78, 75, 'Intergovernmental negotiations on the reform of the United Nations Security Council', 'CO_CHAIR', 'Alya Ahmed Saif Al-Thani', 'QAT', 'https://www.megalopreneur.com/2021/01/chinese-foreign-minister-meets-with-co-chairs-of-intergovernmental-negotiations-on-un-security-council-reform/'),
(79, 75, 'High-level meeting on HIV/AIDS', 'CO_FACILITATOR', 'Mitch Fifield', 'AUS', 'https://www.un.org/pga/75/2021/06/08/high-level-meeting-on-hiv-aids-6/'),
(80, 75, 'High-level meeting on HIV/AIDS', 'CO_FACILITATOR', 'Neville Gertze', 'NAM', 'https://www.un.org/pga/75/2021/06/08/high-level-meeting-on-hiv-aids-6/'),
(81, 76, 'Intergovernmental Negotiations on Security Council reform', 'CO_CHAIR', 'Alya Ahmed Saif Al-Thani', 'QAT', 'https://www.un.org/pga/76/2022/07/12/intergovernmental-negotiations-on-the-question-of-equitable-representation-on-and-increase-in-the-membership-of-the-security-council-and-other-matters-related-to-the-council/'),
(82, 76, 'Intergovernmental Negotiations on Security Council reform', 'CO_CHAIR', 'Martin Bille Hermann', 'DNK', 'https://www.un.org/pga/76/2022/07/12/intergovernmental-negotiations-on-the-question-of-equitable-representation-on-and-increase-in-the-membership-of-the-security-council-and-other-matters-related-to-the-council/'),
(83, 77, 'Intergovernmental negotiations on Security Council reform', 'CO_CHAIR', 'Tareq AlBanai', 'KWT', 'https://www.un.org/pga/77/2022/11/17/general-assembly-stakeout-on-security-council-reform'),
(84, 77, 'Intergovernmental negotiations on Security Council reform', 'CO_CHAIR', 'Michal Mlynar', 'SVK', 'https://www.un.org/pga/77/2022/11/17/general-assembly-stakeout-on-security-council-reform'),
(85, 77, 'Intergovernmental negotiations on Security Council reform', 'CO_CHAIR', 'Alexander Marschik', 'AUT', 'https://www.un.org/pga/77/2023/06/29/pga-remarks-on-question-of-equitable-representation-on-and-increase-in-the-membership-of-the-security-council'),
(86, 77, 'Political declaration of the SDG Summit', 'CO_FACILITATOR', 'Fergal Mythen', 'IRL', 'https://www.un.org/en/conferences/SDGSummit2023/political-declaration'),
(87, 77, 'Political declaration of the SDG Summit', 'CO_FACILITATOR', 'Alya Ahmed Saif Al-Thani', 'QAT', 'https://www.un.org/en/conferences/SDGSummit2023/political-declaration'),
(88, 78, 'Summit of the Future', 'CO_FACILITATOR', 'Neville Gertze', 'NAM', 'https://new-york-un.diplo.de/un-en/-/2650976'),
(89, 78, 'Summit of the Future', 'CO_FACILITATOR', 'Antje Leendertse', 'DEU', 'https://new-york-un.diplo.de/un-en/-/2650976'),
(90, 78, 'Global Digital Compact', 'CO_FACILITATOR', 'Anna Karin Eneström', 'SWE', 'http://ngosbeyond2014.org/articles/2024/1/4/summit-of-the-future-no-10-co-facilitators-for-a-global-digi.html'),
(91, 78, 'Global Digital Compact', 'CO_FACILITATOR', 'Chola Milambo', 'ZMB', 'http://ngosbeyond2014.org/articles/2024/1/4/summit-of-the-future-no-10-co-facilitators-for-a-global-digi.html'),
(92, 79, 'Summit of the Future: A Pact for the Future', 'CO_FACILITATOR', 'Antje Leendertse', 'DEU', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(93, 79, 'Summit of the Future: A Pact for the Future', 'CO_FACILITATOR', 'Neville M Gertze', 'NAM', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(94, 79, 'Global Digital Compact', 'CO_FACILITATOR', 'Anna Karin Eneström', 'SWE', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(95, 79, 'Global Digital Compact', 'CO_FACILITATOR', 'Chola Milambo', 'ZMB', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(96, 79, 'Declaration on Future Generations', 'CO_FACILITATOR', 'Brian C M Wallace', 'JAM', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(97, 79, 'Declaration on Future Generations', 'CO_FACILITATOR', 'Yoka Brandt', 'NLD', 'http://ngosbeyond2014.org/articles/2024/9/13/summit-of-the-future-no-49-reappointment-of-co-facilitators.html'),
(98, 80, 'Informal ad hoc working group on the mandate implementation review under Workstream II of the UN80 Initiative', 'CO_CHAIR', 'Carolyn Schwalger', 'NZL', 'http://www.g77.org/statement/getstatement.php?id=250916'),
(99, 80, 'Informal ad hoc working group on the mandate implementation review under Workstream II of the UN80 Initiative', 'CO_CHAIR', 'Brian Wallace', 'JAM', 'http://www.g77.org/statement/getstatement.php?id=250916');
