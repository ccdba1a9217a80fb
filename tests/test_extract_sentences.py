"""Who said what across sentence and clause boundaries: a quote's attribution that says more, a second that-clause,
the subject's next verb, a question's subject, a speaker who is no one in particular."""

from __future__ import annotations

from conftest import by_text
from stance.extract import extract_text


def test_a_verb_after_a_quote_that_ends_its_sentence_attributes_it_and_opens_a_statement_of_its_own():
    text = ("“I feel very happy,” Florian Wirtz told reporters. “Finally, it’s done.” He said part of the appeal "
            "was doing something completely new.")
    recs = extract_text(text, "t")
    assert by_text(recs, "Finally")["speaker"] == "Florian Wirtz", recs
    assert by_text(recs, "part of the appeal")["speaker"] == "Florian Wirtz", recs
    # a verb followed only by when or where it was said attributes the quote and nothing more
    recs = extract_text("“We will win.” Smith said on Tuesday.", "t")
    assert [r["text"] for r in recs] == ["We will win."], recs


def test_a_second_that_clause_with_an_aside_belongs_to_the_same_statement():
    text = ("Ramaphosa said he was a proud South African, and that, while there had been anger, two wrongs did not "
            "make a right.")
    recs = extract_text(text, "t")
    assert by_text(recs, "proud South African")["text"].endswith("two wrongs did not make a right"), recs


def test_the_subjects_next_verb_with_its_own_clause_ends_the_statement():
    text = "Junts has said the deal is no concierto at all, doubts that it can ever be carried out and has little interest."
    recs = extract_text(text, "t")
    assert by_text(recs, "no concierto")["text"] == "the deal is no concierto at all", recs


def test_a_complaint_before_a_vote_is_the_subjects_statement():
    text = ("Senator David Pocock supported the bills in the end, but not before complaining that enormous changes "
            "were being rushed through.")
    recs = extract_text(text, "t")
    assert by_text(recs, "enormous changes")["speaker"] == "David Pocock", recs


def test_a_frontbencher_is_an_unnamed_source():
    text = ("A Coalition frontbencher, who spoke on condition of anonymity, conceded the opposition had never settled "
            "it. “We had seven demands on paper,” the frontbencher said.")
    recs = extract_text(text, "t")
    assert by_text(recs, "never settled")["speaker"] == "Coalition frontbencher (unnamed)", recs
    assert by_text(recs, "seven demands")["speaker"] == "Coalition frontbencher (unnamed)", recs


def test_the_person_a_question_was_about_is_not_the_one_who_answers_it():
    text = ("Cyril Ramaphosa left the White House after lunch. Asked whether Donald Trump had heard him, he said: "
            "\"I do.\"")
    recs = extract_text(text, "t")
    assert by_text(recs, "I do")["speaker"] == "Cyril Ramaphosa", recs


def test_anyone_who_believes_something_is_no_speaker():
    text = "Ryan Park was furious. Anyone who believed otherwise, he fumed, was running a different race."
    recs = extract_text(text, "t")
    assert by_text(recs, "different race")["speaker"] == "Ryan Park", recs
    assert not extract_text("Whoever thinks that eggs will decide anything is mistaken.", "t")


def test_the_source_is_the_one_just_introduced_even_before_it_speaks():
    text = ("Union officials said the strike would go ahead. A senior government source was less diplomatic last "
            "night. “They had an order from the umpire and they have torn it up,” the source said.")
    recs = extract_text(text, "t")
    assert by_text(recs, "order from the umpire")["speaker"] == "senior government source (unnamed)", recs
    # someone a sentence only imagines is nobody introduced
    text = ("Mr Seiler said the principle was simple. A train driver or conductor who chooses a 40-hour week will earn "
            "more. He said the package was challenging.")
    assert by_text(extract_text(text, "t"), "package was")["speaker"] == "Seiler", extract_text(text, "t")


def test_an_expectation_after_and_is_part_of_what_was_said():
    text = ("The official said Yaren had asked for the treaty and expected to complete its domestic approval steps "
            "early in the new year.")
    recs = extract_text(text, "t")
    assert by_text(recs, "Yaren")["text"].endswith("early in the new year"), recs


def test_the_source_is_the_unnamed_source_who_spoke_last_whatever_noun_named_it():
    text = ("A senior Conservative source said the deal was a blank cheque. Mr Streeting has always insisted the "
            "demand was unaffordable. An NHS insider said bosses were privately relieved. “Every strike day cost a "
            "fortune,” the source said.")
    recs = extract_text(text, "t")
    assert by_text(recs, "strike day")["speaker"] == "NHS insider (unnamed)", recs


def test_a_bare_clause_whose_verb_is_an_irregular_past_is_what_was_said():
    recs = extract_text("European Parliament President Roberta Metsola said a stronger Schengen meant a stronger "
                        "Europe.", "t")
    assert by_text(recs, "stronger Schengen")["speaker"] == "Roberta Metsola", recs


def test_an_adverb_between_the_speaker_and_the_verb_keeps_the_speaker():
    recs = extract_text("Mr Tarar nevertheless told reporters the talks were moving in a positive direction.", "t")
    assert by_text(recs, "talks were moving")["speaker"] == "Tarar", recs


def test_the_owner_is_the_owner_the_article_named():
    text = "Mets owner Steve Cohen beamed at the podium. “It was a moving target,” the owner said."
    recs = extract_text(text, "t")
    assert by_text(recs, "moving target")["speaker"] == "Steve Cohen", recs


def test_two_offices_before_a_name_are_both_the_persons():
    text = ("Cabinet Spokesman and Minister of Health Nalinda Jayatissa spoke first. “There is no reason to fear "
            "these MoUs,” the Cabinet Spokesman said.")
    recs = extract_text(text, "t")
    assert by_text(recs, "no reason to fear")["speaker"] == "Nalinda Jayatissa", recs


def test_letting_slip_is_saying():
    recs = extract_text("David Stearns let slip that he had been talking about Soto since the day he arrived.", "t")
    assert by_text(recs, "talking about Soto")["speaker"] == "David Stearns", recs


def test_a_fronted_phrase_of_two_or_three_prepositions_comes_before_the_subject_that_speaks():
    text = ("Sergio Mattarella had refused the appointment. In a televised address on the evening of May 27 he said he "
            "had accepted every other name on the list.\n\n"
            "But in a letter on Friday the board said the referral did not suspend the right to strike.\n\n"
            "And in an interview with Morgenbladet he argued that the pilots had been pushed into a corner.")
    recs = extract_text(text, "t")
    assert by_text(recs, "accepted every other name")["speaker"] == "Sergio Mattarella", recs
    assert by_text(recs, "did not suspend the right")["speaker"] == "board", recs
    assert by_text(recs, "pushed into a corner")["speaker"] == "Sergio Mattarella", recs


def test_state_media_speak_and_state_before_a_noun_is_no_speech_verb():
    text = ("Netanyahu's office said Israel had agreed to the ceasefire.\n\n"
            "Iranian state television says a ceasefire began at 7.30am local time.")
    recs = extract_text(text, "t")
    assert by_text(recs, "a ceasefire began")["speaker"] == "Iranian state television", recs
    recs = extract_text("Hours later, Iran's state broadcaster said the talks would resume.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Iran's state broadcaster", "the talks would resume")], recs
    # "state" as a verb still attributes
    recs = extract_text("The two parties state that any disagreement is to be settled within the coalition.", "t")
    assert [r["text"] for r in recs] == ["any disagreement is to be settled within the coalition"], recs


def test_a_statement_issued_saying_a_clause_is_its_issuers():
    text = "Mary Barra, for her part, put out a short written statement saying the company was glad to have a deal."
    recs = extract_text(text, "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Mary Barra", "the company was glad to have a deal")], recs
    # ('"exceptional," saying': not after a quote's last word)
    recs = extract_text('The union called the offer "exceptional," saying members would vote on it.', "t")
    assert by_text(recs, "members would vote")["speaker"] == "union", recs


def test_a_body_or_a_document_with_a_modifier_after_its_noun_speaks():
    recs = extract_text("The movement led by Alvaro Uribe has already said it will campaign for a No vote.", "t")
    assert [r["text"] for r in recs] == ["it will campaign for a No vote"], recs
    assert recs[0]["speaker"].startswith("movement led") and recs[0]["speaker"].endswith("(unnamed)"), recs
    recs = extract_text("The group of governments that convened the talks said it had guarantees from the army.", "t")
    assert [r["text"] for r in recs] == ["it had guarantees from the army"], recs
    text = "A Labour Department statement issued after the talks said both sides had accepted four points."
    recs = extract_text(text, "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Labour Department", "both sides had accepted four points")]


def test_they_after_a_fronted_place_speak_and_a_fronted_phrase_may_have_two_modifiers():
    text = "John Smith met Ali Jones. At a joint news conference they said anyone signing the deal spoke only for himself."
    recs = extract_text(text, "t")
    assert [r["text"] for r in recs] == ["anyone signing the deal spoke only for himself"], recs
    # (not "and then they tell the teacher there is no money": a hypothetical inside an answer)
    recs = extract_text("When they give themselves a rise, and then they tell the teacher there is no money, that is "
                        "unfair.", "t")
    assert recs == [], recs


def test_the_one_promised_warned_or_assured_comes_before_the_clause():
    cases = [("His vice-president then promised supporters the whole thing would be sorted within 48 hours.",
              "the whole thing would be sorted within 48 hours"),
             ("Osi made it clear to Napoli bosses he wanted the transfer wrapped up.", "he wanted the transfer wrapped up"),
             ("The governor assured investors the bank would survive.", "the bank would survive")]
    for text, content in cases:
        assert [r["text"] for r in extract_text(text, "t")] == [content], text
    # "assured X of Y" has no clause
    assert extract_text("The US president assured the president of Russia of the American side's commitment.", "t") == []


def test_and_saying_after_a_quoted_phrase_opens_a_statement_of_the_same_speaker():
    text = ('Labour was not ready to back the deal, describing it as only a "very small step" and saying dairy access '
            "should have been a priority.")
    recs = extract_text(text, "t")
    assert by_text(recs, "dairy access")["speaker"] == "Labour", recs


def test_more_ways_to_report_a_clause():
    cases = {
        "Karl Nehammer said about 1,200 more border police officers would be deployed.":
            ("Karl Nehammer", "about 1,200 more border police officers would be deployed"),
        "Vladimir Putin expressed hope it would serve as a solid basis for ending the fighting.":
            ("Vladimir Putin", "it would serve as a solid basis for ending the fighting"),
        "Samia Suluhu Hassan expressed optimism that the project would open opportunities.":
            ("Samia Suluhu Hassan", "the project would open opportunities"),
        "Professor Aníbal Cordero considered that the agreements place the calendar in Venezuelan hands.":
            ("Aníbal Cordero", "the agreements place the calendar in Venezuelan hands"),
        "DUP sources have already let it be known that the review will be an occasion to ask for more.":
            ("DUP sources (unnamed)", "the review will be an occasion to ask for more"),
        "Government and Coalition sources alike have said the opposition was still adding requests.":
            ("Government and Coalition sources (unnamed)", "the opposition was still adding requests"),
    }
    for sentence, (speaker, said) in cases.items():
        recs = extract_text(sentence, "t")
        assert [(r["speaker"], r["text"]) for r in recs] == [(speaker, said)], sentence


def test_a_second_speaker_after_a_semicolon_ends_the_first_statement_whatever_the_verbs_length():
    text = ("Mr Orpo played the move down, saying the other groups were far enough along to take a breather; Sari "
            "Essayah, the Christian Democrat leader, let it be known that she had learned of the decision late.")
    recs = extract_text(text, "t")
    assert by_text(recs, "far enough along")["text"] == "the other groups were far enough along to take a breather"
    assert by_text(recs, "she had learned")["speaker"] == "Sari Essayah", recs


def test_what_followed_a_statement_is_the_reporters_own_account():
    recs = extract_text("Ineos said on Friday it would reopen the plant, reversing a decision taken only two days "
                        "earlier.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Ineos", "it would reopen the plant")], recs


def test_an_object_after_announced_is_no_statement_even_before_a_participle_that_reports_one():
    recs = extract_text("John Smith announced the outcome at his inauguration on 20 January, telling the crowd at the "
                        "stadium that a new programme would be funded.", "t")
    assert [r["text"] for r in recs] == ["a new programme would be funded"], recs
    # ("his" ends in s but is no verb: "the news on social media" holds none)
    assert extract_text("Sara Nelson announced the news on his behalf on social media.", "t") == []


def test_saying_moaning_or_boasting_in_the_progressive_reports_a_clause():
    cases = {
        "Romelu Lukaku was moaning on Italian telly that he wanted to go back.":
            ("Romelu Lukaku", "he wanted to go back"),
        "Jean Ping has been saying for weeks that the vote was stolen.":
            ("Jean Ping", "the vote was stolen"),
        "Rodrigo Duterte was boasting that the deal would bring billions.":
            ("Rodrigo Duterte", "the deal would bring billions"),
    }
    for sentence, (speaker, said) in cases.items():
        recs = extract_text(sentence, "t")
        assert [(r["speaker"], r["text"]) for r in recs] == [(speaker, said)], sentence


def test_that_night_or_later_that_night_before_the_subject_is_a_time():
    for sentence, speaker in {"That night Smith wrote to player reps that there was no agreement yet.": "Smith",
                              "Later that night DeMaurice Smith said there was no agreement yet.": "DeMaurice Smith"}.items():
        recs = extract_text(sentence, "t")
        assert [(r["speaker"], r["text"]) for r in recs] == [(speaker, "there was no agreement yet")], sentence


def test_players_are_people_an_unnamed_group_of_them_speaks():
    recs = extract_text("Some players complained on Twitter that the terms had been slipped in.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Some players (unnamed)", "the terms had been slipped in")]


def test_and_some_others_then_a_speech_verb_ends_the_clause_before_it():
    recs = extract_text("Smith wrote that there was no agreement yet, and some workers complained that the terms had "
                        "been slipped in.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("Smith", "there was no agreement yet"), ("some workers (unnamed)", "the terms had been slipped in")]


def test_that_before_a_time_is_no_clauses_that():
    recs = extract_text("Mr Brown, who had insisted until that afternoon that a deal was close, resigned on Monday.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Brown", "a deal was close")]


def test_a_time_before_a_role_opening_a_sentence_is_no_unnamed_source():
    text = ("The economy minister, Danilo Astori, was more reluctant.\n\nA month later the minister sounded more "
            "reconciled. Negotiations of this kind were never easy, he told the weekly Búsqueda, first because the "
            "subjects were complex.")
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Danilo Astori"]


def test_the_paper_told_is_named_after_the_kind_of_paper():
    for sentence in ("Juan Perez told the weekly Búsqueda the deal was dead.",
                     "Juan Perez told the newspaper Clarín the deal was dead."):
        assert [(r["speaker"], r["text"]) for r in extract_text(sentence, "t")] == [("Juan Perez", "the deal was dead")]
    recs = extract_text("Danilo Astori was reluctant. Negotiations were never easy, he told the weekly Búsqueda, because "
                        "the subjects were complex.", "t")
    assert [r["text"] for r in recs] == ["Negotiations were never easy because the subjects were complex"]


def test_the_filing_said_is_whoever_filed_it():
    recs = extract_text("In a filing to the stock exchange, CMOC said it would pay. TFM will also distribute at least $1.2 "
                        "billion in dividends to Gecamines, the filing said.", "t")
    assert [r["speaker"] for r in recs] == ["CMOC", "CMOC"], recs


def test_in_a_month_this_year_before_the_subject_is_a_time():
    recs = extract_text('CMOC and Gecamines fought. In April this year the two companies said they had reached a '
                        '"consensus" on royalties.', "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("CMOC and Gecamines", 'they had reached a "consensus" on royalties')]


def test_events_then_another_speaker_or_a_likening_end_the_reported_clause():
    recs = extract_text("Jean-Michel Sama Lukonde said in March that court proceedings would be suspended, but the case "
                        "dragged on and the administrator later said he had taken over management.", "t")
    assert by_text(recs, "court proceedings")["text"] == "court proceedings would be suspended", recs
    recs = extract_text("Leon Mwine Kabiena said the state miner was prepared to end the partnership, comparing the "
                        "relationship to a marriage that could end in divorce.", "t")
    assert [r["text"] for r in recs] == ["the state miner was prepared to end the partnership"], recs


def test_said_publicly_then_a_clause_and_the_other_sides_denial_is_not_the_content():
    recs = extract_text("The Alliance of Patriots said publicly it would not put its name to anything.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Alliance of Patriots", "it would not put its name to anything")]
    recs = extract_text("Giorgi Vashadze said it had floated 110-40, which the party denied.", "t")
    assert [r["text"] for r in recs] == ["it had floated 110-40"], recs


def test_whose_message_speaks_for_the_person_named_before_it():
    recs = extract_text("Ramathan Ggoobi said the system was not going anywhere. Musoke did not spare Kampala Minister "
                        "Minsa Kabanda, whose WhatsApp voice note earlier this week told traders the President would "
                        "not meet them at Kololo.", "t")
    assert by_text(recs, "would not meet them")["speaker"] == "Minsa Kabanda", recs


def test_and_then_an_adverb_between_commas_then_a_speech_verb_is_a_second_statement():
    recs = extract_text('Astori said he respected the decision entirely and, notably, added at the time that the '
                        'government was still "very far" from an agreement.', "t")
    assert [r["text"] for r in recs] == ["he respected the decision entirely",
                                         'the government was still "very far" from an agreement'], recs


def test_asked_publicly_whether_and_wanted_to_know_are_questions_of_their_own():
    recs = extract_text("Lacalle Pou asked publicly whether Uruguay had accepted dispute-settlement mechanisms.", "t")
    assert [r["text"] for r in recs] == ["whether Uruguay had accepted dispute-settlement mechanisms"], recs
    recs = extract_text("Carol Aviaga said after the signing that the lack of information was surprising and wanted to "
                        "know at what price the state would sell fuel.", "t")
    assert recs[0]["text"] == "the lack of information was surprising", recs


def test_a_plural_subjects_second_present_tense_verb_ends_its_first_clause():
    recs = extract_text("Outside parliament, environmental groups argue that a contract of this size should never have "
                        "bypassed the legislature, and warn about effluent in a river.", "t")
    assert [r["text"] for r in recs] == ["a contract of this size should never have bypassed the legislature"], recs


def test_by_telling_a_long_fronted_phrase_said_for_weeks_and_a_possessive_office_at_a_body():
    cases = {
        'ICTU general secretary Owen Reidy opened the Belfast rally by telling the crowd that "the time for hollow '
        'words is over".': ("Owen Reidy", "the time for hollow words is over"),
        "Michelle O'Neill was there. After her own meeting with Mr Heaton-Harris on Monday she said she could not say "
        "she felt positive.": ("Michelle O'Neill", "she could not say she felt positive"),
        "Translink has said for weeks it cannot make a pay offer.": ("Translink", "it cannot make a pay offer"),
        "Paul Andrews, Unison's branch chair at Belfast City Hospital, told reporters that nobody wanted to be out.":
            ("Paul Andrews", "nobody wanted to be out"),
    }
    for sentence, (speaker, said) in cases.items():
        recs = extract_text(sentence, "t")
        assert [(r["speaker"], r["text"]) for r in recs] == [(speaker, said)], sentence


def test_and_another_named_persons_act_ends_the_reported_clause():
    recs = extract_text('Premiership defender Libby Birch fumed that there was "no clarity around our futures", and Demons '
                        "ruckman Max Gawn publicly backed the push.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Libby Birch", 'there was "no clarity around our futures"')]


def test_an_occasion_used_to_warn_and_a_refusal_after_the_clause():
    recs = extract_text("Evo Morales used the same ceremony to warn firms still negotiating that they must respect Bolivian "
                        "law.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Evo Morales", "they must respect Bolivian law")], recs
    recs = extract_text('Carlos Villegas had said all week that talks would go "to the last minute" and had refused to '
                        "discuss any extension.", "t")
    assert [r["text"] for r in recs] == ['talks would go "to the last minute"'], recs


def test_pointing_out_takes_a_clause_without_that():
    for sentence in ("Marco Materazzi pointed out the player still had not said a word.",
                     "Marco Materazzi hit out at the silence, pointing out the player still had not said a word."):
        recs = extract_text(sentence, "t")
        assert [(r["speaker"], r["text"]) for r in recs] == [
            ("Marco Materazzi", "the player still had not said a word")], sentence


def test_a_verb_after_a_comma_participle_does_not_make_an_announced_object_a_clause():
    recs = extract_text("Dariusz Klimczak announced the deal at a news conference in Warsaw on Tuesday, standing alongside "
                        "protest organisers who had blocked the border for weeks.", "t")
    assert recs == [], recs


def test_after_insisting_reports_for_the_sentences_subject():
    recs = extract_text("Romelu Lukaku fired them to the title, then bolted for Stamford Bridge weeks after insisting he "
                        "was staying.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Romelu Lukaku", "he was staying")]


def test_a_verb_and_an_object_are_no_title_and_a_dated_clause_after_a_semicolon_is_the_reporters():
    recs = extract_text("Emirates had suspended its Nigerian operations the same month, saying it could not repatriate "
                        "about $85 million; by mid-2023 the airline association put the figure higher.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Emirates", "it could not repatriate about $85 million")], recs


def test_a_programme_between_commas_before_that_is_where_it_was_said():
    recs = extract_text("Ajuri Ngelale had already cautioned on Monday night, on Channels Television's Politics Today, "
                        "that Nigerians should not expect the floodgates to open.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Ajuri Ngelale",
                                                          "Nigerians should not expect the floodgates to open")], recs


def test_a_day_after_and_but_he_cast_doubt_end_the_reported_clause():
    cases = {
        "Luis Abinader said on Thursday he would close all links with Haiti from Friday, a day after officials from the "
        "two countries sat down in Santo Domingo.": "he would close all links with Haiti from Friday",
        "Luis Abinader said contacts with Port-au-Prince would go on, but he cast doubt on what they could achieve.":
            "contacts with Port-au-Prince would go on",
    }
    for sentence, said in cases.items():
        assert [r["text"] for r in extract_text(sentence, "t")] == [said], sentence


def test_unnamed_sources_after_the_clause_may_say_in_the_plural():
    for sentence, speaker in {"The talks will resume on Monday, diplomats in Geneva say.": "diplomats (unnamed)",
                              "Nobody is coming back, Labour insiders say.": "Labour insiders (unnamed)"}.items():
        recs = extract_text(sentence, "t")
        assert [r["speaker"] for r in recs] == [speaker], sentence
    # (not "..., which critics describe as far-right": no statement)
    assert extract_text("The party allied with the SNS, which critics describe as far-right.", "t") == []


def test_declaring_reports_a_clause_that_has_its_own_verb():
    recs = extract_text('Doyin Okupe dropped the bombshell on Channels TV last night, declaring the deal had been "dead '
                        'for over four weeks".', "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Doyin Okupe", 'the deal had been "dead for over four weeks"')]


def test_another_titled_speaker_after_and_or_the_reporters_without_saying_end_a_clause():
    recs = extract_text("The Assembly of First Nations Quebec-Labrador said the result showed that work had to continue, and "
                        "interim Regional Chief Lance Haymond said chiefs carried a responsibility to protect children.", "t")
    assert [r["text"] for r in recs] == ["the result showed that work had to continue",
                                         "chiefs carried a responsibility to protect children"], recs
    recs = extract_text("Patty Hajdu has said she is disappointed with the outcome and is considering next steps, without "
                        "saying whether those steps include reopening talks.", "t")
    assert [r["text"] for r in recs] == ["she is disappointed with the outcome and is considering next steps"], recs


def test_that_being_after_a_time_opens_the_clause():
    recs = extract_text("Johan Floderus was freed. Floderus said on Tuesday that being free was a dream he had.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Johan Floderus", "being free was a dream he had")]


def test_a_name_then_a_participle_before_a_colon_is_who_is_quoted_and_it_after_a_fronted_phrase_speaks():
    text = ('2:51 p.m.\nGoodell, standing next to Smith for the first time since this began: "It\'s been a long time '
            'coming. Football is back."')
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Goodell"]
    recs = extract_text("The Central Bank of Cyprus has reversed its plan. In a short statement it said the move was "
                        "meant to keep the banking system running smoothly.", "t")
    assert [r["text"] for r in recs] == ["the move was meant to keep the banking system running smoothly"], recs


def test_said_as_much_has_no_content_and_all_but_is_no_second_clause():
    text = ("John Kirby spoke. Jake Sullivan said it was hard. Vladimir Putin had all but said as much in February, when "
            "he told Tucker Carlson that Mr Krasikov had acted out of patriotic motives.")
    recs = extract_text(text, "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("Jake Sullivan", "it was hard"), ("Vladimir Putin", "Mr Krasikov had acted out of patriotic motives")]


def test_said_after_a_quoted_phrase_and_a_comma_is_the_next_of_the_subjects_speech_acts():
    text = ("Recep Tayyip Erdogan was warmer in tone. He called Putin his \"dear friend\", said the relationship between "
            "the two countries had deep historical roots, and invited him to Turkey.")
    recs = extract_text(text, "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("Recep Tayyip Erdogan", "dear friend"),
        ("Recep Tayyip Erdogan", "the relationship between the two countries had deep historical roots")]


def test_and_said_after_a_fronted_place_and_time_belongs_to_the_pronoun_after_them():
    text = ("Leo Varadkar was pleased. In the Dáil the following day he described the agreement as most welcome and said "
            "Ireland could be comfortable with the outcome.\n\nSitiveni Rabuka thanked SODELPA for what he called its "
            "sacrifice, and said he was grateful.")
    recs = extract_text(text, "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("Leo Varadkar", "Ireland could be comfortable with the outcome"), ("Sitiveni Rabuka", "he was grateful")]


def test_a_clause_that_opens_with_a_whole_quote_is_that_quote_but_a_quoted_fragment_opens_a_longer_clause():
    text = ("Joe Douglas called the talks \"productive\" but said \"we're not where we need to be yet,\" while Joe Gutekunst "
            "let slip that a first-round pick was not a necessity.\n\nThe minister said \"over half a dozen\" armed "
            "groups were running their own governments.")
    recs = extract_text(text, "t")
    assert [(r["text"], r["direct"]) for r in recs if r["speaker"] != "Joe Gutekunst"] == [
        ("productive", True), ("we're not where we need to be yet,", True),
        ("\"over half a dozen\" armed groups were running their own governments", False)], recs


def test_and_said_in_a_turn_of_a_transcript_belongs_to_the_subject_after_the_label():
    text = ("RH: President Biden called the truce a \"long-awaited reprieve\" but said it was not enough and that the war "
            "had to end. He credited Saudi Arabia.")
    recs = extract_text(text, "t")
    assert ("Biden", "it was not enough and that the war had to end") in [(r["speaker"], r["text"]) for r in recs]


def test_a_clause_said_in_an_opening_when_clause_ends_where_the_main_clause_begins():
    text = ("Petteri Orpo won. When Mr Orpo announced at the end of April that he would open talks with these three "
            "parties, he identified the economy as the hardest part.\n\nAfter the union said it would strike, the company "
            "raised its offer.\n\nWhen Liberal senator Jonathon Duniam called Watt at 7.15am on Thursday, he was told an "
            "answer would come.")
    recs = extract_text(text, "t")
    assert [r["text"] for r in recs][:2] == ["he would open talks with these three parties", "it would strike"]
    assert "Watt at 7.15am on Thursday" not in [r["text"] for r in recs]


def test_an_attribution_with_its_day_set_in_a_clause_is_one_statement_around_it():
    text = ("Kristrún Frostadóttir won. Her government's first job, Ms Frostadóttir said on Saturday, was to steady the "
            "economy and bring borrowing costs down.")
    recs = extract_text(text, "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("Kristrún Frostadóttir",
         "Her government's first job was to steady the economy and bring borrowing costs down")]


def test_a_speech_saying_is_what_its_giver_said():
    text = ("Gustavo Petro was in Bogota. On Wednesday night he gave a speech saying the strike was run by companies with "
            "economic or political interests.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Gustavo Petro", "the strike was run by companies with economic or political interests")]


def test_said_at_the_weekend_opens_a_bare_clause_and_asked_for_is_a_request_of_its_own():
    text = ("The meeting lasted less than 20 minutes. Rob Gould said the union had no questions for now and asked for a "
            "break to study the offer.\n\nCardiff captain Josh Turnbull said at the weekend the dispute had never been "
            "about money.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Rob Gould", "the union had no questions for now"),
        ("Josh Turnbull", "the dispute had never been about money")]


def test_a_participle_owned_by_someone_is_an_adjective_not_a_speech_verb():
    text = ("The Democrats were not expected to win. The pro-business party tripled its representation to ten seats, "
            "overtaking IA, whose leader had led the coalition through Donald Trump's repeated talk of acquiring "
            "Greenland.\n\nSt. Luke's said it wanted to thank everyone at the table.")
    assert [r["text"] for r in extract_text(text, "t")] == ["it wanted to thank everyone at the table"]


def test_announced_the_agreement_in_a_televised_address_has_no_clause():
    text = ("Greek Prime Minister Alexis Tsipras announced the breakthrough in a televised address after a telephone call "
            "with his Macedonian counterpart.")
    assert extract_text(text, "t") == []


def test_a_quote_that_ends_a_sentence_ends_it_before_a_name_with_an_accented_capital():
    text = ("Jimmie Åkesson and Ulf Kristersson met.\nAsked how long the four intended to keep working together, "
            "Kristersson answered: \"At least two terms.\" Åkesson was more guarded, saying only that he saw the "
            "cooperation as long-term.")
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Ulf Kristersson", "Jimmie Åkesson"]


def test_said_what_mattered_was_opens_a_clause_and_only_a_day_earlier_is_a_time():
    text = ("David Cameron said what mattered was the situation on the ground.\n\nMustafa Sanalla spoke. Only a day "
            "earlier Sanalla had said force majeure could not be lifted and had complained that the oil sector was being "
            "used as a bargaining chip.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("David Cameron", "what mattered was the situation on the ground"),
        ("Mustafa Sanalla", "force majeure could not be lifted"),
        ("Mustafa Sanalla", "the oil sector was being used as a bargaining chip")]


def test_the_subject_after_which_opens_a_statement_and_a_parallel_to_phrase_ends_it():
    text = ("The contract keeps a ramp period through the end of the year, after which the union says that extra "
            "subcontracting is to be phased out.\n\nManasseh Sogavare spoke. We turned to Mr Sogavare's statement to "
            "Parliament, in which he said the agreement was guided by the national interest, and to his earlier "
            "assurance that there would be no base.")
    said = [(r["speaker"], r["text"]) for r in extract_text(text, "t")]
    assert said[:2] == [("union", "extra subcontracting is to be phased out"),
                        ("Manasseh Sogavare", "the agreement was guided by the national interest")], said


def test_but_other_people_and_their_view_end_a_statement():
    text = ("Ministers have said repeatedly that they want a market solution, but Labour backbenchers regard the "
            "creditors' plan as a reward for failure.")
    assert [r["text"] for r in extract_text(text, "t")] == ["they want a market solution"]


def test_a_day_named_by_its_event_or_after_from_is_fronted_before_the_subject():
    text = ("Jens-Frederik Nielsen won. From election night Nielsen said he wanted the broadest coalition he could "
            "assemble.\n\nOn polling day the union said it would strike.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Jens-Frederik Nielsen", "he wanted the broadest coalition he could assemble"), ("union", "it would strike")]


def test_adamant_kept_saying_and_declared_report_a_clause_and_an_exec_is_a_speaker():
    texts = ["The GM was adamant the club didn't lean on its captain to take a haircut.",
             "Stan Bowman kept saying the captain would set the timetable.",
             "A columnist declared the club had been put on notice.",
             "“He just handed them cap room,” the exec said.",
             "The council, which declared a major incident at the end of March, says it has offered staff other jobs."]
    assert [[(r["speaker"], r["text"]) for r in extract_text(t, "t")] for t in texts] == [
        [("GM", "the club didn't lean on its captain to take a haircut")],
        [("Stan Bowman", "the captain would set the timetable")],
        [("columnist (unnamed)", "the club had been put on notice")],
        [("exec", "He just handed them cap room")],
        [("council", "it has offered staff other jobs")]]


def test_only_before_a_count_and_nothing_before_a_verb_open_a_clause():
    text = ("With 118 of the 126 seats now on the government side, critics say only eight lawmakers are left outside "
            "it.\n\nBowman insists nothing changes this season.\n\nHe said nothing afterwards.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("critics (unnamed)", "only eight lawmakers are left outside it"), ("Bowman", "nothing changes this season")]


def test_advocates_are_people_and_a_person_of_a_body_with_of_in_its_name_owns_a_later_but_said():
    text = ("Child-care advocates welcomed the agreement but warned that it could stall without more staff. Carolyn "
            "Ferns of the Ontario Coalition for Better Child Care called it a huge step forward, but said low wages "
            "were driving trained educators out of the field.")
    recs = extract_text(text, "t")
    assert by_text(recs, "it could stall")["speaker"] == "Child-care advocates (unnamed)", recs
    assert by_text(recs, "low wages")["speaker"] == "Carolyn Ferns", recs


def test_an_aside_of_who_was_told_may_say_when_they_were_told():
    text = ("Gary Anandasangaree spoke of renewal as well. Compensation cannot bring back what was lost, he told "
            "reporters after the ceremony, but it is an important step.")
    assert [(r["speaker"], r["text"][:40]) for r in extract_text(text, "t")] == [
        ("Gary Anandasangaree", "Compensation cannot bring back what was ")]


def test_a_day_before_its_verb_and_a_long_indefinite_subject_open_a_clause():
    texts = ["Sports bar manager Tyler Fedoruk said Monday felt like a playoff night.",
             "Connor McDavid said a big reason for getting it done before puck drop was the guys around him."]
    assert [[(r["speaker"], r["text"][:30]) for r in extract_text(t, "t")] for t in texts] == [
        [("Tyler Fedoruk", "Monday felt like a playoff nig")], [("Connor McDavid", "a big reason for getting it do")]]


def test_a_lower_case_noun_phrase_with_its_auxiliary_opens_a_bare_clause_and_so_does_a_counted_one():
    texts = ["Nicos Anastasiades spoke. He also announced criminal investigators would be appointed.",
             "The union says over six hundred took part at the peak.",
             "He announced plans to cut jobs. He announced which side they will back."]
    assert [[(r["speaker"], r["text"]) for r in extract_text(t, "t")] for t in texts] == [
        [("Nicos Anastasiades", "criminal investigators would be appointed")],
        [("union", "over six hundred took part at the peak")], []]


def test_and_said_after_a_subject_no_pattern_reads_is_the_person_named_in_subject_position():
    text = ("Foreign Secretary Vikram Misri spoke late on Saturday. At a joint briefing with military officers earlier "
            "in the day, Misri had described Pakistan's actions over the previous days as \"provocation, escalation,\" "
            "and said India had replied in a responsible and measured way.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Vikram Misri", "provocation, escalation"), ("Vikram Misri", "India had replied in a responsible and measured way")]


def test_a_verb_that_attributes_a_quote_also_reports_a_clause_opened_by_both_or_there():
    text = ("Donald Trump spoke. Describing the document as «pretty comprehensive», he said both sides would be "
            "impressed with what had been achieved.")
    assert by_text(extract_text(text, "t"), "both sides would")["speaker"] == "Donald Trump"


def test_but_after_a_dash_opens_the_speakers_next_statement_whose_subject_may_have_an_adjective():
    text = ("Griffith said he was \"very pleased\" that dialogue had won the day - but admitted the long stoppage had "
            "exposed deeper problems.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Griffith", "he was \"very pleased\" that dialogue had won the day"),
        ("Griffith", "the long stoppage had exposed deeper problems")]


def test_saying_about_a_count_opens_a_clause():
    text = "\"Yesterday we reached agreements,\" Temer fumed, saying about a dozen demands had been met."
    assert by_text(extract_text(text, "t"), "about a dozen")["speaker"] == "Temer"


def test_and_that_after_a_quote_is_a_second_clause_of_the_quotes_speaker_and_spokespeople_hit_back():
    texts = ['Pedro Sánchez says "all Europeans win today" and that the EU comes out much stronger.',
             "Government spokespeople indicated that the dialogue will continue.",
             "Roger Klokset, who leads the Norwegian SAS pilots, hit back that the company had dragged out talks."]
    assert [[(r["speaker"], r["text"]) for r in extract_text(t, "t")] for t in texts] == [
        [("Pedro Sánchez", "all Europeans win today"), ("Pedro Sánchez", "the EU comes out much stronger")],
        [("Government spokespeople (unnamed)", "the dialogue will continue")],
        [("Roger Klokset", "the company had dragged out talks")]]


def test_the_reporters_own_clause_after_a_report_ends_it():
    texts = ["Trudeau said Canada would drop its retaliatory duties, ending a year-long dispute.",
             "The minister said he would look for answers in private, and the delegations have moved to the Cabinet Room.",
             "The union said progress had been made, but that an offer which would have helped was withdrawn."]
    assert [[r["text"] for r in extract_text(t, "t")] for t in texts] == [
        ["Canada would drop its retaliatory duties"], ["he would look for answers in private"],
        ["progress had been made, but that an offer which would have helped was withdrawn"]]


def test_the_outlet_that_reported_a_statement_at_the_sentences_end_is_not_part_of_it():
    text = "Makoto Uchida told reporters he was walking, Jiji Press reported."
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [("Makoto Uchida", "he was walking")]


def test_the_question_before_an_answer_that_is_only_a_laugh_is_no_statement():
    assert extract_text("Asked about his future, the outgoing prime minister laughed.", "t") == []


def test_a_live_pages_time_before_a_posts_subject_is_no_part_of_it():
    texts = ["16:18 Jim Smith said the strike is over.", "4:18 p.m. The union said the strike is over.",
             '4:18 a.m. Jim Smith confirms: "The strike is over! Details forthcoming."']
    assert [[r["speaker"] for r in extract_text(t, "t")] for t in texts] == [["Jim Smith"], ["union"], ["Jim Smith"]]


def test_an_agency_quoting_someone_as_saying_gives_their_words_and_a_dash_adding_that_opens_the_next():
    texts = ["Reuters quoted Kremlin spokesman Dmitry Peskov as saying that there was no deal yet.",
             "Egypt's water minister, Hani Sewilam, was quoted by Egyptian media as telling a television talk show on "
             "the same evening that all talks had now stopped.",
             "An AFP reporter quotes a Greek official as saying the rest of the text is \"okay but not very okay\" – "
             "adding that anyone would say okay \"with a gun to your head\"."]
    assert [[(r["speaker"], r["text"]) for r in extract_text(t, "t")] for t in texts] == [
        [("Dmitry Peskov", "there was no deal yet")], [("Hani Sewilam", "all talks had now stopped")],
        [("Greek official (unnamed)", "the rest of the text is \"okay but not very okay\""),
         ("Greek official (unnamed)", "anyone would say okay \"with a gun to your head\"")]]


def test_a_clause_in_the_first_person_after_a_report_is_the_speakers_own_voice_not_the_report():
    text = "Maria Lopez spoke on the radio. The company says it will rehire everyone, and we'll hold them to that."
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [("company", "it will rehire everyone")]


def test_a_subordinate_clause_may_open_what_was_said_before_its_main_clause():
    texts = ["Villafuerte said by the time Mexico City showed up, the workers had already decided.",
             "Villafuerte said if the offer improved, the workers would return."]
    assert [[r["text"] for r in extract_text(t, "t")] for t in texts] == [
        ["by the time Mexico City showed up, the workers had already decided"],
        ["if the offer improved, the workers would return"]]


def test_where_it_was_said_may_open_the_sentence_without_a_comma():
    texts = ["In a statement the union said the industry had at last accepted a strong one.",
             "In a letter to members the union said the deal was done."]
    assert [[(r["speaker"], r["text"]) for r in extract_text(t, "t")] for t in texts] == [
        [("union", "the industry had at last accepted a strong one")], [("union", "the deal was done")]]


def test_a_quote_inside_what_a_second_verb_reports_is_that_statements_and_the_counted_parties_include_the_host():
    text = ("Qatar hosted both rounds, with Spain, Norway and Switzerland alongside it as mediators. In a joint statement "
            "the four countries welcomed the signing but warned that \"many hurdles and challenges\" remained.")
    assert [(r["speaker"], r["text"], r["direct"]) for r in extract_text(text, "t")] == [
        ("Qatar and Spain and Norway and Switzerland", "\"many hurdles and challenges\" remained", False)]


def test_by_his_reckoning_sources_what_follows_as_according_to_him_does():
    text = ("Mario Robles did not pretend this was a victory. By his reckoning, the inspectors' fees alone will cost "
            "Mexican producers about $17m a year.")
    assert [(r["speaker"], r["text"][:26]) for r in extract_text(text, "t")] == [
        ("Mario Robles", "the inspectors' fees alone")]


def test_a_day_between_the_subject_and_its_verb_keeps_the_subject_of_a_participle():
    texts = ["The chemicals group Ineos on Friday welcomed the vote, saying the plant would reopen.",
             "The union on Monday rejected the offer, saying it was too low."]
    assert [[r["speaker"] for r in extract_text(t, "t")] for t in texts] == [["Ineos"], ["union"]]


def test_a_titled_name_and_its_verb_open_a_bare_clause():
    text = "Arda Guler thanked his family. He revealed coach Carlo Ancelotti was on the phone within hours."
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Arda Guler", "coach Carlo Ancelotti was on the phone within hours")]


def test_progressive_telling_reporting_and_repeating_report_but_telling_stories_does_not():
    texts = ["Malta's Joseph Muscat is also telling journalists a deal has been hammered out.",
             "The labor secretary, Luisa Maria Alcalde, keeps repeating that this is a state matter.",
             "Paul Krugman told readers of his New York Times blog it was \"exactly right\".",
             "The two sides are telling different stories about who won."]
    assert [[r["text"] for r in extract_text(t, "t")] for t in texts] == [
        ["a deal has been hammered out"], ["this is a state matter"], ["it was \"exactly right\""], []]


def test_a_sum_opens_a_clause_and_a_named_absolute_participle_reports_until_the_story_goes_on():
    texts = ["Egypt keeps a stake. Officials say $15bn should arrive within a week.",
             "By Tuesday evening the idea had been dropped, Mr Di Maio conceding that it could not command a majority, "
             "and over the next 48 hours the two parties rebuilt the cabinet.",
             "She added €5.7 million to this year's spending on teachers' pay."]
    assert [[(r["speaker"], r["text"]) for r in extract_text(t, "t")] for t in texts] == [
        [("Officials (unnamed)", "$15bn should arrive within a week")],
        [("Di Maio", "it could not command a majority")], []]


def test_a_quote_after_a_dash_that_is_a_sentence_of_its_own_ends_the_reported_clause():
    text = ('He said teachers deserved better, and he admitted it had been expensive – "costly, but a duty" was '
            'roughly his phrase.')
    assert "it had been expensive" in [r["text"] for r in extract_text(text, "t")]
    text = "The boss said the matter would be handled by the rules – “not sympathy”."
    assert [r["text"] for r in extract_text(text, "t")] == ["the matter would be handled by the rules – “not sympathy”"]


def test_only_last_month_opens_a_subject_and_promised_to_is_the_subjects_next_act():
    text = ("Only last month Kulesza was insisting that Sousa had his full confidence.\n\nHe said he was proud to "
            "represent a club of such greatness, promised to work hard and signed off: \"We will play together!\"")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")][:2] == [
        ("Kulesza", "Sousa had his full confidence"), ("Kulesza", "he was proud to represent a club of such greatness")]


def test_a_nouns_own_that_is_no_content_clause():
    text = "Workers elected 16 representatives and agreed to go back to work on condition that management responded within three days."
    assert extract_text(text, "t") == []


def test_said_in_a_month_griping_and_in_her_words_inside_what_was_said():
    texts = ["Ford said in January he wanted funding guaranteed beyond five years.",
             "The president opened a new front on Truth Social, griping that Canada does not allow U.S. banks.",
             "Ms Manickchand said the ministry would not negotiate, in her words, with a gun to its head."]
    assert [[(r["speaker"], r["text"]) for r in extract_text(t, "t")] for t in texts] == [
        [("Ford", "he wanted funding guaranteed beyond five years")],
        [("president", "Canada does not allow U.S. banks")],
        [("Manickchand", "the ministry would not negotiate, in her words, with a gun to its head")]]


def test_a_person_noun_then_an_auxiliary_and_participle_opens_the_reported_clause():
    text = "Mr Babu spoke first. He claimed a transport worker was taking home about a lakh a month."
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Babu", "a transport worker was taking home about a lakh a month")]
    assert [r["speaker"] for r in extract_text('"We will fight on," said a spokesman.', "t")] == ["spokesman (unnamed)"]


def test_a_counted_subject_opens_a_participles_bare_clause_and_a_fronted_participle_reports_for_the_main_subject():
    texts = ["Harby-Williams spoke at the press conference, revealing some players had been sleeping in their cars.",
             "Noting that the Palestinian question lies at the core of the issue, Wang said China has no selfish interest."]
    assert [[(r["speaker"], r["text"]) for r in extract_text(t, "t")] for t in texts] == [
        [("Harby-Williams", "some players had been sleeping in their cars")],
        [("Wang", "the Palestinian question lies at the core of the issue"), ("Wang", "China has no selfish interest")]]


def test_an_inverted_speaker_with_a_relative_clause_ends_the_sentence():
    text = ("A video of a bricklayer pleading for oxygen circulated widely this week. He died at home hours later, said "
            "the doctor who had treated him, Ericka Pérez.")
    assert [r["text"] for r in extract_text(text, "t")] == ["He died at home hours later"]


def test_a_name_and_its_auxiliary_open_the_bare_clause_of_the_sentences_next_verb():
    text = ('Anutin spoke briefly.\n\n"We are taking concrete steps," he said. He thanked Anwar for holding Asean '
            'together and Trump for his personal commitment, and confirmed Thailand would release the 18 soldiers.')
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")][-1] == (
        "Anutin", "Thailand would release the 18 soldiers")


def test_in_his_account_opening_a_sentence_reports_it_for_him():
    text = ('"This is not a trilateral agreement," Mr Vucic told Serbian reporters. In his account, Serbia had made '
            'commitments to the United States, not to Pristina.')
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")][-1] == (
        "Vucic", "Serbia had made commitments to the United States, not to Pristina")


def test_as_several_officials_have_since_confirmed_opens_their_statement():
    text = "As several officials have since confirmed, there were in fact separate, almost identical documents."
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("several officials (unnamed)", "there were in fact separate, almost identical documents")]


def test_as_the_prime_minister_said_on_sunday_and_put_it_well_report_what_follows():
    texts = ["As the Prime Minister said on Sunday, Thailand is not only an exporter.",
             "The Prime Minister's adviser put it well: when you go into battle you must know your opponent."]
    assert [[r["text"] for r in extract_text(t, "t")] for t in texts] == [
        ["Thailand is not only an exporter"], ["when you go into battle you must know your opponent"]]


def test_others_acting_after_an_inverted_attribution_are_not_what_was_said():
    text = "The lifts in the building have been locked, strikers say, and some accused executives of hiding in their offices."
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("strikers (unnamed)", "The lifts in the building have been locked")]


def test_and_sought_to_is_the_subjects_next_act():
    text = ("According to people in the room, Dr Ruto told legislators the agreement was about putting the country "
            "first, and sought to calm MPs.")
    assert [r["text"] for r in extract_text(text, "t")] == ["the agreement was about putting the country first"]


def test_warned_someone_against_something_is_no_clause():
    text = ("A young resident who asked not to be named because his hospital had warned staff against talking to the "
            "press told me the mood inside was tense.")
    assert [r["text"] for r in extract_text(text, "t")] == ["the mood inside was tense"]


def test_the_girls_speak_and_a_participle_after_later_is_the_subjects():
    texts = ['"We have decided to pause discussions," the girls declared in a bombshell open letter.',
             '"The time to act is now," Thune declared as he called the vote, later telling colleagues he was hopeful.']
    assert [[r["text"] for r in extract_text(t, "t")] for t in texts] == [
        ["We have decided to pause discussions"], ["The time to act is now", "he was hopeful"]]


def test_while_another_said_after_a_quoted_fragment_is_a_statement_of_its_own():
    texts = ['The embassy announced that the talks had reached their "final stages," while the DFA said the pact would '
             'deepen relations.',
             "At the close of the committee in June, the government had offered N62,000 while Labour insisted on N250,000."]
    assert [[(r["speaker"], r["text"]) for r in extract_text(t, "t")] for t in texts] == [
        [("embassy", 'the talks had reached their "final stages'), ("DFA", "the pact would deepen relations")], []]


def test_told_the_committee_a_bare_noun_phrase_after_saying_and_theyve_made_clear():
    texts = ["As the Foreign Minister told the Legislative Committee on Sunday, the text was reached after eleven rounds.",
             "Razzaz put out a tweet later saying dialogue and consultation would be how his government makes policy.",
             "The unions say they will be at the table, but they've made clear the strike weapon stays on the shelf."]
    assert [[r["text"] for r in extract_text(t, "t")][:1] for t in texts] == [
        ["the text was reached after eleven rounds"], ["dialogue and consultation would be how his government makes policy"],
        ["they will be at the table"]]


def test_an_aside_between_commas_may_stand_between_the_verb_and_its_that():
    texts = ["The bill was controversial. Razzaz said, in a brief statement, that the bill was dead.",
             "The minister said, more or less in these words, that it would withdraw the tax law."]
    assert [[r["text"] for r in extract_text(t, "t")] for t in texts] == [
        ["the bill was dead"], ["it would withdraw the tax law"]]


def test_an_inverted_attribution_may_end_in_when_or_where_it_was_said():
    texts = ["Ontario will take its advertisement off U.S. television from Monday, Premier Doug Ford said on Friday, hours "
             "after Trump broke off talks.",
             "The deposit has passed into the ownership of the republic, President Sadyr Japarov announced today in a "
             "live televised address to the people of Kyrgyzstan and the international community."]
    assert [[r["text"] for r in extract_text(t, "t")] for t in texts] == [
        ["Ontario will take its advertisement off U.S. television from Monday"],
        ["The deposit has passed into the ownership of the republic"]]


def test_a_plural_noun_phrase_and_its_auxiliary_open_a_participles_bare_clause():
    text = 'Foster spoke. "The time has come," she said, promising local ministers would get on with reform in schools.'
    assert [r["text"] for r in extract_text(text, "t")][-1] == "local ministers would get on with reform in schools"


def test_the_answer_no_ends_its_sentence_but_no_before_a_number_does_not():
    text = ("HSU: No. The company said the union was unwilling to negotiate.\n\nLIAO: Right. We go on.\n\n"
            "HSU: Yes, we do.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t") if r["speaker"] not in ("Hsu", "Liao")] == [
        ("company", "the union was unwilling to negotiate")]
    assert [r["text"] for r in extract_text("He ranked it No. 1 in the world, Smith said.", "t")] == [
        "He ranked it No. 1 in the world"]


def test_a_reporters_participle_raising_doubts_is_not_part_of_what_was_said():
    text = ("Yemen's Houthis said on Wednesday that a ceasefire with the United States would not stop their attacks on "
            "Israel, raising doubts over whether the deal will bring calm.")
    assert [r["text"] for r in extract_text(text, "t")] == [
        "a ceasefire with the United States would not stop their attacks on Israel"]


def test_an_aside_naming_the_statement_splits_a_reported_sentence():
    text = ("Joseph Lelang spoke on Friday. The government, he said in a statement on signing day, had introduced the "
            "texts without debate.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Joseph Lelang", "The government had introduced the texts without debate")]


def test_a_clause_on_an_irregular_past_tense_is_what_was_said():
    text = "Martin Schulz arrived late. Schulz said the contract bore a Social Democratic signature."
    assert [r["text"] for r in extract_text(text, "t")] == ["the contract bore a Social Democratic signature"]


def test_a_noun_phrase_then_did_is_a_bare_clause():
    text = "Daniel Liebhart spoke to a paper. Liebhart admitted a fight this fierce did nobody any favours."
    assert [r["text"] for r in extract_text(text, "t")] == ["a fight this fierce did nobody any favours"]


def test_a_long_conditional_before_a_parenthetical_said_and_a_quote_is_one_statement():
    text = ("Annette Mann spoke on Friday. If 60 per cent of routes could no longer be flown at a profit because AUA gave "
            'in to the union, she said, "then AUA in its current form will have no future here".')
    assert [r["text"][:20] for r in extract_text(text, "t")] == ["If 60 per cent of ro"]


def test_by_someones_own_account_opens_their_statement():
    text = 'The price was steep. By the MAS\'s own account, around 100 articles were changed "substantially".'
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("MAS", 'around 100 articles were changed "substantially"')]


def test_a_fronted_late_last_night_before_a_group_that_said():
    text = "The talks collapsed on Tuesday. Late last night the rebels said they would not come."
    assert [r["text"] for r in extract_text(text, "t")] == ["they would not come"]


def test_a_governing_body_speaks_before_a_colon_and_quote():
    text = ('FIFA was dragged in. World football\'s governing body said in a terse statement: "Fifa has assurances that '
            'the Cameroon team will fly tonight."')
    assert [r["text"][:20] for r in extract_text(text, "t")] == ["Fifa has assurances "]


def test_and_a_new_subject_travelling_ends_what_was_said():
    text = ("Dag Nylander told the Associated Press the next day that he was in touch with both sides about a date to "
            "resume, and a Norwegian team flew to Caracas the following week.")
    assert [r["text"] for r in extract_text(text, "t")] == ["he was in touch with both sides about a date to resume"]


def test_a_hypothetical_would_say_is_no_statement_but_would_say_only_is():
    text = ("ELIZONDO: Workers would say the slogan is the point.\n\nMr Grande-Marlaska would say only that the police "
            "would guarantee the safety of all demonstrators.")
    assert [r["text"] for r in extract_text(text, "t")] == [
        "the police would guarantee the safety of all demonstrators"]


def test_a_ministry_shortened_from_its_countrys_name_is_the_full_name():
    text = ("The Ministry of Finance of Ukraine said the agreement was reached after closed talks.\n\nAs the Ministry of "
            "Finance explained, the restructuring concerns thirteen series of Eurobonds.")
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Ministry of Finance of Ukraine"] * 2


def test_an_of_bodys_head_noun_alone_is_that_body():
    text = ("Lawmakers ratified the compact between the State of Florida and the Seminole Tribe of Florida on Wednesday."
            "\n\nThe Tribe said the State had failed to stop card rooms from offering banked games.")
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Seminole Tribe of Florida"]


def test_and_says_after_a_body_with_a_dotted_abbreviation_is_that_bodys():
    text = "The U.S. military began near-daily strikes on March 15 and says it has hit more than 1,000 targets."
    assert [r["speaker"] for r in extract_text(text, "t")] == ["U.S. military"]


def test_but_said_after_a_body_whose_name_has_and_in_it_and_an_aside_is_that_bodys():
    text = ('A reporter shouted a question about whether he or Trump deserved the credit. "Is that a joke?" Biden said.'
            "\n\nThe Hostages and Missing Families Forum, which represents most of the families, has welcomed the deal as "
            "an important development – but said it would not rest until every hostage is home.")
    assert [r["speaker"] for r in extract_text(text, "t")][-1] == "Hostages and Missing Families Forum"


def test_said_and_a_name_between_commas_inside_a_clause_is_that_persons_statement():
    text = ("Azerbaijan, said Philippe Dam, the group's acting EU director, uses its oil and gas to silence the EU on "
            "rights.")
    records = extract_text(text, "t")
    assert [(r["speaker"], r["text"]) for r in records] == [
        ("Philippe Dam", "Azerbaijan uses its oil and gas to silence the EU on rights")]


def test_a_subject_before_an_aside_naming_whom_a_letter_went_to_is_the_speaker():
    text = ("Defence Minister Zakir Hasanov, in a letter to his Russian counterpart Sergei Shoigu, said the incident had "
            "happened by accident.")
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Zakir Hasanov"]


def test_a_body_named_with_of_then_where_it_sits_is_the_whole_bodys_name():
    text = ("The Ministry of Foreign Affairs in Copenhagen stated that the agreement is the culmination of many years of "
            "discussions.")
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Ministry of Foreign Affairs"]
