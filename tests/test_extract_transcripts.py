"""Transcripts (parliamentary records, interviews): who each turn's label names, and what is no turn at all."""

from __future__ import annotations

from stance.extract import extract_text

_KNESSET = """DIVREI HAKNESSET — PROCEEDINGS OF THE KNESSET

AGENDA:
Government Motion for Knesset Approval of the Treaty of Peace between the State of Israel and the United Arab Emirates

Speaker Yariv Levin:
Good morning. I declare this special sitting open. Today the Government lays a peace treaty before the House.

Prime Minister Benjamin Netanyahu:
Mr. Speaker, Members of Knesset, this is a day with few like it in the history of the State.

Calls:
(Uproar on the Joint List benches.)

Speaker Yariv Levin:
Thank you. The Alternate Prime Minister and Minister of Defense, Benny Gantz.

Alternate Prime Minister and Minister of Defense Benny Gantz:
Mr. Speaker, I commend the Prime Minister for choosing the path of peace, and I will vote for it.
"""


def test_an_agenda_line_and_a_stage_direction_under_a_label_are_no_turns():
    texts = [r["text"] for r in extract_text(_KNESSET, "knesset")]
    assert not any(t.startswith(("Government Motion", "(Uproar")) for t in texts)


def test_a_label_of_two_offices_joined_by_and_names_the_person_at_its_end():
    speakers = [r["speaker"] for r in extract_text(_KNESSET, "knesset")]
    assert speakers[-1] == "Benny Gantz"
    assert "Benjamin Netanyahu" in speakers and "Yariv Levin" in speakers


def test_an_office_opening_a_label_gives_way_to_its_holder_in_brackets_but_not_to_a_time():
    text = ("Mr. Speaker: The Minister for Law.\n\n"
            "Minister for Law and Justice (Senator Azam Nazeer Tarar): Thank you, Mr. Speaker. I beg to move the Bill.\n\n"
            "Mr. Speaker: The Minister for Housing.\n\n"
            "Minister for Housing and Works (Maulana Abdul Wasay): Mr. Speaker, I sit on the treasury benches.\n\n"
            "Minister of Foreign Affairs Jonas Gahr Støre [12:56:31]: President, I thank the committee for its work.\n")
    speakers = [r["speaker"] for r in extract_text(text, "t")]
    assert speakers[1] == "Azam Nazeer Tarar" and speakers[3] == "Abdul Wasay"
    assert speakers[4].endswith("Støre")  # (never the time in brackets)


_RAJYA_SABHA = """RAJYA SABHA — UNCORRECTED VERBATIM DEBATE

SHRI ANAND SHARMA (Himachal Pradesh): Sir, the Government must talk to the farmers and not at them.

THE DEPUTY CHAIRMAN: Thank you. Now the hon. Minister of Agriculture will intervene.

*THE MINISTER OF AGRICULTURE AND FARMERS WELFARE; THE MINISTER OF RURAL DEVELOPMENT; AND THE MINISTER OF PANCHAYATI RAJ (SHRI NARENDRA SINGH TOMAR): Sir, I thank the hon. Members for the discussion. Eleven rounds of talks have been held.

SHRI DEEPENDER SINGH HOODA (Haryana): The farmers have told you in eleven meetings. Repeal them!

*SHRI NARENDRA SINGH TOMAR: Sir, I made it clear to the unions that an amendment does not mean a defect.
"""


def test_an_asterisk_before_a_label_and_a_long_office_shared_with_others_still_make_turns():
    """India's record marks a speech given in Hindi with an asterisk; a minister of three portfolios is named after
    all of them, in brackets."""
    turns = [(r["speaker"], r["text"][:12]) for r in extract_text(_RAJYA_SABHA, "rs")]
    assert ("Narendra Singh Tomar", "Sir, I thank") in turns
    assert ("Narendra Singh Tomar", "Sir, I made ") in turns


_RADA = """Verbatim report of the plenary sitting

CHAIRMAN. Esteemed people's deputies! We move to the ratification of the Agreement. The co-report will be given by the Chairman of the Committee on Foreign Affairs, Oleh Hryhorovych Bilorus.

BILORUS O.H., Chairman of the Committee of the Verkhovna Rada of Ukraine on Foreign Affairs (Yulia Tymoshenko Bloc). Esteemed Chairman! The committee recommends that the Agreement not be ratified.

CHAIRMAN. Thank you. Borys Ivanovych Tarasyuk, from your seat.

TARASYUK B.I., Chairman of the Committee of the Verkhovna Rada of Ukraine on European Integration (bloc "Our Ukraine"). Volodymyr Mykhailovych, a draft resolution has been registered by me.
"""


def test_a_surname_with_initials_before_an_office_and_a_faction_in_brackets_is_the_speaker():
    speakers = {r["text"][:10]: r["speaker"] for r in extract_text(_RADA, "rada")}
    assert speakers["Esteemed C"] == "Oleh Hryhorovych Bilorus"
    assert speakers["Volodymyr "] == "Borys Ivanovych Tarasyuk"


_GHANA_HANSARD = """PARLIAMENTARY DEBATES, OFFICIAL REPORT

Mr Speaker: Hon Minority Leader?

Minority Leader (Mr Haruna Iddrisu): Mr Speaker, I am grateful. This Agreement gives away too much.

Majority Leader (Mr Osei Kyei-Mensah-Bonsu): Mr Speaker, the record of this House will show otherwise.

Mr Speaker: Hon Members, order.

Majority Leader: Mr Speaker, I beg to move that this House do now adjourn.

Deputy Majority Leader (Ms Sarah Adwoa Safo): Mr Speaker, I beg to second the Motion.
"""


def test_an_office_with_its_holder_in_brackets_after_an_honorific_is_that_holder_and_named_so_after():
    speakers = {r["text"][:20]: r["speaker"] for r in extract_text(_GHANA_HANSARD, "gh")}
    assert speakers["Mr Speaker, I am gra"] == "Haruna Iddrisu"
    assert speakers["Mr Speaker, the reco"] == "Osei Kyei-Mensah-Bonsu"
    assert speakers["Mr Speaker, I beg to"] in ("Osei Kyei-Mensah-Bonsu", "Sarah Adwoa Safo")
    assert [r["speaker"] for r in extract_text(_GHANA_HANSARD, "gh")][-2:] == [
        "Osei Kyei-Mensah-Bonsu", "Sarah Adwoa Safo"]


_KENYA_SENATE = """THE SENATE, OFFICIAL REPORT

Mr. Speaker: Next Order.

Sen. Sakaja: Mr. Speaker, Sir, I beg to move the following Motion-

THAT, the Senate adopts the Report of the Special Committee on the Third Basis for Allocating Revenue.

Mr. Speaker, Sir, this House has sat ten times on this matter. We have been called all manner of names.

Sen. Cherargei: On a point of order, Mr. Speaker, Sir.

Mr. Speaker: What is your point of order?
"""


def test_a_turn_that_ends_with_a_hyphen_before_the_motion_it_reads_is_a_turn_and_so_is_what_follows():
    said = [(r["speaker"], r["text"][:14]) for r in extract_text(_KENYA_SENATE, "ke")]
    assert ("Sakaja", "Mr. Speaker, S") in said
    assert ("Sakaja", "THAT, the Sena") in said


def test_a_callers_label_with_a_name_in_brackets_is_that_person():
    text = ("HALIMA BELLO: Let me bring in a caller. Chinedu is on the line from Enugu. Go ahead.\n\n"
            "CALLER (CHINEDU): Good morning. My mother was booked for surgery and it was cancelled twice.\n\n"
            "HALIMA BELLO: Doctor, what do you say to him?\n\n"
            "DR SULEIMAN: I am sorry for what your mother went through.\n")
    assert [r["speaker"] for r in extract_text(text, "t")][1] == "Chinedu"


def test_a_records_own_entries_after_a_turn_are_not_the_speakers_words():
    text = _GHANA_HANSARD + "\nQuestion put and Motion agreed to.\n\nThe House was accordingly adjourned at 10.08 p.m. sine die.\n"
    texts = [r["text"] for r in extract_text(text, "gh")]
    assert "Question put and Motion agreed to." not in texts and not any("adjourned at" in x for x in texts)


def test_the_congressional_records_own_lines_inside_a_turn_are_nobodys():
    text = ("  The PRESIDING OFFICER. Is there further debate on amendment No. 4904?\n"
            "  If not, the question is on agreeing to the amendment.\n"
            "  The amendment (No. 4904) was agreed to.\n"
            "  The PRESIDING OFFICER. The Senator from Georgia.\n"
            "  Mr. ISAKSON. Madam President, I will take only a minute to thank the\n"
            "chairman and the ranking member for their work on this treaty.\n"
            "  The VICE PRESIDENT. Is there a sufficient second?\n"
            "  There appears to be a sufficient second.\n"
            "  The clerk will call the roll.\n"
            "  The legislative clerk called the roll.\n"
            "  Mr. KYL. The following Senators are necessarily absent: the Senator\n"
            "from Missouri (Mr. Bond) and the Senator from Kansas (Mr. Brownback).\n")
    recs = extract_text(text, "t")
    assert not [r for r in recs if "was agreed to" in r["text"] or "clerk called" in r["text"]], recs
    assert [r["text"] for r in recs if r["speaker"] == "Presiding Officer"][-1] == "The Senator from Georgia.", recs


def test_a_seimas_record_names_the_chair_in_brackets_and_members_by_initials_of_any_alphabet():
    text = ("SEIMAS OF THE REPUBLIC OF LITHUANIA\nTRANSCRIPT\n\n"
            "PRESIDING OFFICER (V. ČMILYTĖ-NIELSEN, LSF). Colleagues, we move on to agenda item 1-5.\n\n"
            "A. POCIUS (TS-LKDF). Thank you, Madam Speaker. The committee considered the draft yesterday.\n\n"
            "PRESIDING OFFICER. Thank you. Ž. Pavilionis.\n\n"
            "Ž. PAVILIONIS (TS-LKDF). Madam Speaker, colleagues. Today Germany celebrates its Day of Unity.\n\n"
            "J. OLEKAS (LSDPF). Thank you. We will vote for this agreement.\n\n"
            "PRESIDING OFFICER. Colleagues, I thank you. The law is adopted.")
    assert [r["speaker"] for r in extract_text(text, "t")] == [
        "V. Čmilytė-Nielsen", "A. Pocius", "V. Čmilytė-Nielsen", "Ž. Pavilionis", "J. Olekas", "V. Čmilytė-Nielsen"]


def test_reported_speech_in_a_turn_is_read_from_after_the_label_but_not_the_turns_own_voice():
    text = ("BARRETO: Good morning. What happened?\n\nMANCIPE: We stopped the trucks.\n\nBARRETO: President Petro, on X, "
            "wrote that the strike had been resolved faster than anyone expected. That sounds like praise.\n\nFINCH: Well, "
            "look, I think the result speaks for itself.\n\nMr. SPEAKER: Honourable Leader of the Opposition, I would "
            "remind you that there is a matter before the High Court.\n\nBARRETO: Thank you.")
    said = [(r["speaker"], r["text"]) for r in extract_text(text, "t") if not r["direct"]]
    assert said == [("Petro", "the strike had been resolved faster than anyone expected")], said


def test_a_label_alone_may_name_a_member_in_any_latin_capitals_and_the_salutation_lines_after_it_are_skipped():
    text = ("VERBATIM RECORD\n\nMr Ciprian-Constantin Șerban:\n\nI invite Mr Ilie-Gavril Bolojan to the rostrum.\n\n"
            "Mr Ilie-Gavril Bolojan:\n\nMr President,\nLadies and gentlemen deputies and senators,\n\n"
            "I come before you to ask for the confidence of Parliament.\n\nMr Sorin-Mihai Grindeanu:\n\nMr President,\n"
            "Dear colleagues,\n\nIt was not an easy decision for my party to sit at this table.")
    assert [(r["speaker"], r["text"][:11]) for r in extract_text(text, "t")] == [
        ("Ciprian-Constantin Șerban", "I invite Mr"), ("Ilie-Gavril Bolojan", "I come befo"),
        ("Sorin-Mihai Grindeanu", "It was not ")]


def test_the_speaker_named_in_a_bracketed_chair_line_is_who_hon_speaker_is():
    text = ("THE HANSARD\n\n[The Speaker (Hon. Moses Wetang'ula) in the Chair]\n\nHon. Speaker: Order, Hon. Members! Let "
            "the Member be heard.\n\nHon. Muriu: Thank you, Hon. Speaker. I rise to ask a question.\n\nHon. Speaker: "
            "Cabinet Secretary, I am aware that there are proceedings in the High Court.")
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Moses Wetang'ula", "Muriu", "Moses Wetang'ula"]


def test_a_speech_broken_off_by_laughter_with_an_en_dash_goes_on_and_bracketed_heckles_are_their_members():
    text = ("President Bärbel Bas:\n\nThe next speaker is Friedrich Merz.\n\nFriedrich Merz (CDU/CSU):\n\n"
            "Madam President! Borrowing on this scale is a large bill drawn on the future.\n\n"
            "(Interjection from the AfD: That is not what you said in January!)\n\n"
            "Of course we are wrestling with a step of this reach, and I say on behalf of my group –\n\n"
            "(Laughter from the AfD and the FDP)\n\nthat we can adopt these amendments with a clear conscience.\n\n"
            "(Applause from the CDU/CSU – Stephan Brandner [AfD]: You cheated the voters!)\n\n"
            "Vice-President Petra Pau:\n\nThe debate is closed.")
    got = [(r["speaker"], r["text"]) for r in extract_text(text, "t")]
    assert ("AfD", "That is not what you said in January!") in got
    assert ("Stephan Brandner", "You cheated the voters!") in got
    assert ("Friedrich Merz", "that we can adopt these amendments with a clear conscience.") in got
    assert ("Friedrich Merz", "Of course we are wrestling with a step of this reach, and I say on behalf of my group –") in got


def test_a_clip_labelled_by_what_its_speaker_does_is_an_unnamed_source():
    text = ("HOST: Good evening. Our correspondent is at the crossing.\n\n"
            "REPORTER: The queue has gone. Drivers are going through with their ID cards.\n\n"
            "[CLIP – DRIVER, JARINJE]: I go to Novi Pazar three times a week for work. Tonight they waved me through.\n\n"
            "[CLIP – LORRY DRIVER, MERDARE, interpreted from Albanian]: For years they gave me that little paper.\n\n"
            "HOST: Thank you.")
    got = {r["text"][:12]: r["speaker"] for r in extract_text(text, "t")}
    assert got["I go to Novi"] == "Driver (unnamed)" and got["For years th"] == "Lorry Driver (unnamed)"


def test_in_a_two_voice_interview_she_is_never_the_other_voice_and_a_host_title_is_no_name():
    text = ("Host Marisa Ochoa talked with trade secretary Kemi Badenoch about the deal.\n\n"
            "OCHOA: Minette Batters of the NFU welcomed it this morning. But she also said she will keep pressing "
            "you on domestic policy. Can you answer her?\n\n"
            "BADENOCH: The ban on hormone-treated beef stays in place, and I think the NFU's reaction reflects that.\n\n"
            "OCHOA: Thank you.")
    recs = extract_text(text, "t")
    assert {r["speaker"] for r in recs if r["text"].startswith("she will keep")} == {"Minette Batters"}
    assert "Host Marisa Ochoa" not in {r["speaker"] for r in recs}


def test_the_speaker_named_between_commas_in_the_chair_is_who_the_speaker_label_names():
    text = ("HOUSE OF REPRESENTATIVES\n\nThe sitting was resumed at 2.10 p.m., the Speaker, Dr Ali Abdel Aal, in the "
            "Chair.\n\nTHE SPEAKER: We move to the third item on the order of business.\n\n"
            "HON. KAMAL AMER (Chairman, Defence Committee): Thank you, Mr Speaker. The Committee examined the Agreement.\n\n"
            "THE SPEAKER: Order. The Chairman has the floor.")
    assert {r["speaker"] for r in extract_text(text, "t") if r["text"].startswith(("We move", "Order"))} == {
        "Ali Abdel Aal"}


def test_a_speech_paragraph_that_opens_by_addressing_the_chair_stays_the_members():
    from pathlib import Path

    path = Path(__file__).parent.parent / "data/extraction-eval/dev-bd/parliament-2022-03-29-ghana-e-levy-bill-passed.txt"
    records = extract_text(path.read_text(encoding="utf-8"), "t")
    by_text = {r["text"][:40]: r["speaker"] for r in records}
    assert by_text["Mr Speaker, the Committee, after deliber"] == "Kwaku A. Kwarteng"
    assert by_text["Mr Speaker, we respectfully take our lea"] == "Haruna Iddrisu"
    assert by_text["Hon Members, order! Order! The copies ar"] == "Mr Speaker"  # (the chair's own label)


def test_a_countrys_one_office_never_named_in_a_record_is_an_unnamed_source():
    text = ("THE SPEAKER: Honourable Ssemujju.\n\n"
            "MR SSEMUJJU: Their general secretary, Mr Filbert Baguma, said yesterday that they would suspend the action. "
            "After that meeting, the President posted on his Twitter handle that Government has a strategy.\n\n"
            "THE SPEAKER: Conclude, honourable.\n\nMR SSEMUJJU: I conclude, Madam Speaker.")
    by_text = {r["text"][:20]: r["speaker"] for r in extract_text(text, "t")}
    assert by_text["Government has a str"] == "President (unnamed)"


def test_a_speech_that_opens_by_addressing_the_assembly_is_no_turn_label():
    text = ("The President: Senator Vasconcelos has the floor.\n\n"
            "Senator Héctor Vasconcelos: Thank you, Madam President.\n\n"
            "Honourable Assembly: what we have before us is not a new treaty but a protocol.\n\n"
            "The President: Thank you, Senator.\n\nSenator Gustavo Madero: I will vote against it.")
    by_text = {r["text"][:20]: r["speaker"] for r in extract_text(text, "t")}
    assert by_text["Honourable Assembly:"] == "Héctor Vasconcelos"


def test_a_record_label_with_an_initial_is_the_member_the_chair_named_in_full():
    text = ("TORAGA A.JEENBEKOV: Thank you. The Ata-Jurt faction, Ulukbek Kochkorov, please.\n\n"
            "Deputy U.Kochkorov (Ata-Jurt faction): Asylbek Sharipovich, our faction held a meeting during the break.\n\n"
            "TORAGA A.JEENBEKOV: Thank you. Deputy O.Tekebayev.\n\n"
            "Deputy O.Tekebayev (Ata-Meken faction): We cannot accept this memorandum.")
    by_text = {r["text"][:20]: r["speaker"] for r in extract_text(text, "t")}
    assert by_text["Asylbek Sharipovich,"] == "Ulukbek Kochkorov"
    caps = ("TORAGA: The Ata-Meken faction.\n\nDEPUTY O.TEKEBAYEV: We cannot accept this memorandum.\n\n"
            "TORAGA: Thank you.\n\nDEPUTY O.TEKEBAYEV: Thank you, Toraga.")
    assert "O.Tekebayev" in {r["speaker"] for r in extract_text(caps, "t")}


def test_a_clip_label_on_its_own_line_speaks_the_words_on_the_next():
    text = ("LUCÍA ARTEAGA (PRESENTER): Let's hear the president.\n\nMARTÍN CHOQUE (CORRESPONDENT): He spoke on "
            "Sunday night.\n\nARTEAGA: This is Mr Paz in his televised address.\n\n[CLIP — PRESIDENT RODRIGO PAZ, "
            'televised address, 11 January; voiced in English]\n"Through that dialogue, Decree 5503 has done its job."\n'
            "[END CLIP]\n\nARTEAGA: Martín, that is a generous way to describe it.")
    records = extract_text(text, "t")
    assert [r["speaker"] for r in records if r["text"].lstrip('"').startswith("Through")] == ["Rodrigo Paz"]


def test_in_a_guests_turn_she_is_not_the_host_the_guest_calls_by_her_first_name():
    text = ("LUCÍA ARTEAGA (PRESENTER): Martín, what appeared in the gazette?\n\nMARTÍN CHOQUE (CORRESPONDENT): Decree "
            "5516 came out this morning, Lucía, and on paper it does what Sunday's document demanded.\n\nARTEAGA: And "
            "the vice-minister?\n\nCHOQUE: The vice-minister for autonomies, Andrea Barrientos, said thirty-five "
            'articles would be changed. "There is no change of substance," she said.')
    records = extract_text(text, "t")
    assert [r["speaker"] for r in records if r["text"].startswith("There is no")] == ["Andrea Barrientos"]
    assert not [r for r in records if r["speaker"] == "Lucía"]


def test_a_sri_lankan_hansard_label_in_three_scripts_names_the_speech_after_it():
    text = ("PARLIAMENTARY DEBATES\n(HANSARD)\n\nගරු කථානායකතුමා\n(மாண்புமிகு சபாநாயகர் அவர்கள்)\n(The Hon. Speaker)\n"
            "Hon. Hesha Withanage, you have two minutes.\n\nගරු හේෂා විතානගේ මහතා\n(மாண்புமிகு ஹேஷா விதானகே)\n"
            "(The Hon. Hesha Withanage)\nThank you, Hon. Speaker. I ask the Government to state its final decision.\n\n"
            "ගරු රෝහිත අබේගුණවර්ධන මහතා\n(மாண்புமிகு ரோஹித அபேகுணவர்தன)\n(The Hon. Rohitha Abeygunawardena - Minister of "
            "Ports and Shipping)\nHon. Speaker, the Government has decided to develop the terminal itself.\n\n"
            ". . . . . . . . . .\n\nPublished by the Hansard Department, Parliament of Sri Lanka.\n")
    assert [(r["speaker"], r["text"][:12]) for r in extract_text(text, "t")] == [
        ("Speaker", "Hon. Hesha W"), ("Hesha Withanage", "Thank you, H"), ("Rohitha Abeygunawardena", "Hon. Speaker")]


def test_an_initial_a_before_a_surname_and_the_records_dash_is_no_answer_label():
    text = ("A. SIMONYAN.– Dear colleagues, the floor is given to Lilit Galstyan.\n\nL. GALSTYAN.– Thank you. Mr Prime "
            "Minister, what did Armenia receive?\n\nN. PASHINYAN.– Thank you, Mrs Galstyan. Armenia receives a signed "
            "agreement.\n\nA. SIMONYAN.– Thank you. Artur Khachatryan, Hayastan faction.\n\nA. KHACHATRYAN.– Mr Prime "
            "Minister, the Karabakh movement was not started by you.")
    assert [r["speaker"] for r in extract_text(text, "t")][-1].endswith("Khachatryan")


def test_a_broadcast_transcripts_header_lines_are_no_speakers():
    text = ("RADIO CONDOR — ANDES TODAY\n\nBroadcast: Tuesday 13 January 2026, 20:05 BOT\nSegment 2: Bolivia's decree "
            "deal, who blinked?\nInterpretation: Lee Ha-na. Producer: Seo Min-jun.\n\nARTEAGA: Martín, what appeared in "
            "the gazette?\n\nCHOQUE: Decree 5516 came out this morning.\n\nARTEAGA: And the price at the pump?\n\n"
            "CHOQUE: Unchanged.")
    assert {r["speaker"] for r in extract_text(text, "t")} == {"interviewer", "Choque"}


def test_two_initials_before_a_surname_are_no_answer_label():
    text = ("The sitting is chaired by the Speaker of the 13th Saeima, Ināra Mūrniece.\n\n"
            "The Chair. We move on to the next item, the confidence vote.\n\nA. K. Kariņš (candidate for the office of Prime "
            "Minister). Madam Speaker! Honourable Members of the Saeima! The elections took place in October.\n\n"
            "D. Pavļuts (AP!). Madam Speaker! Colleagues! We told the President what we would do.\n\n"
            "The Chair. Thank you. The debate is closed.")
    assert [r["speaker"] for r in extract_text(text, "t") if r["text"].startswith("Madam")][0].endswith("Kariņš")


def test_a_label_may_open_with_an_apostrophe():
    text = ("KHUMALO: Let's hear from one of those members. 'Mathabo, you work on a sewing line. Good morning.\n\n"
            "'MATHABO (through interpreter): Good morning.\n\nKHUMALO: Is fourteen per cent enough?\n\n'MATHABO (through "
            "interpreter): It is something. I will not lie and say it is nothing.\n\nKHUMALO: Thank you, 'Mathabo.")
    assert [r["speaker"] for r in extract_text(text, "t") if r["text"].startswith("It is something")] == ["'Mathabo"]


def test_honourable_member_is_a_style_and_a_role_no_ones_name():
    text = ("MADAM SPEAKER: The floor is open for debate. Honourable Member for Serrekunda.\n\nHON. SAINEY TOURAY: Thank "
            "you, Madam Speaker. The Permanent Secretary told the Committee that these species are highly migratory.\n\n"
            "MADAM SPEAKER: Thank you. Honourable Member for Banjul North.\n\nHON. OUSMAN SILLAH: Thank you, Madam Speaker. "
            "This is a bad deal.")
    records = extract_text(text, "t")
    assert [r["speaker"][:19] for r in records if r["text"].startswith("these species")] == ["Permanent Secretary"]


def test_a_records_label_surname_is_the_full_spanish_name_its_heading_gives_in_capitals():
    text = ("ORDINARY SESSION 4\n\nPRESIDED OVER BY MR JUAN ANTONIO COLOMA CORREA, PRESIDENT\n\nSECRETARY: MR RAÚL "
            "GUZMÁN URIBE\n\nMr COLOMA (President).- We now take up the bill amending the Labour Code.\n\n"
            "Mr GUZMÁN (Secretary-General).- The bill reduces the ordinary working week from forty-five to forty hours."
            "\n\nMr COLOMA (President).- Senator Mr Núñez has the floor.\n\nMr NÚÑEZ.- Thank you, Mr President. We "
            "support the bill.")
    speakers = [r["speaker"] for r in extract_text(text, "t")]
    assert speakers[:3] == ["Juan Antonio Coloma Correa", "Raúl Guzmán Uribe", "Juan Antonio Coloma Correa"]


def test_she_in_an_answer_is_never_the_panel_host_who_asked_the_question():
    text = ("Vivian Kao talks to reporter Huang Shu-fen and analyst Jason Lo about the pilots' strike.\n\n"
            "KAO: Who leads the union?\n\nHUANG: Lee Hsin-yen, a captain who flies for EVA Air. Some of them questioned "
            "why she should sit across from China Airlines at all.\n\nLO: It was a fair question.\n\n"
            "KAO: How did she answer that?\n\n"
            "HUANG: She said she had been elected through legal procedures to chair a union.")
    records = [r for r in extract_text(text, "t") if r["text"].startswith("she had been elected")]
    assert [r["speaker"] for r in records] == ["Lee Hsin-yen"]


def test_an_office_in_capitals_is_its_holder_named_in_brackets_before_else_an_unnamed_office():
    text = ("The MINISTER OF LABOUR, SOLIDARITY AND SOCIAL SECURITY (Maria do Rosário Palma Ramalho): Thank you, Mr "
            "President.\n\n"
            "Mr Fabian Figueiredo (BE): Impossible? The employers will find a way!\n\n"
            "The MINISTER OF LABOUR, SOLIDARITY AND SOCIAL SECURITY: Finally, Ms Isabel Mendes Lopes asked about "
            "parental leave.\n\n"
            "The MINISTER OF TOURISM: Thank you, Speaker. GOOD supports the report.\n")
    assert [r["speaker"] for r in extract_text(text, "t")] == [
        "Maria do Rosário Palma Ramalho", "Fabian Figueiredo", "Maria do Rosário Palma Ramalho",
        "Minister of Tourism (unnamed)"]


def test_a_surname_in_brackets_is_the_full_spanish_name_of_the_records_heading():
    text = ("SENATE SESSIONS JOURNAL\n\n"
            "PRESIDING: MR JAIME QUINTANA LEAL, PRESIDENT\nSECRETARY: MR RAÚL GUZMÁN URIBE, TITULAR\n\n"
            "The PRESIDENT (Mr Quintana): The Secretary has the floor.\n\n"
            "The SECRETARY-GENERAL (Mr Guzmán): The bill was approved by the Chamber of Deputies yesterday.\n\n"
            "Senator QUINTANA: We need a new Constitution.\n")
    assert [r["speaker"] for r in extract_text(text, "t")] == [
        "Jaime Quintana Leal", "Raúl Guzmán Uribe", "Jaime Quintana Leal"]


def test_a_live_pages_headline_under_its_time_is_no_speakers_turn():
    text = ("17:15\nConfirmed: no reform of Section 112 in the memorandum\n\n"
            "Sirikanya Tansakun said on Friday that the party would table a bill by itself.\n\n---\n\n"
            "16:58\nPita: a change of government \"by peaceful means\"\n\n"
            "Mr Pita opened the press conference by pointing to the date.\n\n"
            "\"This is another historic moment,\" he said.\n\n---\n\n"
            "11:30\nSunday: \"Differences remain\"\n\n"
            "Chaithawat Tulathon said yesterday that the parties still differed on some clauses.\n\n---\n\n"
            "10:05\nCholnan: \"We are on board\"\n\n"
            "Cholnan Srikaew said his party would sign the memorandum on Monday.\n")
    assert [r["speaker"] for r in extract_text(text, "t")] == [
        "Sirikanya Tansakun", "Pita", "Chaithawat Tulathon", "Cholnan Srikaew", "Cholnan Srikaew"]
