"""Find who said what in news articles: direct quotes and reported speech, each with its speaker.

:func:`extract_text` turns one article (a string) into statement records; :func:`extract_paths` reads
plain-text or HTML articles from files, folders or stdin and yields the same records.

A record has ``id`` (stable for the same article text and span), ``article``, ``paragraph`` (1-based),
``start``/``end`` (character offsets of the statement in the article text, after BOM removal and with
line endings as ``\\n``; for HTML, in the extracted body text), ``text``, ``speaker`` (canonical
name; null when the mention could not be resolved), ``speaker_mention`` (as written), ``resolved``
(whether it was), ``direct`` (in quotation marks or reported), ``cue`` (the
speech verb, or "according to") and ``context`` (the sentence or sentences around it).

Rule-based and standard-library only: no parser, no model. The package has one module per job:

- ``source``: reading files, folders, stdin and HTML;
- ``vocabulary``: the word lists (speech verbs, titles, roles, words that are never names); ``geography``: countries
  and places of two or three words;
- ``layout``: paragraphs and sentences;
- ``quotes``: pairing quotation marks into quotes;
- ``names``: name runs and what each names (a person, an organisation, a title);
- ``persons``: a name's canonical form in the article (an acronym spelt out, a surname's full name), and whether
  it is a person;
- ``registry``: the article's registry of people, organisations and roles, built once from the names; ``positions``:
  whether a name stands where its sentence's subject does (who "he" may be next);
- ``speakers``: parsing a speaker phrase ("Kremlin spokesman Dmitry Peskov", "the union", "he"); ``placed``: a person
  named with a place, a body or a title around the name ("Hakeem Jeffries of New York");
- ``issuers``: who speaks through a body or a document ("Netanyahu's office", "a statement from X");
- ``resolution``: what a parsed phrase stands for (one canonical speaker per person or body);
- ``holders``: who holds a role ("the minister": the person the article named with it); ``roles``: what a phrase that
  names no one stands for (a role's holder, the body of a kind, a document's issuer);
- ``nearest``: who "he", "she" or "his office" stands for (the person named or speaking last);
- ``groups``: the body "the union", "the airline" or "the memorandum" stands for, and the parties to a joint document;
  ``unions``: unions named by a short name or an acronym, and the two "the unions" are;
- ``clauses``: where a speech verb's content clause starts;
- ``subjects``: who speaks before a speech verb, past a relative clause or an aside;
- ``appositives``: the name among the comma-separated pieces before the verb ("X, a military analyst, told");
- ``transcripts``: interviews, parliamentary records and other speaker-labelled text;
- ``turn_speakers``: who each turn label names, who chairs, who is interviewed;
- ``sourced``: "according to X" and state-agency passives;
- ``attribution``: who said a quote;
- ``candidates``: a statement before its speaker is resolved, and what all kinds share;
- ``direct``: quotes, transcript turns and quoted words woven into a sentence;
- ``reported``: reported speech and characterisations; ``participles``: statements a participle opens (", adding
  that ...");
- ``asides``: attributions set in the middle of what was said ("..., she said, ...");
- ``records``: resolution in reading order, and the output records;
- ``owners``: who a statement without its own subject belongs to ("..., adding that"), and what is found so far;
- ``scan``: searching a long text for a pattern that opens with an assertion;
- ``document``: the indexed article they all read.
"""

from __future__ import annotations

import gc
import re
import sys
from typing import Iterable, Iterator

from stance.errors import DataError
from stance.extract.candidates import MAX_STATEMENT_CHARS
from stance.extract.direct import (
    direct_candidates,
    embedded_candidates,
    transcript_candidates,
)
from stance.extract.document import Document
from stance.extract.names import fold
from stance.extract.records import to_records
from stance.extract.reported import reported_candidates
from stance.extract.source import (
    ARTICLE_SUFFIXES,
    article_text,
    decode_article,
    html_to_text,
    iter_article_paths,
    looks_like_html,
    normalise_text,
)
from stance.extract.transcripts import INTERVIEWER

__all__ = ["COLUMNS", "MAX_ARTICLE_CHARS", "MAX_STATEMENT_CHARS", "ARTICLE_SUFFIXES", "extract_text",
           "extract_paths", "article_text", "decode_article", "html_to_text", "iter_article_paths",
           "looks_like_html", "normalise_text"]

COLUMNS = ["id", "article", "paragraph", "start", "end", "speaker", "speaker_mention", "resolved", "direct",
           "cue", "text", "context"]
#: Larger articles are refused: 20 million characters is a book shelf, not a news story.
MAX_ARTICLE_CHARS = 20_000_000


def extract_text(text: str, article: str = "article") -> list[dict]:
    """The attributed statements in one article's text, in reading order."""
    # An extraction allocates hundreds of thousands of small objects that all live until it returns: the cyclic
    # collector's passes over them cost about a twentieth of the time (scripts/bench_extract.py's hostile text),
    # and free nothing it would not free once the article is done, when it runs again
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _extract_text(text, article)
    finally:
        if paused:
            gc.enable()


def _extract_text(text: str, article: str) -> list[dict]:
    text = normalise_text(text)
    if not text.strip():
        return []
    if len(text) > MAX_ARTICLE_CHARS:
        raise DataError(f"article too large ({len(text):,} characters; limit {MAX_ARTICLE_CHARS:,})", path=article)
    doc = Document(text)
    turns = transcript_candidates(doc)
    # inside a transcript's turn, what the speaker says of others is a statement of its own ("He told Reuters
    # that ..."); the speaker's own words in the first person, or an unattributed quote, are the turn itself
    turn_spans = [(c.start, c.end) for c in turns if c.fixed_speaker != INTERVIEWER]
    cands = turns + [c for c in direct_candidates(doc) if _nested_ok(c, turn_spans)]
    # a verb that attributes a quote is not also reported speech, unless a clause follows ("said he ...")
    # ('...a long time.” He said part of the appeal was ...': a verb opening a sentence of its own after the quote
    # attributes the quote and says more)
    consumed = {c.cue_span[0] for c in cands if c.cue_span[0] >= 0
                and not re.match(r"\s+(?:that|he|she|they|it|we|the|his|her|their|its|our|both|all|there|these|those)\b",
                                 text[c.cue_span[1]:c.cue_span[1] + 8])
                and not (c.direct and c.cue_span[0] > c.end and _NEW_SENTENCE.search(text, max(0, c.end - 2), c.cue_span[0])
                         and not _ENDS_CLAUSE.match(text, c.cue_span[1]))}
    # turns do not cover their text: reported speech inside a turn or a question still counts
    cands += [c for c in reported_candidates(doc, [c for c in cands if c.fixed_speaker is None], consumed)
              if _nested_ok(c, turn_spans)]
    cands += [c for c in embedded_candidates(doc, [c for c in cands if c.fixed_speaker is None])
              if _nested_ok(c, turn_spans)]
    cands = [c for c in cands if not c.swallowed]
    cands.sort(key=lambda c: (c.key, c.start))
    doc.set_statements([(c.start, c.end) for c in cands if not c.direct])
    records = to_records(doc, cands, article)
    # "MORENO: He says he has always been a man of principle": inside a turn, what its own speaker says is the turn
    own = [(c.start, c.end, _last_word(c.fixed_speaker)) for c in turns if c.fixed_speaker]
    return [r for r in records if not any(a <= r["start"] and r["end"] <= b and (r["start"], r["end"]) != (a, b)
                                          and _last_word(r["speaker"]) == who for a, b, who in own)]


#: A quote that ends its sentence, then the next sentence's subject: `time.” He said`.
_NEW_SENTENCE = re.compile(r"[.!?][”\"’»]?[ \t]+[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}[ \t]+$")
#: What may follow a verb that attributes the quote before it: the sentence's end, or a time, place or manner
#: ("said on Tuesday.", "added in a statement."), not a clause ("He said part of the appeal was ...").
_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;!?:]|$|(?:on|in|at|during|after|before|to|when|while|from|last|this|yesterday|today|"
                          r"earlier|later|afterwards|again|then|also|as|with|via|through|by|over|reporters|journalists)\b)")


def _last_word(name: str | None) -> str:
    return fold(name).split()[-1] if name and name.split() else ""


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


#: Speakers who are the turn's own voice, not someone it reports.
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}


def _nested_ok(c, turn_spans: list[tuple[int, int]]) -> bool:
    if not _inside(c.start, turn_spans):
        return True
    # ("Well, look, I think ...", "As Chair of the Committee, I say ...": the turn's own voice after an opening)
    return c.speaker is not None and (c.speaker.mention.lower().split() or [""])[-1].strip(",") not in _FIRST_PERSON


def extract_paths(paths: Iterable[str], *, stdin_name: str = "<stdin>") -> Iterator[dict]:
    """Statements from article files, folders of them, or stdin ("-"), article after article."""
    for p in iter_article_paths(paths):
        if p == "-":
            data = sys.stdin.buffer.read()
            name = stdin_name
        else:
            try:
                with open(p, "rb") as f:
                    data = f.read(MAX_ARTICLE_CHARS * 4 + 1)
            except OSError as exc:
                raise DataError(exc.strerror or str(exc), path=p) from None
            name = p
        if len(data) > MAX_ARTICLE_CHARS * 4:
            raise DataError("file too large for an article", path=name)
        text = article_text(data, name)
        try:
            yield from extract_text(text, article=name)
        except DataError as exc:
            if exc.path is None:
                exc.path = name
            raise
