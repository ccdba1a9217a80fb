"""Parliamentary records in layouts no pattern was written for: the turn labels are learned from the record."""

from __future__ import annotations

from conftest import by_text
from stance.extract import extract_text
from stance.extract.learned_labels import match_label


def test_a_record_whose_labels_end_in_a_full_stop_and_a_dash_is_read_turn_by_turn():
    text = ("Presided over by the Vice-President of the Nation, Mr. Amado Boudou.\n\n"
            "Mr. President (Boudou).– The floor goes to Senator Filmus.\n\n"
            "Mr. Filmus.– Thank you, Mr. President.\n"
            "This memorandum is an attempt to unblock a case that has been stuck for years. (Applause.)\n"
            "Nobody has shown me a clause that makes the case go backwards.\n\n"
            "Mr. Sanz.– The Radical bloc will vote against this bill, and I will explain why.\n\n"
            "—A vote is taken by electronic means.\n\n"
            "Mr. President (Boudou).– It is approved in general and in particular.")
    recs = extract_text(text, "t")
    assert by_text(recs, "unblock a case")["speaker"] == "Filmus", recs
    # a speech goes on after a stage direction at a paragraph's end, and the record's own narration is nobody's
    assert by_text(recs, "go backwards")["speaker"] == "Filmus", recs
    assert not [r for r in recs if "electronic means" in r["text"]], recs
    assert by_text(recs, "It is approved")["speaker"] == "Amado Boudou", recs
    # (the record's own line may open with an en dash too)
    recs = extract_text(text.replace("—A vote", "–A vote"), "t")
    assert not [r for r in recs if "electronic means" in r["text"]], recs


def test_a_label_with_a_comma_names_the_person_not_the_office():
    text = ("The President, Deputy Dulce María Sauri Riancho: The floor goes to Deputy Carlos Pavón Campos.\n\n"
            "Deputy Carlos Pavón Campos: With your permission, Madam President. This opinion does not go far enough.\n\n"
            "The President, Deputy Dulce María Sauri Riancho: One moment, Deputy. Do you accept a question?\n\n"
            "Deputy Carlos Pavón Campos: No, Madam President, thank you. The majority is in a hurry.")
    recs = extract_text(text, "t")
    assert by_text(recs, "One moment")["speaker"] == "Dulce María Sauri Riancho", recs
    ukraine = ("CHAIRMAN. The report will be given by the First Vice Prime Minister, Andriy Klyuyev. Please.\n\n"
               "KLYUYEV A.P., First Vice Prime Minister of Ukraine. Esteemed colleagues! The Agreement extends the "
               "stay of the fleet by twenty-five years.\n\n"
               "VOICE FROM THE HALL. You sold Crimea for gas!\n\n"
               "KLYUYEV A.P. I will answer that. The Constitution itself permits it.")
    recs = extract_text(ukraine, "t")
    assert by_text(recs, "extends the stay")["speaker"] == "Andriy Klyuyev", recs
    assert by_text(recs, "I will answer that")["speaker"] == "Andriy Klyuyev", recs


def test_the_chair_of_a_record_is_the_person_its_header_names():
    text = ("Presiding: Chairman of the Verkhovna Rada of Ukraine V.M. LYTVYN\n\n"
            "CHAIRMAN. Esteemed colleagues! I ask you to take your seats.\n\n"
            "[Eggs are thrown from the hall towards the presidium.]\n\n"
            "I ask you to stop this. This is a parliament and not a marketplace.\n\n"
            "BILORUS O.H., Chairman of the Committee on Foreign Affairs. The committee recommends rejection.\n\n"
            "CHAIRMAN. Thank you. We move to the vote.")
    recs = extract_text(text, "t")
    assert by_text(recs, "take your seats")["speaker"] == "V.M. Lytvyn", recs
    # a stage direction in brackets does not end the chair's speech
    assert by_text(recs, "not a marketplace")["speaker"] == "V.M. Lytvyn", recs


def test_labels_with_a_wide_gap_or_a_time_in_square_brackets_are_turns():
    korea = ("◯Speaker Woo Won-shik  Item 2 on the agenda. I ask Chair Park to report.\n\n"
             "◯Chair of the Health and Welfare Committee Park Ju-min  I am Park Ju-min. The committee passed it.\n\n"
             "◯Member Chun Ha-ram  I cannot agree to adjusting the numbers alone.\n\n"
             "◯Speaker Woo Won-shik  Thank you, Member Chun.")
    recs = extract_text(korea, "t")
    assert by_text(recs, "committee passed it")["speaker"] == "Park Ju-min", recs
    norway = ("President: Dag Terje Andersen\n\nForeign Minister Jonas Gahr Støre answered for the Government.\n\n"
              "Ivar Kristiansen (H) [12:34:22] (rapporteur): President, this is a day to remember for the north.\n\n"
              "Geir Arne Sollid (FrP) [12:50:02]: President, the Progress Party supports the treaty.\n\n"
              "Minister of Foreign Affairs Jonas Gahr Støre [12:56:31]: President, this is a historic decision.")
    recs = extract_text(norway, "t")
    assert by_text(recs, "day to remember")["speaker"] == "Ivar Kristiansen", recs
    assert by_text(recs, "historic decision")["speaker"] == "Jonas Gahr Støre", recs


def test_a_label_alone_on_its_line_may_have_the_debates_title_below_it():
    text = ("Anf. 61  ARON EMILSSON (SD):\n\n"
            "Defence cooperation agreement with the United States of America\n\n"
            "Mr Speaker! The agreement before us was signed in Washington after a year of negotiations.\n\n"
            "Anf. 62  HÅKAN SVENNELING (V):\n\n"
            "Mr Speaker! The Left Party will vote no, and I move approval of reservation 1.\n\n"
            "Anf. 63  JÖRGEN BERGLUND (M) replik:\n\n"
            "Mr Speaker! Håkan Svenneling should read Article 1 of the agreement before he votes.")
    recs = extract_text(text, "t")
    assert by_text(recs, "signed in Washington")["speaker"] == "Aron Emilsson", recs
    assert by_text(recs, "should read Article 1")["speaker"] == "Jörgen Berglund", recs  # "replik" is a note


def test_news_with_place_names_before_dashes_is_no_record():
    text = ("Kyiv – The talks resumed on Monday, officials said, after a week of shelling.\n\n"
            "Moscow – The Kremlin said it saw no reason to hurry.\n\n"
            "Brussels – Diplomats said the sanctions package would wait.\n\n"
            "Recess. Both delegations have left the room.")
    recs = extract_text(text, "t")
    assert by_text(recs, "no reason to hurry")["speaker"] == "Kremlin", recs
    assert not [r for r in recs if "delegations have left" in r["text"]], recs


def test_initials_after_a_surname_end_a_label_but_before_one_they_begin_a_name():
    first = "KLYUYEV A.P. I will answer that."
    assert match_label(first, 0, len(first)).group() == "KLYUYEV A.P"
    second = "THE SPEAKER S. WEISS: The sitting is open."
    assert match_label(second, 0, len(second)).group() == "THE SPEAKER S. WEISS"
    assert match_label("PRIME MINISTER Y. RABIN:", 0, 24) is None  # a label alone on its line, no speech after it


def test_a_record_whose_labels_are_a_surname_and_initials_alone_above_the_speech_is_read_turn_by_turn():
    text = ("Presiding: V. V. Volodin, Chairman of the State Duma\n\n"
            "Presiding officer. Colleagues, we move on to item 9: the ratification of the Treaty.\n\n"
            "Rudenko A. Yu., official representative of the President, Deputy Minister of Foreign Affairs.\n\n"
            "Esteemed deputies! The Treaty was signed in Moscow on 17 January by the two presidents.\n\n"
            "Ratification of the Treaty meets the national interests of the Russian Federation. Thank you.\n\n"
            "Presiding officer. Thank you. The co-report is by the committee's chairman.\n\n"
            "Slutsky L. E., Chairman of the Committee on International Affairs, LDPR faction.\n\n"
            "The committee considered the bill. The LDPR faction will vote in favour.\n\n"
            "Presiding officer. Thank you. Are there questions? Please register.\n\n"
            "Sorokin G. I., CPRF faction.\n\n"
            "A direct question. What exactly does Russia owe Tehran under this Treaty?\n\n"
            "Rudenko A. Yu. Thank you for the question. The Treaty contains no mutual defence obligation.")
    recs = extract_text(text, "t")
    assert by_text(recs, "signed in Moscow")["speaker"] == "Rudenko", recs
    assert by_text(recs, "national interests")["speaker"] == "Rudenko", recs
    assert by_text(recs, "owe Tehran")["speaker"] == "Sorokin", recs
    assert by_text(recs, "vote in favour")["speaker"] == "Slutsky", recs
    assert by_text(recs, "no mutual defence")["speaker"] == "Rudenko", recs
    # the chair is the person the header names; a label paragraph is nobody's speech
    assert by_text(recs, "Are there questions")["speaker"] == "V. V. Volodin", recs
    assert not [r for r in recs if "CPRF faction" in r["text"] or "official representative" in r["text"]], recs
