"""Turn labels in a record layout nobody wrote a pattern for, learned from the record itself.

Every legislature prints its turn labels its own way: "Mr. Filmus.– ", "KLYUYEV A.P., First Vice Prime Minister
of Ukraine. ", "◯Speaker Woo Won-shik  ", "Ivar Kristiansen (H) [12:34:22] (rapporteur): ". What they share is
the shape: a paragraph opens with a short run of capitalised words, initials and brackets (a name, an office, a
party, a time), then one separator, then the speech. A document is read this way only when one separator opens
three paragraphs at least, under two labels at least, and two of those labels name someone (an honorific, a
title, a bracket, a surname in capitals or a person the article names): ordinary news has no such run of
paragraphs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stance.extract.names import fold
from stance.extract.vocabulary import HONORIFICS, HUMAN_ROLES

if TYPE_CHECKING:
    from stance.extract.document import Document

#: Capital letters, for a character class: Latin-1's and Latin Extended-A's ("Ž. PAVILIONIS", "Ş", "Ł"), and Romanian's "Ș", "Ț".
CAPITALS = "A-ZÀ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
#: What may open a label before its words: a Korean or Japanese record's circle, a Swedish speech number ("Anf. 12").
_MARKER = re.compile(r"[○◯][ \t]*|Anf\.[ \t]*\d{1,3}[ \t]+|\d{1,3}\.[ \t]+")
#: One word of a label: a capitalised word, initials ("A.P.", "S."), a bracket, or a joiner inside a name or office.
_TOKEN = re.compile(rf"(?:[{CAPITALS}]\.){{0,2}}[{CAPITALS}](?=\.)|[{CAPITALS}][\w’'-]*|"
                    r"\((?:[^()\n]|\([^()\n]{1,10}\)){1,120}\)"
                    r"|\[[^\[\]\n]{1,60}\]|(?:of|for|the|and|on|de|del|la|y|e|van|von|der|den|da|di|du|le|al|bin|zu|af)"
                    r"(?![\w’'-])|(?<=\)[ \t])[a-z]{3,12}(?=[ \t]*:)"  # ("JÖRGEN BERGLUND (M) replik:": a note)
                    r"|(?<=[A-Za-z][ \t])(?:officer|speaker|chair|chairman|chairwoman)(?=[.:])")  # ("Presiding officer.")
#: Between two words: a space, or a comma before an office ("KLYUYEV A.P., First Vice Prime Minister").
_GAP = re.compile(r",?[ \t]+|(?<=\.)(?=[A-Z(])|(?<=\))(?=[(\[])")
#: The separators a record may put after its labels, each with its kind.
_SEPARATORS = (
    ("colon", re.compile(r"[ \t]*:[ \t]+(?=\S)")),
    ("stop-dash", re.compile(r"\.[ \t]*[–—-][ \t]*(?=\S)")),
    ("dash", re.compile(r"[ \t]+[–—-][ \t]+(?=\S)")),
    ("stop", re.compile(r"\.[ \t]+(?=\S)")),
    ("wide", re.compile(r"[ \t]*\u3000+[ \t]*(?=\S)|[ \t]{2,}(?=\S)")),
)
_SEPARATOR_STARTS = frozenset(":.–—- \t\u3000")
_INITIALS = re.compile(rf"(?:[{CAPITALS}]\.)*[{CAPITALS}]")
_LOWER = re.compile(r"[a-zà-ÿ]")
#: A paragraph that is only a surname, initials and what the speaker is, ending in a full stop: "Rudenko A. Yu.,
#: official representative of the President ...", "Sorokin G. I., CPRF faction."
_SURNAME_INITIALS = re.compile(r"[ \t]*(?P<label>[A-ZÀ-Þ][\w’'-]+(?:[ \t]+[A-ZÀ-Þ][a-z]?\.){1,3})(?:,[ \t]+[^\n]{2,240})?"
                               r"(?<=\.)[ \t]*")
_ENDS_IN_COLON = re.compile(r":[ \t]*$")
#: Words after which a full stop is an abbreviation's, not a separator ("Mr. Filmus", "Sr. Presidente").
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sr", "sra", "srta", "st", "hon", "sen", "rep", "dip", "no", "nr", "gen", "gov",
                  "prof", "rev", "lt", "col", "capt", "jr", "sgt", "anf", "mme", "m", "h", "ing", "lic", "arq", "abg"}
_JOINERS = {"of", "for", "the", "and", "on", "de", "del", "la", "y", "e", "van", "von", "der", "den", "da", "di", "du", "le",
            "al", "bin", "zu", "af"}
_MAX_WORDS = 24


class LearnedLabel:
    """A label found at a paragraph's start: ``group("label")``, ``start()``, ``end()`` (where the speech begins)."""

    re = None

    def __init__(self, start: int, label: str, end: int, kind: str):
        self._start, self._label, self._end, self.kind = start, label, end, kind

    def group(self, name: str = "label") -> str:
        return self._label

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def match_label(text: str, a: int, b: int, alone: bool = False) -> LearnedLabel | None:
    """The label-shaped opening of the paragraph [a, b) and its separator's kind, or None; with ``alone``, a label
    that is the whole paragraph, ending in a colon ("Anf. 61  ARON EMILSSON (SD):", the speech below it)."""
    surname = _SURNAME_INITIALS.fullmatch(text, a, b)
    if surname:  # "Rudenko A. Yu., official representative of the President ...": a State Duma record's label, alone
        return LearnedLabel(a, surname.group("label"), b, "alone") if alone else None
    if alone and not _ENDS_IN_COLON.search(text, max(a, b - 8), b):
        return None
    i = a
    m = _MARKER.match(text, i, b)
    if m:
        i = m.end()
    start, words, fallback = i, [], None
    while len(words) < _MAX_WORDS:
        m = _TOKEN.match(text, i, b)
        if not m:
            return fallback
        words.append(m.group())
        i = m.end()
        # "Mr. ", "V.M. LYTVYN": an abbreviation's or initials' full stop, not a separator; initials after a surname
        # end the label unless a longer one follows ("KLYUYEV A.P. I will answer that." / "THE SPEAKER S. WEISS:")
        initials = _INITIALS.fullmatch(words[-1]) is not None
        found = None
        if not text.startswith(".", i) or not (fold(words[-1]) in _ABBREVIATIONS or initials) \
                or _SEPARATORS[1][1].match(text, i, b):
            found = _separated(text, start, i, b, words, alone)
        elif initials and len(words) >= 2 and len(words[-2]) > 2 and fold(words[-2]) not in _ABBREVIATIONS:
            fallback = _separated(text, start, i, b, words, alone) or fallback
        if found:
            return found
        if text.startswith(".", i) and (initials or fold(words[-1]) in _ABBREVIATIONS):
            i += 1
        g = _GAP.match(text, i, b)
        if not g:
            return fallback
        i = g.end()
    return fallback


def _separated(text: str, start: int, i: int, b: int, words: list[str], alone: bool) -> LearnedLabel | None:
    """The label [start, i) when a separator follows it, and words in lower case after that ("PRIME MINISTER Y.
    RABIN:" is a label alone, not "PRIME MINISTER Y" saying "RABIN:")."""
    if alone:
        return LearnedLabel(start, text[start:i], b, "alone") if text[i:b].strip() == ":" and _shaped(words) else None
    if i >= b or text[i] not in _SEPARATOR_STARTS:
        return None
    for kind, sep in _SEPARATORS:
        s = sep.match(text, i, b)
        if s and _shaped(words) and _LOWER.search(text, s.end(), b):
            return LearnedLabel(start, text[start:i], s.end(), kind)
    return None


def _shaped(words: list[str]) -> bool:
    bare = [w for w in words if w[:1] not in "(["]
    return bool(bare) and bare[0] not in _JOINERS and any(len(w.strip(".")) >= 2 and fold(w) not in _JOINERS
                                                          for w in bare)


def learned_label(doc: Document, a: int, b: int, alone: bool = False) -> LearnedLabel | None:
    """The paragraph's label, when its separator is the one the document's labels use (see the module's note)."""
    kinds = doc.fit_memo.get("learned_kinds")
    if kinds is None:
        kinds = doc.fit_memo["learned_kinds"] = _record_kinds(doc)
    if not kinds:  # (most articles: no record layout, nothing more to read)
        return None
    m = doc.fit_memo["learned_at"].get((a, alone), False)
    if m is False:
        m = match_label(doc.text, a, b, alone)
    return m if m is not None and m.kind in kinds else None


def _record_kinds(doc: Document) -> set[str]:
    by_kind: dict[str, list[str]] = {}
    found = doc.fit_memo["learned_at"] = {}  # (paragraph start, alone) -> its label, asked again by learned_label
    for a, b in doc.paras:
        m = found[a, False] = match_label(doc.text, a, b)
        if m is None:
            m = found[a, True] = match_label(doc.text, a, b, alone=True)
        if m is not None:
            by_kind.setdefault(m.kind, []).append(m.group())
    return {kind for kind, labels in by_kind.items()
            if len(labels) >= 3 and len({fold(x) for x in labels}) >= 2
            and len({fold(x) for x in labels if _names_someone(doc, x)}) >= 2}


def _names_someone(doc: Document, label: str) -> bool:
    if re.search(r"[(\[]", label):
        return True
    words = [fold(w).rstrip(".") for w in label.split()]
    return any(w in HONORIFICS or w in HUMAN_ROLES or w in _MEMBER_WORDS or w in doc.persons for w in words) or any(
        len(w) >= 3 and w.isupper() for w in label.split())


#: What names someone besides an honorific or a role ("Member Chun Ha-ram", "Sr. Presidente", "Hon. X").
_MEMBER_WORDS = {"member", "sr", "sra", "hon"}
