"""`stance extract`: who said what in news articles. One test per behaviour, through the function and the CLI."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import by_text
from stance.extract import extract_text

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
SEED = ARTICLES / "belta-2025-02-13-putin-trump-call.txt"
GOLD = Path(__file__).parent / "data" / "extract"


def one(text: str) -> dict:
    recs = extract_text(text, "t")
    assert len(recs) == 1, recs
    return recs[0]


def opening(sentence: str, content: str) -> dict:
    """The one statement extracted from ``sentence`` that contains ``content``, checked to start with it."""
    r = by_text(extract_text(sentence, "t"), content)
    assert r["text"].startswith(content), r
    return r


@pytest.fixture(scope="module")
def seed() -> list[dict]:
    return extract_text(SEED.read_text(encoding="utf-8"), SEED.name)


# --- quote marks ---------------------------------------------------------------------------------------

def test_quote_opened_straight_closed_curly_is_one_statement():
    r = one('Trump commented on the call. "The conversation went very well. We discussed many topics,” the US president said.')
    assert r["text"] == "The conversation went very well. We discussed many topics"
    assert r["direct"] is True and r["cue"] == "said"


def test_curly_and_straight_quotes_both_attributed():
    recs = extract_text('“We are ready,” Smith said.\n\n"We are not," Jones said.', "t")
    assert [(r["text"], r["speaker"]) for r in recs] == [("We are ready", "Smith"), ("We are not", "Jones")]


def test_quote_missing_closing_mark_ends_at_inner_attribution(seed):
    r = by_text(seed, "We each talked about the strengths")
    assert r["text"].endswith("working together") and r["speaker"] == "Donald Trump"
    assert r["speaker_mention"] == "the US president"
    # the narration after the attribution is reported speech, not part of the quote
    rest = by_text(seed, "it is important to stop deaths")
    assert rest["direct"] is False and rest["cue"] == "stressed" and rest["speaker"] == "Donald Trump"


def test_stray_closing_mark_at_paragraph_start_opens_a_quote(seed):
    r = by_text(seed, "They have rare earth metals")
    assert r["direct"] is True and r["speaker"] == "Donald Trump"
    glued = by_text(seed, "God bless the people of Russia and Ukraine!")  # `destruction.”God bless ...” Trump wrote.`
    assert glued["cue"] == "wrote" and glued["speaker"] == "Donald Trump"


def test_nested_single_quotes_stay_inside_the_statement(seed):
    r = by_text(seed, "COMMON SENSE")
    assert r["text"].endswith("We both believe very strongly in it") and r["speaker"] == "Donald Trump"


# --- where the speaker is ------------------------------------------------------------------------------

def test_speaker_after_quote():
    r = one('"The talks are over," union leader Maria Lopez said on Monday.')
    assert (r["speaker"], r["speaker_mention"], r["cue"]) == ("Maria Lopez", "union leader Maria Lopez", "said")


def test_speaker_after_quote_inverted():
    r = one('“We will not sign,” said Tom Keller, president of the National Dairy Exporters Council.')
    assert r["speaker"] == "Tom Keller"


def test_speaker_before_quote_with_colon_or_comma():
    r = one('Asked about the deadline, Haq said, "We would have to see what role we would have to play."')
    assert r["speaker"] == "Haq" and r["text"].startswith("We would have to see")
    r = one("Farouk told the conference: “The men at the table are not the men with the guns.”")
    assert r["speaker"] == "Farouk"


def test_speaker_before_quote_in_previous_paragraph_ending_with_colon():
    text = ("Trade minister Jean-Philippe Roy spoke in Ottawa. Speaking to journalists, he said:\n\n"
            "“Canada has honoured every commitment it made in this agreement.”")
    recs = extract_text(text, "t")
    assert len(recs) == 1 and recs[0]["speaker"] == "Jean-Philippe Roy"


def test_speaker_in_the_middle_of_a_split_quote_gives_one_statement():
    r = one('"We are close on wages," Maria Alvarez said late Thursday, "but we are nowhere on automation."')
    assert r["text"] == "We are close on wages but we are nowhere on automation."
    assert r["speaker"] == "Maria Alvarez"


def test_split_quote_with_new_sentence_gives_two_statements_same_speaker(seed):
    a = by_text(seed, "I think I can say with great confidence")
    b = by_text(seed, "He doesn't want it to end")
    assert a["speaker"] == b["speaker"] == "Donald Trump"
    assert a["cue"] == "quoted"  # `TASS quoted Trump as saying`: Trump speaks, not TASS


def test_speaker_in_the_next_sentence():
    text = ('On the picket line, the mood was defiant. "We\'ll be here as long as it takes." Luis Ortega, '
            "a crane operator who has worked the docks for 22 years, said he had not missed a day.")
    recs = extract_text(text, "t")
    quote = by_text(recs, "as long as it takes")
    assert quote["speaker"] == "Luis Ortega" and quote["direct"] is True
    assert by_text(recs, "had not missed a day")["speaker"] == "Luis Ortega"


def test_pronoun_resolves_to_nearest_fitting_named_person(seed):
    # "...attended by US Vice President J.D. Vance. “Obviously, ...,” he concluded." -> the expert, not Vance
    r = by_text(seed, "Obviously, this is where the EU")
    assert r["speaker_mention"] == "he" and r["speaker"] == "Igor Korotchenko"
    r = by_text(seed, "wants peace more than anyone else")  # "Zelensky also made a comment afterward. He stated that"
    assert r["speaker"] == "Vladimir Zelensky"


def test_pronoun_she_skips_men():
    text = ('Mayor Linda Okafor met union leader Darnell Hughes on Wednesday. '
            '"Every day these ships sit in the bay, this city loses business," she said.')
    assert one(text)["speaker"] == "Linda Okafor"


def test_titles_are_stripped_from_the_canonical_speaker(seed):
    r = by_text(seed, "Trump and Zelensky agreed to immediately launch teams")
    assert r["speaker"] == "Andrei Yermak"
    assert r["speaker_mention"] == "Head of the Ukraine Presidential Office Andrei Yermak"
    assert by_text(seed, "USA-Russia relations are extremely important")["speaker"] == "Yoshimasa Hayashi"


def test_role_mention_maps_to_the_named_person(seed):
    r = by_text(seed, "Donald Trump spoke in favor of a prompt cessation")
    assert r["speaker_mention"] == "the Kremlin spokesperson" and r["speaker"] == "Dmitry Peskov"
    assert by_text(seed, "We must walk the path of peace")["speaker"] == "Annalena Baerbock"  # "the diplomat"
    r = by_text(seed, "I think we need to move towards peace")
    assert r["speaker_mention"] == "the head of the Patriots Party" and r["speaker"] == "Florian Philippot"


def test_a_joint_statement_speaks_for_the_parties_that_issued_it(seed):
    # "Germany, France, ... said after a conversation ... “...,” the joint statement reads."
    r = by_text(seed, "We are looking forward to discussing the way ahead")
    assert r["speaker"].startswith("Germany and France and Poland") and r["cue"] == "reads"


def test_same_person_named_several_ways_has_one_canonical_speaker(seed):
    names = {r["speaker_mention"]: r["speaker"] for r in seed}
    assert names["Szijjarto"] == names["Hungary's Minister of Foreign Affairs and Trade Péter Szijjártó"] == "Péter Szijjártó"
    assert {r["speaker"] for r in seed if r["speaker_mention"] in ("Trump", "Mr. Trump", "Donald Trump", "the US president", "President Trump")} == {"Donald Trump"}


def test_list_of_speakers_is_kept_whole(seed):
    r = by_text(seed, "Europe should be involved in any talks on Ukraine")
    # (a joint speaker is its parties joined by "and", as the annotation guide writes it)
    assert r["speaker"] == ("Germany and France and Poland and Italy and Spain and UK and European External Action "
                            "Service and European Commission")


# --- long quotes ---------------------------------------------------------------------------------------

def test_quote_running_over_several_sentences_is_one_statement(seed):
    r = by_text(seed, "The conversation became possible after we conducted")
    assert r["text"].endswith("sit down at the negotiating table with them") and r["speaker"] == "Igor Korotchenko"


def test_quote_spanning_paragraphs_is_one_statement():
    text = ('Mercer spoke after the session.\n\n'
            '“What we got back was the same answer we have been getting for three years.\n\n'
            '“It does not work fine for American farmers. And frankly, it is not what Canada signed up to,” Mercer said.')
    r = one(text)
    assert r["text"].startswith("What we got back") and r["text"].endswith("not what Canada signed up to")
    assert "\n" not in r["text"] and "“" not in r["text"]
    assert r["paragraph"] == 2 and r["speaker"] == "Mercer"


# --- reported speech ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,speaker,cue,content", [
    ("White House press secretary Karoline Leavitt said that the United States views Russia as a competitor.",
     "Karoline Leavitt", "said", "the United States views Russia as a competitor"),
    ("He emphasized that Russia would insist on a comprehensive approach.", None, "emphasized",
     "Russia would insist on a comprehensive approach"),
    ("Solberg stressed that the ceasefire could only hold if both sides stopped moving troops.", "Solberg",
     "stressed", "the ceasefire could only hold if both sides stopped moving troops"),
    ("According to Philippot, Europeans will keep pumping weapons into Ukraine.", "Philippot", "according to",
     "Europeans will keep pumping weapons into Ukraine"),
    ("The talks collapsed over the sequencing of the deal, according to envoy Henrik Solberg.", "Henrik Solberg",
     "according to", "The talks collapsed over the sequencing of the deal"),
    ("Desch believes that President Trump views post-war Ukraine as a European problem.", "Desch", "believes",
     "President Trump views post-war Ukraine as a European problem"),
    ("Brandt told reporters the cranes were essential to staying competitive.", "Brandt", "told",
     "the cranes were essential to staying competitive"),
    ("Trump also said he would have more phone talks with his Russian counterpart.", "Trump", "said",
     "he would have more phone talks with his Russian counterpart"),
    ("The call opens the way for a settlement, Igor Korotchenko, a military analyst, told TASS.", "Igor Korotchenko",
     "told", "The call opens the way for a settlement"),
])
def test_reported_speech(sentence, speaker, cue, content):
    text = "Igor Korotchenko spoke to TASS. " + sentence if speaker is None else sentence
    r = by_text(extract_text(text, "t"), content)
    assert r["direct"] is False and r["cue"] == cue and r["text"] == content
    assert r["speaker"] == (speaker or "Igor Korotchenko")


def test_according_to_a_medium_gives_way_to_the_person_it_reports(seed):
    r = by_text(seed, "he hopes to end the war within six months")  # "According to Reuters, Trump told reporters ... that"
    assert r["speaker"] == "Donald Trump" and r["cue"] == "told"


def test_speech_verb_list_is_broad():
    from stance.extract.vocabulary import REPORTED_VERBS as _REPORTED_VERBS

    for v in ("said", "told", "stressed", "emphasized", "emphasised", "insisted", "warned", "argued", "noted",
              "added", "claimed", "believes", "concluded", "hinted", "reiterated", "recalled", "announced",
              "acknowledged", "conceded", "pledged", "vowed", "predicted", "pointed out", "testified", "tweeted"):
        assert v in _REPORTED_VERBS, v


def test_non_person_subjects_are_not_speakers_and_an_anonymous_source_is_an_unnamed_role():
    text = ("It was noted that the talks had stalled. One Western diplomat said the two sides remained far apart. "
            "Some said that peace talks are impossible.")
    recs = extract_text(text, "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Western diplomat (unnamed)",
                                                          "the two sides remained far apart")]


# --- not statements --------------------------------------------------------------------------------------

def test_scare_quotes_and_fragments_are_not_statements(seed):
    texts = [r["text"] for r in seed]
    assert not any(t.strip() in ("for his time and efforts", "party of war", "brainstorming") for t in texts)
    assert extract_text("He thanked him “for his time and efforts” and left. The “party of war” is loud.", "t") == []


def test_a_clause_added_with_a_participle_is_a_second_statement_by_the_same_speaker(seed):
    first = by_text(seed, "Zelensky was not very popular")
    second = by_text(seed, "sometimes you have to have elections, too")
    assert first["cue"] == "hinted" and second["cue"] == "adding"
    assert first["speaker"] == second["speaker"] == "Donald Trump" and first is not second


def test_headlines_and_boilerplate_are_not_statements(seed):
    assert not any("What did Trump" in r["text"] or "More than just negotiations" in r["text"] for r in seed)


# --- the record ------------------------------------------------------------------------------------------

def test_record_fields_offsets_and_context(seed):
    text = SEED.read_text(encoding="utf-8")
    r = by_text(seed, "Vladimir Putin and Donald Trump agreed to continue personal contacts")
    assert list(r) == ["id", "article", "paragraph", "start", "end", "speaker", "speaker_mention", "resolved", "direct",
                       "cue", "text", "context"]
    assert text[r["start"]:r["end"]] == r["text"]
    assert r["context"].endswith("Dmitry Peskov said.") and r["article"] == SEED.name
    assert text.splitlines()[[i for i, line in enumerate(text.splitlines()) if r["text"] in line][0]]
    for rec in seed:
        assert 0 <= rec["start"] < rec["end"] <= len(text) and rec["paragraph"] >= 1


def test_ids_are_stable_and_unique(seed):
    again = extract_text(SEED.read_text(encoding="utf-8"), "another-name")
    assert [r["id"] for r in seed] == [r["id"] for r in again]
    assert len({r["id"] for r in seed}) == len(seed)


# --- quality against the annotated articles --------------------------------------------------------------

def _bench():
    spec = importlib.util.spec_from_file_location("bench_extract", ROOT / "scripts" / "bench_extract.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold_files(*sets):
    bench = _bench()
    return [(s, g) for s in sets for g in sorted(bench.SETS[s][1].glob("*.gold.jsonl"))]


@pytest.mark.parametrize("kind,gold", _gold_files("original", "dev"), ids=lambda x: getattr(x, "name", x)[:24])
def test_annotated_article_recall_precision_speaker(kind, gold):
    """The development articles (the original six and the ten house-style dev articles) stay above the bar.

    The held-out articles are scored only by scripts/bench_extract.py: no test pins them, so nothing is tuned on them.
    """
    bench = _bench()
    folder, gold_dir, _ = bench.SETS[kind]
    stem = gold.name[: -len(".gold.jsonl")]
    path = bench.article_for(folder, stem)
    from stance.extract import article_text

    text = article_text(path.read_bytes(), str(path))
    res = bench.score(bench.load_gold(gold, text, html=path.suffix == ".html"), extract_text(text, path.name))
    floor = 0.90 if kind == "original" else 0.80
    assert res["recall"] >= floor, res["missed"]
    assert res["precision"] >= floor, res["spurious"]
    assert res["speaker_accuracy"] >= floor - 0.05, res["wrong_speaker"]


def test_second_development_set_stays_above_its_pooled_floor():
    """dev-b (the first held-out set, tuned on since) pooled: a change that loses what was learnt from it fails."""
    bench = _bench()
    res = bench.run_set("dev-b")["pooled"]
    assert res["recall"] >= 0.85 and res["precision"] >= 0.95 and res["speaker_accuracy"] >= 0.85, res


@pytest.mark.parametrize("gold,predicted,agree", [
    ("shopkeeper sweeping up glass (unnamed)", "shopkeeper (unnamed)", True),
    ("Galatasaray supporter wearing a Zorro-style mask (unnamed)", "Galatasaray supporter (unnamed)", True),
    ("two people aware of the talks (unnamed)", "Two people (unnamed)", True),
    ("campaigners I spoke to (unnamed)", "The campaigners (unnamed)", True),
    ("two striking workers (unnamed)", "workers (unnamed)", True),
    ("newly elected MP (unnamed)", "MP (unnamed)", True),
    ("shopkeeper in the Souq al-Juma district (unnamed)", "European diplomat (unnamed)", False),
])
def test_benchmark_compares_unnamed_sources_by_the_noun_before_their_modifier(gold, predicted, agree):
    """The documented head-noun rule: a participle, an adjective like "aware" or a clause without "who"
    after the noun is a modifier; a participle after a number or an adverb modifies the noun that follows."""
    assert _bench().same_speaker(gold, predicted) is agree


def test_every_annotated_statement_is_found_in_its_article():
    bench = _bench()
    from stance.extract import article_text

    for kind, gold in _gold_files("original", "dev", "dev-b", "dev-c", "heldout"):
        folder = bench.SETS[kind][0]
        path = bench.article_for(folder, gold.name[: -len(".gold.jsonl")])
        # exits if a gold text is missing (an HTML page's headline may lie outside its body text)
        bench.load_gold(gold, article_text(path.read_bytes(), str(path)), html=path.suffix == ".html")


# --- input: HTML, encodings, malformed ------------------------------------------------------------------

def test_html_page_body_is_extracted_without_boilerplate():
    from stance.extract import article_text

    path = ARTICLES / "transit-strike-2025-04-02-bus-drivers.html"
    text = article_text(path.read_bytes(), str(path))
    assert "Privacy policy" not in text and "Subscribe" not in text and "<p>" not in text
    recs = extract_text(text, path.name)
    assert {r["speaker"] for r in recs} == {"Denise Walker", "Victor Lindqvist", "Rosa Jimenez"}
    assert not any("not going anywhere" in r["text"] for r in recs)  # a headline in the "related" box


def test_html_detected_by_content_when_name_says_txt(tmp_path):
    from stance.extract import article_text

    html = ("<html><body><nav><a href='/'>Home</a></nav><article><p>“We are ready to talk,” "
            "negotiator Anna Berg said.</p><p>Talks resume on Monday in Oslo after a long pause.</p></article>"
            "<footer>© 2025</footer></body></html>")
    text = article_text(html.encode(), "page.txt")
    assert "Home" not in text
    assert one(text)["speaker"] == "Anna Berg"


def test_bom_and_crlf_are_accepted():
    from stance.extract import decode_article

    text = decode_article(b'\xef\xbb\xbf"We are ready," Smith said.\r\n\r\n"Not yet," Jones said.\r\n', "x")
    recs = extract_text(text, "x")
    assert [r["speaker"] for r in recs] == ["Smith", "Jones"] and text[recs[0]["start"]:recs[0]["end"]] == "We are ready"


@pytest.mark.parametrize("data,fragment", [
    (b"abc\x00def", "binary file"),
    (b'"We are ready," he said. caf\xe9', "byte offset 28"),
])
def test_undecodable_input_is_a_clear_error(data, fragment):
    from stance.errors import DataError
    from stance.extract import decode_article

    with pytest.raises(DataError) as exc:
        decode_article(data, "a.txt")
    assert fragment in str(exc.value) and "a.txt" in str(exc.value)


@pytest.mark.parametrize("text", ["", "   \n\n  ", "no quotes and no speech here", "“", "”” ““ \"\"\" “x", "“a,” said.",
                                  "said said said that that", "According to ,", "x" * 200_000,
                                  "He said that the talks failed and " * 5000, "\"a\" " * 20_000])
def test_malformed_input_gives_a_result_never_a_crash(text):
    recs = extract_text(text, "t")
    assert isinstance(recs, list)


# --- the CLI ----------------------------------------------------------------------------------------------

@pytest.fixture
def cli():
    from stance.cli import app

    runner = CliRunner()
    return lambda *args, input=None: runner.invoke(app, ["extract", *map(str, args)], input=input)


def test_cli_file_to_jsonl(cli):
    r = cli(SEED)
    assert r.exit_code == 0, r.output
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(recs) >= 70 and all(rec["article"] == str(SEED) for rec in recs)


def test_cli_folder_to_csv(cli):
    r = cli(ARTICLES, "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {Path(row["article"]).suffix for row in rows} == {".txt", ".html"}
    assert list(rows[0]) == ["id", "article", "paragraph", "start", "end", "speaker", "speaker_mention", "resolved",
                             "direct", "cue", "text", "context"]


def test_cli_stdin(cli):
    r = cli("-", input='"We will not sign this deal," union leader Maria Lopez said.\n')
    assert r.exit_code == 0, r.output
    rec = json.loads(r.stdout)
    assert rec["speaker"] == "Maria Lopez" and rec["article"] == "<stdin>" and rec["text"] == "We will not sign this deal"


def test_cli_output_file_and_json_format(cli, tmp_path):
    out = tmp_path / "s.json"
    r = cli(ARTICLES / "transit-strike-2025-04-02-bus-drivers.html", "-f", "json", "-o", out)
    assert r.exit_code == 0, r.output
    # the eight quotes and reports, "called on the authority to install barriers" and "Rosa Jimenez, who chairs the
    # transportation committee, urged both sides to accept binding arbitration"
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 10


def test_cli_same_article_same_ids(cli, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    ids = lambda r: [json.loads(x)["id"] for x in r.stdout.splitlines()]  # noqa: E731
    assert ids(cli(SEED)) == ids(cli(copy)) == ids(cli("-", input=SEED.read_text(encoding="utf-8")))


@pytest.mark.parametrize("content,fragment", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    (b"Caf\xe9 society", "not UTF-8: byte 0xe9 at byte offset 3"),
])
def test_cli_bad_bytes_are_one_line_errors(cli, tmp_path, content, fragment):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    r = cli(p)
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert r.stderr.startswith("error: ") and fragment in r.stderr and len(r.stderr.splitlines()) == 1


def test_cli_missing_file_empty_folder_and_bad_format(cli, tmp_path):
    r = cli(tmp_path / "nope.txt")
    assert r.exit_code == 2 and "no such file" in r.stderr
    r = cli(tmp_path)
    assert r.exit_code == 2 and "no article files" in r.stderr
    r = cli(SEED, "--format", "xml")
    assert r.exit_code == 2 and "unknown --format" in r.stderr


def test_cli_empty_and_giant_line_give_empty_result(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    giant = tmp_path / "giant.txt"
    giant.write_text("word " * 400_000, encoding="utf-8")
    for p in (empty, giant):
        r = cli(p)
        assert r.exit_code == 0 and r.stdout == "", r.output


# --- house styles beyond the original six articles (the forms listed in the extraction issue) --------------

def test_speaker_with_relative_clause_then_colon_before_the_quote():
    r = one("Norway's State Secretary Anniken Vollan, who has shuttled between the camps since March, said: "
            "\u201cBoth delegations want a text by the end of the month.\u201d")
    assert r["speaker"] == "Anniken Vollan" and r["direct"] is True
    assert r["text"] == "Both delegations want a text by the end of the month."


def test_dotted_title_abbreviation_and_a_semicolon_inside_the_quote():
    r = one("\u201cWe have been clear about our terms; the next round will not change that,\u201d U.S. Rep. "
            "Dana Whitfield said during a visit to Kyiv.")
    assert r["speaker"] == "Dana Whitfield"
    assert r["text"] == "We have been clear about our terms; the next round will not change that"


def test_speaker_named_only_in_the_next_sentence():
    text = ("The prime minister met the mediators on Monday.\n\n"
            "\u201cWe will not be rushed into a bad deal.\u201d That was Prime Minister Ilse Varga, writing on social "
            "media late on Sunday.\n\n"
            "\u201cThe offer is still on the table.\u201d Those were Kovacs\u2019s words on Sunday, after the union "
            "leader Peter Kovacs left the building.")
    recs = extract_text(text, "t")
    assert by_text(recs, "rushed into a bad deal")["speaker"] == "Ilse Varga"
    assert by_text(recs, "still on the table")["speaker"] == "Peter Kovacs"


def test_an_unnamed_source_is_a_role_and_a_later_reference_is_the_same_source():
    text = ("According to a senior EU official, the bloc is ready to delay the tariffs by a month. "
            "The official said the offer would lapse if Washington raised duties again.")
    recs = extract_text(text, "t")
    assert len(recs) == 2
    assert {r["speaker"] for r in recs} == {"senior EU official (unnamed)"}


def test_written_and_pluperfect_cues():
    text = ("Marta Quiroga had written that the talks were the last chance for a deal. "
            "Union leader Sam Okafor wrote on X that members would walk out on Friday. "
            "The ministry said in a statement that it would attend the next round. "
            "Okafor posted: \u201cNo deal, no work.\u201d")
    recs = extract_text(text, "t")
    assert by_text(recs, "the last chance for a deal")["speaker"] == "Marta Quiroga"
    assert by_text(recs, "members would walk out on Friday")["speaker"] == "Sam Okafor"
    assert by_text(recs, "it would attend the next round")["direct"] is False
    assert by_text(recs, "No deal, no work")["speaker"] == "Sam Okafor"


def test_a_joint_statement_is_spoken_by_both_parties():
    text = ("Armenia and Azerbaijan met in Abu Dhabi on Tuesday. The two sides said in a joint statement that the "
            "border commissions would meet again in June.")
    r = by_text(extract_text(text, "t"), "border commissions would meet again")
    assert r["speaker"] == "Armenia and Azerbaijan"


def test_the_union_is_the_union_named_earlier_not_the_nearest_organisation():
    text = ("The Transport Workers Union has been on strike for a week against Metro Rail Services. "
            "Metro Rail Services said it had made its final offer. "
            "The union said it would not return until the offer improved.")
    r = by_text(extract_text(text, "t"), "would not return until the offer improved")
    assert r["speaker"] == "Transport Workers Union"


def test_an_unresolved_speaker_keeps_its_mention_and_is_marked_unresolved():
    recs = extract_text("\u201cWe are not going anywhere,\u201d he said.", "t")
    assert len(recs) == 1
    assert recs[0]["speaker_mention"] == "he" and recs[0]["resolved"] is False


def test_an_interview_transcript_gives_each_answer_to_the_interviewee():
    text = ("Lena Maris has led the pilots' union since 2019. She spoke to us on Tuesday.\n\n"
            "Q: Will you go back to the talks?\n\n"
            "A: Only if the airline drops its demand on rosters. We have said so for a month.\n\n"
            "Q: And if it does not?\n\n"
            "A: Then we strike on Friday.")
    recs = extract_text(text, "t")
    answers = [r for r in recs if r["speaker"] == "Lena Maris"]
    assert [r["text"] for r in answers] == ["Only if the airline drops its demand on rosters. We have said so for a month.",
                                            "Then we strike on Friday."]
    assert all(r["direct"] for r in answers)


def test_a_parliamentary_record_gives_each_turn_to_its_member():
    text = ("Trade Talks\n\n"
            "Mr Owen Hartley (Northfield) (Con): Will the Minister confirm that the talks resume on Monday?\n\n"
            "The Minister for Trade (Ms Priya Natarajan): I can confirm it. We go back to the table on Monday "
            "with a clear mandate.\n\n"
            "Mr Hartley: I thank the Minister for that answer.")
    recs = extract_text(text, "t")
    assert by_text(recs, "We go back to the table on Monday")["speaker"] == "Priya Natarajan"
    assert by_text(recs, "resume on Monday")["speaker"] == "Owen Hartley"
    assert by_text(recs, "I thank the Minister")["speaker"] == "Owen Hartley"


def test_hostile_text_of_every_kind_gives_statements_or_nothing_without_crashing():
    bench = _bench()
    for name, text in bench.fuzz_inputs(20_000).items():
        for r in extract_text(text, article="fuzz"):
            assert r["text"].strip() and 0 <= r["start"] <= r["end"] <= len(text), name


def test_hostile_text_that_asks_for_quotes_while_they_are_being_found_does_not_crash():
    # 200 KB of shuffled words in which an unclosed quote's attribution asks whether a place lies inside a quote
    # before any quote is known (found by a search over seeds; the answer then is "no quotes yet")
    text = _bench().fuzz_inputs(200_000, seed=20)["mixed scripts"]
    recs = extract_text(text, article="fuzz")
    assert recs and all(r["text"].strip() and 0 <= r["start"] <= r["end"] <= len(text) for r in recs)


def test_a_subject_in_capitals_that_no_name_can_start_does_not_crash():
    # "The The" reads as a name by its capitals, but "The" starts no name (a search over hostile seeds found it)
    recs = extract_text("After the elections, The The of were distant and mentioned a list reached with settlement "
                        "Putin that most successful,” the Peskov said.", "t")
    assert recs and all(r["text"].strip() and r["speaker_mention"] for r in recs)


def test_an_unclosed_quote_cut_at_an_attribution_to_an_unknown_name_keeps_both_statements():
    # the quote is cut at ", ... Moscow officials say." before the article's names and roles are known:
    # asking who "Moscow officials" are then must not fail (a 2 MB hostile input found this)
    recs = extract_text("“We will not sign it,” he said. “The deal is dead, the Secretary-General, Moscow "
                        "officials say.", "t")
    assert [(r["speaker_mention"], r["text"]) for r in recs] == [
        ("he", "We will not sign it"), ("Moscow officials", "The deal is dead, the Secretary-General")]
    assert recs[1]["speaker"] == "Moscow officials (unnamed)" and recs[0]["resolved"] is False


# --- house styles learnt from the second development set (dev-b) -------------------------------------------

def _said(text):
    return [(r["speaker"], r["text"]) for r in extract_text(text)]


def test_a_transcript_turn_runs_over_its_unlabelled_paragraphs_and_reports_others_inside_it():
    text = ("THE INTERVIEW\n\nDr Carolina Ibáñez Rojas teaches industrial relations in Antofagasta.\n\n"
            "Andes Review: Why did the strike happen?\n\n"
            "Carolina Ibáñez: On the surface, it was about a bonus. The union turned it down.\n\n"
            "But underneath there was a more interesting claim about the dividends paid out.\n\n"
            "Andes Review: What did the company say?\n\n"
            "Ibáñez: Very little. He told Reuters that the union represented almost all of the workers.\n\n"
            "Andes Review: And now?\n\n"
            "Ibáñez: We will see what the next round brings for everyone involved.\n")
    said = _said(text)
    # the interviewer is found by the questions, whatever the outlet calls itself
    assert ("interviewer", "Why did the strike happen?") in said
    # the fuller name from the introduction, and the unlabelled paragraph belongs to the same turn
    assert ("Carolina Ibáñez Rojas", "But underneath there was a more interesting claim about the dividends paid out.") in said
    assert any(t.startswith("the union represented") for _, t in said)  # reported speech inside a turn


def test_an_office_label_resolves_to_the_office_holder_named_in_its_first_label():
    text = ("House of Commons\n\nThe Prime Minister (Rishi Sunak): I would like to make a statement on the framework.\n\n"
            "Keir Starmer (Holborn and St Pancras) (Lab): I thank the Prime Minister for advance sight of it.\n\n"
            "The Prime Minister: I thank the right hon. and learned Gentleman for his support.\n")
    assert [s for s, _ in _said(text)] == ["Rishi Sunak", "Keir Starmer", "Rishi Sunak"]


def test_a_crosshead_with_a_colon_is_not_a_transcript_turn():
    text = ("UN CHIEF: «A BEACON OF HOPE»\n\nGuterres said the deal was a beacon of hope for the world.\n\n"
            "AKAR: PARTIES WILLING TO SOLVE THE PROBLEM\n\nAkar said the parties were ready to solve it.\n\n"
            "EXPERTS: DEAL WILL EASE PRICES\n\nAn economist said prices would fall within weeks.\n")
    assert all("BEACON" not in t and "PARTIES WILLING" not in t for _, t in _said(text))


def test_an_acronym_speaks_as_the_full_name_the_article_spells_out():
    text = ("Flight attendants of the Canadian Union of Public Employees walked out on Saturday.\n\n"
            "CUPE said the government's order violated their right to strike.\n")
    assert _said(text)[0][0] == "Canadian Union of Public Employees"


def test_a_mixed_quote_before_its_attribution_is_one_reported_statement():
    recs = extract_text('The truce will be "bilateral, national and temporary," Rodriguez told the ceremony.')
    assert [(r["speaker"], r["text"], r["direct"]) for r in recs] == [
        ("Rodriguez", 'The truce will be "bilateral, national and temporary', False)]


def test_adding_that_after_an_inverted_attribution_is_a_second_statement():
    said = _said("President Gustavo Petro signed the accord. The decades of violence had to end, the president said, "
                 'adding that the killing "must stop."')
    assert ("Gustavo Petro", "The decades of violence had to end") in said
    assert any(s == "Gustavo Petro" and t.startswith("the killing") for s, t in said)


def test_the_holder_of_a_role_who_spoke_last_is_the_one_meant():
    text = ('"A new world is born here," President Gustavo Petro said, seated beside Cuban President '
            "Miguel Diaz-Canel.\n\nThe decades of violence showed that peace was overdue, the president said.\n")
    assert _said(text)[-1][0] == "Gustavo Petro"


def test_relative_clauses_and_given_names_in_the_subject():
    assert _said("ELN negotiator Pablo Beltran, whose real name is Israel Ramirez, told reporters the ceasefire "
                 "had a humanitarian aim.")[0][0] == "Pablo Beltran"
    assert _said("One veteran loader, who gave his name only as Big Tel, said morale was high despite the flak."
                 )[0][0] == "Big Tel"
    assert _said("High Commissioner for Peace Danilo Rueda told the broadcaster on Thursday that it was the first "
                 "such truce.")[0][0] == "Danilo Rueda"


def test_according_to_inside_the_sentence_sources_the_clause_it_interrupts():
    said = _said("The talks, according to two officials, will resume on Monday in Geneva.")
    assert said == [("two officials (unnamed)", "The talks will resume on Monday in Geneva")]


def test_the_airline_is_the_airline_named_most_often():
    text = ("Air Canada and its flight attendants reached a deal. Air Canada Rouge flights were also grounded. "
            "Air Canada apologised to travellers.\n\nThe airline said it would begin restarting flights on Tuesday.\n")
    assert _said(text)[-1][0] == "Air Canada"


def test_a_short_quote_inside_a_reported_clause_belongs_to_it():
    said = _said("Wesley Lesosky said the move handed the airline exactly what it wanted: “hours and hours of unpaid "
                 "labour” from flight attendants who were already underpaid.")
    assert len(said) == 1 and "“hours and hours of unpaid labour”" in said[0][1]


# --- house styles learnt from the third development set (dev-c, the held-out set of stop 18) ---------------

@pytest.mark.parametrize("sentence, speaker, content", [
    # a tabloid's age and description between the name and the colon
    ("Shanice Okafor, 34, a nurse from Walthamstow, said: “I had to pay £40 for a cab just to get to work.”",
     "Shanice Okafor", "I had to pay £40"),
    ("RMT boss Mick Cash crowed that his members had won the argument.", "Mick Cash", "his members had won"),
    ("Manuel Cortes has long claimed the cuts left stations dangerously short-handed.", "Manuel Cortes",
     "the cuts left stations"),
    # state-agency passives
    ("It was noted by observers that the Agency could play a role in monitoring any future arrangement.",
     "observers (unnamed)", "the Agency could play a role"),
    ("As reported by the Iranian Ministry of Foreign Affairs, the parties exchanged views on bilateral relations.",
     "Iranian Ministry of Foreign Affairs", "the parties exchanged views"),
    # an organisation with its acronym in brackets
    ("“It is time for the chairman to step forward,” the National Samsung Electronics Union (NSEU) said in a "
     "statement.", "National Samsung Electronics Union", "It is time for the chairman"),
    # groups described, not named
    ("By Saturday morning, residents of the capital said, the fighting had only grown louder.",
     "residents of the capital (unnamed)", "By Saturday morning the fighting had only grown louder"),
    ("On social media, a number of unposted interns said they were disappointed that their cases were deferred.",
     "unposted interns (unnamed)", "they were disappointed"),
    ("The Israeli military says its troops fired at people approaching several villages in the south.",
     "Israeli military", "its troops fired"),
    ("On July 8, the first day, the union said 6,540 members had signed up to strike.", "union",
     "6,540 members had signed up"),
])
def test_third_development_set_forms(sentence, speaker, content):
    r = opening(sentence, content)
    assert r["speaker"] == speaker, r


def test_title_with_the_state_before_the_name_is_stripped_to_the_person():
    text = ("The Minister of Foreign Affairs of the Islamic Republic of Iran Seyed Abbas Araghchi led the delegation.\n\n"
            "«The talks took place in a constructive atmosphere,» the head of Iranian diplomacy stressed.")
    r = by_text(extract_text(text, "t"), "constructive atmosphere")
    assert r["speaker"] == "Abbas Araghchi" and r["speaker_mention"] == "the head of Iranian diplomacy"


def test_the_source_is_the_unnamed_source_introduced_before():
    text = ("A senior Whitehall source said the deal had been close for days.\n\n"
            "The source said: “Both sides knew another shutdown would be a disaster.”")
    r = by_text(extract_text(text, "t"), "Both sides knew")
    assert r["speaker"] == "senior Whitehall source (unnamed)"


def test_inverted_attribution_followed_by_a_second_clause_of_the_speaker():
    text = ("Union vice-president Son Woo-mok spoke first. The chairman had promised to end the no-union policy, "
            "Son told reporters, and he asked whether that promise was being kept.")
    r = by_text(extract_text(text, "t"), "The chairman had promised")
    assert r["speaker"] == "Son Woo-mok"


def test_third_development_set_stays_above_its_pooled_floor():
    """dev-c (held out once, tuned on since) pooled: a change that loses what was learnt from it fails."""
    res = _bench().run_set("dev-c")["pooled"]
    assert res["recall"] >= 0.87 and res["precision"] >= 0.95 and res["speaker_accuracy"] >= 0.88, res


def test_old_table_layout_page_gives_its_article_body():
    """A page laid out in tables (the article in one cell) is read, not dropped as a data table."""
    from stance.extract import article_text

    paras = "".join(f"<p>Union leader Jane Roe said the talks on the new contract would resume on day {i}, and "
                    "that members were ready to strike if the offer did not improve.</p>" for i in range(6))
    page = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><title>News</title></head>'
            '<body><table width="760"><tr><td colspan="2"><a href="/">Home</a> | <a href="/news">News</a></td></tr>'
            '<tr><td width="160"><a href="/sports">Sports</a><br><a href="/weather">Weather</a></td><td width="600">'
            '<font size="4"><b>Union and council resume talks</b></font><br>' + paras +
            '</td></tr><tr><td colspan="2">Copyright 2024</td></tr></table></body></html>')
    text = article_text(page.encode(), "page.html")
    assert "would resume on day 0" in text and "would resume on day 5" in text and "Weather" not in text
    r = extract_text(text, "page.html")[0]
    assert r["speaker"] == "Jane Roe"


# --- house styles learnt from dev-d (tabloids, state agencies, an interview with initials) ---------------------

@pytest.mark.parametrize("sentence, speaker, content", [
    ("He said millions of Canadians rely on the railways every day and that the effects reach every corner.",
     None, "millions of Canadians rely on the railways every day and that the effects reach every corner"),
    ("Egypt's Minister of Water Resources and Irrigation Hani Sewilam was quoted by Egyptian media as saying that "
     "the talks have now stopped.", "Hani Sewilam", "the talks have now stopped"),
    ("It is to be recalled that Prime Minister Abiy Ahmed has repeatedly stated that Ethiopia has no intention of "
     "harming the downstream countries.", "Abiy Ahmed", "Ethiopia has no intention"),
    ("A spokesperson for the Treasury Board said Sunday the government would not comment on the agreements.",
     "spokesperson (unnamed)", "the government would not comment"),
    ("The fiery union alliance — a tag team of two unions — said it would now work with Chevron on the wording.",
     "fiery union alliance", "it would now work with Chevron"),
])
def test_dev_d_forms(sentence, speaker, content):
    r = opening(sentence, content)
    assert r["speaker"] == speaker, r


def test_family_name_first_and_the_bearer_named_last():
    text = ("Earlier, trainee leader Park Dan quit his post.\n\n"
            "Second Vice Health Minister Park Min-soo says the government has ordered doctors to keep working.\n\n"
            "Park has repeatedly argued the increase is overdue.\n\n"
            "Foreign Minister Wang Yi met both delegations. Wang said the talks set an example for the region.")
    recs = extract_text(text, "t")
    assert by_text(recs, "the increase is overdue")["speaker"] == "Park Min-soo"
    assert by_text(recs, "the talks set an example")["speaker"] == "Wang Yi"


def test_transcript_turn_labelled_by_initials_after_the_full_name():
    text = ("Interview by Rania Haddad\n\n"
            "RANIA HADDAD: What does the truce mean on the ground?\n\n"
            "HANS GRUNDBERG: It means fewer strikes and more fuel reaching the ports.\n\n"
            "RH: And the airport?\n\n"
            "HG: The first flight should leave for Cairo within days, and we are working on it.")
    r = by_text(extract_text(text, "t"), "The first flight")
    assert r["speaker"] == "Hans Grundberg"


def test_dev_d_stays_above_its_pooled_floor():
    """dev-d (untuned 0.783/0.947/0.728, tuned on since): a change that loses what was learnt from it fails."""
    res = _bench().run_set("dev-d")["pooled"]
    assert res["recall"] >= 0.82 and res["precision"] >= 0.95 and res["speaker_accuracy"] >= 0.79, res


def test_the_spokesperson_is_the_unnamed_one_introduced_not_the_editor_in_the_byline():
    text = ("Editor: Zhang Lin\n\n"
            "BEIJING, March 11 (Xinhua) -- A Chinese Foreign Ministry spokesperson on Saturday gave details of the talks.\n\n"
            "The talks produced major outcomes, the spokesperson said.")
    r = by_text(extract_text(text, "t"), "major outcomes")
    assert r["speaker"] == "Chinese Foreign Ministry spokesperson (unnamed)"


def test_company_acronym_and_the_ministry_resolve_to_the_names_spelt_out():
    text = ("Canadian National Railway Co. and Canadian Pacific Kansas City Ltd. locked out 9,300 workers.\n\n"
            "CN said it had ended its lockout at 6 p.m. and began a recovery plan.\n\n"
            "In a statement, the Ministry of Foreign Affairs said the talks had failed. The Ministry noted that "
            "Ethiopia remains committed to a negotiated settlement.")
    recs = extract_text(text, "t")
    assert by_text(recs, "it had ended its lockout")["speaker"] == "Canadian National Railway Co."
    assert by_text(recs, "Ethiopia remains committed")["speaker"] == "Ministry of Foreign Affairs"


@pytest.mark.parametrize("sentence, speaker, content", [
    ("The company urged the union to take a serious look at its pay offer.", "company",
     "the union to take a serious look"),
    ("Nevertheless, Ethiopia is always ready to reach a negotiated agreement, Sileshi Bekele said, calling on the "
     "downstream countries to return to the table.", "Sileshi Bekele", "the downstream countries to return"),
    ("The alliance accused Chevron of industrial bastardry over the rosters.", "alliance",
     "Chevron of industrial bastardry"),
])
def test_appeals_and_accusations_are_statements_from_their_object(sentence, speaker, content):
    r = opening(sentence, content)
    assert r["speaker"] == speaker, r


def test_speakers_inside_an_according_to_sentence_are_the_ones_that_count():
    text = ("The Saudi side said the initiative upholds the principle of good-neighborliness, while the Iranian side "
            "said China has played a constructive role, according to the spokesperson.")
    recs = extract_text(text, "t")
    assert by_text(recs, "the initiative upholds")["speaker_mention"] == "The Saudi side"
    assert by_text(recs, "China has played")["speaker_mention"] == "the Iranian side"


def test_senate_record_labels_with_long_brackets_are_turns():
    text = ("Senate record\n\n"
            "Senator WATT (Queensland—Minister for Agriculture, Fisheries and Forestry) (11:55): I table a supplementary "
            "explanatory memorandum relating to the government amendments.\n\n"
            "Senator CASH (Western Australia—Deputy Leader of the Opposition in the Senate) (11:55): So that everybody "
            "listening understands what is about to happen, the government is ramming this through.\n\n"
            "Senator WATT: The government supports this amendment, and it will pass today.")
    assert by_text(extract_text(text, "t"), "So that everybody")["speaker"].lower() == "cash"


def test_he_after_a_possessive_object_is_the_subject_not_the_owner():
    text = ("Union Sports Minister Anurag Thakur met the wrestlers on Wednesday.\n\n"
            "Dronacharya awardee Mahavir Singh Phogat welcomed Thakur's invitation as a good step. "
            "\"The government has woken up after so many days,\" he said.")
    assert by_text(extract_text(text, "t"), "woken up")["speaker"] == "Mahavir Singh Phogat"


def test_the_person_is_the_unnamed_source_just_quoted():
    text = ("One member of the wrestlers' camp, who did not wish to be named, said the mood was cautious, not happy. "
            "\"We have heard dates before,\" the person said.")
    r = by_text(extract_text(text, "t"), "We have heard dates")
    assert r["speaker"] == "member of the wrestlers' camp (unnamed)"


def test_one_word_name_with_a_title_is_who_he_stands_for():
    text = ("President Trump agreed on Monday to pause the tariffs.\n\n"
            "\"I am very pleased with this initial outcome,\" Trump said. Canadian officials said the call lasted 45 "
            "minutes. \"Canada is very tough,\" he said.")
    assert by_text(extract_text(text, "t"), "Canada is very tough")["speaker"] == "Trump"


@pytest.mark.parametrize("sentence, mention, content", [
    ("Maersk said earlier this week that one of its services would skip Montreal, while French carrier CMA CGM was "
     "weighing whether to unload in Halifax.", "Maersk", "one of its services would skip Montreal"),
    ("In a post on social media, H.E. the Iranian Foreign Minister said that the diplomat was on his way home.",
     "the Iranian Foreign Minister", "the diplomat was on his way home"),
    ("Belgian media reported that the aid worker was expected to land on Friday evening.", "Belgian media",
     "the aid worker was expected to land"),
    ("The ministry put it at six hours; the wrestlers said it was closer to five.", "the wrestlers",
     "it was closer to five"),
])
def test_dev_e_forms(sentence, mention, content):
    r = opening(sentence, content)
    assert r["speaker_mention"] == mention and "CMA CGM" not in r["text"], r


def test_mr_king_is_a_surname_and_the_ministry_the_full_name():
    text = ("SIPTU deputy general secretary John King said unions had entered the process with a strong mandate.\n\n"
            "Kevin Callinan, chair of the committee, said an agreement could not be concluded before Christmas.\n\n"
            "Mr King said public service workers had seen the value of their wages eroded by inflation.")
    assert by_text(extract_text(text, "t"), "public service workers")["speaker"] == "John King"


def test_hansard_labels_on_their_own_line_are_turns_and_members_asking_are_not_the_interviewer():
    text = ("HOUSE OF COMMONS DEBATES\nSpeaker: The Honourable Anthony Rota\n\nORAL QUESTIONS\n\n"
            "Hon. Pierre Poilievre (Leader of the Opposition, CPC):\nMr. Speaker, how will the Prime Minister fix it?\n\n"
            "Right Hon. Justin Trudeau (Prime Minister, Lib.):\nMr. Speaker, our negotiators are at the table right now.\n\n"
            "Hon. Pierre Poilievre (Leader of the Opposition, CPC):\nMr. Speaker, when will he end this strike?\n\n"
            "The Speaker:\nOrder. I am going to ask members to let the answer be heard.\n\n"
            "Right Hon. Justin Trudeau (Prime Minister, Lib.):\nMr. Speaker, we respect collective bargaining.")
    recs = extract_text(text, "t")
    assert by_text(recs, "how will the Prime Minister")["speaker"] == "Pierre Poilievre"
    assert by_text(recs, "at the table right now")["speaker"] == "Justin Trudeau"
    assert by_text(recs, "Order. I am going")["speaker"] == "Anthony Rota"


def test_the_union_is_the_union_named_by_its_short_name_spelt_out_where_the_article_does():
    text = ("The Vereinte Dienstleistungsgewerkschaft (ver.di) and Lufthansa reached a deal on Wednesday.\n\n"
            "\"We are very satisfied,\" said ver.di's chief negotiator Marvin Reschinsky.\n\n"
            "According to the union, the deal provides for significant increases in pay.")
    recs = extract_text(text, "t")
    assert by_text(recs, "We are very satisfied")["speaker"] == "Marvin Reschinsky"
    assert by_text(recs, "significant increases")["speaker"] == "Vereinte Dienstleistungsgewerkschaft"


def test_a_joint_document_speaks_for_the_parties_listed_and_and_called_for_ends_the_clause():
    text = ("Türkiye, Finland and Sweden signed a trilateral memorandum in Madrid on Tuesday.\n\n"
            "The text further states that there are now no national arms embargoes between the three countries.\n\n"
            "Swedish Prime Minister Magdalena Andersson told reporters that the agreement would bring more security "
            "and called for the accession process to be completed quickly.")
    recs = extract_text(text, "t")
    assert by_text(recs, "no national arms embargoes")["speaker"] == "Türkiye and Finland and Sweden"
    r = by_text(recs, "the agreement would bring")
    assert r["text"] == "the agreement would bring more security", r


@pytest.mark.parametrize("sentence, speaker, content", [
    ("RTBU NSW secretary Toby Warnes denied the union had orchestrated the walkout.", "Toby Warnes",
     "the union had orchestrated the walkout"),
    ("One union official present said the exchange had been calm throughout.", "union official (unnamed)",
     "the exchange had been calm throughout"),
    ("But the unions had said for days that they would only come to talk about one thing.", "the unions (unnamed)",
     "they would only come to talk"),
])
def test_dev_f_forms(sentence, speaker, content):
    r = opening(sentence, content)
    assert r["speaker"] == speaker, r


@pytest.mark.parametrize("sentence, speaker", [
    ("Stephan Weil, premier of Lower Saxony, which owns a fifth of the votes, said the options included an investor.",
     "Stephan Weil"),
    ("Saffron Cordery, interim chief executive of NHS Providers, said the service could not keep coping.",
     "Saffron Cordery"),
    ("Dr Richard Lutz, Chief Executive Officer of Deutsche Bahn, said the result confirmed what it had argued.",
     "Richard Lutz"),
    ("Spokesperson of the Ministry of Foreign Affairs Esmaeil Baghaei, in a message, emphasised that peace is born "
     "of dialogue.", "Esmaeil Baghaei"),
])
def test_a_name_before_its_office_of_a_body_is_the_speaker_not_the_body(sentence, speaker):
    recs = extract_text("Talks went on.\n\n" + sentence, "t")
    assert [r["speaker"] for r in recs] == [speaker], recs


def test_he_after_a_union_spokesman_is_the_man_not_the_union():
    text = ("\"Employees have accepted painful concessions,\" said Thorsten Gröger, IG Metall's chief negotiator. "
            "But he stressed that monthly wage levels would not be touched.")
    assert by_text(extract_text(text, "t"), "monthly wage levels")["speaker"] == "Thorsten Gröger"


def test_a_spokesperson_nobody_named_is_an_unnamed_source_not_the_person_named_last():
    text = ("Rishi Sunak met union leaders on Monday.\n\n"
            "The prime minister's official spokesman said the college had described the offer as final.")
    r = by_text(extract_text(text, "t"), "the college had described")
    assert r["speaker"] == "prime minister's official spokesman (unnamed)", r


def test_it_after_a_clause_opened_by_the_union_is_the_union():
    text = ("Samsung and the National Samsung Electronics Union (NSEU) met again.\n\n"
            "On Wednesday, Samsung said the strike had little impact.\n\n"
            "When the union turned its walkout into an indefinite one, it insisted that the pressure would only build.")
    r = by_text(extract_text(text, "t"), "the pressure would only build")
    assert r["speaker"] == "National Samsung Electronics Union", r


@pytest.mark.parametrize("sentence, content", [
    ("Both arbitrators expressed the hope that the compromise could be a starting point.", "the compromise could be"),
    ("A Western diplomat following the process said the day had been long and often tense.", "the day had been long"),
    ("Magdalena Andersson spoke. She cautioned, however, that 30 parliaments still had to approve the accession.",
     "30 parliaments still had to approve"),
    ("OHRID, North Macedonia, March 19 - Kosovo and Serbia have agreed on an annex, Josep Borrell said on Saturday.",
     "Kosovo and Serbia have agreed"),
])
def test_dev_f_reported_forms(sentence, content):
    r = opening(sentence, content)
    assert r["text"].startswith(content), r


def test_a_quote_with_no_attribution_continues_the_reported_statement_before_it():
    text = ("Elisabeth Borne spoke to reporters after the meeting.\n\n"
            "Each union had been able to speak, she said. \"We have a disagreement on the age, and there are also many "
            "subjects whose importance we share.\"")
    r = by_text(extract_text(text, "t"), "We have a disagreement")
    assert r["speaker"] == "Elisabeth Borne", r


def test_said_in_a_statement_on_a_date_though_it_added_gives_two_statements():
    text = ("The Hyundai Motor union met.\n\nIts representatives voted unanimously to resume talks, the union said in "
            "a statement on Aug. 30, though it added that members would refuse extra shifts from Sept. 4.\n\n"
            "That boycott was costing the company output, according to people familiar with production planning.")
    recs = extract_text(text, "t")
    assert by_text(recs, "Its representatives voted")["speaker_mention"] == "the union"
    assert by_text(recs, "members would refuse extra shifts")["speaker_mention"] == "it"
    assert by_text(recs, "That boycott was costing")["speaker"] == "people (unnamed)"


def test_a_date_before_the_subject_and_a_clause_later_in_time_are_not_the_statement():
    text = ("The Hyundai Motor union met.\n\nOn Aug. 25 the union said 91.76 percent of members who voted had backed "
            "strike action, and three days later the National Labor Relations Commission ended mediation.")
    r = by_text(extract_text(text, "t"), "91.76 percent")
    assert r["text"] == "91.76 percent of members who voted had backed strike action", r


def test_a_quoted_fragment_ending_a_reported_clause_stays_in_it():
    text = ("Chevron spoke.\n\nThe company maintained there was \"no reasonable prospect of agreement\".\n\n"
            "\"In my view, the parties are close,\" he wrote, noting they had spent \"countless hours at the table\".")
    recs = extract_text(text, "t")
    assert by_text(recs, "there was")["text"] == "there was \"no reasonable prospect of agreement\""
    assert by_text(recs, "they had spent")["text"] == "they had spent \"countless hours at the table\""


def test_dev_f_stays_above_its_pooled_floor():
    """dev-f (untuned 0.757/0.972/0.889, tuned on since): a change that loses what was learnt from it fails."""
    res = _bench().run_set("dev-f")["pooled"]
    assert res["recall"] >= 0.89 and res["precision"] >= 0.95 and res["speaker_accuracy"] >= 0.91, res


def test_a_body_a_box_heading_and_a_senators_questions_are_not_people_or_the_interviewer():
    text = ("WHAT TO KNOW\n\nThe talks were held at the Community College of Philadelphia.\n\n"
            "A sanitation worker, who gave only his first name, Darnell, said he would vote for the deal.\n\n"
            "\"We showed this city what happens when we're not here,\" he said. \"Three percent doesn't pay my rent.\"")
    recs = extract_text(text, "t")
    assert by_text(recs, "We showed this city")["speaker"] == "Darnell"
    assert by_text(recs, "Three percent")["speaker"] == "Darnell"
    senate = ("Debates of the Senate\n\n"
              "Senator Plett: Leader, the government claims it respects collective bargaining. Will it admit it?\n\n"
              "Senator Gold: Senator, I do not accept the premise of your question.\n\n"
              "Senator Plett: Leader, why did the government wait until December to act?\n\n"
              "Senator Gold: The minister was clear that this was not a decision he took lightly.")
    assert by_text(extract_text(senate, "t"), "why did the government wait")["speaker"] == "Plett"


def test_with_x_saying_and_while_warning_are_statements_of_their_own():
    text = ("Wes Streeting met the doctors. No10 refused to confirm the terms, with the Prime Minister's spokesman "
            "saying he would not give a running commentary.\n\n"
            "After the meeting, Streeting said he was optimistic strikes could end – while warning it would not be easy.")
    recs = extract_text(text, "t")
    assert by_text(recs, "he would not give")["speaker"] == "Prime Minister's spokesman (unnamed)"
    assert by_text(recs, "he was optimistic")["text"] == "he was optimistic strikes could end"
    assert by_text(recs, "it would not be easy")["speaker"] == "Wes Streeting"


@pytest.mark.parametrize("sentence, speaker, content", [
    ("Rob Jetten of D66 said the plans were full of fantasies.", "Rob Jetten", "the plans were full of fantasies"),
    ("Marleen Dekker, who teaches law at a Dutch university, said much would depend on the courts.", "Marleen Dekker",
     "much would depend on the courts"),
    ("Sean O'Brien had warned that Teamsters would not work, and union leaders said that pressure brought the company "
     "back.", "union leaders (unnamed)", "pressure brought the company back"),
])
def test_dev_g_forms(sentence, speaker, content):
    r = opening(sentence, content)
    assert r["speaker"] == speaker, r


def test_while_conceding_and_who_had_initially_said_are_statements():
    text = ("Dilan Yesilgoz and Richard van Zwol spoke.\n\n"
            "Van Zwol called it a special moment, while conceding the hour was unusual.\n\n"
            "Dilan Yesilgoz, the VVD leader, who had initially said her party would support a cabinet only from the "
            "benches, said she was pleased.")
    recs = extract_text(text, "t")
    assert by_text(recs, "the hour was unusual")["speaker"] == "Richard van Zwol"
    assert by_text(recs, "her party would support")["speaker"] == "Dilan Yesilgoz"


def test_a_family_name_of_several_words_at_a_sentence_start_is_the_person_named_in_full():
    recs = extract_text("Richard van Zwol met the press.\n\nVan Zwol said the talks were over.", "t")
    assert by_text(recs, "the talks were over")["speaker"] == "Richard van Zwol"
    assert by_text(recs, "the talks were over")["speaker_mention"] == "Van Zwol"


def test_a_role_set_off_by_commas_before_a_name_is_that_persons_role():
    text = ("The Secretary General of NATO, Mark Rutte, arrived. Jens Stoltenberg was absent. "
            "The Secretary General of NATO said the alliance would not negotiate.")
    assert by_text(extract_text(text, "t"), "the alliance would not")["speaker"] == "Mark Rutte"


def test_a_role_is_the_person_the_paragraph_is_about_when_its_holder_was_named_paragraphs_before():
    text = ("Lebanon's caretaker prime minister, Najib Mikati, addressed the country.\n\n"
            "Talks went on through the night.\n\n"
            "Earlier, Benjamin Netanyahu told Israelis the truce would depend on Lebanon. “If Hezbollah breaks the "
            "agreement, we will attack,” the prime minister said.\n\n"
            "Later the prime minister said Lebanon would hold.")
    recs = extract_text(text, "t")
    assert by_text(recs, "we will attack")["speaker"] == "Benjamin Netanyahu"


def test_a_company_named_by_one_word_is_the_company_the_article_names_in_full():
    text = ("Walt Disney Co. and Charter Communications reached a deal. Samsung Electronics was not involved; its union "
            "shops at Samsung Family Net.\n\n"
            "Disney said the pay-TV model was broken. Charter said its customers would get ESPN. Samsung said the "
            "strike had had little impact. Israel said it would respond.")
    recs = extract_text(text, "t")
    assert by_text(recs, "the pay-TV model")["speaker"].rstrip(".") == "Walt Disney Co"
    assert by_text(recs, "its customers would get")["speaker"] == "Charter Communications"
    assert by_text(recs, "little impact")["speaker"] == "Samsung Electronics"
    assert by_text(recs, "it would respond")["speaker"] == "Israel"


def test_a_uk_hansard_page_with_labels_alone_on_their_lines_and_no_colons_is_a_transcript():
    text = ("House of Commons\n\nNorthern Ireland Executive Formation\n\n[Extract from the Official Report.]\n\n"
            "The Secretary of State for Northern Ireland (Chris Heaton-Harris)\n"
            "With permission, Mr Speaker, I will make a statement.\n"
            "Taken as a whole, this is the right deal for Northern Ireland.\n\n"
            "Mr Speaker\nI call the shadow Secretary of State.\n\n"
            "Hilary Benn (Leeds Central) (Lab)\nI thank the Secretary of State for advance sight of his statement.\n\n"
            "Chris Heaton-Harris\nI am grateful to the right hon. Gentleman. We intend to move quickly.\n")
    recs = extract_text(text, "t")
    assert by_text(recs, "the right deal for Northern Ireland")["speaker"] == "Chris Heaton-Harris"
    assert by_text(recs, "advance sight")["speaker"] == "Hilary Benn"
    assert by_text(recs, "We intend to move quickly")["speaker"] == "Chris Heaton-Harris"
    assert not [r for r in recs if "Official Report" in r["text"]]


def test_a_family_name_with_its_article_is_part_of_the_name_and_the_bare_family_name_is_the_person():
    text = ("Sudan's army chief, Abdel Fattah al-Burhan, said the army would not attend.\n\n"
            "Al-Burhan said the talks were a trap. Burhan added that the war would go on.")
    recs = extract_text(text, "t")
    for fragment in ("the army would not attend", "the talks were a trap", "the war would go on"):
        assert by_text(recs, fragment)["speaker"] == "Abdel Fattah al-Burhan", fragment


def test_a_live_pages_present_tense_second_verb_starts_a_second_statement():
    text = ("Iran's Supreme National Security Council claims its forces compelled Israel to accept a ceasefire, and "
            "says they will keep their hands on the trigger.")
    recs = extract_text(text, "t")
    assert by_text(recs, "its forces compelled")["text"].endswith("accept a ceasefire")
    assert by_text(recs, "they will keep their hands")["speaker"] == by_text(recs, "its forces compelled")["speaker"]


def test_a_live_page_heading_with_a_quote_is_not_a_transcript_turn_that_goes_on():
    text = ("11:20\nAraghchi: \"There is no agreement on any ceasefire\"\n\n"
            "Iran's foreign minister wrote on X that Tehran would stop if Israel stopped first.\n\n"
            "11:14\nTrump: \"DO NOT DROP THOSE BOMBS\"\n\n"
            "Minutes later, Trump posted on Truth Social that Israel must bring its pilots home.\n\n"
            "11:02\nTrump: \"I'm not happy with Israel\"\n\n"
            "Speaking to reporters before leaving the White House, the president is furious with both sides.\n\n"
            "10:40\nVance: \"A new dawn\"\n\n"
            "Vice President JD Vance tells Fox News the ceasefire could open a new dawn for the region.\n")
    recs = extract_text(text, "t")
    assert not [r for r in recs if r["text"].startswith("Speaking to reporters")]
    assert by_text(recs, "the ceasefire could open")["speaker"] == "JD Vance"


@pytest.mark.parametrize("sentence, speaker, content", [
    ("In Islamabad, Deputy Prime Minister and Foreign Minister Ishaq Dar confirmed that the ceasefire held.",
     "Ishaq Dar", "the ceasefire held"),
    ("In Brussels, Germany, France and Italy said they would sign.", "Germany and France and Italy", "they would sign"),
    ("Rep. Adam Schiff, D-Burbank, said he hoped the actors would succeed.", "Adam Schiff", "he hoped the actors"),
    ("Ted Cruz, R-Texas, told reporters the deal was bad.", "Ted Cruz", "the deal was bad"),
])
def test_dev_h_forms(sentence, speaker, content):
    r = opening(sentence, content)
    assert r["speaker"] == speaker, r


@pytest.mark.parametrize("sentence, speaker, content", [
    ("The guild said it also reserved the right to argue.", "guild", "it also reserved the right"),
    ("One showrunner, who asked not to be named because the vote has not taken place, said several projects may "
     "never restart.", "showrunner (unnamed)", "several projects may never restart"),
])
def test_guilds_and_people_of_the_screen_trade_speak(sentence, speaker, content):
    r = opening(sentence, content)
    assert r["speaker"] == speaker, r



def test_two_bodies_named_by_their_kinds_speak_together():
    text = ("The Writers Guild of America and the studios' alliance met for a fifth day. The union and the alliance said "
            "on Wednesday that negotiations would resume Monday.")
    r = by_text(extract_text(text, "t"), "negotiations would resume")
    assert r["speaker_mention"] == "The union and the alliance" and " and " in r["speaker"]


def test_a_participle_after_a_quoted_word_continues_the_statement_of_a_body_named_by_its_kind():
    text = ("In its message to members, the guild's negotiating committee called the deal \"exceptional,\" saying it "
            "delivered meaningful gains for writers.")
    r = by_text(extract_text(text, "t"), "it delivered meaningful gains")
    assert r["speaker_mention"] == "the guild's negotiating committee"
    r = by_text(extract_text("The union rejected the offer, saying it fell short.", "t"), "it fell short")
    assert r["speaker_mention"] == "The union"


@pytest.mark.parametrize("sentence, mention, content", [
    ("The studios said the deal gave the union big gains.", "The studios", "the deal gave the union"),
    ("The two companies said the deal gave viewers more.", "The two companies", "the deal gave viewers more"),
])
def test_bodies_and_spokespeople_in_the_plural_speak(sentence, mention, content):
    r = opening(sentence, content)
    assert r["speaker_mention"] == mention, r


def test_a_sentence_opening_with_and_keeps_its_subject_for_a_later_description():
    text = ("And union boss Fran Drescher couldn't contain herself.\n\n"
            "\"We did it!!!!\" the former star of The Nanny gushed on Instagram.")
    assert by_text(extract_text(text, "t"), "We did it")["speaker"] == "Fran Drescher"


@pytest.mark.parametrize("sentence, speaker, content", [
    ("In a letter to colleagues, the House minority leader, Hakeem Jeffries of New York, said he expected more "
     "reviews.",
     "Hakeem Jeffries", "he expected more reviews"),
    ("Representative Ralph Norman of South Carolina said the deal was insanity.", "Ralph Norman",
     "the deal was insanity"),
    ("Minister of Foreign Affairs Hakan Fidan said talks would resume.", "Hakan Fidan", "talks would resume"),
    ("Nasser Kanaani, Spokesman of the Ministry of Foreign Affairs of the Islamic Republic of Iran, said in a "
     "statement that the release had been secured.", "Nasser Kanaani", "the release had been secured"),
])
def test_a_person_of_a_place_is_the_person(sentence, speaker, content):
    r = opening(sentence, content)
    assert r["speaker"] == speaker, r


@pytest.mark.parametrize("sentence, mention, content", [
    ("The most concrete result came midway through the talks, when the Sovereign Council announced that it would "
     "open the Adre crossing.", "the Sovereign Council", "it would open the Adre crossing"),
    ("The army-aligned government in Port Sudan insisted that the RSF first carry out the Jeddah Declaration.",
     "The army-aligned government in Port Sudan", "the RSF first carry out"),
    ("When he announced the talks on 14th November, Mr Donohoe said he believed a deal was possible.", "Mr Donohoe",
     "he believed a deal was possible"),
])
def test_a_subject_after_when_and_a_government_in_a_place_speak(sentence, mention, content):
    r = opening(sentence, content)
    assert r["speaker_mention"] == mention, r


def test_a_possessive_at_the_end_of_a_sentence_ends_it():
    recs = extract_text("Hughes said the committee would not trade one group's gains for another's. O'Brien said the "
                        "committee would not have signed off on anything that took from one group.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("Hughes", "the committee would not trade one group's gains for another's"),
        ("O'Brien", "the committee would not have signed off on anything that took from one group")]


def test_a_statement_after_a_semicolon_with_its_own_speech_verb_is_a_second_statement():
    recs = extract_text("The union had made clear that it would call indefinite strikes if the arbitration failed; "
                        "before the talks began, Reschinsky warned that enforcement strikes were to be expected.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("union", "it would call indefinite strikes if the arbitration failed"),
        ("Reschinsky", "enforcement strikes were to be expected")]


@pytest.mark.parametrize("sentence, speaker", [
    ("The New Zealand Nurses Organisation (NZNO) said the offer was a step back. NZNO said nurses would strike "
     "on Thursday.", "New Zealand Nurses Organisation"),
    ("The Korean Confederation of Trade Unions said the offer was a step back. The union said its members would "
     "strike on Thursday.", "Korean Confederation of Trade Unions"),
    ("The Canadian Union of Public Employees (CUPE) said the offer was a step back. The union said its members "
     "would strike on Thursday.", "Canadian Union of Public Employees"),
    ("The International Association of Machinists and Aerospace Workers said the offer was a step back. The union "
     "said its members would strike on Thursday.", "International Association of Machinists and Aerospace Workers"),
    ("IAM District 751 voted on Monday. The International Association of Machinists and Aerospace Workers said the "
     "offer was a step back. The IAM said its members would strike on Thursday.",
     "International Association of Machinists and Aerospace Workers"),
])
def test_an_organisation_keeps_its_whole_name_and_its_later_mentions_resolve_to_it(sentence, speaker):
    recs = extract_text(sentence, "t")
    assert [r["speaker"] for r in recs] == [speaker, speaker], recs


def test_an_and_inside_a_name_ending_in_people_keeps_the_name_whole():
    r = one("The Alliance of Motion Picture and Television Producers said talks would resume on Monday.")
    assert r["speaker"] == "Alliance of Motion Picture and Television Producers", r


def test_the_first_word_of_an_institution_named_x_of_y_stands_for_it():
    recs = extract_text("Meanwhile, the Diwan of Royal Court announced that the Sultan will pay a state visit to Iran "
                        "on Sunday. The Diwan said in its statement that the visit builds on fraternal relations.", "t")
    assert [r["speaker"] for r in recs] == ["Diwan of Royal Court", "Diwan of Royal Court"], recs


def test_said_no_opens_a_clause_when_a_verb_follows_but_not_a_refusal():
    recs = extract_text("The airline said no strike or lockout could take place while the vote is pending. "
                        "The union said no to the offer on Friday.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("airline", "no strike or lockout could take place while the vote is pending")], recs


def test_a_that_after_a_bare_clause_with_its_own_verb_does_not_start_the_content():
    r = one("Flanked by other labour leaders, Ajaero said the unions accepted the figure because of other incentives "
            "that came with it.")
    assert r["text"] == "the unions accepted the figure because of other incentives that came with it", r


def test_a_name_followed_by_its_description_after_a_quote_is_the_person():
    recs = extract_text('"What the hell just happened to the ceasefire?" Omar Abdullah, chief minister of Jammu and '
                        "Kashmir, wrote on X, saying explosions could be heard across the city.", "t")
    assert [r["speaker"] for r in recs] == ["Omar Abdullah", "Omar Abdullah"], recs


@pytest.mark.parametrize("sentence, speaker", [
    ("Israel's Magen David Adom rescue service says four people were killed when a missile struck a building.",
     "Magen David Adom"),
    ("The US embassy said it was monitoring the situation closely.", "US embassy"),
    ("Health NZ has said it is deeply concerned about the strikes.", "Health NZ"),
])
def test_a_body_is_named_by_its_name_not_its_description_or_a_title(sentence, speaker):
    assert one(sentence)["speaker"] == speaker


def test_a_participle_after_a_parenthetical_attribution_is_not_part_of_the_statement():
    recs = extract_text("Aleksandar Vucic read out the points. Serbia would cooperate up to its red lines, he said, "
                        "naming them as recognition of Kosovo's independence.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("Aleksandar Vucic", "Serbia would cooperate up to its red lines")], recs


def test_a_participle_with_words_before_its_that_belongs_to_its_own_sentences_subject():
    recs = extract_text('"FAIRNESS FOR ALL!" Donald Trump signed off. Justin Trudeau broke the news first, posting on '
                        'X that he had just had "a good call with President Trump."', "t")
    r = by_text(recs, "he had just had")
    assert r["speaker"] == "Justin Trudeau", r


def test_said_a_noun_phrase_and_its_verb_is_a_clause_but_said_a_spokesman_is_an_attribution():
    recs = extract_text('Kevin McCarthy said a majority of Republicans would back it, along with some Democrats. '
                        '"We are close," said a spokesman who was not authorised to speak.', "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("Kevin McCarthy", "a majority of Republicans would back it, along with some Democrats"),
        ("spokesman (unnamed)", "We are close")], recs


def test_an_unclosed_quote_ending_at_a_one_word_name_is_cut_there():
    recs = extract_text("“We will not sign this text, Smith said. The talks resume on Monday in Geneva.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [("Smith", "We will not sign this text")], recs


def test_a_given_name_and_a_middle_name_make_the_last_word_a_surname_even_when_it_is_a_title_word():
    recs = extract_text("At the premiere of The Iron Claw, The Bear heartthrob Jeremy Allen White could barely "
                        'believe it. "The strike is over. It\'s amazing!" he beamed.', "t")
    assert [r["speaker"] for r in recs] == ["Jeremy Allen White"], recs


def test_he_and_she_follow_the_given_names_gender():
    recs = extract_text('Adaeze Okafor, a trader, was hopeful. "Seventy thousand is better than nothing," she said. '
                        'Musa Garba, a driver at the motor park, was more blunt. "Most of us do not have any wage at '
                        'all," he said.', "t")
    assert [r["speaker"] for r in recs] == ["Adaeze Okafor", "Musa Garba"], recs


def test_a_name_opening_a_paragraph_under_a_heading_is_who_he_is():
    recs = extract_text("Kelly Ortberg said the company was glad.\n\n12:18 a.m. White House weighs in\n\nPresident Joe "
                        "Biden has issued a statement congratulating the machinists. He said the contract supported "
                        "fairness in the workplace.", "t")
    assert by_text(recs, "the contract supported")["speaker"] == "Joe Biden", recs


def test_and_said_after_a_title_in_lower_case_belongs_to_the_named_subject():
    recs = extract_text("Anne Waiguru called the decision an act of statesmanship. Trade cabinet secretary Rebecca "
                        "Miano urged protesters to stay calm and said her ministry would put more emphasis on young "
                        "people.", "t")
    assert by_text(recs, "her ministry would")["speaker"] == "Rebecca Miano", recs


def test_a_month_after_a_given_name_is_a_surname_and_a_body_can_put_a_figure_saying():
    recs = extract_text("Saskatchewan Premier Scott Moe said North Americans could breathe again. Green Party Leader "
                        "Elizabeth May said Trudeau had told opposition leaders that the fight had changed. The RMT "
                        "said the deal would see 533 jobs reinstated. City Hall put the figure differently, saying an "
                        "extra 325 staff had been agreed.", "t")
    assert [r["speaker"] for r in recs] == ["Scott Moe", "Elizabeth May", "RMT", "City Hall"], recs


def test_both_arbitrators_are_the_pair_named_last():
    recs = extract_text("The arbitrators, Bodo Ramelow and Frank-Jürgen Weise, presented the result. Both arbitrators "
                        "expressed the hope that the compromise could be the starting point for a more united Lufthansa.",
                        "t")
    assert [r["speaker"] for r in recs] == ["Bodo Ramelow and Frank-Jürgen Weise"], recs


def test_according_to_a_source_an_agreement_is_what_the_source_reported():
    recs = extract_text("Chinese foreign ministry spokesperson Mao Ning spoke on Tuesday. According to Mao, the parties "
                        "agreed that the Beijing talks had demonstrated a positive and constructive spirit.", "t")
    assert [(r["speaker"], r["text"][:25]) for r in recs] == [("Mao Ning", "the parties agreed that t")], recs


def test_a_speaker_after_on_which_speaks_but_it_after_in_which_is_left_alone():
    recs = extract_text("Part of the rate is a surcharge, a matter on which Mr Bessent said some relief was possible if "
                        "Beijing cooperated more actively.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("Bessent", "some relief was possible if Beijing cooperated more actively")], recs


def test_a_reported_question_is_a_statement_but_the_journalists_asked_whether_is_not():
    recs = extract_text("Timmermans said cuts to benefits would undermine solidarity, and asked whether VVD and NSC "
                        "voters had really wanted Wilders in such a prominent role. Asked whether he would resign, "
                        "Smith said he would stay on until the talks ended.", "t")
    assert [(r["speaker"], r["text"]) for r in recs] == [
        ("Timmermans", "cuts to benefits would undermine solidarity"),
        ("Timmermans", "whether VVD and NSC voters had really wanted Wilders in such a prominent role"),
        ("Smith", "he would stay on until the talks ended")], recs


def test_an_attribution_inside_the_clause_after_a_semicolon_starts_there():
    recs = extract_text("Marama Davidson, the party's co-leader, said the agreement would worry many people, but that "
                        "her MPs were ready and would be loud; any attempt to redefine the Treaty, she warned, would be "
                        "divisive.", "t")
    assert [(r["speaker"], r["text"]) for r in recs][1] == (
        "Marama Davidson", "any attempt to redefine the Treaty would be divisive"), recs


def test_the_head_of_state_is_the_president_and_a_second_role_after_and_is_the_persons_too():
    recs = extract_text("President of the Kyrgyz Republic Sadyr Japarov met his guest, according to the press service "
                        "of the President of the Kyrgyz Republic. At the talks, the head of state noted that good "
                        "relations with Tajikistan remain a key priority. Geoff Barton, the general secretary of the "
                        "Association of School and College Leaders and a former headteacher in Suffolk, had warned "
                        "before the award. The former headteacher said leaders would need complete clarity on funding.",
                        "t")
    assert by_text(recs, "good relations")["speaker"] == "Sadyr Japarov", recs
    assert by_text(recs, "leaders would need")["speaker"] == "Geoff Barton", recs


def test_a_lobby_speaks_as_the_body_named_before_it():
    recs = extract_text("Copa-Cogeca said the bloc had made painful compromises. The farm lobby warned the additional "
                        "quotas would widen the EU's trade deficit.", "t")
    assert [r["speaker"] for r in recs] == ["Copa-Cogeca", "Copa-Cogeca"], recs


def test_an_acronym_that_counts_the_of_in_its_name_is_that_name():
    recs = extract_text("The Alliance of Small Island States (AOSIS) walked out of the meeting on Saturday. AOSIS said "
                        "in a statement that it remained committed to the process.", "t")
    assert [r["speaker"] for r in recs] == ["Alliance of Small Island States"], recs


def test_a_description_before_a_name_is_not_an_inverted_statement():
    recs = extract_text("Sierra Leone's climate minister, Jiwoh Abdulai, explained the walkout. In the Commons on 17 "
                        "July Bridget Phillipson, the shadow education secretary, accused her of causing needless "
                        "disruption. Talks will resume in Geneva next week, Igor Korotchenko, a military analyst, told "
                        "TASS.", "t")
    assert [(r["speaker"], r["text"]) for r in recs if not r["text"].startswith("her of")] == [
        ("Igor Korotchenko", "Talks will resume in Geneva next week")], recs


def test_hours_later_a_body_for_a_portfolio_and_the_pair_speak():
    recs = extract_text("Hours later the NASUWT, the National Association of Schoolmasters Union of Women Teachers, "
                        "reported that 77.6 per cent of members were willing to accept. The Department for Education "
                        "has said it will meet the cost of the award. Mary Bousted and Kevin Courtney, who lead the "
                        "Association of School and College Leaders and the NEU, welcomed the result. The pair added "
                        "that ministers should be in no doubt.", "t")
    assert [r["speaker"] for r in recs] == ["National Association of Schoolmasters Union of Women Teachers",
                                            "Department for Education", "Mary Bousted and Kevin Courtney"], recs


def test_a_country_of_two_words_is_not_a_person_and_a_role_before_a_name_ending_a_sentence_is_his():
    recs = extract_text("The tariffs will go, according to a joint statement by Ardern and her trade minister, Damien "
                        "O'Connor. Asked how the compromises would be received, the trade minister joked that the "
                        "negotiators had probably got the balance right. New Zealand would gain most, officials said. "
                        '"It is the best deal on offer," he said later.', "t")
    assert by_text(recs, "balance right")["speaker"] == "Damien O'Connor", recs
    assert by_text(recs, "best deal")["speaker"] == "Damien O'Connor", recs


def test_reflected_is_not_a_speech_verb():
    r = one("Fonterra said in a statement that the dairy outcomes were very disappointing and reflected the "
            "protectionism that continued to afflict global dairy trade.")
    assert r["text"].endswith("continued to afflict global dairy trade") and r["speaker"] == "Fonterra", r


def test_and_warned_after_a_quoted_word_belongs_to_the_name_before_its_description():
    recs = extract_text("Ali Mohamed, the Kenyan envoy, called Friday's number \"totally inadequate\" and warned it "
                        "would mean an unacceptable loss of life in Africa.", "t")
    assert by_text(recs, "unacceptable loss")["speaker"] == "Ali Mohamed", recs


def test_people_described_not_named_own_a_participle_of_their_sentence():
    r = one("Outside, activists heckled the US envoy, John Podesta, shouting that America had not paid its fair share.")
    assert (r["speaker"], r["text"]) == ("activists (unnamed)", "America had not paid its fair share"), r


def test_his_spokesperson_named_after_the_content_and_a_second_body_after_and():
    recs = extract_text("Antonio Guterres congratulated the two countries on a historic achievement, his spokesperson "
                        "Stephane Dujarric said in a statement. The Secretariat of the Collective Security Treaty "
                        "Organization said it welcomed the signing, and the Shanghai Cooperation Organisation described "
                        "the treaty as a valuable contribution to peace.", "t")
    assert [(r["speaker"], r["text"][:30]) for r in recs][:2] == [
        ("Stephane Dujarric", "Antonio Guterres congratulated"),
        ("Secretariat of the Collective Security Treaty Organization", "it welcomed the signing")], recs


def test_according_to_a_body_which_said_gives_two_statements_of_the_body():
    recs = extract_text("The Ministry of Health said it was ready. The agreement gives teachers raises over three years, "
                        "according to the ministry, which said half of its teachers would also receive step increases.",
                        "t")
    assert [(r["speaker"], r["text"]) for r in recs][1:] == [
        ("Ministry of Health", "The agreement gives teachers raises over three years"),
        ("Ministry of Health", "half of its teachers would also receive step increases")], recs


# --- house styles learnt from dev-j: records that end a label with a full stop --------------------------------

def test_a_european_parliament_record_gives_each_turn_to_its_member_and_the_chair_to_the_one_in_the_chair():
    text = ("EUROPEAN PARLIAMENT\nVerbatim report of proceedings\n\nIN THE CHAIR: ANNA KOWALSKA\nVice-President\n\n"
            "7. Fisheries agreement with Norway (debate)\n\n"
            "President. – The next item is the debate on the fisheries agreement with Norway.\n\n"
            "Henrik Lund, Member of the Commission. – Madam President, this agreement secures quotas for three "
            "years. It is a good deal.\n\n"
            "We will not reopen it, and I say that plainly.\n\n"
            "Marta Oliveira, on behalf of the S&D Group. – (PT) Madam President, our fishermen were not consulted.\n\n"
            "(Applause)\n\n"
            "Pieter van der Berg (ECR). – Colleagues, the talks must go back to the table.\n\n"
            "Marta Oliveira (S&D), blue-card question. – Will you vote against it, then?\n")
    said = _said(text)
    assert ("Henrik Lund", "We will not reopen it, and I say that plainly.") in said
    assert ("Marta Oliveira", "Madam President, our fishermen were not consulted.") in said  # no "(PT)" tag
    assert ("Pieter van der Berg", "Colleagues, the talks must go back to the table.") in said
    assert ("Marta Oliveira", "Will you vote against it, then?") in said
    assert not any(t.startswith("(Applause") for _, t in said)


def test_a_dateline_with_a_dash_is_not_a_parliament_label():
    text = ("KYIV, Ukraine. – Talks on a ceasefire resumed on Monday, officials said.\n\n"
            "The two delegations met for six hours.")
    assert all(sp != "KYIV" for sp, _ in _said(text))


def test_a_us_hearing_record_gives_turns_to_senators_and_the_chairman_presiding():
    text = ("HEARING BEFORE THE COMMITTEE ON FINANCE\n\n"
            "   The hearing was convened at 10:01 a.m., in room SD-215, Dirksen Senate Office Building, Hon. Mike "
            "Crapo (chairman) presiding.\n"
            "   Present: Senators Grassley, Wyden and Warner.\n"
            "   The CHAIRMAN. The committee will come to order. Ambassador Greer, welcome back to the committee.\n"
            "   Senator WYDEN. Thank you, Mr. Chairman. What is the plan for these negotiations, exactly?\n"
            "   Ambassador GREER. The plan is reciprocity. Nearly 50 countries have approached me about talks.\n"
            "   Senator CORTEZ MASTO. Will farmers be protected in these deals, Ambassador?\n"
            "   Mr. GREER. Yes, they will, and we are negotiating for them every single day.\n")
    said = _said(text)
    assert ("Mike Crapo", "The committee will come to order. Ambassador Greer, welcome back to the committee.") in said
    assert ("Wyden", "Thank you, Mr. Chairman. What is the plan for these negotiations, exactly?") in said
    assert ("Greer", "Yes, they will, and we are negotiating for them every single day.") in said
    assert ("Cortez Masto", "Will farmers be protected in these deals, Ambassador?") in said
    assert not any(sp == "Present" for sp, _ in said)


def test_a_hard_wrapped_record_splits_its_paragraphs_at_the_indents():
    text = ("    The CHAIRMAN. The committee will come to order. We meet today to\n"
            "hear from the Trade Representative on the talks with our partners,\n"
            "which have now run for three months without a result.\n"
            "    Senator WYDEN. Thank you, Mr. Chairman. I have one question and\n"
            "I will ask it slowly: what is the plan for these negotiations?\n\n"
            "    Ambassador GREER. The plan is reciprocity, and nearly fifty\n"
            "countries have approached me about opening talks with us soon.\n"
            "    The CHAIRMAN. Thank you, Ambassador, for that very clear answer.\n")
    said = dict((t[:20], sp) for sp, t in _said(text))
    assert said.get("Thank you, Mr. Chair") == "Wyden" and said.get("The plan is reciproc") == "Greer"


def test_interview_turns_labelled_by_initials_of_the_people_the_standfirst_names():
    text = ("The machinists' leader Jon Holden spoke to Renata Okafor after the vote.\n\n"
            "RO: On Monday you told the hall they stood strong. Was it a victory speech?\n\n"
            "JH: It was. Members did something remarkable and I said so.\n\n"
            "RO: Did you consider stepping aside?\n\n"
            "JH: No. It is our job to get the best agreement we can.\n")
    assert ("Jon Holden", "No. It is our job to get the best agreement we can.") in _said(text)


def test_inside_a_record_the_commissioner_is_the_member_of_the_commission_who_spoke_and_our_chair_is_unnamed():
    text = ("President. – The next item is the debate on Tunisia.\n\n"
            "Ylva Johansson, Member of the Commission. – Madam President, the memorandum is a good basis for work.\n\n"
            "Jeroen Lenaers, on behalf of the PPE Group. – Madam President, my group supports this. In July "
            "Commissioner Johansson told us that some 45 000 people had left. Our group chair said this morning that "
            "a rise was to be expected.\n\n"
            "(Interjections from the right)\n\n"
            "Colleagues, the Union cannot afford instability at a moment like this one.\n\n"
            "Tineke Strik (Verts/ALE). – Madam President, this is a bad deal. The Commissioner said the deal was "
            "good; it is not.\n")
    said = _said(text)
    assert ("Johansson", "some 45 000 people had left") in said or ("Ylva Johansson", "some 45 000 people had left") in said
    assert ("group chair (unnamed)", "a rise was to be expected") in said
    assert ("Ylva Johansson", "the deal was good; it is not") in said
    # the member goes on after a stage direction
    assert ("Jeroen Lenaers", "Colleagues, the Union cannot afford instability at a moment like this one.") in said


def test_in_an_answer_she_is_someone_else_and_a_possessive_inside_a_party_name_keeps_it_whole():
    text = ("Interview by Oskar Lind\n\nDr. Séverine Albrecht teaches law in Bern.\n\n"
            "Q: Von der Leyen spoke of a day of joy. Is that how it feels?\n\n"
            "A: Not exactly. She said strong partnerships are no longer an advantage but a must.\n\n"
            "Q: And the parties?\n\n"
            "A: The Swiss People's Party had announced that morning, before the government had even presented the "
            "details, that it would fight the treaty.\n")
    said = _said(text)
    assert ("Von der Leyen", "strong partnerships are no longer an advantage but a must") in said
    assert ("Swiss People's Party", "it would fight the treaty") in said


def test_a_numbered_question_in_a_record_is_a_turn():
    text = ("First Minister's Question Time\n\n"
            "1. Douglas Ross (Highlands and Islands) (Con): Will the First Minister end the rail dispute this week?\n\n"
            "The First Minister (Nicola Sturgeon): We are working with the union and I hope for a settlement.\n\n"
            "2. Anas Sarwar (Glasgow) (Lab): The timetable has been cut by a third. Who is to blame for it?\n")
    said = _said(text)
    assert ("Douglas Ross", "Will the First Minister end the rail dispute this week?") in said
    assert ("Anas Sarwar", "The timetable has been cut by a third. Who is to blame for it?") in said


def test_a_broadcast_clip_label_is_a_turn_and_was_saying_reports():
    text = ("PRESENTER: CIARA BRENNAN\n\n"
            "CIARA BRENNAN: Good evening. The pilots have voted on the Labour Court's proposals tonight.\n\n"
            "[CLIP — CAPT MARK TIGHE, IALPA, 3 July]: Whatever the Court recommends, our members will vote on it.\n\n"
            "BRENNAN: A colleague of yours, Tom Britton, was saying on Monday he was worried neither side would accept.\n\n"
            "HOULIHAN: That is fair. Nobody wanted this dispute to run all summer long.\n")
    said = _said(text)
    assert ("Mark Tighe", "Whatever the Court recommends, our members will vote on it.") in said
    assert ("Tom Britton", "he was worried neither side would accept") in said


# --- dev-k: state agencies, live blogs, joint releases -----------------------------------------------------------

def test_a_spanish_double_surname_and_a_plane_named_like_a_force():
    text = ("Colombian President Gustavo Petro Urrego arrived in Havana on Friday. "
            "Petro said the ceasefire would hold for six months.\n\n"
            "Donald Trump, asked aboard Air Force One whether he was disappointed, was blunt. "
            "\"Nothing is going to happen until Putin and I get together,\" he said.\n")
    said = _said(text)
    assert ("Gustavo Petro Urrego", "the ceasefire would hold for six months") in said
    assert ("Donald Trump", "Nothing is going to happen until Putin and I get together,") in said or \
        ("Donald Trump", "Nothing is going to happen until Putin and I get together") in said


def test_a_quote_that_goes_on_a_subject_before_a_parenthetical_attribution_is_one_statement():
    text = "Andrii Tykhyi spoke to reporters. Ukraine's basic position, Tykhyi said, “has remained unchanged”."
    said = _said(text)
    assert ("Andrii Tykhyi", "Ukraine's basic position, Tykhyi said, “has remained unchanged") in said


def test_an_omani_title_is_dropped_and_a_byline_and_headline_are_no_pair_of_parties():
    text = ("AGENCIA CONTINENTAL DE NOTICIAS — English Service\n\n"
            "Colombian Government and ELN sign ceasefire in Havana\n\n"
            "Muscat, April 12 (SNA) — Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, hosted the talks. "
            "Sayyid Badr said the engagement had taken place in a friendly atmosphere.\n")
    said = _said(text)
    assert ("Badr bin Hamad Albusaidi", "the engagement had taken place in a friendly atmosphere") in said
    from stance.extract.aliases import named_pairs
    from stance.extract.document import Document
    assert all("English Service" not in pair for _, pair in named_pairs(Document(text)))


def test_the_hospital_said_is_the_hospital_named_before():
    text = "Mount Sinai Hospital is in talks with the union. The hospital said the proposal would have provided a path."
    assert ("Mount Sinai Hospital", "the proposal would have provided a path") in _said(text)


def test_after_a_present_tense_says_and_argues_starts_a_second_statement_but_not_after_said():
    text = ("Mario Cilento says nurses have endured unimaginable conditions, and argues the praise for heroes was "
            "hollow.\n\nWang Yi said the declaration reaffirms the commitment to a state, and stresses the need to "
            "convene a conference.")
    said = _said(text)
    assert ("Mario Cilento", "nurses have endured unimaginable conditions") in said
    assert any(t.endswith("stresses the need to convene a conference") for _, t in said)


def test_an_attribution_between_dashes_interrupts_one_statement():
    text = ("Gustavo Petro spoke in Havana. The violence lived through for generations — he said — shows that "
            "Colombians have not been able to build a nation.")
    assert ("Gustavo Petro", "The violence lived through for generations shows that Colombians have not been able to "
            "build a nation") in _said(text)


def test_a_mixed_sentence_goes_on_after_its_attribution():
    text = "Donald Tusk spoke. It gave those gathered “great satisfaction”, he said, to be able to bring good news to Poles."
    assert ("Donald Tusk", "It gave those gathered “great satisfaction” to be able to bring good news to Poles") in _said(text)


def test_a_name_with_a_description_then_saying_and_the_high_representative():
    text = ("Keir Starmer hosted the summit. High Representative Kaja Kallas spoke after him. "
            "Tavish Scott, chief executive of Salmon Scotland, welcomed the commitment, saying it would slash red tape.\n\n"
            "The High Representative said the two sides were determined to step up cooperation.")
    said = _said(text)
    assert ("Tavish Scott", "it would slash red tape") in said
    assert ("Kaja Kallas", "the two sides were determined to step up cooperation") in said


def test_the_union_is_the_articles_one_union_by_its_acronym_not_a_federation_named_since():
    text = ("Some 7,000 members of the New York State Nurses Association (NYSNA) walked out on Monday.\n\n"
            "The state AFL-CIO is weighing in. President Mario Cilento says nurses have endured hard conditions.\n\n"
            "NYSNA answered the governor. The union said nurses did not want to strike.")
    assert ("New York State Nurses Association", "nurses did not want to strike") in _said(text)


# --- dev-l: tabloids, broadsheets, a wire story told by roles ------------------------------------------------------

def test_malaysian_honorifics_are_titles_and_sri_lanka_keeps_its_name():
    text = ("Datuk Seri Anwar Ibrahim signed the pact. Tan Sri Muhyiddin Yassin said he held 115 declarations.\n\n"
            "Sri Lanka's president said the deal was good.")
    said = _said(text)
    assert ("Muhyiddin Yassin", "he held 115 declarations") in said
    assert not any(sp == "Lanka" for sp, _ in said)


def test_a_quote_ending_in_a_comma_then_while_another_said_is_two_statements():
    text = ("Rep. Ro Khanna and Zach Wahls reacted. Khanna said Schumer was \"not built for this moment,\" while Iowa's "
            "Zach Wahls said flatly that Schumer had failed.")
    said = _said(text)
    assert ("Ro Khanna", "Schumer was \"not built for this moment,\"") in said or \
        ("Ro Khanna", "Schumer was \"not built for this moment") in said or \
        any(sp == "Ro Khanna" and "while" not in t for sp, t in said)


def test_one_name_after_a_personal_title_is_a_person_he_can_stand_for():
    text = ("One source close to the talks told Politico that the caucus was divided.\n\n"
            "At the White House, President Trump was all smiles.\n\n"
            "Returning from a game on Sunday, he told reporters the deal was getting very close.")
    assert ("Trump", "the deal was getting very close") in _said(text)


# --- stop 24: speakers described, not named; where a reported clause ends -----------------------------------------

def test_the_insider_is_the_source_introduced_just_before():
    text = ("One source close to the talks told Politico that the caucus was divided. "
            "\"The others are going to rage at them,\" the insider said.")
    said = dict((t, sp) for sp, t in _said(text))
    assert said["The others are going to rage at them"] == said["the caucus was divided"] == "source (unnamed)"


def test_the_union_boss_is_one_person_not_a_group_of_unnamed_sources():
    text = ("Unite general secretary Sharon Graham said the result was no surprise.\n\n"
            "The union boss claimed town hall bosses had kept \"moving the goalposts\" since the dispute began.")
    assert ("Sharon Graham", "town hall bosses had kept \"moving the goalposts\" since the dispute began") in _said(text)


def test_the_statement_said_with_no_statement_named_is_the_body_just_heard_from():
    text = ("In a message to its members, the union said it had won a deal of extraordinary scope.\n\n"
            "\"We have arrived at a contract that will enable members to build careers,\" the statement said.")
    said = _said(text)
    assert any(t.startswith("We have arrived") and sp != "statement" for sp, t in said)


def test_a_reported_clause_ends_where_the_speakers_next_act_begins():
    text = ("Saskatchewan Premier Scott Moe said North Americans could breathe a sigh of relief, and credited the "
            "prime minister with buying time. Nikol Pashinyan has said he intends to hold one, but has not set a date.")
    said = _said(text)
    assert ("Scott Moe", "North Americans could breathe a sigh of relief") in said
    assert ("Nikol Pashinyan", "he intends to hold one") in said


def test_someone_described_by_any_noun_after_one_or_a_is_an_unnamed_speaker():
    text = ("\"They voted against five per cent when the food bill has gone up by a fifth,\" said one ward sister at a "
            "large teaching hospital in Leeds, who asked not to be named. \"If the leadership had listened in March, "
            "we would not be here.\"")
    said = _said(text)
    assert ("ward sister (unnamed)", "They voted against five per cent when the food bill has gone up by a fifth") in said
    assert ("ward sister (unnamed)", "If the leadership had listened in March, we would not be here.") in said


def test_an_unnamed_source_with_a_long_relative_clause_before_told_me():
    text = ("“You can’t have a ceasefire in Tigray that does not bind the Eritreans,” a Western diplomat in Addis "
            "Ababa, who spoke on condition of anonymity because of the sensitivity of the talks, told me.")
    assert ("Western diplomat (unnamed)", "You can’t have a ceasefire in Tigray that does not bind the Eritreans") \
        in _said(text)


def test_his_neighbour_is_an_unnamed_speaker_by_relation():
    text = ("Mr Sadiq is fed up. His neighbour, who did not want to be named, said: \"I feel for the lads on strike, "
            "I really do.\"")
    assert ("neighbour (unnamed)", "I feel for the lads on strike, I really do.") in _said(text)


def test_they_is_the_group_that_opens_the_sentence_before_or_kept_unresolved():
    said = _said("The Greens were warmer. They said the agreement finally opened a way out of the impasse.")
    assert ("Greens", "the agreement finally opened a way out of the impasse") in said
    recs = extract_text("\"We will not sign this,\" they said.")
    assert [(r["speaker"], r["speaker_mention"], r["resolved"]) for r in recs] == [(None, "they", False)]


def test_the_union_duo_is_the_pair_named_before():
    text = ("Junior doctors leaders Robert Laurenson and Vivek Trivedi welcomed it. The union duo said it did not make "
            "good all the money doctors had lost since 2008. And they insisted the offer left no doctor behind.")
    said = _said(text)
    assert ("Robert Laurenson and Vivek Trivedi", "it did not make good all the money doctors had lost since 2008") in said
    assert ("Robert Laurenson and Vivek Trivedi", "the offer left no doctor behind") in said


def test_a_plural_possessive_stays_inside_an_organisations_name():
    text = ("Within the last hour the Irish Air Line Pilots' Association, which is part of Fórsa, has said its "
            "executive will recommend that members accept the proposals.")
    assert ("Irish Air Line Pilots' Association", "its executive will recommend that members accept the proposals") \
        in _said(text)


def test_a_bare_clause_may_open_with_a_and_go_on_with_a_past_tense_verb():
    said = _said("Jamal Nazzal, a Fatah spokesman, said a long road still lay ahead. Houthi officials say a flight to "
                 "Cairo expected last week never happened.")
    assert ("Jamal Nazzal", "a long road still lay ahead") in said
    assert ("Houthi officials (unnamed)", "a flight to Cairo expected last week never happened") in said


def test_a_reported_clause_ends_before_and_thanked():
    said = _said("A spokesperson has previously said the door remains open for talks and thanked residents for their "
                 "patience.")
    assert ("spokesperson (unnamed)", "the door remains open for talks") in said


def test_an_inverted_attribution_may_trail_a_with_clause_or_name_its_audience():
    said = _said("BEIRUT, Nov 26 (Meridian Wire) - Israel and Lebanon have accepted a ceasefire to end more than a year "
                 "of fighting, U.S. President Joe Biden said on Tuesday, with the truce due to take effect at 4 a.m.\n\n"
                 "The halt, which took effect at 5 p.m., was worked out in a telephone call between the two armies, "
                 "Indian Foreign Secretary Vikram Misri told a hastily arranged briefing in New Delhi.")
    assert ("Joe Biden", "Israel and Lebanon have accepted a ceasefire to end more than a year of fighting") in said
    assert ("Vikram Misri", "The halt, which took effect at 5 p.m., was worked out in a telephone call between the two "
                            "armies") in said
    assert not any("briefing" in t for _, t in said)


def test_afterwards_before_a_subject_and_a_bare_clause_with_a_number_in_it():
    said = _said("Olaf Scholz met the prisoners. Afterwards the chancellor said he was sure it had been the right call.\n\n"
                 "Union chiefs said a whopping 97 per cent of those who voted rejected the deal.")
    assert ("Olaf Scholz", "he was sure it had been the right call") in said
    assert ("Union chiefs (unnamed)", "a whopping 97 per cent of those who voted rejected the deal") in said


def test_a_single_role_is_not_the_unnamed_group_that_spoke_before():
    said = _said("Unite general secretary Sharon Graham spoke first. Union chiefs said the vote was clear.\n\n"
                 "The union boss claimed town hall bosses had kept \"moving the goalposts\".")
    assert ("Sharon Graham", "town hall bosses had kept \"moving the goalposts\"") in said


def test_a_chairperson_title_before_a_name_is_part_of_the_mention():
    said = _said('President William Ruto spoke. "We have gone the whole mile," Council of Governors chairperson Anne '
                 'Waiguru said at the time, adding that each county would act.')
    assert ("Anne Waiguru", "We have gone the whole mile") in said and ("Anne Waiguru", "each county would act") in said


# --- dev-m: a Philippine Senate record, a broadsheet of rival party leaders ----------------------------------------

def test_philippine_senate_labels_with_the_chair_named_in_square_brackets():
    text = ("RECORD OF THE SENATE\n\n"
            "THE PRESIDING OFFICER [Sen. Ejercito]. The Majority Leader is recognized.\n\n"
            "SEN. VILLANUEVA. Mr. President, I move that we resume consideration of the resolution.\n\n"
            "SEN. CAYETANO (A). RCEP will have winners and it will have losers, Mr. President.\n\n"
            "SEN. ZUBIRI. We cannot be an island in this region, Mr. President.")
    assert [sp for sp, _ in _said(text)] == ["Ejercito", "Villanueva", "Cayetano", "Zubiri"]


def test_progressive_speech_verbs_adverbs_and_the_day_before_a_subject():
    said = _said("On the Tuesday, the Finns Party abruptly demanded that most working groups down tools.\n\n"
                 "By Friday Ms Purra was warning that the negotiations would be broken off.\n\n"
                 "Union leaders were already warning on Friday that the reforms would be fought every step of the way.")
    assert ("Finns Party", "most working groups down tools") in said
    assert ("Purra", "the negotiations would be broken off") in said
    assert ("Union leaders (unnamed)", "the reforms would be fought every step of the way") in said


def test_after_a_semicolon_the_subject_is_the_one_named_there():
    said = _said("Riikka Purra, the Finns leader, had said from the outset that her party would insist on curbing "
                 "immigration, while allowing that common ground might be found on work-based migration; Anna-Maja "
                 "Henriksson, the SPP chair, had answered that her party would not trade away its values.")
    assert said == [("Riikka Purra", "her party would insist on curbing immigration"),
                    ("Riikka Purra", "common ground might be found on work-based migration"),
                    ("Anna-Maja Henriksson", "her party would not trade away its values")]


def test_a_reported_clause_ends_where_another_speaker_comes_in():
    said = _said("The Finns Party demanded that most working groups down tools, with Ms Purra complaining that the "
                 "talks had been circling the difficult questions.\n\n"
                 "Union leaders warned on Friday that the reforms would be fought every step of the way, and one "
                 "veteran SPP figure, speaking on condition of anonymity, said members would judge the deal by its bills.")
    texts = [t for _, t in said]
    assert "most working groups down tools" in texts
    assert "the reforms would be fought every step of the way" in texts


def test_no_attribution_in_a_coordinated_clause_or_in_claiming_victory():
    said = _said("Senator CORNYN. Texas produces a lot of beef cattle, and Australia basically denies us access.\n\n"
                 "By nightfall on Thursday, after 26 people had crossed the runway, both sides were claiming victory.")
    assert not any(sp == "Australia" for sp, _ in said)
    assert not any(t.startswith("By nightfall") for _, t in said)


def test_a_ministrys_portfolio_may_hold_and_and_the_ministry_is_that_one():
    said = _said("Ethiopia's Ministry of Foreign Affairs issued a statement.\n\n"
                 "Egypt's Ministry of Water Resources and Irrigation had claimed in a statement that the meeting was "
                 "unsuccessful. The Egyptian ministry asserted that the negotiations had come to an end.")
    assert ("Ministry of Water Resources and Irrigation", "the meeting was unsuccessful") in said
    assert ("Ministry of Water Resources and Irrigation", "the negotiations had come to an end") in said


def test_a_two_word_name_ending_in_war_or_treaty_is_no_person():
    said = _said("Ulf Kristersson spoke at length. He called it the most dangerous time since the Second World War.\n\n"
                 "There was unrest in the country, he said, over the war.")
    assert ("Ulf Kristersson", "There was unrest in the country over the war") in said


def test_a_wire_dateline_with_a_slash_and_an_appositive_after_the_attribution():
    said = _said("By Petra Lindqvist and Dragan Velkov\n\n"
                 "ATHENS/SKOPJE, June 12 (Meridian Wire) - Greece and Macedonia agreed on Tuesday that the smaller "
                 "country will be renamed, the two prime ministers said, a compromise meant to end a quarrel.")
    assert [t for _, t in said] == ["Greece and Macedonia agreed on Tuesday that the smaller country will be renamed"]
    assert "Lindqvist" not in said[0][0]


def test_tabloid_bosses_and_a_dash_before_points_out():
    said = _said("The port handles half the containers, and bosses warn the queues of ships will only get longer.\n\n"
                 "But Unite says it's a real-terms cut — and points out the dockers got a measly rise last year.")
    assert ("bosses (unnamed)", "the queues of ships will only get longer") in said
    assert ("Unite", "it's a real-terms cut") in said


def test_he_after_a_sentence_about_someone_is_not_the_premier_named_as_an_object():
    said = _said("Slovenia's prime minister Miro Cerar has left for home, handing his seat to the Dutch premier Mark "
                 "Rutte. He says there is one open issue left.")
    assert ("Miro Cerar", "there is one open issue left") in said


def test_a_parenthetical_attribution_followed_by_the_speakers_next_act():
    said = _said("Nikos Kotzias spoke on Monday. Negotiations were not a straight line, the minister said, and he urged "
                 "both supporters and critics to show patience.")
    assert ("Nikos Kotzias", "Negotiations were not a straight line") in said


def test_the_campaigners_i_spoke_to_are_an_unnamed_group():
    said = _said("The government made big promises. The campaigners I spoke to say this makes a mockery of them.")
    assert [t for _, t in said] == ["this makes a mockery of them"] and said[0][0].endswith("(unnamed)")


def test_a_reported_clause_ends_before_the_reporters_own_addition():
    said = _said("Gaza's health ministry says more than 46,000 Palestinians have been killed in the offensive, which "
                 "began after gunmen attacked southern Israel.\n\n"
                 "Treasury Secretary Janet Yellen warned on Friday that the government could run short of cash by June "
                 "5, leaving little room for the House's review.")
    texts = [t for _, t in said]
    assert "more than 46,000 Palestinians have been killed in the offensive" in texts
    assert "the government could run short of cash by June 5" in texts


def test_a_relative_clause_statement_ends_at_the_main_verb():
    said = _said("Gov. Tina Kotek, who before the walkout had told both sides she expected the adults in the room to "
                 "work it out, eventually sent the state's chief financial officer to help.\n\n"
                 "Linas Kojala, who has written widely on transatlantic relations, argued in a commentary that the "
                 "agreement looked like a tactical ceasefire.")
    texts = [t for _, t in said]
    assert "she expected the adults in the room to work it out" in texts
    assert not any(t.startswith("widely") for t in texts)


def test_a_quote_after_a_colon_belongs_to_the_subject_that_introduces_it():
    said = _said('Asked whether this was a protest, Colombia\'s environment minister, Susana Muhamad, chose her words '
                 'carefully: "I would call it dissatisfaction. We are highly dissatisfied."\n\n'
                 'Over in Sacramento, Gov. Gavin Newsom summed it up in one word on X: "Pathetic."')
    assert ("Susana Muhamad", "I would call it dissatisfaction. We are highly dissatisfied.") in said
    assert ("Gavin Newsom", "Pathetic.") in said


def test_a_one_word_quote_counts_only_as_a_whole_utterance():
    said = _said('Joe Biden was asked about sticking points. He answered with one word: "None."\n\n'
                 'The union said the cuts were a "disgrace" and walked out.')
    assert ("Joe Biden", "None.") in said
    assert not any(t == "disgrace" for _, t in said)


def test_one_house_democrat_is_an_unnamed_source():
    said = _said('"People are furious," one House Democrat told Axios, calling it an awful deal.')
    assert ("House Democrat (unnamed)", "People are furious") in said


# --- dev-n: single-quoted tabloids, acronyms, repeated member labels ----------------------------------------------

def test_an_article_that_quotes_with_single_marks_has_its_quotes_found():
    said = _said("'It's a very solid agreement,' sports chief Victor Francos insisted. He said the workers' pay was "
                 "fine.\n\n'The situation for me and Patri is different,' defender Mapi Leon told reporters.")
    assert ("Victor Francos", "It's a very solid agreement") in said
    assert ("Mapi Leon", "The situation for me and Patri is different") in said
    assert ("Victor Francos", "the workers' pay was fine") in said


def test_double_quoted_articles_keep_apostrophes_out_of_quotes():
    said = _said("\"We won't sign,\" said union leader Mary Smith. The workers' pay, she said, was 'frankly' too low.")
    assert ("Mary Smith", "We won't sign") in said


def test_an_acronym_spelt_out_at_a_sentences_end_is_the_same_body():
    text = ("AMFA says it is grateful to announce a second tentative agreement.\n\n"
            "The strike was by members of the Aircraft Mechanics Fraternal Association. They walked off on Friday.")
    assert ("Aircraft Mechanics Fraternal Association", "it is grateful to announce a second tentative agreement") \
        in _said(text)


def test_a_member_asking_again_under_a_shorter_label_is_no_interviewer():
    text = ("1. Douglas Ross (Highlands and Islands) (Con): Will the First Minister resign today?\n\n"
            "The First Minister (Humza Yousaf): No. I will not resign.\n\n"
            "Douglas Ross: The Greens should never have been anywhere near government. Is he not a lame duck?\n\n"
            "The First Minister: I will take no lessons from the Conservatives.\n\n"
            "Douglas Ross: We said from the start that this was a coalition of chaos. Will he go?")
    said = _said(text)
    assert all(sp != "interviewer" for sp, _ in said)
    assert ("Douglas Ross", "We said from the start that this was a coalition of chaos. Will he go?") in said


def test_a_second_clauses_subject_after_and_then_and_a_statement_saying_that():
    said = _said("There were reports of a deal on Monday evening and then SAS said there wasn't one.\n\n"
                 "The airline put out a statement early on Tuesday saying that it had agreed new contracts.\n\n"
                 "I said it on the livestream and I'll say it again: on day 40 we got a deal.")
    assert ("SAS", "there wasn't one") in said
    assert any(t == "it had agreed new contracts" for _, t in said)
    assert not any(t.startswith("it again") for _, t in said)


def test_swore_reports_a_clause():
    assert ("Victor Francos", "neither would be fined or banned") in _said(
        "Victor Francos swore neither would be fined or banned.")


def test_a_bare_clause_may_open_with_a_noun_ending_in_ly_or_a_negating_adverb():
    said = _said("Tim Morris spoke to the BBC. He said supply chains had become a lot better at coping.\n\n"
                 "Miles Hubbard said hardly anyone had turned up for work.")
    assert ("Tim Morris", "supply chains had become a lot better at coping") in said
    assert ("Miles Hubbard", "hardly anyone had turned up for work") in said


def test_a_subject_after_where_or_an_opening_phrase_and_before_a_frame_like_was_careful_to():
    said = _said("Olaf Scholz met the prisoners at the airport, where he admitted that no one had taken it lightly.\n\n"
                 "Johan Pehrson won. Before the election Pehrson promised that his party would be an anchor.\n\n"
                 "Jake Sullivan spoke. Mr Sullivan was careful to say that there had been no direct call.")
    assert ("Olaf Scholz", "no one had taken it lightly") in said
    assert ("Johan Pehrson", "his party would be an anchor") in said
    assert ("Jake Sullivan", "there had been no direct call") in said


def test_a_time_clause_is_not_a_statement_of_its_own():
    said = _said("Paschal Donohoe spoke first. When he announced the talks in November, Mr Donohoe said he "
                 "believed a deal was possible.")
    assert [t for _, t in said] == ["he believed a deal was possible"]


def test_an_aside_on_the_scene_before_that():
    assert ("Zoran Zaev", "the two governments had settled the dispute") in _said(
        "Zoran Zaev spoke. In Skopje, Zaev told a news conference, with members of his cabinet at his side, "
        "that the two governments had settled the dispute.")


def test_a_long_or_subordinate_head_before_he_added_and_a_quote_is_one_reported_statement():
    said = _said('Andrii Sybiha spoke in Istanbul. Putin\'s plan to present the meeting as a continuation of the '
                 'March 2022 talks, he added, "has failed".\n\n'
                 'Donald Tusk spoke. However long they still had to wait, he added, "from today we are ready".')
    assert ("Andrii Sybiha", 'Putin\'s plan to present the meeting as a continuation of the March 2022 talks, '
            'he added, "has failed') in said
    assert ("Donald Tusk", 'However long they still had to wait, he added, "from today we are ready') in said


def test_a_mixed_sentence_runs_on_past_quoted_phrases_to_its_semicolon():
    said = _said('Chandni Raina spoke for India. The sum was "paltry", she said, and the goal "too little".\n\n'
                 'Adam Silver spoke. The sides had "come closer together," he said, though a gap remained; the '
                 'talks went on.')
    assert ("Chandni Raina", 'The sum was "paltry", and the goal "too little"') in said
    assert ("Adam Silver", 'The sides had "come closer together," though a gap remained') in said


def test_an_institution_shortened_after_its_full_name_keeps_the_full_name_but_not_another_countrys():
    said = _said("The Ministry of Foreign Affairs of the Federal Democratic Republic of Ethiopia issued a statement. "
                 "The Ministry of Foreign Affairs said that Ethiopia would keep negotiating.")
    assert ("Ministry of Foreign Affairs of the Federal Democratic Republic of Ethiopia",
            "Ethiopia would keep negotiating") in said
    said = _said("The Ministry of Foreign Affairs said that Oman had mediated the release. The Ministry of Foreign "
                 "Affairs of the Islamic Republic of Iran said that it thanked Oman.")
    assert ("Ministry of Foreign Affairs", "Oman had mediated the release") in said


def test_a_state_agencys_styles_he_and_his_excellency_are_no_names():
    said = _said("Doha, August 08 - HE Sheikh Mohammed bin Abdulrahman Al-Thani opened the ceremony. His Excellency "
                 "stressed that Qatar will spare no effort.\n\nHE Mahamat Zene Cherif added that the movements which "
                 "declined to sign had missed an opportunity.")
    assert ("Mohammed bin Abdulrahman Al-Thani", "Qatar will spare no effort") in said
    assert ("Mahamat Zene Cherif", "the movements which declined to sign had missed an opportunity") in said


def test_a_reported_clause_ends_where_the_speaker_acts_again_and_the_next_act_may_be_a_statement():
    said = _said("Mohammed Al-Thani spoke. He expressed the hope that all parties will join the dialogue, calling on "
                 "the others to sign.\n\nRob Jetten spoke. Jetten said the big emitters had made no progress, though "
                 "he agreed the fund should help.\n\nNaomi Long spoke. Long said that the parties needed a decision — "
                 "before adding, with some relish, that this was the deal.\n\nA Chadian participant told GCNA that the "
                 "agreement was \"a door that has finally opened\", expressing confidence that it would be honoured.")
    assert ("Mohammed Al-Thani", "all parties will join the dialogue") in said
    assert ("Rob Jetten", "the big emitters had made no progress") in said
    assert ("Naomi Long", "the parties needed a decision") in said
    assert ("Naomi Long", "this was the deal") in said
    assert ("Chadian participant (unnamed)", "it would be honoured") in said


def test_a_pronoun_subject_after_a_fronted_adverbial_but_not_in_a_question_or_a_relative_clause():
    said = _said("Justin Trudeau spoke. Just yesterday he was saying the best outcome was a deal at the table.\n\n"
                 "Chris Heaton-Harris spoke. Will he confirm that the legislation will be brought forward?\n\n"
                 "Leo Varadkar spoke. The deal that he said would fail was signed.")
    assert said == [("Justin Trudeau", "the best outcome was a deal at the table")]


def test_a_number_after_about_opens_a_bare_clause_and_in_his_telling_sources_its_sentence():
    said = _said("Metrolinx says about 7,500 people ride the Milton line each day.\n\nMike Pompeo spoke. A significant "
                 "reduction in violence, in his telling, would create the conditions for peace.")
    assert ("Metrolinx", "about 7,500 people ride the Milton line each day") in said
    assert ("Mike Pompeo", "A significant reduction in violence would create the conditions for peace") in said


def test_a_dash_and_but_with_a_speech_verb_opens_the_speakers_next_statement():
    said = _said("Sarina Wiegman spoke. The Dutch supremo said she hoped it would be solved quickly – but stressed it "
                 "was a matter between the players and the FA.")
    assert said == [("Sarina Wiegman", "she hoped it would be solved quickly"),
                    ("Sarina Wiegman", "it was a matter between the players and the FA")]


def test_a_description_nobody_is_named_by_keeps_its_statement_marked_unresolved():
    recs = extract_text("Lucy Bronze spoke last week. The veteran right back said it was a shame that athletes "
                        "still have to fight.\n\nThe deal says countries will pursue efforts toward 1.5C.\n\n"
                        "It is a pact the bloc's executive said could lift trade by 30%.")
    assert [(r["speaker"], r["speaker_mention"], r["resolved"], r["text"]) for r in recs] == [
        (None, "The veteran right back", False, "it was a shame that athletes still have to fight")]
    # ("The 104-cap right back", like "the 26-year-old", is an epithet for the person just written about)
    recs = extract_text("Lucy Bronze spoke last week. The 104-cap right back said it was a shame that athletes "
                        "still have to fight.", "t")
    assert [r["speaker"] for r in recs] == ["Lucy Bronze"]


def test_a_quote_paragraph_is_attributed_by_a_verdict_in_the_next_but_not_by_a_swipe():
    said = _said('Jimmy Hill spoke.\n\n"THERE\'S nobody in there. Not a soul."\n\nThat was the blunt verdict of one '
                 'docker on the picket line at Felixstowe today.\n\n"But they are up against a reckless chief '
                 'executive."\n\nThat was a swipe at Royal Mail boss Simon Thompson.')
    assert ("docker (unnamed)", "THERE'S nobody in there. Not a soul.") in said
    assert not any("reckless" in t for _, t in said)


def test_the_one_told_belongs_to_a_parenthetical_attribution():
    said = _said("Sherry Rehman spoke. The fund, she told the plenary, is not about handing out charity.\n\n"
                 "Tina Stege spoke. It isn't nearly enough, she told us in the corridor, but it is a start.")
    assert ("Sherry Rehman", "The fund is not about handing out charity") in said
    assert ("Tina Stege", "It isn't nearly enough but it is a start") in said


def test_the_group_is_the_body_that_opens_the_sentence_before_and_two_commissioners_are_a_pair():
    said = _said("OPEC+ agreed on Sunday to cut output. The group said it would meet again in June.\n\n"
                 "Canadian Manufacturers and Exporters is applauding the decision. The group warns the wind-down has "
                 "snarled supply chains.\n\nFederica Mogherini and Johannes Hahn issued a statement. The two "
                 "commissioners said they expected governments to back talks.")
    assert ("OPEC+", "it would meet again in June") in said
    assert ("Canadian Manufacturers and Exporters", "the wind-down has snarled supply chains") in said
    assert ("Federica Mogherini and Johannes Hahn", "they expected governments to back talks") in said


def test_a_kenyan_hansard_turn_reads_out_its_motion_and_the_records_own_lines_end_it():
    said = _said("Hon. Speaker: Order, Hon. Members. I confirm that we have quorum.\n\n"
                 "Hon. Kimani Ichung'wah (Kikuyu, UDA): Thank you, Hon. Speaker. I beg to move the following Motion:\n\n"
                 "THAT, the two Houses establish a National Dialogue Committee of ten Members drawn from both sides;\n\n"
                 "Hon. Speaker, let me say this for the record. We come to this process with goodwill.\n\n"
                 "Hon. Opiyo Wandayi (Ugunja, ODM): Thank you, Hon. Speaker. I rise to second the Motion.\n\n"
                 "Hon. Speaker: Hon. Members, this House stands adjourned until Thursday at 9.30 a.m.\n\n"
                 "The House rose at 6.30 p.m.\n\n"
                 "Disclaimer: The electronic version of the Official Hansard Report is for information purposes only.")
    assert ("Kimani Ichung'wah", "Thank you, Hon. Speaker. I beg to move the following Motion:") in said
    assert ("Kimani Ichung'wah", "THAT, the two Houses establish a National Dialogue Committee of ten Members drawn "
            "from both sides;") in said
    assert not any(t in ("this for the record", "The House rose at 6.30 p.m.") or "electronic version" in t
                   for _, t in said)


def test_a_crosshead_is_no_person_and_a_time_clause_is_no_statement():
    said = _said('José da Fonseca Lopes leads the truckers.\n\nTURNS ON HARDLINERS\n\n"Like Temer? I don\'t," '
                 'admitted the trucker boss.\n\nWhen the deal came on Dec. 28, LeBel announced it on social media.')
    assert all(sp != "TURNS ON HARDLINERS" for sp, _ in said)
    assert not any(t.startswith("When the deal") for _, t in said)


def test_a_live_pages_relayed_turns_keep_he_as_their_speaker_and_hold_what_he_says():
    recs = extract_text("Lenín Moreno and Jaime Vargas met in Quito.\n\nFrom Rome: Pope Francis said he was following "
                        "Ecuador with concern.\n\nMORENO: He says he has always been a man of principle.\n\n"
                        "VARGAS: He says the movement will stay firm and united.\n\nMORENO: He proposes a commission "
                        "to write a new decree.\n\nVARGAS: He wants a lasting solution, he says, not a truce.")
    said = [(r["speaker"], r["text"]) for r in recs]
    assert ("Lenín Moreno", "He says he has always been a man of principle.") in said
    assert not any(t == "he has always been a man of principle" for _, t in said)
    assert all(sp != "From Rome" for sp, _ in said)


def test_he_in_an_interview_turn_is_never_the_guest_even_when_labelled_by_surname():
    said = _said("Dr Rafael Aung-Whitfield is a climate scientist. James Hansen called the deal a fraud.\n\n"
                 "DEVOS: What of James Hansen?\n\nAUNG-WHITFIELD: He was scathing. He told the Guardian it was worthless "
                 "words and that nothing would change.\n\nDEVOS: And the politics?\n\nAUNG-WHITFIELD: Split down the "
                 "line, as you would expect from a Congress like this one.")
    assert ("James Hansen", "it was worthless words and that nothing would change") in said


def test_a_list_of_speech_acts_and_the_reporters_but_end_a_clause_and_the_parties_after_an_opening_phrase():
    said = _said("Alan Gross spoke. He said it was a blessing to be a citizen of this country, joked that even in "
                 "Cuba M&Ms melted in his mouth, and thanked Congress.\n\nJaafar Hasan spoke. Hasan told Radio "
                 "Dabanga that he expected them to sign later, but they did not sign on Monday.\n\nBarack Obama and "
                 "Raúl Castro spoke. Obama told Americans that the United States would restore relations; at "
                 "precisely the same moment in Havana, Raúl Castro told Cubans much the same thing.\n\n"
                 "At the ceremony the parties said the agreement put its emphasis on a unified army.")
    assert ("Alan Gross", "even in Cuba M&Ms melted in his mouth") in said
    assert ("Jaafar Hasan", "he expected them to sign later") in said
    assert ("Barack Obama", "the United States would restore relations") in said
    assert any(t == "the agreement put its emphasis on a unified army" for _, t in said)


def test_an_adverb_between_commas_before_that():
    said = _said("The Quad issued a statement. The Quad also noted, pointedly, that concluding the talks was the key.")
    assert any(t == "concluding the talks was the key" for _, t in said)


def test_a_second_speech_act_joined_by_and_is_its_own_statement():
    said = _said("Joko Widodo spoke. Widodo said violence must stop, adding that peace had to be restored and stressing "
                 "that the people of Myanmar must come first.\n\nTayyip Erdogan spoke. Time would tell how long it "
                 "lasted, he added, and said he hoped the decision would be respected.")
    assert ("Joko Widodo", "peace had to be restored") in said
    assert ("Joko Widodo", "the people of Myanmar must come first") in said
    assert ("Tayyip Erdogan", "Time would tell how long it lasted") in said
    assert ("Tayyip Erdogan", "he hoped the decision would be respected") in said


def test_an_envoy_for_a_place_describes_the_name_and_where_the_press_was_told_is_no_clause():
    said = _said("Stephanie Williams, the acting U.N. envoy for Libya, told reporters at the Palais des Nations it "
                 "was a good day for the Libyan people.")
    assert said == [("Stephanie Williams", "it was a good day for the Libyan people")]


def test_she_begins_attributes_a_quote_and_where_it_was_said_comes_before_a_bare_clause():
    said = _said('Julia Gillard is speaking now. "Labor is prepared to govern," she begins.\n\n'
                 "Foreign Minister José Valencia says on Twitter he has asked the OAS to hold a session.")
    assert ("Julia Gillard", "Labor is prepared to govern") in said
    assert ("José Valencia", "he has asked the OAS to hold a session") in said


def test_a_malay_name_keeps_its_fathers_part_after_an_office_and_its_honorifics():
    said = _said("Foreign Minister Datuk Seri Hishammuddin Tun Hussein said that Myanmar would accept the envoy.\n\n"
                 "Sarawak Premier Tan Sri Abang Johari Tun Openg said that GPS backed the deal. Abang Johari said it "
                 "was stable.")
    assert ("Hishammuddin Tun Hussein", "Myanmar would accept the envoy") in said
    assert ("Abang Johari Tun Openg", "it was stable") in said


def test_a_plural_organisations_mark_the_two_senators_and_the_agencys_own_report():
    said = _said("The strike grounded British Airways' £200k-a-year captains. British Airways said that the offer was "
                 "fair.\n\nRyan Ferns and Craig Blair left the chamber. The two senators said the raises would be "
                 "funded from cuts.\n\nAKTAU. August 12. The Convention was signed today at the summit in Aktau, "
                 "QAZAQ AQPARAT correspondent reports.\n\nBrian Strutton spoke. Strutton said the gap was only about "
                 "£5million — while each day of strikes costs BA £40million.")
    assert ("British Airways", "the offer was fair") in said
    assert ("Ryan Ferns and Craig Blair", "the raises would be funded from cuts") in said
    assert not any("Convention" in t for _, t in said)
    assert ("Brian Strutton", "the gap was only about £5million") in said


def test_a_quote_paragraph_named_by_the_next_one_and_a_subordinate_clause_is_no_inverted_attribution():
    said = _said('Roger Goodell runs the league. Scott Green leads the referees.\n\n"Painful for everybody."\n\n'
                 "That was Goodell about 12 hours later on a conference call, where he said sorry.")
    assert said == [("Roger Goodell", "Painful for everybody.")]


def test_inside_a_turn_a_statement_after_an_opening_phrase_and_a_statement_saying_that_with_an_aside():
    said = _said("CLARE HOLLIS: Tom, did the DUP react?\n\nTOM ABERNETHY: It did, Clare. At breakfast time the DUP "
                 "put out a statement saying that, as things stood, it could not support the customs plan.\n\n"
                 "CLARE HOLLIS: And Barnier?\n\nNIAMH DEVLIN: Earlier in the week Mr Barnier told EU ministers that "
                 "the British side had dropped it.\n\nCLARE HOLLIS: Thank you both.")
    assert ("DUP", "as things stood, it could not support the customs plan") in said
    assert any(sp.endswith("Barnier") and t == "the British side had dropped it" for sp, t in said)


def test_an_acronym_the_article_defines_in_brackets_is_the_body_it_stands_for():
    said = _said("GENEVA, Oct 23 - The U.N. Support Mission in Libya (UNSMIL), which hosted the talks, welcomed the "
                 "deal.\n\nUNSMIL said the military track would be followed by political talks in Tunisia.\n\n"
                 "Prime Minister Narendra Modi (BJP) spoke later. The BJP said the deal was a fine one for all sides.")
    assert ("U.N. Support Mission in Libya", "the military track would be followed by political talks in Tunisia") in said
    assert ("BJP", "the deal was a fine one for all sides") in said  # a party after a name is no definition


def test_an_attribution_set_off_inside_reported_speech_with_a_when_or_a_semicolon_after_it():
    said = _said("Mickey Bergman negotiated for years. Governments, he said then, have an obligation to bring their "
                 "people home.\n\nSir Keir Starmer spoke on Thursday evening. It was not the deal the government had "
                 "promised, he said; a better one could have been negotiated.\n\nFrancois Hollande arrived late. There "
                 "was no such thing as a temporary Grexit, he added – Greece was either in or out.")
    assert ("Mickey Bergman", "Governments have an obligation to bring their people home") in said
    assert ("Keir Starmer", "It was not the deal the government had promised; a better one could have been "
                            "negotiated") in said
    assert ("Francois Hollande", "There was no such thing as a temporary Grexit – Greece was either in or out") in said


def test_a_pair_of_dashes_after_the_verb_is_an_aside_not_the_rest_of_the_content():
    said = _said("Laurent Fabius chaired the talks. Then somebody reminded him to strike the gavel, and he did, and he "
                 "said — I'm paraphrasing only slightly — that it was a small gavel but it could do great things.")
    assert not any(t.startswith("Then somebody") for _, t in said)


def test_a_quote_named_by_the_talk_from_its_speaker_in_the_next_paragraph():
    said = _said("Senor Cruz spoke to the BBC on Monday about the offer.\n\n\u201cBritish Airways needs to wake "
                 "up.\u201d\n\nThat was the fighting talk from union baron Brian Strutton, the Balpa general secretary.")
    assert ("Brian Strutton", "British Airways needs to wake up.") in said


def test_an_unnamed_source_that_did_one_thing_and_said_another_is_the_speaker():
    said = _said("Edward Mooney spoke to reporters on Friday. An IBEW spokeswoman confirmed the agreement but said she "
                 "could not yet discuss the contract language.")
    assert ("IBEW spokeswoman (unnamed)", "she could not yet discuss the contract language") in said


def test_an_attribution_after_a_colon_takes_the_content_from_the_colon_on():
    said = _said("Ursula von der Leyen spoke warmly. A Commission official who briefed journalists put it more "
                 "bluntly: Brussels, he said, had wanted a partner it could trust.")
    assert any(t == "Brussels had wanted a partner it could trust" for _, t in said)


def test_a_union_of_two_places_with_a_plural_possessive_is_one_name():
    said = _said("The National Farmers' Union of England and Wales said it would reserve judgment until it had seen "
                 "the text.")
    assert ("National Farmers' Union of England and Wales", "it would reserve judgment until it had seen the text") in said


def test_a_pair_named_with_a_nationality_before_a_title_is_the_two_people():
    said = _said("Boris Johnson and Australian Prime Minister Scott Morrison met in London on Monday. Young Britons "
                 "would be able to work in Australia, the two leaders said.")
    assert ("Boris Johnson and Scott Morrison", "Young Britons would be able to work in Australia") in said


def test_she_is_the_analyst_not_the_brokerage_she_works_for():
    said = _said('"Nobody expected 600 basis points," said Nour Hassanein, head of research at Cairo brokerage Delta '
                 "Crest Securities. The real test, she said, is whether the float is still a float in six months.")
    assert ("Nour Hassanein", "The real test is whether the float is still a float in six months") in said


def test_the_company_is_the_one_whose_chief_executive_spoke_not_the_union_that_issued_the_release():
    said = _said("UNITED WORKERS UNION\n\nMEDIA RELEASE\n\nThe United Workers Union said members had voted to end "
                 "the strike at the four sites.\n\nWoolworths Group Chief Executive Amanda Bardwell said the company "
                 "was pleased with the offers. The company said its four warehouses would be back to full capacity "
                 "soon. Woolworths has told the Fair Work Commission the industrial action cost it about $50 million.")
    assert ("Woolworths Group", "its four warehouses would be back to full capacity soon") in said
    assert ("Woolworths Group", "the industrial action cost it about $50 million") in said


def test_the_union_is_not_a_member_named_in_an_aside_about_the_alliance():
    said = _said("Offshore Alliance spokesman Brad Gandy spoke this morning. The fiery union alliance — a tag team of "
                 "the Australian Workers' Union and the Maritime Union of Australia — said it would now work with "
                 'Chevron.\n\n"Our members are bunkering down for a long dispute," the union had warned earlier.')
    assert not any(sp == "Australian Workers' Union" for sp, _ in said)


def test_a_list_of_described_people_is_a_joint_speaker_of_their_names_and_they_is_them():
    said = _said("In a joint statement, Amplats boss Chris Griffith, Implats chief Terence Goodlace and Lonmin's Ben "
                 "Magara said the platinum market remained weak. They warned it would take some time before the mines "
                 "were back at full production.")
    joint = "Chris Griffith and Terence Goodlace and Ben Magara"
    assert (joint, "the platinum market remained weak") in said
    assert (joint, "it would take some time before the mines were back at full production") in said


def test_a_role_noun_ending_in_s_is_no_verb_of_the_subject():
    said = _said("Union boss Joseph Mathunjwa addressed the rally. The bearded union boss brushed off the companies' "
                 "efforts, insisting it was a victory for the workers.")
    assert not any(sp == "bearded union" for sp, _ in said)


def test_forms_of_the_sudan_live_page_each_give_their_statement():
    said = _said("Our correspondent sums up the gaps:\n\n- Who chairs first? The SPA says a military officer leads the "
                 "council for the first 21 months.\n\nAfrican Union envoy Mohamed Lebatt has just told a news conference "
                 "in Khartoum that the two delegations have agreed to set up a sovereign council.\n\nA day earlier "
                 "Lebatt had said both parties saw the proposal as a good basis for talks.\n\nFFC leader Madani Abbas "
                 "Madani told reporters on Wednesday, after the delegations met, that the alliance had met and agreed "
                 "to accept the mediators' invitation.\n\nIn a post on Twitter, Minister of State for Foreign Affairs "
                 "Anwar Gargash congratulated Sudan and wrote that the UAE would be with Khartoum in good times.")
    assert ("SPA", "a military officer leads the council for the first 21 months") in said
    assert ("Mohamed Lebatt", "the two delegations have agreed to set up a sovereign council") in said
    assert ("Mohamed Lebatt", "both parties saw the proposal as a good basis for talks") in said
    assert ("Madani Abbas Madani", "the alliance had met and agreed to accept the mediators' invitation") in said
    assert ("Anwar Gargash", "the UAE would be with Khartoum in good times") in said


def test_a_second_statement_after_and_he_with_any_speech_verb_ends_the_first():
    said = _said("Mohamed Al-Menfi spoke in Tripoli. He said the priority was to preserve the bank's independence, and "
                 "he declared that the era of one man's control was over.")
    assert ("Mohamed Al-Menfi", "the priority was to preserve the bank's independence") in said


def test_a_contraction_is_no_speaker_and_including_goes_on_with_the_content():
    said = _said("RANIA HADDAD: You've just told the Council the truce is broadly holding. What does that mean?\n\n"
                 "HANS GRUNDBERG: It means fewer people are dying.\n\nAll tariffs on British goods sold to Australia "
                 "will go, Downing Street said, including those on cars and whisky.")
    assert not any(sp == "You've" for sp, _ in said)
    assert ("Downing Street", "All tariffs on British goods sold to Australia will go including those on cars and "
                              "whisky") in said


def test_a_live_pages_label_line_before_a_quote_names_its_speaker():
    said = _said('08:20\n\nMoreno, on Twitter, late last night:\n\n"For peace we have decided to keep the curfew in '
                 'place."\n\n7:20 p.m.\n\nWestJet president Diederik Pen, in the airline\'s statement:\n\n"We take no '
                 'victory laps on this outcome."\n\n7:32 p.m.\n\nReader email, from Gillian in Lethbridge: "Our '
                 'daughter has been sleeping at YYC since Saturday."\n\nAnd a line that Somali officials in the room '
                 'may not have loved: "Ours was never a case for third-party intervention."')
    assert ("Moreno", "For peace we have decided to keep the curfew in place.") in said
    assert ("Diederik Pen", "We take no victory laps on this outcome.") in said
    assert ("Gillian", "Our daughter has been sleeping at YYC since Saturday.") in said
    assert not any("Somali" in (sp or "") for sp, _ in said)


def test_a_clause_ends_where_the_story_moves_on_within_hours_and_common_words_open_no_name():
    said = _said("Mr Clegg said on Friday morning that he would speak first to whichever party had won the most "
                 "votes, and within hours Mr Cameron had responded with an offer.\n\nVictor Francos spoke at dawn. "
                 "Like Francos, he would only say the changes would be unveiled soon.")
    assert ("Clegg", "he would speak first to whichever party had won the most votes") in said
    assert not any(sp == "Like Francos" for sp, _ in said)


def test_a_body_named_with_lower_case_words_and_its_acronym_after_a_time_phrase():
    said = _said("Hours later, the Fédération autonome de l'enseignement (FAE) — the union that took the hardest line "
                 "of all — said its delegates had spent the day going over the proposal.")
    assert said == [("Fédération autonome de l'enseignement", "its delegates had spent the day going over the proposal")]


def test_a_statement_nobody_is_said_to_have_issued_is_unresolved_not_a_speaker_called_statement():
    said = _said("HOULIHAN: Today's statement says they got a communication back from the Court and legal advice.")
    assert all(sp not in ("statement", "Today's statement") for sp, _ in said)


def test_a_programmes_name_in_quotes_before_the_subject_ends_the_opening_phrase():
    said = _said('Kevin McCarthy, the House speaker, met Joe Biden. On "Fox News Sunday," the speaker conceded that '
                 "the bill was not perfect for everyone.")
    assert said == [("Kevin McCarthy", "the bill was not perfect for everyone")]


def test_a_portfolio_with_and_in_a_title_set_off_before_the_name_is_all_his_role():
    said = _said("Deputy Prime Minister Bojan Maricic spoke first. The European Commissioner for Neighbourhood and "
                 "Enlargement, Olivér Várhelyi, welcomed the protocol.\n\n\u00abEurope moves forward,\u00bb the "
                 "Commissioner wrote.")
    assert ("Olivér Várhelyi", "Europe moves forward") in said


def test_the_company_is_never_a_union_of_name_found_by_the_unions_own_fallback():
    said = _said("Members of the National Union of Metalworkers walked out at the plant on Monday. The company said the "
                 "plant would reopen once the talks resumed.")
    assert all(sp != "National Union of Metalworkers" for sp, t in said if t.startswith("the plant would reopen"))


def test_a_subject_with_two_roles_joined_by_and_is_who_he_stands_for_next():
    said = _said('Union president Anthony Shelton said strikers had stood their ground.\n\nKellogg Chairman and CEO '
                 'Steve Cahillane struck a more muted note. "We are pleased that we have reached an agreement," he said.')
    assert ("Steve Cahillane", "We are pleased that we have reached an agreement") in said


def test_the_people_of_a_country_and_a_role_is_the_holder_named_with_the_country():
    said = _said("H.E. Alexander De Croo, Prime Minister of the Kingdom of Belgium, announced the release. In a "
                 "statement, the Belgian Prime Minister said that the aid worker had been transferred to Oman.")
    assert ("Alexander De Croo", "the aid worker had been transferred to Oman") in said


def test_a_whole_sentence_quoted_after_a_colon_belongs_to_who_introduced_it_not_the_next_subject():
    said = _said('Mr Kiir signed the agreement in Juba, and he asked why the text could not be reopened: "It is not a '
                 'Bible, it is not the Koran." Washington replied that it did not recognise any of his reservations.')
    assert ("Kiir", "It is not a Bible, it is not the Koran.") in said


def test_a_state_after_a_town_in_an_appositive_is_no_speaker():
    said = _said("Denise Okafor, a steward with a local representing IRS workers in Ogden, Utah, said her members were "
                 "glad to go back.")
    assert said == [("Denise Okafor", "her members were glad to go back")]


def test_a_role_then_the_name_set_off_by_commas_owns_a_later_and_said():
    said = _said("Volker Perthes said the ceremony was a success. In New York, the UN secretary-general, António "
                 "Guterres, welcomed the signing and said he hoped it would pave the way.")
    assert ("António Guterres", "he hoped it would pave the way") in said


def test_a_party_named_before_a_list_of_its_members_is_not_part_of_the_first_name():
    said = _said("Senate conferees: Republicans Richard Shelby and Roy Blunt; Democrats Patrick Leahy, Dick Durbin and "
                 "Jon Tester.\n\nLater in the same news conference, Speaker Nancy Pelosi was asked whether Democrats "
                 'might yet give ground. "Have I not been clear on the wall?" she shot back.')
    assert said == [("Nancy Pelosi", "Have I not been clear on the wall?")]


def test_a_subject_who_stood_somewhere_and_said_is_the_one_who_said():
    said = _said("Mr Brown said he would resign.\n\nAn hour or so after that, Mr Cameron stood outside the same door "
                 "and said he intended to form a proper and full coalition.")
    assert ("Cameron", "he intended to form a proper and full coalition") in said


def test_a_senate_record_with_title_case_labels_ending_in_a_full_stop_is_a_transcript():
    said = _said("RECORD OF THE SENATE\n\nThe President. The Majority Leader is recognized.\n\nSenator Tolentino. Mr. "
                 "President, I move that we consider the resolution on Third Reading.\n\nThe President. Is there any "
                 "objection? There being none, the motion is approved.\n\nSenator Marcos. Thank you, Mr. President. I "
                 "voted yes, and I thank every colleague who stood with this resolution.\n")
    assert ("Marcos", "Thank you, Mr. President. I voted yes, and I thank every colleague who stood with this "
            "resolution.") in said
    assert ("Tolentino", "Mr. President, I move that we consider the resolution on Third Reading.") in said


def test_the_chair_addressed_by_a_member_is_never_a_speaker():
    said = _said("Senator Tolentino. Mr. President, before we proceed, may I acknowledge the presence of the ambassador "
                 "in the gallery.\n\nThe President. Welcome to the Senate.\n\nSenator Tolentino. Mr. President, I "
                 "move that we proceed.\n")
    assert all("President" not in sp for sp, t in said if t.startswith("the presence"))


def test_a_plural_possessive_before_a_body_is_part_of_its_description():
    said = _said("The Seoul City Bus Labor Union walked out. The Seoul Bus Transportation Business Association met "
                 "its lawyers. The employers' association has called the demand excessive and says 2.5 percent is "
                 "what it can offer.")
    assert ("Seoul Bus Transportation Business Association", "2.5 percent is what it can offer") in said


def test_the_union_is_never_an_employers_business_association():
    said = _said("The Seoul City Bus Labor Union walked out at dawn. Talks with the Seoul Bus Transportation Business "
                 "Association broke down. In a message to members, the union said it had been willing to accept the "
                 "commission's proposal.")
    assert ("Seoul City Bus Labor Union", "it had been willing to accept the commission's proposal") in said


def test_a_role_as_a_sentence_subject_is_who_a_later_he_stands_for():
    said = _said("Doha, August 8 (GCNA) - The agreement was attended by HE Minister of Foreign Affairs of the Republic "
                 "of Chad Mahamat Zene Cherif and by HE Deputy Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani."
                 "\n\nHE Sheikh Mohammed bin Abdulrahman Al-Thani welcomed the delegations.\n\nHE the Chadian Foreign "
                 "Minister expressed his thanks to the hosts. He acknowledged that the talks had been very tough.")
    assert [sp for sp, t in said if t == "the talks had been very tough"][0].endswith("Zene Cherif")


def test_a_document_part_or_a_republic_is_never_a_person_a_pronoun_stands_for():
    said = _said("Brazil's Minister of Mines and Energy, Alexandre Silveira, spoke in Brasilia. Annex C sets the "
                 "financial bases of the plant and will be revised next. He pointed out that a similar exercise had "
                 "failed.\n\nThe Republic of Paraguay signed. He said the talks would go on.")
    assert ("Alexandre Silveira", "a similar exercise had failed") in said
    assert ("Alexandre Silveira", "the talks would go on") in said


def test_a_second_report_after_though_he_and_its_verb_is_a_statement_of_its_own():
    said = _said("Gerry Adams, the Sinn Féin president, said the agreement amounted to a blank cheque for a Tory "
                 "Brexit, though he allowed that the extra money could ease pressure on public services.")
    assert ("Gerry Adams", "the agreement amounted to a blank cheque for a Tory Brexit") in said
    assert ("Gerry Adams", "the extra money could ease pressure on public services") in said


def test_a_name_with_lower_case_particles_after_its_role_owns_the_participle_that_follows():
    said = _said("The President of the European Commission, Ursula von der Leyen, congratulated the deputies, "
                 "writing that it had been a historic opportunity and that they had seized it.")
    assert ("Ursula von der Leyen", "it had been a historic opportunity and that they had seized it") in said


def test_a_long_role_before_a_comma_and_a_name_is_the_role_a_later_mention_finds():
    said = _said("The Deputy Prime Minister for European Affairs, Bojan Maricic, attended. The Minister of Foreign "
                 "Affairs of the Republic of North Macedonia, Bujar Osmani, signed the protocol.\n\nLater the Minister "
                 "of Foreign Affairs of North Macedonia said the obligations on history were reciprocal.")
    assert ("Bujar Osmani", "the obligations on history were reciprocal") in said


def test_a_participle_belongs_to_the_person_named_as_the_sentence_subject_after_an_unusual_title():
    said = _said("Bujar Osmani signed the protocol in Sofia.\n\nPrime Minister in resignation Kiril Petkov welcomed "
                 "the signing in a post on Facebook, writing that it marked the end of a difficult process.")
    assert ("Kiril Petkov", "it marked the end of a difficult process") in said


def test_a_number_in_words_after_an_approximation_opens_the_reported_clause():
    said = _said("Officials met on Monday.\n\nThe UN says nearly a million people have been displaced since December.")
    assert ("UN", "nearly a million people have been displaced since December") in said


def test_a_dash_and_a_participle_start_the_speakers_next_statement():
    said = _said("Sitiveni Rabuka was all smiles, telling FijiFirst that losing was \"not the end\" — and reminding "
                 "everyone that he lost in 1999 and kept on trying.\n\nOur correspondent, Karim Haddad, says it is quiet "
                 "around the border post, though he cautions that the front line is another matter.")
    assert ("Sitiveni Rabuka", "losing was \"not the end\"") in said
    assert ("Sitiveni Rabuka", "he lost in 1999 and kept on trying") in said
    assert ("Karim Haddad", "it is quiet around the border post") in said


def test_a_roles_initials_stand_for_the_person_who_holds_the_role():
    said = _said("SUVA - General secretary and Attorney-General Aiyaz Sayed-Khaiyum fumed at the vote. Sitiveni Rabuka "
                 "smiled.\n\nThe AG went further, saying he had heard stories of what board members had been offered.")
    assert ("Aiyaz Sayed-Khaiyum", "he had heard stories of what board members had been offered") in said


def test_a_nickname_between_the_names_stands_for_the_person():
    said = _said("SITIVENI \"Rambo\" Rabuka is back in charge of Fiji.\n\nRambo, meanwhile, said he had phoned "
                 "Bainimarama to thank him for his service.")
    assert ("Sitiveni Rabuka", "he had phoned Bainimarama to thank him for his service") in said


def test_she_skips_a_man_the_article_marks_as_one_by_his_reported_speech():
    # "Onay" and "Tiwa" are in no first-name list: "Kasab said he ..." is what tells "she" it is not him
    text = ("Tiwa Adeyemi, the council's negotiator, said she had tabled a final offer on Friday. Onay Kasab said he "
            "would keep the strike going. “The offer is an insult,” Kasab said. “We tabled our best offer and it "
            "stands,” she said.")
    assert _said(text)[-1] == ("Tiwa Adeyemi", "We tabled our best offer and it stands")


def test_he_skips_a_woman_the_article_calls_ms():
    text = ("Chidi Okafor, for the hospitals, said the offer was fair. Ms Nkechi Kamau, who chairs the nurses' "
            "union, walked out. “We will not sign this,” Ms Kamau said. “The door stays open,” he said.")
    assert _said(text)[-1] == ("Chidi Okafor", "The door stays open")


def test_a_name_after_the_verb_is_no_evidence_of_the_speakers_gender():
    # "told Kamau she ...": the pronoun is Kamau, not the one who told her
    from stance.extract.document import Document
    from stance.extract.gender import person_gender
    doc = Document("Onay Kasab told Kamau she was wrong. Sir Keir Starmer spoke later. Spokeswoman Tiwa Adeyemi agreed.")
    assert person_gender(doc, "Onay Kasab") is None
    assert person_gender(doc, "Keir Starmer") == "m" and person_gender(doc, "Tiwa Adeyemi") == "f"


def test_the_railway_is_the_organisation_that_opens_the_sentence_before():
    text = ("CPKC has put out a late statement on the board's session. The railway says the union refused to discuss "
            "a restart at the meeting.")
    assert _said(text) == [("CPKC", "the union refused to discuss a restart at the meeting")]


def test_a_dail_office_label_is_the_member_its_first_turn_names_and_a_deputy_asking_is_no_interviewer():
    text = ("DÁIL ÉIREANN\n\nLeaders' Questions\n\n"
            "Deputy Jim O'Callaghan: Will the Tánaiste meet the associations tonight?\n\n"
            "The Tánaiste and Minister for Justice and Equality (Deputy Frances Fitzgerald): I thank the Deputy. "
            "The door to talks remains open.\n\n"
            "Deputy Jim O'Callaghan: Will she say what happens tomorrow if they do not call it off?\n\n"
            "The Tánaiste: I cannot pre-empt the recommendation of the court.\n")
    said = _said(text)
    assert ("Frances Fitzgerald", "I cannot pre-empt the recommendation of the court.") in said
    assert all(who != "interviewer" for who, _ in said) and ("Jim O'Callaghan", said[0][1]) == said[0]


def test_what_has_a_leader_is_a_party_not_a_person_for_he():
    text = ("Srettha Thavisin was elected prime minister on Tuesday. Pheu Thai's leader, Cholnan Srikaew, stood aside. "
            "Mr Srettha addressed party members on Monday. Pheu Thai announced the new coalition. He said the party "
            "had been obliged to compromise.")
    assert _said(text)[-1] == ("Srettha Thavisin", "the party had been obliged to compromise")


def test_a_korean_name_closing_in_un_is_a_person():
    text = ("Kim Jong Un crossed the line at 9.30am. Moon Jae-in greeted him. Kim Jong Un said a new history of peace "
            "was starting. “We will not repeat the mistakes of the past,” he said.")
    assert _said(text)[-1] == ("Kim Jong Un", "We will not repeat the mistakes of the past")


def test_a_party_member_in_apposition_is_not_who_she_stands_for():
    text = ("Jane Dodds, the only Welsh Liberal Democrat in the Senedd, struck a more measured note. She said it "
            "mattered more than ever that parties could work together.")
    assert _said(text) == [("Jane Dodds", "it mattered more than ever that parties could work together")]


def test_a_job_title_with_people_in_it_still_names_its_holder():
    text = ("Ryanair's chief people officer Eddie Wilson insisted the meeting had been positive. Impact's Bernard "
            "Harbor disagreed.")
    assert _said(text)[0] == ("Eddie Wilson", "the meeting had been positive")


def test_the_airline_is_a_carrier_whose_name_ends_in_air():
    text = ("Ryanair sent a letter to the union on Thursday. The union said it welcomed the letter. In a statement, "
            "the airline said the walkout was about recognition.")
    assert _said(text)[-1] == ("Ryanair", "the walkout was about recognition")


def test_that_being_right_after_the_verb_opens_the_content():
    text = "Budi Sadikin spoke on Friday. He stressed, however, that being a shareholder was not the same as running the mine."
    assert _said(text) == [("Budi Sadikin", "being a shareholder was not the same as running the mine")]


def test_an_organisations_name_then_the_role_in_it_comes_before_a_speakers_name():
    for text, who in [("On 19 December, Supreme Audit Agency (BPK) member Rizal Djalil said the findings concerned "
                       "ecosystem damage.", "Rizal Djalil"),
                      ("Continue the Change co-chair Kiril Petkov told the deputies that the findings concerned ecosystem "
                       "damage.", "Kiril Petkov"),
                      ("Impact's head of communications Bernard Harbor said the findings concerned ecosystem damage.",
                       "Bernard Harbor")]:
        assert _said(text) == [(who, "the findings concerned ecosystem damage")], text


def test_a_relative_clause_after_a_preposition_and_a_time_speaks_for_the_name_before_it():
    text = ("Michael O'Leary wrote to the union. It is a stunning turnaround for O'Leary, who only last September "
            "insisted that unions would never get in.")
    assert _said(text) == [("Michael O'Leary", "unions would never get in")]


def test_a_time_clause_between_the_verb_and_that_is_no_part_of_the_content():
    text = ("Minister of Finance Sri Mulyani Indrawati said when the heads of agreement were signed in July that the "
            "partnership would bring certainty.")
    assert _said(text) == [("Mulyani Indrawati", "the partnership would bring certainty")]
    # (a noun's "that" inside the time clause is not the content: "laughed when asked about reports that ...")
    assert _said("Omtzigt laughed when asked about reports that Plasterk was the preferred candidate.") == []


def test_and_then_an_aside_between_dashes_then_a_verb_starts_a_second_statement():
    text = "O'Leary insisted the U-turn was genuine and — according to reports — claimed the whole idea had been his."
    assert _said(text) == [("O'Leary", "the U-turn was genuine"), ("O'Leary", "the whole idea had been his")]


def test_the_speakers_own_next_act_upon_someone_ends_the_content():
    text = ("In a joint statement, the NUM said the talks had broken new ground and asked members to give the process a "
            "chance. Tine Persen said a labour dispute was the parties' responsibility, called the situation highly "
            "unfortunate and said the government was not happy.")
    assert [t for _, t in _said(text)] == ["the talks had broken new ground", "a labour dispute was the parties' "
                                           "responsibility", "the government was not happy"]


def test_a_country_and_its_people_name_the_same_role_whatever_their_spelling():
    text = ("Turkey's president, Recep Tayyip Erdogan, flew to Moscow. Vladimir Putin met him at the Kremlin. “We have "
            "agreed a ceasefire,” the Turkish president said.")
    assert _said(text)[-1] == ("Recep Tayyip Erdogan", "We have agreed a ceasefire")


def test_he_can_be_someone_unnamed_who_opened_the_sentence_before():
    text = ("Mere Tuiloma cheered as the result came in. A FijiFirst volunteer watching nearby was in no mood to party. "
            "“We won the most seats and we still lose,” he grumbled. A researcher at a Kinshasa institute put it "
            "bluntly: previous agreements, he said, had also been signed with handshakes.")
    assert _said(text) == [("FijiFirst volunteer (unnamed)", "We won the most seats and we still lose"),
                           ("researcher (unnamed)", "previous agreements had also been signed with handshakes")]


def test_a_first_name_ending_in_a_is_no_sign_of_a_woman():
    text = ("Fahad Tariq, an analyst, said a restart could take months. Moussa Sissoko, who runs a trucking firm, said "
            "many families had lived on credit. “People here don't care who wins,” he said.")
    assert _said(text)[-1] == ("Moussa Sissoko", "People here don't care who wins")


def test_a_kenyan_hansard_label_gives_a_surname_after_a_members_title_and_a_turn_runs_over_its_numbered_requests():
    text = ("THE SENATE\n\nThe Speaker (Hon. Kingi): Sen. Sifuna, proceed.\n\n"
            "Sen. Sifuna: Thank you, Mr. Speaker, Sir. I rise to seek a Statement on the pilots' strike.\n\n"
            "In the Statement, the Committee should-\n\n"
            "(1) Explain why the airline suspended contributions to the staff Provident Fund in 2020;\n\n"
            "The Senate Majority Whip (Sen. (Dr.) Khalwale): Mr. Speaker, Sir, I was also a victim of the strike.\n")
    said = _said(text)
    assert ("Kingi", "Sen. Sifuna, proceed.") in said and ("Khalwale", said[-1][1]) == said[-1]
    assert ("Sifuna", "(1) Explain why the airline suspended contributions to the staff Provident Fund in 2020;") in said


def test_a_relative_clause_after_an_inverted_attribution_is_the_named_speakers():
    text = ('"Gold is the budget," said Fatoumata Traoré, an economist at a Bamako university, who cautioned that the '
            "mine's output would take months to recover.")
    assert _said(text)[-1] == ("Fatoumata Traoré", "the mine's output would take months to recover")


def test_a_subject_is_found_past_words_that_stand_between_it_and_its_verb():
    r = one("Brasília had until recently insisted it would accept no increase in the tariff paid to Paraguay.")
    assert (r["speaker"], r["speaker_mention"], r["text"]) == ("Brasília", "Brasília",
                                                               "it would accept no increase in the tariff paid to Paraguay")


def test_a_description_nobody_is_named_by_keeps_its_that_clause_unresolved_rather_than_dropping_it():
    for sentence in ("The eleven countries affirmed that the oil resources belong to all Libyans.",
                     "The bench also remarked that matters should never have been allowed to reach this point."):
        r = one(sentence)
        assert r["speaker"] is None and r["resolved"] is False and r["speaker_mention"].startswith("The "), r


def test_the_speaker_of_a_subordinate_clause_is_its_subject_when_it_says_something():
    said = _said("Thousands remain camped at the border after Ankara said it would no longer stop them.")
    assert said == [("Ankara", "it would no longer stop them")]
    # (not "as his members announced their strike dates": an announcement with no clause is no statement)
    assert _said("Strutton was on a cruise just as his members announced their strike dates.") == []


def test_a_described_speaker_keeps_where_they_were_and_stays_unnamed():
    r = one("A taxi driver by the barrier said the roads had been closed for two weeks.")
    assert (r["speaker"], r["speaker_mention"]) == ("taxi driver (unnamed)", "A taxi driver by the barrier")
    # (not "Members on the Government Benches have had their say": a say that is had is no speech)
    assert extract_text("Members on the Government Benches have had their say already this afternoon.", "t") == []


def test_which_or_who_before_a_speaker_is_the_subject_of_what_they_said():
    assert _said("Wine enters duty-free, which the government said could save households 34 million pounds a year.") \
        == [("government", "could save households 34 million pounds a year")]
    # (a verb of expecting reports no speech: "which he expected would settle the question")
    assert _said("Minister Silveira agreed on Annex C, which he expected would settle the question for years.") == []


def test_the_pair_with_no_pair_named_together_is_the_last_two_people_heard_or_named():
    text = ("Kevin Courtney, the union's joint leader, welcomed the deal. Mary Bousted said the offer was a victory. In a "
            "statement issued with Mr Courtney, she argued that the strikes had worked. The pair added that ministers "
            "should be in no doubt.")
    assert _said(text)[-1] == ("Kevin Courtney and Mary Bousted", "ministers should be in no doubt")
    # (a body's name, "the School Teachers' Review Body", is nobody's: neither "she" nor one of the pair)
    said = _said(text.replace("Courtney,", "Courtney to the School Teachers' Review Body,"))
    assert [who for who, _ in said[-2:]] == ["Mary Bousted", "Kevin Courtney and Mary Bousted"]


def test_an_indefinite_description_is_an_unnamed_source_and_a_definite_one_someone_named_elsewhere():
    assert _said("Another fan said the governing body had found money for everything else.") == [
        ("fan (unnamed)", "the governing body had found money for everything else")]
    r = one("Lucy Bronze spoke first. The veteran right back said it was a shame that women still had to fight.")
    assert r["speaker"] is None and r["speaker_mention"] == "The veteran right back"


def test_a_description_that_gives_a_surname_names_the_speaker():
    assert _said("An 18-year-old student surnamed Choi said he had left home early to walk to school.")[0][0] == "Choi"


def test_a_person_of_a_body_or_a_place_is_the_person():
    for sentence, who in (("Stephen Schneck of the Catholic University of America said the role reflected a long "
                           "desire.", "Stephen Schneck"),
                          ("Governor Gustavo Melella of Tierra del Fuego said he would not sign it.", "Gustavo Melella")):
        assert _said(sentence)[0][0] == who


def test_reported_content_stops_where_a_second_statement_or_another_subject_begins():
    cases = {
        'Araghchi said the talks were "going okay," cautioning that nothing mattered until a deal was done.':
            'the talks were "going okay',
        "Birmingham said the panels were slower than anyone would like, but arguing that they were the right avenue.":
            "the panels were slower than anyone would like",
        "The minister said there was no money to meet the demands, and county governors, who run the hospitals, "
        "threatened action.": "there was no money to meet the demands",
        'Cerar says there is "one open issue left" – understood to be the asset fund.': 'there is "one open issue left"',
    }
    for sentence, content in cases.items():
        assert by_text(extract_text(sentence, "t"), content[:20])["text"].rstrip(' ,"') == content.rstrip(' ,"'), sentence


def test_according_to_someones_figures_or_accounts_is_according_to_them():
    assert _said("According to Transnet's own figures, UNTU had 24 992 members at the end of September.") == [
        ("Transnet", "UNTU had 24 992 members at the end of September")]
    assert _said("According to UN estimates, the war has pushed 47 million more people into hunger.")[0][0] == "UN"


def test_in_someones_words_gives_the_statement_to_them():
    said = _said("The six months are a transition, during which, in Touray's words, the community's doors would stay "
                 "open to the three states.")
    assert said == [("Touray", "the community's doors would stay open to the three states")]


def test_on_x_ends_a_sentence_and_is_no_initial():
    said = _said('"The US cannot treat migrants as criminals," Mr Petro wrote on X. He said he would not allow the '
                 "planes to land.")
    assert said[-1] == ("Petro", "he would not allow the planes to land")


def test_a_short_opening_phrase_before_a_named_or_described_subject_is_passed_over():
    assert _said("The talks ended. In its statement the bank said it would keep inflation as its anchor.")[-1] \
        == ("bank", "it would keep inflation as its anchor")
    assert _said("On 27 February the Governor announced in the evening that he would ask for five per cent.")[-1] \
        == ("Governor", "he would ask for five per cent")


def test_a_person_word_describing_a_noun_does_not_make_the_clause_an_inverted_attribution():
    assert _said("The Presidency said an executive bill to amend the Minimum Wage Act would be sent to the Assembly.") \
        == [("Presidency", "an executive bill to amend the Minimum Wage Act would be sent to the Assembly")]


def test_a_quote_after_a_colon_belongs_to_the_sentence_subject_even_past_another_verb():
    said = _said("Mathunjwa faced the crowd. On June 12, shop stewards grabbed the microphone at a mass rally and roared "
                 'at their leader: "Sign, Mathunjwa, sign!"')
    assert said[-1][1] == "Sign, Mathunjwa, sign!"


def test_more_say_like_verbs_take_a_clause_without_that():
    cases = {"Union president Festus Osifo made it crystal clear the ceasefire hangs by a thread.":
             ("Festus Osifo", "the ceasefire hangs by a thread"),
             "Balpa insisted at the time his senior colleagues were on hand to keep talks going.":
             ("Balpa", "his senior colleagues were on hand to keep talks going"),
             "Carlos Ghosn sneered that the two carmakers were strong in exactly the same places.":
             ("Carlos Ghosn", "the two carmakers were strong in exactly the same places"),
             "Another striker, Luiz Antonio, told reporters on the roadside he did not trust the deal.":
             ("Luiz Antonio", "he did not trust the deal")}
    for sentence, pair in cases.items():
        assert _said(sentence) == [pair], sentence


def test_and_told_with_no_speaker_in_its_own_paragraph_is_kept_unresolved_not_given_to_an_earlier_one():
    text = ("Another striker, Luiz Antonio, told reporters he did not trust the deal.\n\n"
            "On Thursday night the chief of staff of the presidency marched out of a marathon session and told "
            "reporters a truce had been signed.")
    r = by_text(extract_text(text, "t"), "a truce had been signed")
    assert (r["speaker"], r["resolved"], r["text"]) == (None, False, "a truce had been signed")


def test_quoted_in_a_paper_saying_is_the_quoted_persons_statement():
    assert _said("Jan Levi Skogvang, a union official, was quoted in Dagbladet last night saying a deal was in place.") \
        == [("Jan Levi Skogvang", "a deal was in place")]


def test_which_they_said_with_a_past_tense_after_it_is_a_statement_too():
    texts = [t for _, t in _said("The pilots wanted 24 per cent, which they said simply matched inflation since 2019.")]
    assert texts == ["simply matched inflation since 2019"]


def test_a_day_or_date_opening_the_sentence_is_passed_over_to_find_who_did_and_said():
    text = ("Another striker said he did not trust it.\n\nOn Thursday night Temer's chief of staff Eliseu Padilha "
            "marched out of a marathon session and told reporters a truce had been signed.")
    assert _said(text)[-1] == ("Eliseu Padilha", "a truce had been signed")


def test_the_company_is_a_company_named_like_royal_mail_or_hyundai_motor():
    mail = ("Royal Mail says it is losing more than £1million a day.\n\n"
            "The company urged the union to take a serious look at its pay offer.")
    motor = ("Workers at Hyundai Motor voted on Monday. The company said the deal was fair.\n\n"
             "Hyundai said the bonuses would be paid in October.")
    got = {r["text"]: r["speaker"] for text in (mail, motor) for r in extract_text(text, "t")}
    assert got["the union to take a serious look at its pay offer"] == "Royal Mail"
    assert got["the deal was fair"] == "Hyundai Motor"
    assert got["the bonuses would be paid in October"] == "Hyundai Motor"


def test_his_office_closing_a_sentence_is_the_office_of_the_sentences_subject():
    text = ("Moshe Davidovich, a regional council head, told Israeli radio the deal was a disgrace.\n\n"
            "In Beirut, caretaker Prime Minister Najib Mikati welcomed the agreement after a telephone call with "
            "Biden, according to a statement from his office.")
    r = by_text(extract_text(text, "t"), "In Beirut, caretaker Prime Minister Najib Mikati welcomed the agreement "
                                         "after a telephone call with Biden")
    assert r["speaker"] == "Najib Mikati's office"


def test_told_a_medium_then_the_clause_keeps_the_medium_out_of_what_was_said():
    assert _said("Moshe Davidovich, a regional council head, told Israeli radio the deal was a disgrace.") \
        == [("Moshe Davidovich", "the deal was a disgrace")]
    assert _said("Nasser Kanaani told state television the talks would resume next week.")[0][1] \
        == "the talks would resume next week"


def test_and_said_finds_a_subject_after_an_auxiliary_an_adverb_a_one_word_name_or_a_whose_clause():
    cases = {
        "Vikram Misri had described the shelling as provocation and said India would respond.":
            ("Vikram Misri", "India would respond"),
        "International Energy Agency chief Fatih Birol had described the outline as a \"welcome step\" and said "
        "more was needed.": ("Fatih Birol", "more was needed"),
        "The defectors: New Hampshire's Jeanne Shaheen, plus Maine independent Angus King.\n\nKing, who caucuses "
        "with the Dems, called it \"a win\" and said there had been \"zero chance\" of a fix.":
            ("Angus King", 'there had been "zero chance" of a fix'),
        "SAG-AFTRA, whose 160,000 members walked out on July 14, congratulated the writers on \"incredible strength, "
        "resiliency and solidarity,\" but said it remained on strike.": ("SAG-AFTRA", "it remained on strike"),
        "Lufthansa's human resources director Michael Niggemann also spoke of a good compromise but said the deal "
        "would be a challenge.": ("Michael Niggemann", "the deal would be a challenge"),
    }
    for sentence, pair in cases.items():
        assert _said(sentence)[-1] == pair, sentence


def test_talks_opening_a_sentence_is_nobodys_name():
    got = _said("Talks had collapsed on July 5, when UPS walked away after presenting an offer the committee "
                "rejected and told the union it had nothing more to give.")
    assert all(speaker != "Talks" for speaker, _ in got)


def test_a_name_after_a_long_office_is_cut_after_the_portfolio_or_the_country():
    text = ("Coordinating Minister for Maritime Affairs and Investment Luhut Binsar Pandjaitan and Minister of Law and "
            "Human Rights Yasonna H. Laoly attended. Prime Minister of the Republic of Singapore Lee Hsien Loong was "
            "there.\n\nLee stated that the agreement would help both countries.\n\n"
            "Minister Yasonna stated that the treaty had been pursued since 1998.\n\n"
            "Coordinating Minister Luhut said the day was historic for the nation.")
    assert [speaker for speaker, _ in _said(text)] == ["Lee Hsien Loong", "Yasonna H. Laoly", "Luhut Binsar Pandjaitan"]


def test_a_wire_datelines_agency_is_not_the_subject_and_the_west_virginia_democrat_is_the_senator():
    text = ('WASHINGTON, July 28 (Meridian Wire) - Senator Joe Manchin on Thursday defended the agreement he struck '
            'with Chuck Schumer, telling reporters the deal was about "good government" and not a ploy.\n\n'
            '"I don\'t think inflation is going to go away anytime soon," the West Virginia Democrat said.')
    assert [speaker for speaker, _ in _said(text)] == ["Joe Manchin", "Joe Manchin"]


def test_a_described_source_after_a_name_and_an_age_and_a_role_before_its_holder_are_the_named_people():
    text = ('"Patience? Mine ran out in October," fumed Sal Moretti, 58, a Knicks season-ticket holder from Howard '
            'Beach who said he had already made other plans for Dec. 25.\n\n'
            '"Game nights are our whole business," said the manager, Kevin Doyle.')
    assert [speaker for speaker, _ in _said(text)] == ["Sal Moretti", "Sal Moretti", "Kevin Doyle"]


def test_taoiseach_after_a_name_is_a_title_not_a_surname():
    text = ('The draft programme would make Mr Martin Taoiseach until December 2022.\n\n'
            'Mr Varadkar, who has remained Taoiseach in a caretaker role, was briefer. "It\'s a good package overall," '
            'he told reporters.')
    assert _said(text)[-1] == ("Varadkar", "It's a good package overall")


def test_emerged_to_say_and_took_to_twitter_to_say_report_what_the_subject_said():
    cases = {
        "Its ard chomhairle met for most of Friday before Mary Lou McDonald emerged to say the party would re-enter "
        "the Executive.": ("Mary Lou McDonald", "the party would re-enter the Executive"),
        "Nasser Kanaani took to Twitter to say the talks had collapsed.": ("Nasser Kanaani", "the talks had collapsed"),
    }
    for sentence, pair in cases.items():
        assert _said(sentence) == [pair], sentence
    assert _said("The minister declined to say whether the talks had collapsed.") == []


def test_a_day_before_a_pronoun_subject_and_told_a_plural_noun_then_the_clause():
    text = ("Simon Coveney, the Tánaiste, reached for a parochial image. On Tuesday he compared the two parties to "
            "rival parishes and told farmers they had no cause to worry about the climate measures.")
    assert _said(text) == [("Simon Coveney", "they had no cause to worry about the climate measures")]


def test_an_approximate_number_or_a_person_and_a_modal_open_a_clause_without_that():
    cases = {
        "The commission says at least 22 people were killed in the protests.":
            ("commission", "at least 22 people were killed in the protests"),
        "The union said more than 300 workers had walked out on Monday.":
            ("union", "more than 300 workers had walked out on Monday"),
        "Amjad Farid said a general would lead the council for the first 21 months.":
            ("Amjad Farid", "a general would lead the council for the first 21 months"),
    }
    for sentence, pair in cases.items():
        assert _said(sentence) == [pair], sentence
    assert _said('"We are ready," said a spokesman who would not be named.') == [("spokesman (unnamed)", "We are ready")]


def test_a_watchdog_a_commission_on_a_remit_and_transport_for_a_city_are_bodies():
    cases = {
        "Human Rights Watch said on Monday that the police had fired live rounds.": "Human Rights Watch",
        "The Kenya National Commission on Human Rights said the police had fired live rounds.":
            "Kenya National Commission on Human Rights",
        "Transport for London said that drivers would have their pay docked.": "Transport for London",
    }
    for sentence, speaker in cases.items():
        assert [sp for sp, _ in _said(sentence)] == [speaker], sentence


def test_the_reporters_comparison_after_a_figure_is_not_what_was_said():
    got = _said("The commission says at least 22 people were killed on Tuesday, far higher than the figure given by "
                "the president.")
    assert got == [("commission", "at least 22 people were killed on Tuesday")]


def test_a_time_before_the_subject_or_after_the_verb_is_not_part_of_either():
    cases = {
        "On Wednesday night the company said the talks had failed.": ("company", "the talks had failed"),
        "As late as Wednesday night the company maintained there was no prospect of agreement.":
            ("company", "there was no prospect of agreement"),
        "The federation said earlier this month it had tabled a counter-proposal.":
            ("federation", "it had tabled a counter-proposal"),
        "The federation told reporters later that day it would strike.": ("federation", "it would strike"),
        "Kelly Ortberg wrote to staff that evening that the past months had been hard.":
            ("Kelly Ortberg", "the past months had been hard"),
        "Hours later Mr Ahmed announced that, after intense negotiations, the opposition leader had agreed to sign.":
            ("Ahmed", "after intense negotiations, the opposition leader had agreed to sign"),
    }
    for sentence, pair in cases.items():
        assert _said(sentence) == [pair], sentence


def test_a_nationality_before_an_airline_makes_no_person_for_she_to_stand_for():
    text = ("Roger Klokset, who leads the Norwegian SAS pilots, hit back. Marianne Hernæs, SAS's chief negotiator, "
            "kept coming back to survival. She said on Friday night that this was about getting an investor.")
    assert _said(text) == [("Marianne Hernæs", "this was about getting an investor")]


def test_reaffirmed_reports_and_a_hyphen_dash_ends_the_clause_before_the_subject():
    text = ("Petrobras chief Pedro Parente denied anyone had leaned on him - he said the company had simply taken a "
            "realistic look.")
    assert _said(text)[-1] == ("Pedro Parente", "the company had simply taken a realistic look")
    text = "Ambassador Seleshi spoke first. He reaffirmed, however, that Ethiopia's commitment had not changed."
    assert _said(text) == [("Seleshi", "Ethiopia's commitment had not changed")]


def test_a_union_named_for_its_members_of_a_country_is_one_body_and_its_word_like_acronym_is_it_too():
    text = ("The National Union of Metalworkers of South Africa (Numsa) said it was pleased. Numsa said the strike "
            "was over. The Congress of South African Trade Unions said it backed the deal.")
    assert [sp for sp, _ in _said(text)] == ["National Union of Metalworkers of South Africa"] * 2 + [
        "Congress of South African Trade Unions"]


def test_an_acronym_in_capitals_is_the_name_the_article_spells_out():
    text = ("The United Nations said the war had displaced millions. Later the UN said 47 million more people needed "
            "aid.")
    assert [sp for sp, _ in _said(text)] == ["United Nations", "United Nations"]


def test_she_is_the_board_member_and_mp_not_a_party_named_with_a_tabloid_epithet():
    text = ("Rabuka thanked Tiny SODELPA for its sacrifice.\n\n"
            'Board member and MP Tanya Waqanika was less restrained. "Merry Christmas Fiji!" she beamed.')
    assert _said(text)[-1] == ("Tanya Waqanika", "Merry Christmas Fiji!")


def test_the_company_is_never_the_union_that_opened_the_sentence_before():
    text = ("Communications Workers of America president Chris Shelton said the strike would go on. The company said "
            "it had deployed thousands of contractors.")
    assert all("Workers" not in (speaker or "") for speaker, _ in _said(text))


def test_the_reporters_gloss_after_a_dash_is_not_what_was_said():
    text = ("Secretary of State Antony Blinken has said the United States will not abandon the goal of a civilian "
            "government — a transition that collapsed when the generals turned their guns on each other.")
    assert _said(text) == [("Antony Blinken", "the United States will not abandon the goal of a civilian government")]


def test_a_participle_labelling_with_quoted_words_after_a_comma_belongs_to_the_sentences_subject():
    assert _said('President Biden went further, calling the GM agreement "historic".') == [("Biden", "historic")]


def test_a_verb_and_its_object_without_a_verb_after_is_no_clause():
    assert _said("The minister announced the largest prisoner exchange of the war, 1,000 for 1,000.") == []
    assert _said("The minister announced the deal would be signed on Monday.") == [
        ("minister", "the deal would be signed on Monday")]


def test_more_ways_a_subject_and_its_clause_are_set_apart():
    cases = {
        "The Labour Court said a lead-in payment of €750 should go to drivers.":
            ("Labour Court", "a lead-in payment of €750 should go to drivers"),
        "Officials have since said that Guillermo Francos will chair it.":
            ("Officials (unnamed)", "Guillermo Francos will chair it"),
        "Earlier this week the union said it had put its members on notice.":
            ("union", "it had put its members on notice"),
        "The Saudi Minister of Energy had said, in remarks to the press, that a resumption would not affect the cuts.":
            ("Saudi Minister of Energy", "a resumption would not affect the cuts"),
        "Union president Derek Fisher - the Lakers point guard who got an earful all fall - insisted the fans "
        "deserved the credit.": ("Derek Fisher", "the fans deserved the credit"),
        "Chatchai Bangchuad spoke later. When he visited Bangkok in January he said he was optimistic.":
            ("Chatchai Bangchuad", "he was optimistic"),
    }
    for sentence, pair in cases.items():
        assert _said(sentence)[-1:] == [pair], sentence


def test_the_office_is_the_possessed_office_named_before():
    text = ("The Ministry of Foreign Affairs of the Republic of Armenia stressed that the commissions had agreed.\n\n"
            "The Prime Minister's Office, in a detailed commentary, characterised the decision as unprecedented. "
            "«For the first time, a demarcated border will exist,» the Office stated.")
    assert _said(text)[-1] == ("Prime Minister's Office", "For the first time, a demarcated border will exist")


def test_a_surname_is_the_person_whose_name_ends_with_it_not_the_bylines_double_surname():
    text = ("By Camilo Restrepo Vega\n\nBOGOTA (Wire) - The pilots lifted the strike.\n\n"
            "Labour Minister Griselda Restrepo met the airline's chief on Thursday. Restrepo said the pilots had lacked "
            "will throughout the process.")
    assert _said(text)[-1] == ("Griselda Restrepo", "the pilots had lacked will throughout the process")


def test_a_shortened_name_is_the_one_person_whose_name_it_starts():
    text = ('Commissioner Roger Goodell spoke to owners on Monday. "Sometimes, you have to eat a little short-term '
            'pain," Rog explained.')
    assert _said(text)[-1][0] == "Roger Goodell"
    text = ("Neymar signed with Santos. Neymar wept on the pitch. Ney himself insisted he had made sacrifices.")
    assert _said(text)[-1] == ("Neymar", "he had made sacrifices")


def test_a_candidates_turn_label_names_the_member_in_brackets():
    text = ("The sitting resumed at twelve noon.\n\n"
            "The PRESIDENT: The sitting is resumed. Mr Candidate, you have the floor.\n\n"
            "The CANDIDATE FOR THE PRESIDENCY OF THE GOVERNMENT (Sánchez Pérez-Castejón): Madam President, the only "
            "option is a progressive coalition.\n\n"
            "The PRESIDENT: On behalf of the Popular Group, Mr Casado Blanco.\n\n"
            "Mr CASADO BLANCO: This government is born mortgaged.\n\n"
            "The PRESIDENT: Thank you.\n")
    assert ("Sánchez Pérez-Castejón", "Madam President, the only option is a progressive coalition.") in _said(text)


def test_explained_takes_a_clause_without_that():
    assert _said("The union explained the short contract was a deliberate choice.") == [
        ("union", "the short contract was a deliberate choice")]


def test_reports_are_an_unnamed_source():
    assert _said("Brazilian reports say the camp will pocket the lion's share of the new sponsorship cash.") == [
        ("Brazilian reports (unnamed)", "the camp will pocket the lion's share of the new sponsorship cash")]


def test_the_reporters_gloss_after_a_dash_may_open_with_the():
    text = 'Ursula von der Leyen tweets that it is "time to move" – the clearest sign yet that a text is ready.'
    assert _said(text) == [("Ursula von der Leyen", 'it is "time to move"')]


def test_a_records_note_after_a_members_turn_is_not_part_of_it():
    text = ("The sitting resumed at twelve noon.\n\n"
            "The PRESIDENT: The sitting is resumed. We proceed to the vote.\n\n"
            "Mr GUITARTE GIMENO: Yes. (Prolonged applause from all benches, the members standing.)\n\n"
            "The PRESIDENT: Thank you. Ms Vidal Sáez.\n\n"
            "Ms VIDAL SÁEZ: Yes.\n\n"
            "The PRESIDENT: The sitting is adjourned.\n")
    turns = [t for _, t in _said(text)]
    assert "Yes. (Prolonged applause from all benches, the members standing.)" not in turns and turns.count("Yes.") == 2


def test_the_ministry_is_the_full_name_the_article_first_gave_it():
    recs = extract_text("ADDIS ABABA (ENA) – The Ministry of Foreign Affairs of the Federal Democratic Republic of Ethiopia "
                        "announced on Tuesday that the fourth round of talks had ended.\n\nIn its press statement, the "
                        "Ministry of Foreign Affairs recalled that the rounds followed an understanding reached in July.\n\n"
                        "The Ministry noted that the negotiations had helped the three countries discuss the main issues.",
                        "t")
    assert {r["speaker"] for r in recs} == {
        "Ministry of Foreign Affairs of the Federal Democratic Republic of Ethiopia"}, recs


def test_the_senators_are_the_two_senators_just_heard():
    recs = extract_text("Senator Joe Manchin said the deal was about good government. Senate Majority Leader Chuck "
                        "Schumer said he wanted the bill passed before the August recess.\n\nThe senators said the "
                        "measures would cut carbon emissions by roughly 40% by 2030.", "t")
    assert by_text(recs, "carbon emissions")["speaker"] == "Joe Manchin and Chuck Schumer", recs


def test_a_person_described_with_a_modifier_after_the_noun_is_an_unnamed_source():
    recs = extract_text("Neither side published the financial terms. Two people aware of the talks said Bamako had "
                        "agreed to extend the permit by ten years.\n\nOthers weren't so lucky. One weary Australian "
                        "couple who arrived from Sydney said they had been forced to fly two days early.", "t")
    assert [(r["speaker"], r["text"][:20]) for r in recs] == [
        ("Two people (unnamed)", "Bamako had agreed to"), ("weary Australian couple (unnamed)", "they had been forced")]


def test_the_manager_of_a_bar_is_kept_unresolved_not_dropped():
    r = one("Over on Seventh Avenue, the manager of a sports bar a block from the Garden said the lockout had cost "
            "his staff weeks of tips.")
    assert (r["speaker"], r["resolved"], r["speaker_mention"]) == (
        None, False, "the manager of a sports bar a block from the Garden"), r


def test_the_secretary_of_state_is_the_secretary_named_before():
    recs = extract_text("Secretary of State Mike Pompeo spoke in Doha on Saturday. The secretary of state said Washington "
                        "would be watching closely whether the Taliban kept their commitments.", "t")
    assert [r["speaker"] for r in recs] == ["Mike Pompeo"], recs


def test_a_turkish_record_labels_a_turn_in_capitals_before_a_dash():
    text = ("BAŞKAN – The first speaker on behalf of the İYİ Party Group is Mr. Koray Aydın, Member for Ankara.\n\n"
            "İYİ PARTİ GRUBU ADINA KORAY AYDIN (Ankara) – Mr. Chair, we are being asked tonight to give away the last "
            "card in our hand.\n\n"
            "BAŞKAN – Thank you, Mr. Aydın. Mr. İsa Mesih Şahin, Member for İstanbul.\n\n"
            "İSA MESİH ŞAHİN (İstanbul) – We will closely follow whether Sweden keeps its commitments.\n\n"
            "BAŞKAN – Thank you.")
    recs = extract_text(text, "t")
    assert [(r["speaker"], r["text"][:20]) for r in recs if r["speaker"] != "Başkan"] == [
        ("Koray Aydın", "Mr. Chair, we are be"), ("İsa Mesih Şahin", "We will closely foll")], recs


def test_a_dateline_before_a_dash_is_no_turn_of_an_interview():
    text = ("DETROIT — Eight days ago the union had not a single tentative agreement. By Monday it had three.\n\n"
            "HOST: What changed?\n\nFAIN: The companies moved on pay. We said we would not sign anything less.\n\n"
            "HOST: And the tiers?\n\nFAIN: They are gone.")
    assert not any("Eight days ago" in r["text"] for r in extract_text(text, "t"))


def test_a_saints_name_is_a_place_not_a_person_a_pronoun_can_stand_for():
    recs = extract_text("Salah dropped a bombshell outside St Mary's in November.\n\nAnd he had a message for the faithful: "
                        "he told them he was \"very, very happy\" to be staying.", "t")
    assert [r["speaker"] for r in recs] == [None], recs


def test_the_quote_after_an_unresolved_speakers_words_is_kept_unresolved_too():
    recs = extract_text("Salah dropped a bombshell in November.\n\n\"I've had the best years of my career here,\" he said. "
                        "\"Eight years so far. Hopefully it'll be ten.\"", "t")
    assert [(r["speaker"], r["resolved"], r["text"][:12]) for r in recs] == [
        (None, False, "I've had the"), (None, False, "Eight years ")], recs


def test_a_company_name_then_two_titles_joined_by_and_are_one_persons():
    r = one("Centerra President and Chief Executive Officer Scott Perry stated that the arrangement is expected to "
            "create value for the company's stakeholders.")
    assert r["speaker"] == "Scott Perry", r


def test_the_content_ends_where_the_reporter_tells_the_speakers_next_act():
    recs = extract_text("Mr O'Leary said the proposals would mean job losses and the end of routes across rural Ireland, "
                        "and he laid the blame for the crisis on years of underfunding.", "t")
    assert [r["text"] for r in recs] == [
        "the proposals would mean job losses and the end of routes across rural Ireland"], recs


def test_the_content_ends_where_another_speaker_sets_a_test_of_his_own():
    recs = extract_text("Mr Francois said nobody could absorb such a document overnight, while Sir John Redwood set his "
                        "own test for the agreement.", "t")
    assert recs[0]["text"] == "nobody could absorb such a document overnight", recs


def test_a_clause_opening_with_a_and_a_linking_verb_is_what_the_statement_said():
    recs = extract_text("The Social Democrats met on Friday. The statement said a great deal remained unclear because only "
                        "the key points were public.", "t")
    assert [r["text"] for r in recs] == ["a great deal remained unclear because only the key points were public"], recs


def test_requested_that_reports_what_was_asked_for():
    r = one("The union requested that the dividends be shared equally among the workers.")
    assert (r["speaker"], r["text"]) == ("union", "the dividends be shared equally among the workers"), r


def test_a_name_with_a_workforce_is_a_company_the_company_can_stand_for():
    recs = extract_text("Bus Éireann workers returned after three weeks on strike. In a statement, Bus Éireann said "
                        "management would consider the document. The company said some services could run this evening.",
                        "t")
    assert [r["speaker"] for r in recs] == ["Bus Éireann", "Bus Éireann"], recs


def test_a_sentence_attributed_at_its_end_is_that_speakers_not_its_inner_clauses():
    r = one("The Marshallese people had rightly demanded that their government press the issue in these talks, "
            "Ading said.")
    assert (r["speaker"], r["text"][:24]) == ("Ading", "The Marshallese people h"), r


def test_a_records_unnamed_member_is_an_unnamed_source():
    text = ("HON SPEAKER: I recognise the Honourable Minister of Defence.\n\n"
            "HON FRANS KAPOFI: Honourable Speaker, the declaration is an accomplishment for both nations.\n\n"
            "AN HON MEMBER: An accomplishment for whom?\n\n"
            "HON FRANS KAPOFI: For the affected communities, Honourable Member.\n\n"
            "HON MEMBERS: Hear, hear!")
    recs = extract_text(text, "t")
    assert by_text(recs, "for whom")["speaker"] == "Hon Member (unnamed)", recs
    assert by_text(recs, "Hear, hear")["speaker"] == "Hon Members (unnamed)", recs


def test_records_that_end_a_label_with_a_full_stop_a_hyphen_or_a_wide_space():
    italian = ("PRESIDENT. The next item is the Minister's statement.\n\n"
               "URSO, Minister for Enterprises and Made in Italy. Mr President, we will not hand the plant back.\n\n"
               "SCALFAROTTO (IV-C-RE). Mr President, the Government has wasted a year.\n\n"
               "PRESIDENT. We now move to the debate.")
    recs = extract_text(italian, "t")
    assert by_text(recs, "hand the plant back")["speaker"] == "Urso", recs
    assert by_text(recs, "wasted a year")["speaker"] == "Scalfarotto", recs
    french = ("Madam President. I call the Minister for Europe and Foreign Affairs.\n\n"
              "Mr Jean-Yves Le Drian, Minister for Europe and Foreign Affairs. Ladies and gentlemen, this agreement "
              "protects our farmers.\n\n"
              "Mr François Ruffin. Be brave, Minister! Dare to say stop!\n\n"
              "Madam President. The debate is closed.")
    recs = extract_text(french, "t")
    assert by_text(recs, "protects our farmers")["speaker"] == "Jean-Yves Le Drian", recs
    assert by_text(recs, "Dare to say stop")["speaker"] == "François Ruffin", recs
    brazil = ("MR. PRESIDENT (Arthur Lira. Bloco/PP - AL) - Item 1 on the agenda.\n\n"
              "MR. JOSÉ GUIMARÃES (Bloco/PT - CE. To guide the vote.) - Mr. President, the Government votes yes.\n\n"
              "Time: 19:46\n\nRF\n\n"
              "The states will pay over thirty years, and nobody is forgotten in this text.\n\n"
              "MRS. ADRIANA VENTURA (NOVO - SP. To guide the vote.) - Mr. President, Novo releases its bench.")
    recs = extract_text(brazil, "t")
    assert by_text(recs, "Government votes yes")["speaker"] == by_text(recs, "thirty years")["speaker"] != None, recs
    japan = ("○Chairperson NODA　Next, Mr. OKADA Katsuya.\n\n"
             "○Member OKADA　I would like to turn to Japan–Russia relations.\n\n"
             "○Prime Minister ABE　There has been no change in the Government's policy.\n\n"
             "○Chairperson NODA　Member Okada.")
    recs = extract_text(japan, "t")
    assert by_text(recs, "no change in the Government")["speaker"] == "Abe", recs
    # a member's title dropped, and the name the heading gives family name first
    assert by_text(recs, "turn to Japan")["speaker"] == "OKADA Katsuya", recs
    recs = extract_text(japan + "\n\n○Chairperson NODA　Minister for Foreign Affairs Kono Taro.\n\n○Minister of "
                        "State KONO　On the remarks at the press conference, I accept the criticism.", "t")
    assert by_text(recs, "I accept the criticism")["speaker"] == "Kono Taro", recs


def test_one_paragraph_opening_mr_smith_with_a_full_stop_is_no_record_label():
    text = ("HOST: Who chaired the first meeting?\n\n"
            "GUEST: The new chairman did, and he surprised everyone in the room.\n\n"
            "Mr Smith. That is how he introduced himself to the strikers, and then he sat down to listen.\n\n"
            "HOST: And the second meeting?\n\nGUEST: It went on until midnight.")
    recs = extract_text(text, "t")
    assert by_text(recs, "introduced himself")["speaker"] == by_text(recs, "surprised everyone")["speaker"], recs


def test_quoted_words_after_describing_verbs_reach_past_a_long_object_a_participle_and_quoted_as():
    cases = {
        'NZNO described the July offer, which came after a May offer of 1 per cent a year, as "a massive backward '
        'step".': [("NZNO", "a massive backward step")],
        'Minister Akar described the talks at the time as having taken place in a «positive and constructive '
        'atmosphere».': [("Akar", "positive and constructive atmosphere")],
        'The news agency quoted Shamkhani as describing the talks as "clear and constructive".':
            [("Shamkhani", "clear and constructive")],
        'Xinhua condemned the tariffs, while describing the Geneva meeting as a "positive and necessary step".':
            [("Xinhua", "positive and necessary step")],
        # a capitalised word right before the quote makes it a name, not someone's words
        "Israel launched what it called Operation “Northern Arrows” in September.": [],
    }
    for text, want in cases.items():
        assert _said(text) == want, text


def test_a_medium_told_is_no_clause_subject_and_asked_why_is_a_question_of_its_own():
    assert _said("Last month one senior player told a Pakistani cricket website the squad would happily play for "
                 "free — but asked why on earth they should then show off logos for the board.") == [
        ("senior player (unnamed)", "the squad would happily play for free"),
        ("senior player (unnamed)", "why on earth they should then show off logos for the board")]
    assert _said("Senator Sherry Rehman questioned why the terms were being held back.") == [
        ("Sherry Rehman", "why the terms were being held back")]


def test_as_the_ministry_explained_sources_the_rest_of_the_sentence():
    assert _said("As the Ministry of Finance explained, the restructuring concerns thirteen series of Eurobonds.") == [
        ("Ministry of Finance", "the restructuring concerns thirteen series of Eurobonds")]
    assert _said("As the union explained, the strike would go ahead on Monday.") == [
        ("union", "the strike would go ahead on Monday")]
    assert _said("As the talks continued, the union said the strike would go ahead.") == [
        ("union", "the strike would go ahead")]


def test_a_parenthetical_he_said_before_a_colon_and_a_second_named_speakers_had_said():
    assert _said("Mr Qureshi spoke. The nation had been restless, he said: lives had been lost and roads blocked.") == [
        ("Qureshi", "The nation had been restless lives had been lost and roads blocked")]
    assert _said("Information Minister Fawad Chaudhry had said the state would deal with the group as a militant "
                 "outfit, and Interior Minister Sheikh Rashid Ahmed had said the country would not be held hostage.") == [
        ("Fawad Chaudhry", "the state would deal with the group as a militant outfit"),
        ("Rashid Ahmed", "the country would not be held hostage")]


def test_who_after_an_inverted_attribution_is_the_name_after_its_verb():
    assert _said('"It is a historic deal," beamed Babar, who admitted the negotiations had been long.') == [
        ("Babar", "It is a historic deal"), ("Babar", "the negotiations had been long")]


def test_said_after_a_comma_ending_the_subjects_first_act_is_the_subjects_next_statement():
    assert _said("Mr Babar Azam thanked Ashraf personally for taking an interest in the talks, said the deal would "
                 "open a new chapter for Pakistan cricket.") == [
        ("Babar Azam", "the deal would open a new chapter for Pakistan cricket")]


def test_a_negated_speech_verb_reports_nothing():
    assert _said("Well, the workers don't know either, because this government won't tell anybody what's being "
                 "negotiated.") == []
    assert _said("The minister refused to say whether the talks would resume.") == []
    assert _said("The minister said the talks would resume.") == [("minister", "the talks would resume")]


def test_a_speech_cut_off_by_the_chair_with_a_dash_is_still_a_turn():
    text = ("The Speaker (Hon. Ted Arnott): Minister.\n\n"
            "Hon. Victor Fedeli: Speaker, the member knows very well that no government releases commercial "
            "negotiations while they're under way—\n\n"
            "The Speaker (Hon. Ted Arnott): Order. Stop the clock.\n\n"
            "Ms. Lisa Gretzky: Speaker, five letters don't pour concrete.\n\n"
            "Hon. Victor Fedeli: What I will tell her is that this province went from nothing to something.\n")
    assert [r["speaker"] for r in extract_text(text)][:3] == ["Ted Arnott", "Victor Fedeli", "Ted Arnott"]


def test_a_that_clause_whose_subject_says_the_rest_is_that_subjects_statement():
    assert _said("Rwanda and Britain signed a treaty on Tuesday that both governments say answers the objections of "
                 "the court.") == [("Rwanda and Britain", "answers the objections of the court")]
    assert _said("The union rejected a deal that the company said would cut pay by a tenth.") == [
        ("company", "would cut pay by a tenth")]
    assert _said("This is the second time this year that TLP protests have ended in a negotiated settlement.") == []


def test_an_aside_after_the_one_told_and_a_month_in_a_parenthetical_attribution():
    assert _said("The minister told the union, in effect, that nobody wants to lock anyone up.") == [
        ("minister", "nobody wants to lock anyone up")]
    assert _said("Alberto Fernandez spoke. An agreement with bondholders, he had said in July, would not solve "
                 "everything.") == [("Alberto Fernandez", "An agreement with bondholders would not solve everything")]


def test_a_colon_after_had_written_in_a_post_introduces_the_next_paragraphs_quote():
    text = ("National security minister Itamar Ben-Gvir, who voted against the deal, had written in a post on X on "
            "Monday:\n\n“It’s still not too late to halt this deal! We have to keep going until total victory!”\n\n"
            "The cabinet met at noon.\n")
    assert _said(text) == [("Itamar Ben-Gvir",
                            "It’s still not too late to halt this deal! We have to keep going until total victory!")]


def test_on_condition_of_anonymity_between_the_one_told_and_that_is_an_aside():
    assert _said("A diplomat told Tom, on condition of anonymity, that the mood had changed.") == [
        ("diplomat (unnamed)", "the mood had changed")]


def test_in_which_it_said_after_an_issued_video_or_statement_is_the_issuers():
    assert _said("The army said the talks were over. On Friday, however, the RSF posted a video on Twitter in which it "
                 "said its forces were ready for any confrontation.") == [
        ("army", "the talks were over"), ("RSF", "its forces were ready for any confrontation")]


def test_the_two_sides_issuing_a_statement_saying_own_its_content():
    assert _said("The Reggae Boyz and the Jamaica Football Federation have made up. The two sides dropped a joint "
                 "statement late Thursday night saying a deal had been reached on pay.") == [
        ("Reggae Boyz and Jamaica Football Federation", "a deal had been reached on pay")]


def test_revealed_takes_a_clause_without_that_but_not_an_object():
    assert _said("Palkin revealed he had met Arsenal three times.") == [("Palkin", "he had met Arsenal three times")]
    assert _said("The company revealed the plan on Monday.") == []


def test_a_participle_of_admitting_before_a_possessive_subject_and_its_verb_reports_that_clause():
    assert _said('Akhmetov said he had "mixed feelings", admitting his dream was to win European trophies.') == [
        ("Akhmetov", 'he had "mixed feelings"'), ("Akhmetov", "his dream was to win European trophies")]


def test_a_noun_in_s_or_an_adjective_in_ed_after_an_article_is_no_verb_of_a_clause_after_announced():
    assert _said("The minister announced the result to a packed hall.") == []
    assert _said("The minister announced the conclusion of the talks at Parliament in Wellington.") == []
    assert _said("The union announced the members voted to strike.") == [("union", "the members voted to strike")]


def test_in_his_opinion_shrugged_and_a_second_ministry_after_while_are_read():
    assert _said("Eugenio Viera spoke in Paris. In his opinion, preserving the accord is important.") == [
        ("Eugenio Viera", "preserving the accord is important")]
    assert _said('Arne Slot spoke. "You know my boring answer," he shrugged.') == [
        ("Arne Slot", "You know my boring answer")]
    assert _said("The Federal Foreign Office of Germany said the agreement removes an obstacle, while the Ministry "
                 "of Foreign Affairs of Türkiye called the deal historic.")[0] == (
        "Federal Foreign Office of Germany", "the agreement removes an obstacle")
    assert _said("The minister stressed that security forces must show restraint, and called for prompt "
                 "investigations.") == [("minister", "security forces must show restraint")]


def test_another_act_between_a_subject_and_its_speech_verb_is_passed_over():
    said = _said('Asked whether he would now lead the Opposition, the outgoing PM laughed and replied: "I hope so."')
    assert [text for _, text in said] == ["I hope so."]


def test_extract_text_leaves_the_garbage_collector_as_it_found_it():
    import gc

    text = 'Talks resumed on Monday. "We are close," the mediator said.'
    assert gc.isenabled()
    extract_text(text, "a")
    assert gc.isenabled()
    gc.disable()
    try:
        extract_text(text, "a")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_speech_verb_in_the_passive_reports_nothing_of_its_subject():
    text = ("The Indian Prime Minister described the signing, in a post on his account on the X platform, as a historic "
            "step in the relations between the two countries whose positive effect would be felt \u201cfor decades to "
            "come\u201d. He said the agreement would give fresh momentum to trade.")
    records = extract_text(text, "t")
    assert not any(r["cue"] == "felt" for r in records)
    assert [r["speaker_mention"] for r in records if r["text"].startswith("the agreement")] == ["He"]
    assert all("step" not in (r["speaker"] or "") for r in records)


def test_according_to_a_source_then_a_clause_about_the_source_sources_only_the_clause_before():
    text = ("Plenty of US banks do, in fact, operate north of the border, according to the Canadian Bankers "
            "Association, which counts 16 American banks among its members.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Canadian Bankers Association", "Plenty of US banks do, in fact, operate north of the border")]


def test_according_to_a_source_before_a_semicolon_sources_the_clause_before():
    text = ("More than 100 people were killed in the crackdown and its aftermath, according to opposition-aligned "
            "doctors; the authorities put the toll far lower.")
    assert [r["text"] for r in extract_text(text, "t")] == [
        "More than 100 people were killed in the crackdown and its aftermath"]


def test_a_directorate_is_a_body_that_can_be_a_source():
    text = "Abiy has now had his own one-to-one meeting with Erdogan, according to the Turkish communications directorate."
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Turkish communications directorate"]


def test_a_clause_then_said_and_a_name_ending_the_sentence_is_that_persons_statement():
    text = ("At a delivery base in Cologne, the mood on Saturday evening was one of relief rather than celebration, "
            "said Dirk Brenner, a parcel carrier and union member.")
    assert [(r["speaker"], r["cue"]) for r in extract_text(text, "t")] == [("Dirk Brenner", "said")]


def test_a_standfirst_ending_writes_and_the_byline_is_no_statement():
    text = ("The United States and the Taliban have put their names to a timetable. Whether the Afghans themselves will "
            "follow it is another matter, writes Harriet Okonkwo-Lind.")
    assert extract_text(text, "t") == []


def test_said_then_a_noun_then_that_reports_the_whole_clause_not_what_follows_the_nouns_that():
    text = ("He said the trust between farmers and the government that the talks were meant to rebuild had not "
            "materialised. She told the union that the talks had failed.")
    assert [r["text"] for r in extract_text(text, "t")] == [
        "the trust between farmers and the government that the talks were meant to rebuild had not materialised",
        "the talks had failed"]


_LISTS = """The two ministers met in Moscow.

The key points, as read out by the two ministers:
\u2022 All military activity along the current line of contact stops at 00:01 on 6 March.
\u2022 A security corridor will run 6km to the north and 6km to the south of the M4 highway.

In that statement the contractors undertake that:

  \u2022 every docker they employ will receive a 9.8 per cent increase backdated to 1 May 2013;
  \u2022 workers will be allowed to stop for meals; and
  \u2022 no worker will face retaliation for taking part in the strike.

According to Piyush Goyal, who briefed reporters after the meeting:
\u2022 Cooperatives would sign five-year contracts with farmers who grow pulses
\u2022 There would be no ceiling on the quantity bought

Key points
- Leaders agree joint declaration in Ankara
- Both reaffirm respect for each other's sovereignty
"""


def test_each_item_of_a_list_the_line_before_gives_as_someones_words_is_their_statement():
    """Lines wrapped into blocks or not, each bullet is an item of its own; a box of key points has no source."""
    said = [(r["cue"], r["text"]) for r in extract_text(_LISTS, "t")]
    assert said == [
        ("read out", "All military activity along the current line of contact stops at 00:01 on 6 March"),
        ("read out", "A security corridor will run 6km to the north and 6km to the south of the M4 highway"),
        ("undertake", "every docker they employ will receive a 9.8 per cent increase backdated to 1 May 2013"),
        ("undertake", "workers will be allowed to stop for meals"),
        ("undertake", "no worker will face retaliation for taking part in the strike"),
        ("according to", "Cooperatives would sign five-year contracts with farmers who grow pulses"),
        ("according to", "There would be no ceiling on the quantity bought")]
    assert {r["speaker"] for r in extract_text(_LISTS, "t") if r["cue"] == "according to"} == {"Piyush Goyal"}


def test_a_statement_that_introduces_a_list_is_a_statement_and_its_items_are_not():
    text = ("According to the Partnership, the additional volumes will be delivered in two increments:\n\n"
            "- First increment: the daily contracted quantity will rise to approximately 650 MMSCFD.\n"
            "- Second increment: it will rise again once the new pipeline is complete.\n")
    assert [r["text"] for r in extract_text(text, "t")] == [
        "the additional volumes will be delivered in two increments"]


def test_an_abbreviations_full_stops_between_a_verb_and_its_that_end_nothing():
    text = ("Foreign Minister Abdirizak Mohamed told a U.N. Security Council meeting on Somalia that the leaders had "
            "reached a deal.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Abdirizak Mohamed", "the leaders had reached a deal")]


def test_as_reported_by_a_body_before_a_speaker_of_the_sentences_own_gives_the_statement_to_that_speaker():
    text = ("The Acting Minister of Foreign Affairs of Afghanistan, Amir Khan Muttaqi, described the railway as a "
            "cornerstone. As reported by the Afghan foreign ministry, he stated that the project would strengthen "
            "connectivity. As reported by the Iranian Foreign Ministry, the parties agreed to meet again in March.")
    # (the characterisation before, "described the railway as a cornerstone", is his too)
    assert [(r["speaker"], r["text"][:11]) for r in extract_text(text, "t")] == [
        ("Amir Khan Muttaqi", "the railway"), ("Amir Khan Muttaqi", "the project"), ("Iranian Foreign Ministry", "the parties")]


def test_what_follows_put_it_and_a_colon_is_the_subjects_statement():
    text = ("Albino Vargas put it plainly on Sunday: the rejection was general, and the strike was going on. "
            "A source close to the club put it simply: the captain was never going to be sold. "
            "KEREVI: From our side, I'd put it this way: the calendar is the concession.")
    assert [(r["speaker"], r["text"][:16]) for r in extract_text(text, "t")] == [
        ("Albino Vargas", "the rejection wa"), ("source (unnamed)", "the captain was ")]


def test_a_pronoun_and_its_own_verb_after_a_parenthetical_said_open_a_second_statement():
    text = ("Cinematography Minister Komatireddy Venkat Reddy had already picked a side. Workers can't survive in "
            "Hyderabad without a raise, he said \u2013 and he reminded producers that the government lets them hike "
            "ticket prices.")
    assert [r["text"] for r in extract_text(text, "t")] == [
        "Workers can't survive in Hyderabad without a raise", "the government lets them hike ticket prices"]


def test_a_subordinate_clause_whose_subject_reports_on_a_day_that_is_its_statement():
    text = ("Acacia's shares jumped by as much as 41 per cent on Thursday, before the company reported on Friday that "
            "its third-quarter earnings had fallen by about 70 per cent.")
    assert [(r["cue"], r["text"]) for r in extract_text(text, "t")] == [
        ("reported", "its third-quarter earnings had fallen by about 70 per cent")]


def test_he_told_a_number_of_people_set_off_by_commas_is_an_aside_inside_the_statement():
    text = ("When Eiji Hashimoto stood before the annual meeting on Tuesday, he spoke like a general describing a siege. "
            "Donald Trump, he told 1,257 shareholders, had not wanted to approve full ownership of U.S. Steel.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Eiji Hashimoto", "Donald Trump had not wanted to approve full ownership of U.S. Steel")]


def test_a_question_asked_with_what_is_reported_and_a_place_may_stand_before_it():
    text = ("The opposition MP asked on Facebook whether the payment was a gesture or a settlement. "
            "The judge asked what would become of the rule of law if everybody went on strike.")
    assert [r["text"][:12] for r in extract_text(text, "t")] == ["whether the ", "what would b"]


def test_an_appeal_or_a_question_after_a_name_and_its_description_is_that_persons():
    text = ("Zitto Kabwe, the opposition MP, asked whether the payment was a gesture or a settlement. "
            "Juma Nkamia, the party whip, urged the government to publish the figures. "
            "The union spoke for an hour, urging the employers to return to the table.")
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Zitto Kabwe", "Juma Nkamia", "union"]


def test_a_list_read_out_on_television_with_no_one_named_is_no_ones_statements():
    text = ("The terms, as read out on state television:\n\n"
            "- Burhan's decision relieving Hamdok of his post is cancelled.\n"
            "- All political detainees to be released.\n")
    assert extract_text(text, "t") == []


def test_and_another_speaker_and_verb_after_the_content_starts_a_statement_of_their_own():
    text = ("Even so, the union said it was prepared to go back to the table, and Deutsche Post called for talks to "
            "resume on Friday. Almost 100,000 employees took part in warning strikes, according to the union, and the "
            "company said millions of letters had been delivered late.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("union", "it was prepared to go back to the table"),
        ("union", "Almost 100,000 employees took part in warning strikes"),
        ("Deutsche Post", "millions of letters had been delivered late")]


def test_a_clause_before_an_inverted_said_keeps_its_speaker_past_a_time_a_place_or_a_name_after_a_description():
    texts = ["The talks will fail, said Hamid Karimi on Tuesday.", "The talks will fail, said a shopkeeper at the market.",
             "The deal will collapse within a week, said his doctor, Ericka Pérez.",
             "He died at home hours later, said the doctor who had treated him, Ericka Pérez."]
    assert [[r["speaker"] for r in extract_text(t, "t")] for t in texts] == [
        ["Hamid Karimi"], ["shopkeeper (unnamed)"], ["Ericka Pérez"], ["Ericka Pérez"]]
    urged = extract_text("Nabih Berri, who negotiated for Hezbollah, urged displaced residents in a speech to return "
                         "home.", "t")
    assert not any(r["text"].startswith("Nabih Berri") for r in urged)  # (an urging's object is no speaker)


def test_in_his_assessment_and_in_the_words_of_someone_open_their_statement():
    texts = ["Efraim Filho called it the best possible outcome. In his assessment, the relief is good for those who "
             "run businesses because it reduces taxes.",
             "In the words of one adviser at Matignon on Thursday night, the atmosphere was rather favourable.",
             "In other words, the deal is dead."]
    assert [[(r["speaker"], r["text"][:20]) for r in extract_text(t, "t")][-1:] for t in texts] == [
        [("Efraim Filho", "the relief is good f")], [("adviser (unnamed)", "the atmosphere was r")], []]


def test_a_wire_lede_keeps_its_clause_when_another_subjects_clause_follows_the_attribution():
    text = ("TOKYO, May 29 (MNA) - North Korea has agreed to reopen its investigation into the fate of Japanese "
            "citizens, Prime Minister Shinzo Abe said on Thursday, and Tokyo will in return ease some sanctions.")
    assert [(r["speaker"], r["text"][:24]) for r in extract_text(text, "t")] == [("Shinzo Abe", "North Korea has agreed t")]
    aside = extract_text("There would be no expropriation, he recalled telling the company, but CFE would hold 54 per "
                         "cent of the market.", "t")
    assert not any(r["text"] == "There would be no expropriation" for r in aside)


def test_according_to_reports_after_a_speech_verb_hedges_it_and_the_subject_speaks():
    text = ("Yahya Sinwar spoke at a meeting with young people. He also said, according to reports, that Hamas would "
            "disarm when Satan enters paradise.")
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Yahya Sinwar"]


def test_leaving_a_meeting_saying_that_is_a_statement_without_a_comma():
    texts = ["Last week Cardinal Njue emerged from yet another meeting saying only that he was hopeful the talks would "
             "come up with something.",
             "Thomas Scheiber had broken off the talks in November saying the two sides were talking to a wall."]
    assert [[r["speaker"] for r in extract_text(t, "t")] for t in texts] == [["Njue"], ["Thomas Scheiber"]]


def test_and_says_without_a_comma_opens_the_subjects_next_statement():
    text = "OUSD has confirmed it reached a tentative agreement with the union and says classes resume Tuesday."
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("OUSD", "it reached a tentative agreement with the union"), ("OUSD", "classes resume Tuesday")]


def test_after_a_quotes_own_full_stop_someone_new_saying_a_clause_is_the_next_statement():
    text = ("Hillary Clinton welcomed the news with a caveat. “We think that it’s a positive sign,” she said. “It’s "
            "something that is overdue but nevertheless very welcome.” A State Department spokesman said the United "
            "States would be willing to receive some of the prisoners.")
    assert [r["speaker"] for r in extract_text(text, "t")] == [
        "Hillary Clinton", "Hillary Clinton", "State Department spokesman (unnamed)"]
    text = 'Mr Borrell wrote, and I quote, "We have a deal." He said Serbia had agreed to abolish its documents.'
    assert len(extract_text(text, "t")) == 2


def test_a_persons_possession_opening_the_clause_is_not_an_inverted_speaker():
    text = "Tehy and Super say a registered nurse's average pay would go from about 2,625 euros a month to over 3,100."
    assert [(r["speaker"], r["text"][:26]) for r in extract_text(text, "t")] == [
        ("Tehy and Super", "a registered nurse's avera")]


def test_a_semicolon_then_another_subject_saying_ends_the_first_statement():
    text = "The unions say the shortage is the whole point; KT says the country cannot afford a pay race."
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("The unions (unnamed)", "the shortage is the whole point"), ("KT", "the country cannot afford a pay race")]


def test_an_inverted_said_keeps_its_clause_past_a_role_without_an_article():
    text = ("It should not have required a judicial slapdown, said Niek Stam, acting co-chair of the federation's "
            "steering group, to remind a Maersk subsidiary of the rules.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Niek Stam", "It should not have required a judicial slapdown")]


def test_a_participle_after_a_second_clause_is_that_clauses_subjects():
    text = ("Strikes by public workers, teachers included, are illegal in Massachusetts, and Middlesex Superior Court "
            "Judge Christopher Barry-Smith had been fining the union since the first week, warning that runaway fines "
            "could undermine the very bargaining the law is supposed to protect.")
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Christopher Barry-Smith"]


def test_the_same_afternoon_before_the_subject_is_when_not_who():
    text = ("Chairman Ho Nuan-hsuan took over. His appointment was confirmed by the board on Friday, and the same "
            "afternoon he announced the Taoyuan reporting rule would be dropped.")
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [
        ("Ho Nuan-hsuan", "the Taoyuan reporting rule would be dropped")]


def test_according_to_a_source_past_a_clause_about_it_and_an_archdiocese_is_a_body():
    text = ("The accord was made public by the Archdiocese of Havana on Wednesday. The archdiocese said talks would go on."
            "\n\nAccording to the church's statement, which was also carried by the state agency Prensa Latina, five "
            "prisoners would be freed in the coming hours.")
    records = extract_text(text, "t")
    assert records[0]["speaker"] == "Archdiocese of Havana"
    assert records[-1]["text"] == "five prisoners would be freed in the coming hours"


def test_a_quote_after_late_saturday_he_took_to_social_media_is_his():
    text = ("President Donald Trump did not wait for the ink. Late Saturday he took to Truth Social: \"A very good "
            "meeting today with China, in Switzerland. Many things discussed.\"")
    assert [(r["speaker"], r["text"][:20]) for r in extract_text(text, "t")] == [("Donald Trump", "A very good meeting ")]


def test_a_quote_attributed_to_a_member_with_party_and_state_in_brackets_is_kept():
    text = ('"My phone was ringing off the hook," said Rep. Andy Barr (R-Ky.). "The people who elected us listen to '
            'Elon Musk."')
    assert [r["speaker"] for r in extract_text(text, "t")] == ["Andy Barr", "Andy Barr"]


def test_a_quote_then_a_name_described_between_commas_then_told_is_that_names():
    text = '"The deal is close," Sefcovic, the EU trade commissioner, told reporters.'
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [("Sefcovic", "The deal is close")]


def test_according_to_someone_then_their_description_ends_the_sentence():
    texts = ["The offer was an insult, according to Mick Lynch, the union leader.",
             "By midday on Thursday, according to the government, the number of blockade points had fallen by half."]
    assert [[r["text"] for r in extract_text(t, "t")] for t in texts] == [
        ["The offer was an insult"], ["By midday on Thursday the number of blockade points had fallen by half"]]


def test_both_between_a_joint_subject_and_its_verb():
    text = "Smith and Doe both said the deal was fair."
    assert [(r["speaker"], r["text"]) for r in extract_text(text, "t")] == [("Smith and Doe", "the deal was fair")]


def test_a_quote_then_a_name_and_age_then_said_is_that_names():
    assert [(r["speaker"], r["text"]) for r in extract_text('"It is fair," Doe, 54, said.', "t")] == [("Doe", "It is fair")]
