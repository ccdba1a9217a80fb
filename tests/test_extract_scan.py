"""The whole-text searches that skip ahead in C find what a plain ``finditer`` finds."""

import random
import re

from stance.extract.scan import anchored

#: A subject, then up to two words, then "its": what "Qantas said its ..." names (stance.extract.nearest)
_ITS = re.compile(r"\b([A-Z][\w’'-]*?)(?:[’']s)?\s+(?:[a-z]+\s+){0,2}its\b")
_ITS_END = re.compile(r"its(?<=\sits)\b")


def test_an_anchored_search_finds_the_groups_finditer_finds_across_spacing_of_every_kind():
    words = ["Qantas", "its", "said", "Its", "the", "Al-Qaeda’s", "x-Qaeda", "O'Neill's", "bits", "its.", "(Virgin",
             "it", "its’", "ITS", "itsy", "Boss’s", "\t", "\n", "\u00a0", "a\u00a0its"]
    rng = random.Random(0)
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "  ", "\n"]) for _ in range(rng.randint(1, 30)))
        assert {m.group(1) for m in anchored(_ITS, text, _ITS_END, 3)} == {m.group(1) for m in _ITS.finditer(text)}


def test_an_anchored_search_reaches_back_over_a_long_word_before_its_anchor():
    text = "x" * 5000 + " Qantas" + "y" * 3000 + " said its profits fell, and Virgin its own"
    assert [m.group(1) for m in anchored(_ITS, text, _ITS_END, 3)] == [m.group(1) for m in _ITS.finditer(text)]


def test_a_search_scouted_by_its_opening_words_finds_what_finditer_finds():
    from stance.extract.scan import scouted_any

    spoke = re.compile(r"\b(?:spoke|talked|chatted)\s+(?:to|with)\s+((?:a|an)(?:\s+[\w’'-]+){1,4})")
    openings = ("spoke", "talked", "chatted")
    words = ["spoke", "talked", "chatted", "to", "with", "a", "an", "nurse", "spokesman", "outspoke", "\n", "Spoke"]
    rng = random.Random(0)
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        assert [m.span(1) for m in scouted_any(spoke, text, openings)] == [m.span(1) for m in spoke.finditer(text)]


def test_an_anchored_search_with_an_opening_finds_matches_running_on_past_their_anchor():
    # a pair of names ("Prime Minister Kim and the government of Britain"), looked for before each "and"
    pair = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]+)[ \t]+and[ \t]+(?:the[ \t]+)?"
                      r"((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]+)(?![\w’'-])")
    words = ["Qantas", "and", "And", "the", "Britain", "Prime", "Minister", "x-Ray", "Mr.", "O'Neill", "(Virgin", "Co.",
             "Kim", "Jong", "Un", "bands", "U.S.", "said"]
    rng = random.Random(0)
    found = 0
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", "", "  ", "\n", "\t"]) for _ in range(rng.randint(1, 40)))
        expected = [m.span() + m.groups() for m in pair.finditer(text)]
        got = [m.span() + m.groups() for m in anchored(pair, text, re.compile(r"and(?<=[ \t]and)[ \t]"), 4,
                                                        opening=re.compile("[A-Z]"))]
        assert got == expected
        found += len(expected)
    assert found > 300  # (the texts hold pairs enough for the comparison to mean something)


def test_whether_a_span_holds_a_word_is_answered_from_where_the_words_stand_in_the_whole_text():
    from stance.extract.scan import holds_word

    text = "The union called a strike. Talks resumed. Ministers urged calm."
    memo: dict = {}
    spans = [(0, 26), (27, 41), (42, len(text))]
    assert [holds_word(memo, ("call", "urg"), text, s, e) for s, e in spans] == [True, False, True]
    assert memo == {("call", "urg"): [10, 52]}  # (found once, for every span after)


def test_the_second_statement_of_a_clause_is_found_where_its_scout_lets_it_be_tried():
    # (content_end's pattern opens at a comma, a semicolon or a space: the scout skips the spaces it cannot open at)
    from pathlib import Path

    from stance.extract.candidates import _SECOND_SCOUT, _SECOND_STATEMENT
    from stance.extract.scan import scouted

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("data/articles").glob("*.txt"))]
    words = ["said", "and", "but", "while", ",", ";", "—", "–", "-", "he", "she", "they", "warned", "that", "the",
             "minister", "Smith", "also", "added", ":", "wrote", "whereas", "according", "to", "asked", "whether",
             "calling", "for", "talks", "and,", "notably,", "thanked", "\n", "later", "adding", "stressing", "noting",
             "before", "after", "spoke", "with", "complaining", "while adding that", "and stressing that",
             "— before adding", "and thanked", "and asked for", "and wanted to know", "and, notably, warned"]
    rng = random.Random(0)
    for _ in range(300):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 60))))
    found = 0
    for text in texts:
        for _ in range(40):
            s = rng.randrange(len(text))
            e = min(len(text), s + rng.randint(1, 600))
            expected = _SECOND_STATEMENT.search(text, s, e)
            got = next(scouted(_SECOND_STATEMENT, text, s, e, scout=_SECOND_SCOUT), None)
            assert (got and got.span()) == (expected and expected.span())
            found += expected is not None
    assert found > 1000  # (enough clauses hold a second statement for the comparison to mean something)


def _anchored_cases():
    """(module, pattern, anchor, words before it, opening, words the random texts are made of)"""
    return [
        ("unions", "_CALLED_UNION", "_UNION_WORD", 1, "CAPITAL",
         ["Unite", "union", "unions", "the", "ver.di", "(GMB", "Teamsters’", "reunion", "x-Ray", "O'Neill", "said", "Union",
          "&Co", "union,", "union.", "\n"]),
        ("unions", "_UNION_APPOSITIVE", "_UNION_COMMA", 1, "_T",
         ["The", "the", "union,", "union", "Sindicato", "No.", "1,", "of", "de", "Unite", "said,", "bathe", "Tthe",
          "(the", "\n", "2024,", "the union,", "The union, Unite,", "the\tunion, Sindicato"]),
        ("aliases", "_CALLED_BY", "_COMMA_WHO", 4, "CAPITAL",
         ["Mohamed Hamdan", "Daglo, whom", "Daglo, who", "everybody here calls", "Hemedti", "is known as", "is nicknamed",
          "McDonald", "(Abdel Fattah", "O'Neill,", "x-Ray", ",", "people know as", "Mr", "the", "calls", "Bibi"]),
        ("nearest", "_ASIDE", "_DASH", 1, "CAPITAL",
         ["Tusk", "—", "–", "-", "who", "has", "long", "opposed", "the", "deal", "(Virgin", "O'Neill", "x-Ray", "Co.",
          "said", "\n", "McCarthy", "a", "former", "minister", "Tusk — a former minister —", "– who has long opposed it –"]),
        ("bearers", "_INTRODUCED", "_COMMA_A", 1, "CAPITAL",
         ["Will,", "Will", "a", "an", "crew", "member", "who", "has", "spoken", "(Hamid,", "O'Neill,", "Mr.", "x-Ray,",
          ",", "said", "\n", "In", "Wellington,", "an"]),
        ("bearers", "_INTRODUCED_AFTER", "_COMMA_NAME", 7, "_A",
         ["a", "an", "shopkeeper", "reached", "by", "phone,", "Hamid,", "Hamid", "was", "sceptical", "banana", "(a",
          "x-ray", "a nurse, Mary,", ",", "Al,", "\n", "said,"]),
        ("nearest", "_AFTER_ATTRIBUTION", "_COMMA_PARTICIPLE", 3, "_H_OR_S",
         ["he", "she", "said,", "told", "reporters,", "writes,", "referring", "to", "a", "gap", "he said, adding more",
          "she told him, noting that", "the", "shell", "she’s", "\n", ",", "wrote", "ashes"]),
    ]


def test_each_anchored_search_of_the_extractor_finds_what_finditer_finds():
    import importlib

    from stance.extract import scan

    rng = random.Random(0)
    for module, name, anchor, words, opening, vocabulary in _anchored_cases():
        mod = importlib.import_module(f"stance.extract.{module}")
        pattern, anchor = getattr(mod, name), getattr(mod, anchor)
        opening = getattr(mod, opening, None) or getattr(scan, opening)
        found = 0
        for _ in range(3000):
            text = "".join(rng.choice(vocabulary) + rng.choice([" ", " ", "", "  ", "\n", "\t"])
                           for _ in range(rng.randint(1, 30)))
            expected = [m.span() + m.groups() for m in pattern.finditer(text)]
            assert [m.span() + m.groups() for m in scan.anchored(pattern, text, anchor, words, opening=opening)] \
                == expected, (name, text)
            found += len(expected)
        assert found > 200, name  # (the texts hold matches enough for the comparison to mean something)


def test_the_offices_of_a_portfolio_are_looked_for_where_their_words_stand():
    from stance.extract.registry import _OFFICES, _PORTFOLIO_ANCHOR
    from stance.extract.scan import scouted_any

    words = ["Ministry", "Department", "Office", "Commission", "Committee", "of", "for", "the", "Trade,", "Industry",
             "Ministry of Trade,", "Office for the Budget,",
             "and", "Fisheries", "Foreign", "Affairs,", "xMinistry", "Officer", "\n", "said"]
    rng = random.Random(0)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", "", "  ", "\n"]) for _ in range(rng.randint(1, 30)))
        expected = [m.span() for m in _PORTFOLIO_ANCHOR.finditer(text)]
        assert [m.span() for m in scouted_any(_PORTFOLIO_ANCHOR, text, _OFFICES)] == expected
        found += len(expected)
    assert found > 200


def test_acronyms_defined_in_brackets_are_found_from_each_bracket_as_finditer_finds_them():
    from stance.extract.aliases import _DEFINED_RE, _defined_acronyms

    words = ["(UNSMIL)", "(KMG)", "Mission", "(", ")", "(ab)", "(A)", "(AB)(CD)", "Libya", "(A&B+1)", "x(AB)", "((AB))"]
    spaces = [" ", "", "  ", "\n", "\t", "\u00a0", "\x1c", "\u2028", "\u3000"]
    rng = random.Random(0)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(spaces) + rng.choice(words) for _ in range(rng.randint(1, 20)))
        expected = [m.span() + m.groups() for m in _DEFINED_RE.finditer(text)]
        assert [m.span() + m.groups() for m in _defined_acronyms(text)] == expected
        found += len(expected)
    assert found > 1000


def test_participles_are_tried_at_the_words_ending_in_ing_and_found_as_finditer_finds_them_in_any_span():
    from stance.extract.participles import _ING_END
    from stance.extract.scan import word_ending_scouted
    from stance.extract.vocabulary import PARTICIPLE_RE, PARTICIPLES

    assert all(form.split()[0].endswith("ing") for form in PARTICIPLES)  # (what the scout relies on)
    forms = sorted(PARTICIPLES)
    words = ["he", "said,", "the", "talks", "re-adding", "adding’s", "singing", "_adding", "Adding", "ing", "-ing",
             "pointing-out", "thing", "\n", "—", "x"]
    rng = random.Random(0)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(words + forms[:60] + [rng.choice(forms)]) + rng.choice([" ", "  ", "", "\n", "\t", "’"])
                       for _ in range(rng.randint(1, 30)))
        s = rng.randrange(len(text) + 1)
        e = rng.randint(s, len(text))
        expected = [m.span() for m in PARTICIPLE_RE.finditer(text, s, e)]
        assert [m.span() for m in word_ending_scouted(PARTICIPLE_RE, text, s, e, _ING_END)] == expected, (text, s, e)
        found += len(expected)
    assert found > 1000


def test_a_spans_speech_verbs_are_the_ones_finditer_finds_in_it_whether_taken_from_the_whole_text_or_not():
    from stance.extract.document import Document
    from stance.extract.vocabulary import REPORTED_RE

    words = ["said", "told reporters", "told", "went on to say", "say", "says", "tanks", "warned", "he", "The", "minister",
             "talks", "Said", "resaid", "said-so", "x", "3", "wrote", "claimed", "insisted", "expressed hope", "hope",
             "expressed", "voiced", "said tanks"]  # ("expressed hope" holds a verb of its own: "hope")
    marks = [" ", " ", "  ", "\n", "\n\n", ". ", ", ", "; ", "", "”", ".\n", " — ", "\t"]
    rng = random.Random(0)
    found = whole = 0
    for _ in range(300):
        text = "".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randint(1, 40)))
        doc = Document(text)
        for _ in range(20):
            s = rng.randrange(len(text) + 1)
            e = rng.randint(s, len(text))
            if rng.random() < 0.5:  # (most spans the extractor asks about are sentences, which end in a mark)
                e = max(s, next((k + 1 for k in range(e - 1, s - 1, -1) if text[k] in ".;,”"), s))
            expected = [m.span() for m in REPORTED_RE.finditer(text, s, e)]
            assert [m.span() for m in doc.reported_verbs(s, e)] == expected, (text, s, e)
            found += len(expected)
            whole += e < len(text) and text[e - 1:e] in ".;,”"
    assert found > 1000 and whole > 1000


def test_whether_a_phrase_names_a_document_is_answered_as_the_pattern_ignoring_case_answers_it():
    from stance.extract.issuers import _DOCUMENT_WORD, _holds_document_word

    pieces = ["statement", "STATEMENT", "State", "ment", "Readout", "release", "RELEASE", "communiqu", "Communiqué",
              "ſtatement", "releaſe", "\u212aey", "İ", "the", " ", "office's", "reaDOUT"]
    rng = random.Random(0)
    found = 0
    for _ in range(5000):
        seg = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        expected = _DOCUMENT_WORD.search(seg) is not None
        assert _holds_document_word(seg) == expected, seg
        found += expected
    assert found > 1000


def test_where_words_stand_is_where_finditer_finds_them_overlapping_words_included():
    from stance.extract.scan import _word_starts

    rng = random.Random(0)
    for _ in range(3000):
        text = "".join(rng.choice(["a", "b", "aa", " ", "call", "ca", "ll"]) for _ in range(rng.randint(0, 30)))
        words = tuple(rng.sample(["aa", "a", "ab", "call", "ll", "b"], rng.randint(1, 3)))
        expected = sorted({m.start() for w in words for m in re.finditer(re.escape(w), text)})
        assert _word_starts(text, words) == expected


def test_the_last_document_before_a_statement_is_the_one_a_search_of_its_paragraphs_finds():
    # (joint_document reads a long paragraph back a stretch at a time; the answer is the whole search's)
    from stance.extract.document import Document
    from stance.extract.issuers import _ANY_DOCUMENT, joint_document

    words = ["the", "joint", "statement", "statements", "Joint\nstatement", "communiqué", "declaration", "said", "3",
             "sides", "“a", "statement”", "joint", "talks", "x" * 700, "ſtatement"]
    rng = random.Random(0)
    joint = 0
    for _ in range(200):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", ", ", ". ", "\n\n", "  "]) for _ in range(rng.randint(1, 60)))
        doc = Document(text)
        for _ in range(10):
            start = rng.randrange(len(text) + 1)
            lo = doc.paras[max(0, doc.para_of(start) - 3)][0]
            last = None
            for m in _ANY_DOCUMENT.finditer(text, lo, start):
                if not doc.in_quote(m.start()):
                    last = m
            expected = last is not None and last.group(1) is not None
            assert joint_document(doc, start) == expected, (text, start)
            joint += expected
    assert joint > 100


def test_a_joint_statement_long_before_the_statement_is_read_whole_across_the_stretch_it_straddles():
    from stance.extract.document import Document
    from stance.extract.issuers import joint_document

    head = "Both sides issued a joint statement"
    at = head.index("statement")
    text = head + " and talks" * 300
    text = text[:at + 1999]  # (the stretch read first, 2,000 characters back, opens inside "statement")
    assert joint_document(Document(text), len(text)) is True
