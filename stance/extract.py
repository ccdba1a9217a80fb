"""Find who said what in news articles: direct quotes and reported speech, each with its speaker.

:func:`extract_text` turns one article (a string) into statement records; :func:`extract_paths` reads
plain-text or HTML articles from files, folders or stdin and yields the same records.

A record has ``id`` (stable for the same article text and span), ``article``, ``paragraph`` (1-based),
``start``/``end`` (character offsets of the statement in the article text, after BOM removal and with
line endings as ``\\n``; for HTML, in the extracted body text), ``text``, ``speaker`` (canonical
name), ``speaker_mention`` (as written), ``direct`` (in quotation marks or reported), ``cue`` (the
speech verb, or "according to") and ``context`` (the sentence or sentences around it).

Rule-based and standard-library only: no parser, no model. It knows English news conventions
(quote marks of both kinds, attribution before, after or inside a quote, pronouns and job titles,
quotes continued over paragraphs, "X said that ...", "according to X, ...").
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from stance.errors import DataError

COLUMNS = ["id", "article", "paragraph", "start", "end", "speaker", "speaker_mention", "direct",
           "cue", "text", "context"]
#: Larger articles are refused: 20 million characters is a book shelf, not a news story.
MAX_ARTICLE_CHARS = 20_000_000
#: A "statement" longer than this is a run-on or a parsing accident, not something a person said.
MAX_STATEMENT_CHARS = 6000
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# --- vocabulary ----------------------------------------------------------------------------------------
# Speech verbs: the union of the lists used by textacy's direct-quotation extractor, the Gender Gap
# Tracker's quote_verb_list and rsyntax's English say-verbs, minus verbs that mostly are not speech
# in news ("present", "release", "show", "call", "order"), plus common news verbs they miss.
_SPEECH_LEMMAS = """
say tell add note stress emphasize emphasise insist argue claim assert state declare announce confirm
deny admit acknowledge concede explain warn predict promise pledge vow suggest recall reiterate repeat
reply respond retort answer remark comment observe mention report write tweet conclude believe think
hint allege contend maintain complain caution estimate inform assure reassure signal indicate underline
underscore highlight testify recount quip joke boast lament concur counter object protest demand propose
recommend advise exclaim proclaim affirm disclose reveal clarify elaborate agree disagree charge accuse
threaten fear hope expect feel urge acclaim decry denounce dispute reckon restate reassert reconfirm
retell criticize criticise describe point_out forecast posit speculate stipulate
"""
# Cues that only attribute a direct quote ("...," she continued / reads the statement / X quoted Y).
_QUOTE_ONLY_LEMMAS = "continue ask read quote post shout go_on sum_up put"
# Verbs that take a clause without "that" in news style ("Trump said he would ...").
_BARE_LEMMAS = {"say", "tell", "add", "think", "believe", "write", "claim", "insist", "argue", "warn",
                "predict", "feel", "suggest", "tweet", "report", "estimate", "reckon", "hint", "concede",
                "admit", "acknowledge", "confirm", "announce", "promise", "vow", "stress"}
_IRREGULAR = {
    "say": ["say", "says", "said"], "tell": ["tell", "tells", "told"], "think": ["think", "thinks", "thought"],
    "write": ["write", "writes", "wrote"], "feel": ["feel", "feels", "felt"], "read": ["reads"],
    "admit": ["admit", "admits", "admitted"], "concur": ["concur", "concurs", "concurred"],
    "quip": ["quip", "quips", "quipped"], "object": ["object", "objects", "objected"],
    "put": ["put it", "puts it"], "go_on": ["went on", "goes on"], "sum_up": ["summed up", "sums up"],
    "retell": ["retells", "retold"],
    "signal": ["signal", "signals", "signaled", "signalled"], "forecast": ["forecast", "forecasts"],
}


def _forms(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if "_" in lemma:  # particle verbs: "point out"
        verb, particle = lemma.split("_", 1)
        return [f"{f} {particle}" for f in _forms(verb)]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed"]
    return [lemma, lemma + "s", lemma + "ed"]


def _verb_table(lemmas: Iterable[str]) -> dict[str, str]:
    return {form: lemma.replace("_", " ") for lemma in lemmas for form in _forms(lemma)}


_REPORTED_VERBS = _verb_table(_SPEECH_LEMMAS.split())
_DIRECT_VERBS = {**_REPORTED_VERBS, **_verb_table(_QUOTE_ONLY_LEMMAS.split())}


def _verb_regex(table: dict[str, str]) -> re.Pattern:
    alts = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts) + r")(?![\w-])")


_REPORTED_RE = _verb_regex(_REPORTED_VERBS)
_DIRECT_RE = _verb_regex(_DIRECT_VERBS)

_HUMAN_ROLES = set("""
president minister secretary spokesperson spokesman spokeswoman analyst expert diplomat politician leader
head chief director official officials envoy adviser advisor ambassador chairman chairwoman chair negotiator
mediator governor mayor senator lawmaker chancellor commissioner representative economist professor premier
delegate commander general executive ceo secretary-general organizer organiser steward manager lawyer
attorney observer researcher fellow strategist editor-in-chief editor prosecutor judge deputy aide king
prince pope founder activist historian scientist consultant coordinator arbitrator facilitator emissary
rapporteur boss speaker minister-president vice-president superintendent administrator treasurer
colonel major captain lieutenant sergeant admiral marshal commandant secretary-treasurer
""".split())
_ORG_ROLES = set("""
statement union company ministry government administration office agency newspaper outlet committee
council commission authority association federation management employer firm group alliance bloc
coalition board department cabinet parliament organization organisation delegation embassy presidency
service secretariat team party movement communique communiqué declaration letter report memo website
kremlin channel broadcaster
""".split())
_ROLE_SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "head": "leader",
                  "chief": "leader", "chairman": "leader", "chairwoman": "leader", "chair": "leader",
                  "advisor": "adviser", "u.s.": "us", "usa": "us", "american": "us", "officials": "official",
                  "organiser": "organizer", "organisation": "organization"}
# Capitalised words that are titles, institutions or places: stripped from the front of a name
# ("US President Donald Trump" -> "Donald Trump") and never a person's name on their own.
_PREFIX_WORDS = set("""
president vice prime minister foreign secretary state chief deputy spokesman spokeswoman spokesperson
director head leader chairman chairwoman chair general secretary-general ambassador envoy special senator
governor mayor chancellor commissioner representative rep sen gov gen lt col capt adm sgt king queen prince
pope premier judge justice attorney professor prof dr mr mrs ms miss sir dame lord lady cabinet defense
defence interior finance treasury trade affairs economy economic labor labour justice health energy
office ministry department presidential white house kremlin pentagon national security international
council commission committee union party federation association authority agency center centre institute
university school conference group alliance bank fund court parliament senate congress assembly
government administration board company corporation inc ltd corp news times post journal press tass
reuters bbc afp ria novosti bloomberg izvestia belta cnn
us u.s. usa uk eu un nato russia russian ukraine ukrainian america american united states kingdom
germany german france french china chinese japan japanese hungary hungarian poland polish italy italian
spain spanish britain british europe european european-union canada canadian india indian iran iranian
israel israeli turkey turkish qatar qatari egypt egyptian saudi arabia gaza brussels washington moscow
kiev kyiv london paris berlin beijing munich geneva middle east west north south central eastern western
northern southern oval social truth workers port harbor harbour city county district region province
""".split())
_ORG_TAIL = set("""union council commission committee party federation association authority agency center
centre institute university school conference group alliance bank fund court parliament senate congress
assembly government administration board company corporation inc ltd corp ministry office department
service news times post journal press house kremlin pentagon states kingdom nations east west arabia
organization organisation workers airlines motors industries partners front programme program army forces
movement mission corps service coalition network foundation society trust club league tribunal brigade
militia command guard""".split())
_STOP_CAPS = set("""
the a an and but or nor yet so for in on at to of by with from as if when while after before since until
because although though however meanwhile moreover furthermore nevertheless still also then now earlier
later today yesterday tomorrow this that these those there here it its he she they we i you his her their
our my your him them us me who what where which why how speaking according asked asked, some many most
all both each every several few other others another no not one two three four five six seven eight nine
ten first second third last next mr. mrs. ms. dr. monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december just only even
once about over under despite during without within among between against toward towards instead again
photos photo follow read watch listen share subscribe advertisement related
observers analysts officials diplomats critics experts economists sources residents workers people
supporters opponents lawmakers members protesters witnesses authorities investors traders farmers
employees growers drivers negotiators mediators leaders governments delegates participants organizers
""".split())
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "mr.", "mrs.", "ms.", "dr.", "prof."}
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "sr", "jr", "gen", "gov", "sen", "rep", "lt", "col", "capt",
                  "adm", "sgt", "prof", "no", "vs", "etc", "inc", "ltd", "corp", "co", "jan", "feb", "mar",
                  "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx"}
_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
_PREPOSITIONS = {"by", "with", "to", "of", "from", "for", "between", "about", "on", "at", "in", "into",
                 "against", "toward", "towards", "among", "than", "like", "as", "via", "without", "under",
                 "over", "after", "before", "through", "thanked", "called", "invited", "met", "urged",
                 "asked", "told", "and", "or", "nor"}
_SUBJECT_TRAIL = re.compile(
    r"(?:\s+(?:also|has|have|had|previously|later|earlier|again|repeatedly|then|once|further|publicly|"
    r"reportedly|firmly|strongly|recently|already|only|even|would|will|did|does|do|not|never|clearly|"
    r"openly|separately|likewise|similarly|flatly|bluntly|simply|quickly|immediately|privately|"
    r"initially|subsequently|formally|officially|still|too|however|herself|himself|themselves|itself|"
    r"has\s+since|on\s+\w+day|last\s+\w+|this\s+\w+|late\s+\w+|early\s+\w+|in\s+a\s+statement|"
    r"in\s+an\s+interview|at\s+a\s+(?:news\s+)?(?:briefing|press\s+conference|rally)))+\s*$",
    re.IGNORECASE)
_CLAUSE_STARTERS = {"he", "she", "it", "they", "we", "i", "there", "this", "these", "those", "the", "a",
                    "an", "his", "her", "their", "its", "our", "no", "some", "all", "any", "both", "neither",
                    "nothing", "everything", "everyone", "nobody", "talks", "negotiations", "workers",
                    "such", "any", "none", "one", "his", "you", "russia", "ukraine"}
_NOT_CLAUSE = {"in", "on", "at", "to", "about", "with", "for", "from", "during", "after", "before", "by",
               "of", "as", "over", "through", "into", "via", "upon", "while", "when", "goodbye", "hello",
               "nothing", "so", "yes", "no", "thanks", "sorry", "something", "anything", "little", "much",
               "more", "less", "goodbye", "a", "an"}
_RELATIVE_NEXT = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may",
                  "might", "should", "must", "does", "did", "do", "being", "been"}
_FEMALE_NAMES = set("""
annalena karoline ursula kaja kamala hillary nancy angela theresa liz giorgia marine maria mary anna
elena olena iryna yulia julia natalia natalya olga svetlana tatiana maria sarah sara emma laura linda
susan karen lisa jennifer jessica amanda rachel rebecca catherine katherine kate claire sophie marie
anne helen margaret ruth grace alice emily hannah priya aisha fatima leila amina ana carmen lucia rosa
isabel ines ingrid kristin christine christina ngozi kristalina antonia mette sanna jacinda frederiksen
agnes beatriz nadia dolores wendy diane denise janet joan judith martha patricia sandra sharon tamara
""".split())
_MALE_NAMES = set("""
donald vladimir joe barack dmitry dmitri sergei sergey andrei andriy volodymyr emmanuel olaf friedrich
keir boris marco john michael david james robert william richard thomas mark paul peter péter steven
igor tigran farhan yoshimasa florian pete keith scott mike jd j.d. xi li recep benjamin mohammed
ahmed ali hassan omar luca nikita ilya sasha andrea joshua jean pierre francois françois carlos luis
jose josé juan miguel antonio marco giuseppe hans karl stefan tom tim jim bill bob ben sam dan daniel
frank george henry jack kevin brian gary larry ryan eric jason matthew andrew anthony charles chris
christopher edward ronald kenneth
""".split())

_DQ = '"“”„«»'
_OPEN_GLYPHS = "“„«"
_CLOSE_GLYPHS = "”»"
_WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_](?:[\w’'\-]*\w)?(?:[’']s\b)?\.?|\d[\w.,:-]*\w|\S")


def _fold(s: str) -> str:
    """Lowercase without accents, so "Szijjarto" finds "Szijjártó"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def _norm_role(word: str) -> str:
    w = _fold(word.strip(".,;:’'"))
    return _ROLE_SYNONYMS.get(w, w)


# --- data ----------------------------------------------------------------------------------------------

@dataclass
class _Quote:
    open: int                     # index of the opening mark
    close: int | None             # index of the closing mark (None: never closed)
    pieces: list[tuple[int, int]]  # content spans (one per paragraph it runs over)
    para: int
    embedded: bool = False


@dataclass
class _Speaker:
    kind: str          # name | role | pronoun | list
    mention: str
    start: int
    end: int
    special: str = ""  # "quote": the real speaker follows the verb ("TASS quoted Trump as saying")


@dataclass
class _Cand:
    key: int           # where the attribution is anchored for pronoun resolution
    start: int
    end: int
    text: str
    direct: bool
    cue: str
    cue_span: tuple[int, int]
    speaker: _Speaker | None
    para: int
    extra: list[tuple[int, int]] = field(default_factory=list)  # spans also covered (split quotes)
    inherit: bool = False


# --- the article model ---------------------------------------------------------------------------------

class _Article:
    def __init__(self, text: str):
        self.text = text
        self.tokens = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
        self._tok_starts = [t[0] for t in self.tokens]
        self.paras = _paragraphs(text)
        self._para_starts = [a for a, _ in self.paras]
        self.quotes = self._find_quotes()
        self.qspans = sorted((q.open, (q.close if q.close is not None else q.pieces[-1][1]) + 1) for q in self.quotes)
        self._qsorted = sorted(self.quotes, key=lambda q: q.open)
        self._qopens = [q.open for q in self._qsorted]
        self._qstarts = [a for a, _ in self.qspans]
        self.sentences = self._sentences()
        self._sent_starts = [a for a, _ in self.sentences]
        self.persons: dict[str, str] = {}       # folded last name or full name -> canonical full name
        self.orgs: list[tuple[int, str]] = []   # (position, org name)
        self.roles: list[tuple[int, set[str], str]] = []  # (position, role words, person)
        self.salient: list[tuple[int, str]] = []  # (position, person) in subject position, outside quotes
        self._org_by_last: dict[str, str] = {}
        self._build_registry()
        self._role_pos = [r[0] for r in self.roles]
        self._org_pos = [o[0] for o in self.orgs]
        self._sal_pos = [x[0] for x in self.salient]
        self._org_by_last = {}
        for _, org in self.orgs:
            self._org_by_last.setdefault(_fold(org.split()[-1]), org)

    # positions ------------------------------------------------------------------------------------------
    def in_quote(self, i: int) -> bool:
        from bisect import bisect_right
        k = bisect_right(self._qstarts, i) - 1
        return k >= 0 and self.qspans[k][0] <= i < self.qspans[k][1]

    def para_of(self, i: int) -> int:
        from bisect import bisect_right
        k = bisect_right(self._para_starts, i) - 1
        return max(k, 0)

    def sentence_of(self, i: int) -> tuple[int, int]:
        from bisect import bisect_right
        k = max(bisect_right(self._sent_starts, i) - 1, 0)
        return self.sentences[k] if self.sentences else (0, len(self.text))

    # quotes ---------------------------------------------------------------------------------------------
    def _marks(self, a: int, b: int):
        t = self.text
        for m in re.finditer(f"[{_DQ}]", t[a:b]):
            i = a + m.start()
            ch = t[i]
            prev = t[i - 1] if i > a else " "
            nxt = t[i + 1] if i + 1 < b else " "
            can_open = (not nxt.isspace() and nxt not in ".,;:!?)]" and
                        (prev.isspace() or prev in "([{—–-/:;,.!?" or prev in _DQ or ch in _OPEN_GLYPHS))
            can_close = (not prev.isspace() and
                         (nxt.isspace() or nxt in ".,;:!?)]—–-'’" or nxt in _DQ or ch in _CLOSE_GLYPHS))
            if can_open or can_close:
                yield i, can_open, can_close

    def _find_quotes(self) -> list[_Quote]:
        quotes: list[_Quote] = []
        pending: _Quote | None = None
        for pi, (a, b) in enumerate(self.paras):
            marks = list(self._marks(a, b))
            cur: _Quote | None = None
            if pending is not None:
                if marks and marks[0][0] == a and marks[0][1]:
                    # Newspaper convention: a quote running on opens each paragraph and closes only at the end.
                    cur = pending
                    cur.pieces.append((a + 1, b))
                    marks = marks[1:]
                else:
                    quotes.append(pending)
                pending = None
            for i, can_open, can_close in marks:
                if cur is None:
                    if can_open:
                        cur = _Quote(open=i, close=None, pieces=[(i + 1, b)], para=pi)
                    continue  # a stray closing mark
                if can_close:
                    cur.pieces[-1] = (cur.pieces[-1][0], i)
                    cur.close = i
                    quotes.append(cur)
                    cur = None
                else:  # a new quote opens: the open one lacked its closing mark
                    cur.pieces[-1] = (cur.pieces[-1][0], i)
                    self._cut_unclosed(cur)
                    quotes.append(cur)
                    cur = _Quote(open=i, close=None, pieces=[(i + 1, b)], para=pi)
            if cur is not None:
                if self._cut_unclosed(cur):
                    quotes.append(cur)
                else:
                    pending = cur
        if pending is not None:
            quotes.append(pending)
        for q in quotes:
            q.pieces = [(s, e) for s, e in (_strip_span(self.text, s, e) for s, e in q.pieces) if e > s]
            if q.pieces:  # the comma before `," she said` belongs to the attribution
                s, e = q.pieces[-1]
                while e > s and self.text[e - 1] in ", ":
                    e -= 1
                q.pieces[-1] = (s, e)
            q.embedded = self._is_embedded(q)
        return [q for q in quotes if q.pieces]

    def _cut_unclosed(self, q: _Quote) -> bool:
        """An unclosed quote that contains ", X said." ends at that comma (the writer forgot the mark)."""
        s, e = q.pieces[-1]
        for m in re.finditer(r",\s+", self.text[s:e]):
            at = s + m.end()
            att = self._after_attribution(at, e, need_stop=True)
            if att is not None:
                q.pieces[-1] = (s, s + m.start())
                q.close = s + m.start()  # virtual: the comma stands in for the missing mark
                return True
        return False

    def _is_embedded(self, q: _Quote) -> bool:
        """A quote woven into a sentence ("thanked him “for his time”") rather than standing as speech."""
        if not q.pieces:
            return False
        a = self.paras[q.para][0]
        j = q.open - 1
        while j >= a and self.text[j] in " \t":
            j -= 1
        if j < a:
            return False
        prev = self.text[j]
        if not (prev.isalnum() or prev in "’'"):
            return False
        # `wrote “God bless ...”`: a speech verb right before a capitalised quote is speech after all
        m = re.search(r"([^\W\d_]+)\s*$", self.text[max(a, j - 30):j + 1])
        first = self.text[q.pieces[0][0]:q.pieces[0][0] + 1]
        return not (m and m.group(1).lower() in _DIRECT_VERBS and first.isupper())

    # sentences ------------------------------------------------------------------------------------------
    def _sentences(self) -> list[tuple[int, int]]:
        t = self.text
        out = []
        closes = {q.close for q in self.quotes if q.close is not None}
        for a, b in self.paras:
            start = a
            for m in re.finditer(r"[.!?]+", t[a:b]):
                p = a + m.start()
                end = a + m.end()
                if self.in_quote(p):
                    # "... Europeans.” “We must ..." : a quote that ends a sentence ends it.
                    if end in closes and re.match(r"\s+[“\"A-Z]", t[end + 1:b]):
                        end += 1
                    else:
                        continue
                else:
                    word = re.search(r"([\w.]+)$", t[start:p])
                    if m.group() == "." and word:
                        w = word.group(1).lower().rstrip(".")
                        if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:\w\.)+\w", w):
                            continue
                    while end < b and t[end] in ")]":
                        end += 1
                    nxt = t[end:end + 2]
                    if end < b and not (nxt[:1].isspace() or nxt[:1] in _DQ):
                        continue
                    rest = t[end:b].lstrip()
                    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in _DQ + "‘'([—–-"):
                        continue
                if end >= b:
                    break
                out.append((start, end))
                start = end
                while start < b and t[start].isspace():
                    start += 1
            if start < b:
                out.append((start, b))
        return out

    # names ----------------------------------------------------------------------------------------------
    def _runs(self, a: int, b: int) -> list[tuple[int, int]]:
        """Token index ranges of capitalised word runs ("US President Donald Trump") inside [a, b)."""
        from bisect import bisect_left
        i = bisect_left(self._tok_starts, a)
        runs = []
        cur = None
        t = self.text
        while i < len(self.tokens) and self.tokens[i][0] < b:
            s, e, w = self.tokens[i]
            ok = _is_cap(w) and (w.isupper() and len(w) > 1 or w.lower().rstrip(".") not in _STOP_CAPS) or (
                cur is not None and w.lower() in {"de", "van", "von", "der", "da", "del", "bin", "al", "le", "la"}) or (
                cur is not None and w == "of" and i + 1 < len(self.tokens) and _is_cap(self.tokens[i + 1][2])
                and self.tokens[i + 1][2].lower() not in _STOP_CAPS and _fold(self.tokens[i - 1][2]) in _ORG_TAIL | {"port", "bank", "city", "state", "university", "minister", "secretary", "ministry"})
            gap_ok = cur is not None and t[self.tokens[i - 1][1]:s] in (" ", "-", "\u00a0")
            if ok and (cur is None or gap_ok):
                cur = (cur[0], i + 1) if cur is not None else (i, i + 1)
            elif ok:
                runs.append(cur)
                cur = (i, i + 1)
            else:
                if cur is not None:
                    runs.append(cur)
                cur = None
            if cur is not None and re.search(r"[’']s$", w):  # a possessive ends the run: "Japan's Chief ..."
                runs.append(cur)
                cur = None
            i += 1
        if cur is not None:
            runs.append(cur)
        return [r for r in runs if r[1] > r[0]]

    def _name_of_run(self, r: tuple[int, int]) -> tuple[str, list[str], bool]:
        """(name, stripped title words, is_person) for a run of capitalised tokens."""
        words = [re.sub(r"[’']s$", "", self.tokens[k][2]).rstrip(".") if not re.fullmatch(r"(?:\w\.)+", self.tokens[k][2])
                 else self.tokens[k][2] for k in range(*r)]
        words = [w for w in words if w]
        if "of" in words:  # "Port of Oakland", "Ministry of Defence": an institution
            if _fold(words[0]) in {"minister", "secretary", "head", "director", "president", "chief"}:
                return " ".join(words), [], False
            return " ".join(words), [], False
        titles = []
        last_prefix = -1
        for k, w in enumerate(words):
            fw = _fold(w).rstrip(".")
            if fw in _PREFIX_WORDS or fw in _HONORIFICS or fw in _HUMAN_ROLES:
                last_prefix = k
        if 0 <= last_prefix < len(words) - 1:
            titles, words = words[:last_prefix + 1], words[last_prefix + 1:]
        elif last_prefix == len(words) - 1:
            return " ".join(words), [], False  # all titles/institutions: "White House", "US President"
        if len(words) > 3:
            words = words[-2:]
        person = len(words) >= 2 and not any(_fold(w) in _ORG_TAIL for w in words)
        if len(words) == 1:
            person = _fold(words[0]) in self.persons
        return " ".join(words), titles, person

    def _build_registry(self) -> None:
        t = self.text
        full_names: dict[str, str] = {}
        counts: dict[str, int] = {}
        runs = self._runs(0, len(t))
        for r in runs:
            name, titles, _ = self._name_of_run(r)
            words = name.split()
            if len(words) >= 2 and not any(_fold(w) in _ORG_TAIL or _fold(w) in _PREFIX_WORDS for w in words):
                counts[name] = counts.get(name, 0) + 1
                full_names.setdefault(_fold(name), name)
        for name in sorted(counts, key=lambda n: -counts[n]):  # the most frequent full name wins a surname
            self.persons.setdefault(_fold(name.split()[-1]), name)
            self.persons.setdefault(_fold(name), name)
        for r in runs:
            s = self.tokens[r[0]][0]
            e = self.tokens[r[1] - 1][1]
            name, titles, is_person = self._name_of_run(r)
            if not is_person:
                full = re.sub(r"^the\s+", "", t[s:e].rstrip(".’'s"), flags=re.I)
                if _fold(full.split()[-1]) in _ORG_TAIL | _ORG_ROLES:
                    self.orgs.append((s, full))
                continue
            canon = self.canonical(name)
            # Role words said of this person: "Kremlin spokesman Dmitry Peskov", "Igor Korotchenko, military analyst,"
            role_words = {_norm_role(w) for w in titles}
            k = r[0] - 1
            taken = 0
            while k >= 0 and taken < 8:
                ps, pe, pw = self.tokens[k]
                if t[pe:self.tokens[k + 1][0]].strip():  # punctuation between: stop
                    break
                lw = _norm_role(pw)
                if lw in _HUMAN_ROLES or lw in _PREFIX_WORDS or _is_cap(pw) or lw in {"of", "the", "for", "press", "military", "special", "senior", "top", "foreign", "chief", "deputy", "national", "security", "defense", "defence", "union", "trade", "lead", "former", "acting", "interim"}:
                    role_words.add(lw)
                    k -= 1
                    taken += 1
                else:
                    break
            m = re.match(r",\s*(?:an?\s+|the\s+)?([^,.;:“”\"]{2,160}),", t[e:e + 170])
            if m and len(m.group(1).split()) <= 18 and self._subject_position(r[0]):
                seg = {_norm_role(w) for w in m.group(1).split()[:8]}
                if seg & _HUMAN_ROLES:
                    role_words |= seg
            role_words -= {"the", "of", "for", "a", "an"}
            if role_words & {_norm_role(w) for w in _HUMAN_ROLES}:
                self.roles.append((s, role_words, canon))
            if not self.in_quote(s) and self._subject_position(r[0]):
                self.salient.append((s, canon))

    def _subject_position(self, k: int) -> bool:
        """Not the object of a preposition or verb: "attended by J.D. Vance" is not who speaks next."""
        j = k - 1
        while j >= 0 and self.tokens[j][2].lower() in _ROLE_FILLER:
            j -= 1
        if j < 0:
            return True
        w = self.tokens[j][2].lower()
        return w not in _PREPOSITIONS

    def canonical(self, name: str) -> str:
        f = _fold(name)
        if f in self.persons:
            return self.persons[f]
        if len(name.split()) == 1 and f in self._org_by_last:  # "the Front" -> "Northern Liberation Front"
            return self._org_by_last[f]
        last = _fold(name.split()[-1]) if name.split() else f
        if len(name.split()) >= 2:
            return name
        return self.persons.get(last, name)

    def is_person(self, canon: str) -> bool:
        return len(canon.split()) >= 2 and _fold(canon) in self.persons

    # speakers -------------------------------------------------------------------------------------------
    def parse_speaker(self, a: int, b: int, whole: bool = True) -> _Speaker | None:
        """The speaker phrase ending at b (e.g. "Kremlin spokesman Dmitry Peskov", "he", "the US president").

        With ``whole``, the phrase must fill [a, b) (modulo leading filler), as in an attribution clause.
        """
        t = self.text
        seg = t[a:b]
        m = _SUBJECT_TRAIL.search(seg)
        if m:
            b = a + m.start()
            seg = t[a:b]
        lead = re.match(r"[\s,;:—–-]*(?:(?:and|but|so|as|while|yet|then)\s+)?", seg)
        a = a + (lead.end() if lead else 0)
        seg = t[a:b].rstrip(" \t\n,")
        b = a + len(seg)
        if not seg or len(seg) > 200:
            return None
        words = list(re.finditer(r"\S+", seg))
        last = words[-1].group()
        if last.lower() in _PRONOUNS and (len(words) == 1 or not whole):
            s0 = a + words[-1].start()
            return _Speaker("pronoun", last, s0, b)
        # a list of names: "Germany, France, ... and the European Commission"
        if whole and ("," in seg or " and " in seg) and re.fullmatch(
                r"(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)(?:\s*,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*"
                r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)", seg):
            return _Speaker("list", seg, a, b)
        from bisect import bisect_left
        i0 = bisect_left(self._tok_starts, a)
        i1 = bisect_left(self._tok_starts, b)
        toks = self.tokens[i0:i1]
        if not toks:
            return None
        lw = toks[-1][2]
        named = self._parse_name(a, b, i0, whole) if _is_cap(lw) else None
        if named is not None:
            return named
        role_of = re.fullmatch(r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?([\w-]+)\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", seg)
        if role_of and _norm_role(role_of.group(1)) in _HUMAN_ROLES | {"leader", "spokesperson", "adviser"}:
            if not re.match(r"an?\s", seg, re.I):
                return _Speaker("role", seg, a, b)
        return self._parse_role(a, b, toks, whole)

    def _parse_name(self, a: int, b: int, i0: int, whole: bool) -> _Speaker | None:
        t = self.text
        lw = self.text[a:b].split()[-1]
        if not (lw.isupper() and len(lw) > 1 or lw.lower().rstrip(".") not in _STOP_CAPS):
            return None
        runs = self._runs(a, b)
        if not runs:
            return None
        r = runs[-1]
        if self.tokens[r[1] - 1][1] < b - 1 and t[self.tokens[r[1] - 1][1]:b].strip(" ’'s"):
            return None
        start = self._extend_role_left(r[0], a)
        if whole and t[a:self.tokens[start][0]].strip(" ,"):
            # "Ukrainian newspaper Strana quotes ...": a medium's name with its description is fine
            pre = t[a:self.tokens[start][0]].strip(" ,").lower()
            if pre not in {"the", "a", "an"} and not re.fullmatch(
                    r"(?:the\s+)?[\w\s’'-]*(?:newspaper|agency|outlet|channel|broadcaster|website|daily|magazine)", pre):
                return None
            start = i0
        return _Speaker("name", t[self.tokens[start][0]:b].strip(" ,"), self.tokens[start][0], b)

    def _parse_role(self, a: int, b: int, toks: list, whole: bool) -> _Speaker | None:
        t = self.text
        # "the US president", "the Kremlin spokesperson", "The leader of the Patriots Party", "military analyst"
        role_idx = None
        for k in range(len(toks) - 1, -1, -1):
            if _norm_role(toks[k][2]) in _HUMAN_ROLES | _ORG_ROLES or toks[k][2].lower() in _HUMAN_ROLES | _ORG_ROLES:
                role_idx = k
                break
            if not (_is_cap(toks[k][2]) or toks[k][2].lower() in {"of", "the"}):
                break
        if role_idx is None or len(toks) - role_idx > 5:
            return None
        k = role_idx
        while k > 0 and role_idx - k < 5:
            w = toks[k - 1][2]
            if w.lower() in {"the", "a", "an"}:
                k -= 1
                break
            if w.lower() in {"his", "her", "their", "its"} or not re.fullmatch(r"[\w’'.-]+", w):
                return None
            if w[0].isupper() or w.islower():
                k -= 1
                continue
            break
        if whole and t[a:toks[k][0]].strip(" ,"):
            return None
        if toks[k][2].lower() in {"a", "an", "one", "two", "three", "several", "some", "many", "another",
                                  "other", "senior", "western", "european", "foreign"} and role_idx - k >= 0:
            return None  # "a senior official", "One Western diplomat": an anonymous source
        return _Speaker("role", t[toks[k][0]:b], toks[k][0], b)

    def _extend_role_left(self, k: int, floor: int) -> int:
        """Include the title before a name in the mention: "Kremlin spokesman Dmitry Peskov"."""
        t = self.text
        while k > 0 and self.tokens[k - 1][0] >= floor:
            ps, pe, pw = self.tokens[k - 1]
            if pw == ")":  # "Director of the ... Center (Indiana, USA) Michael Desch"
                j = k - 2
                while j >= 0 and k - j < 10 and self.tokens[j][2] != "(" and self.tokens[j][0] >= floor:
                    j -= 1
                if j >= 0 and self.tokens[j][2] == "(" and self.tokens[j][0] >= floor:
                    k = j
                    continue
                break
            if t[pe:self.tokens[k][0]].strip():
                break
            lw = _norm_role(pw)
            if lw in {"the", "and"} and k - 2 >= 0 and self.tokens[k - 2][0] >= floor and (
                    (lw == "the" and self.tokens[k - 2][2].lower() == "of") or (lw == "and" and _is_cap(self.tokens[k - 2][2]) and _is_cap(self.tokens[k][2]))):
                k -= 1
                continue
            if lw in _HUMAN_ROLES or lw in _ORG_ROLES or _is_cap(pw) or lw in {
                    "of", "press", "military", "special", "senior", "top", "foreign", "chief", "deputy",
                    "national", "security", "defense", "defence", "lead", "former", "acting", "interim",
                    "newspaper", "agency", "union", "trade", "labor", "labour", "news", "state"}:
                if lw == "of" and not (_is_cap(pw) or k - 2 >= 0):
                    break
                k -= 1
            else:
                break
        while k < len(self.tokens) and self.tokens[k][2].lower() == "of":
            k += 1
        return k

    def resolve(self, sp: _Speaker, key: int, speakers_so_far: list[tuple[int, str]]) -> str | None:
        t = self.text
        if sp.kind == "list":
            return re.sub(r"^the\s+", "", sp.mention)
        if sp.kind == "name":
            runs = self._runs(sp.start, sp.end)
            name, _, is_person = self._name_of_run(runs[-1])
            words = {_norm_role(w) for w in sp.mention.split()}
            if is_person or not (words & _HUMAN_ROLES) or "of" not in words:
                return self.canonical(name)
            # "The leader of the Patriots Party": a role, not the party
        if sp.kind == "pronoun":
            return self._nearest(key, speakers_so_far, _PRONOUNS[sp.mention.lower()])
        # role
        words = [_norm_role(w) for w in re.findall(r"[\w’'.-]+", sp.mention)]
        words = [w for w in words if w not in {"the", "a", "an", "of", "for"}]
        heads = [w for w in words if w in _HUMAN_ROLES or w in {_norm_role(x) for x in _HUMAN_ROLES}]
        if heads:
            head = heads[-1]
            best = None
            for pos, rw, person in reversed(self.roles[:self._before(self._role_pos, key)]):
                if head in rw and set(words) - {head} <= rw | {"diplomat", "expert", "politician", "official"}:
                    best = (pos, person)
                    break
            if best is not None:
                return best[1]
            near = self._nearest(key, speakers_so_far, None)
            if near is not None:
                return near
        orgs = [w for w in words if w in _ORG_ROLES]
        if orgs:
            for pos, name in reversed(self.orgs[max(0, self._before(self._org_pos, key) - 200):self._before(self._org_pos, key)]):
                if _fold(name.split()[-1]) == orgs[-1]:
                    return name
            # "According to the agency": the organisation that spoke last, if it spoke recently
            for pos, who in reversed(speakers_so_far[-20:]):
                if pos < key and not self.is_person(who) and key - pos < 1500 and orgs[-1] != "statement":
                    return who
        return re.sub(r"^(?:the|a|an)\s+", "", sp.mention, flags=re.I)

    def _nearest(self, key: int, speakers_so_far: list[tuple[int, str]], gender: str | None) -> str | None:
        best = None
        k = self._before(self._sal_pos, key)
        for pos, person in self.salient[max(0, k - 50):k] + speakers_so_far[-50:]:
            if pos < key and self.is_person(person) and _gender_ok(person, gender):
                if best is None or pos >= best[0]:
                    best = (pos, person)
        return best[1] if best else None

    @staticmethod
    def _before(positions: list[int], key: int) -> int:
        from bisect import bisect_left
        return bisect_left(positions, key)

    # attribution around quotes --------------------------------------------------------------------------
    def _after_attribution(self, pos: int, limit: int, need_stop: bool = False):
        """`, X said` / `, said X` / `, TASS quoted X as saying` starting at pos: (speaker, cue, cue_span, end)."""
        t = self.text
        m = re.match(r"[\s,;:—–-]*", t[pos:limit])
        p = pos + m.end()
        window = t[p:min(limit, p + 220)]
        # inverted: `,” said Peskov.` / `,” reads the joint statement`
        vm = _DIRECT_RE.match(window)
        if vm:
            after = p + vm.end()
            sm = re.match(r"\s+((?:the\s+)?[^,.;:!?“”\"]{1,80}?)(?=\s+(?:published|issued|released|who|which|in|on|at|during|after|told|to)\b|[,.;:!?]|$)", t[after:min(limit, after + 120)])
            if sm:
                sp = self.parse_speaker(after + sm.start(1), after + sm.end(1), whole=True)
                if sp is not None:
                    return sp, vm.group(), (p, p + vm.end() - 0), after + sm.end(1)
            return None
        for vm in _DIRECT_RE.finditer(window):
            pre = window[:vm.start()]
            if re.search(r"[.!?;:“”\"«»\n]", pre) or len(pre.split()) > 25:
                break
            if len(pre.split()) > 12:
                am = re.match(r"([^,]{2,60}),\s+(?:an?|the|who|whose)\s[^“”\"]*,\s*$", pre)
                if not am:
                    continue
                sp = self.parse_speaker(p, p + am.end(1), whole=True)
                if sp is not None and sp.kind == "name":
                    return sp, vm.group(), (p + vm.start(), p + vm.end()), p + vm.end()
                continue
            vs, ve = p + vm.start(), p + vm.end()
            if need_stop and not re.match(r"\s*(?:[.,;!?]|$)", t[ve:limit]):
                continue
            sp = self.parse_speaker(p, vs, whole=True)
            if sp is None and "," in pre:
                bounds = [p] + [p + m.end() for m in re.finditer(r",\s*", pre)]
                for lo, hi in zip(bounds, bounds[1:] + [vs]):
                    cand = self.parse_speaker(lo, hi, whole=True)
                    if cand is not None and cand.kind == "name" and self.is_person(self.resolve(cand, lo, [])):
                        sp = cand
                        break
            if sp is None:
                continue
            lemma = _DIRECT_VERBS.get(re.sub(r"\s+", " ", vm.group()).lower())
            if lemma == "quote":
                # "TASS quoted Trump as saying", "Strana quotes Zelensky's words": the speaker follows
                qm = re.match(r"\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)", t[ve:ve + 80])
                if qm:
                    q_sp = self.parse_speaker(ve + qm.start(1), ve + qm.end(1), whole=False)
                    if q_sp is not None:
                        q_sp.mention = re.sub(r"[’']s$", "", q_sp.mention)
                        return q_sp, vm.group(), (vs, ve), ve + qm.end(1)
                return None
            return sp, vm.group(), (vs, ve), ve
        return None

    def _before_attribution(self, q: _Quote):
        """`X said: “...` / `Haq said, "...` just before the opening mark."""
        t = self.text
        a = self.paras[q.para][0]
        s0, _ = self.sentence_of(q.open)
        if q.open == a and q.para > 0 and t[self.paras[q.para - 1][1] - 1] == ":":
            a = self.paras[q.para - 1][0]
            s0 = self.sentence_of(self.paras[q.para - 1][1] - 1)[0]
        lo = max(a, s0, q.open - 300)
        from bisect import bisect_left
        k = bisect_left(self._qstarts, q.open) - 1
        if k >= 0 and lo < self.qspans[k][1] <= q.open:
            lo = self.qspans[k][1]
        seg = t[lo:q.open]
        best = None
        for vm in _DIRECT_RE.finditer(seg):  # the last speech verb followed only by a few words and [,:]
            if re.fullmatch(r"(?:\s+[\w’'.-]+){0,8}?\s*[,:—–-]?\s*", seg[vm.end():]):
                best = vm
        if best is None:
            return None
        vs, ve = lo + best.start(), lo + best.end()
        # subject: back to the previous clause boundary
        cb = max(seg.rfind(",", 0, best.start()), seg.rfind(";", 0, best.start()), seg.rfind(":", 0, best.start()))
        sa = lo + cb + 1 if cb >= 0 else lo
        sp = self.parse_speaker(sa, vs, whole=True)
        if sp is None:
            return None
        return sp, best.group(), (vs, ve), q.open


_ROLE_FILLER = {"the", "a", "an"} | _HUMAN_ROLES | _ORG_ROLES | {"press", "military", "special", "senior", "foreign", "trade", "labor", "labour", "local", "state", "deputy"}


def _gender_ok(person: str, gender: str | None) -> bool:
    if gender is None:
        return True
    first = _fold(person.split()[0])
    if first in _FEMALE_NAMES:
        g = "f"
    elif first in _MALE_NAMES:
        g = "m"
    elif first.endswith("a") and len(first) > 2:
        g = "f"
    else:
        return True
    return g == gender


def _is_cap(w: str) -> bool:
    return bool(w) and w[0].isupper() and (len(w) == 1 or any(c.isalpha() for c in w[1:]) or w.endswith("."))


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: one a line, unless the text is hard-wrapped into blank-line-separated blocks."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    blocks = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text)]
    multi = [blk for blk in blocks if "\n" in text[blk[0]:blk[1]]]
    wrapped_lines = sum(text[a:b].count("\n") for a, b in multi)
    if len(multi) >= 2 and wrapped_lines >= 0.6 * max(len(lines) - len(blocks), 1) and wrapped_lines >= 4:
        lens = [len(x) for blk in multi for x in text[blk[0]:blk[1]].split("\n")[:-1]]
        if lens and sum(35 <= n <= 110 for n in lens) >= 0.8 * len(lens):
            return [_strip_span(text, a, b) for a, b in blocks]
    return [_strip_span(text, a, b) for a, b in lines]


# --- extraction ------------------------------------------------------------------------------------------

def extract_text(text: str, article: str = "article") -> list[dict]:
    """The attributed statements in one article's text, in reading order."""
    text = normalise_text(text)
    if not text.strip():
        return []
    if len(text) > MAX_ARTICLE_CHARS:
        raise DataError(f"article too large ({len(text):,} characters; limit {MAX_ARTICLE_CHARS:,})", path=article)
    doc = _Article(text)
    cands = _direct_candidates(doc) + []
    taken = [(c.start, c.end) for c in cands] + [span for c in cands for span in c.extra]
    # a verb that attributes a quote is not also reported speech, unless a clause follows ("said he ...")
    consumed = {c.cue_span[0] for c in cands if c.cue_span[0] >= 0
                and not re.match(r"\s+(?:that|he|she|they|it|the|his|her|their)\b", text[c.cue_span[1]:c.cue_span[1] + 8])}
    cands += _reported_candidates(doc, taken, consumed)
    cands.sort(key=lambda c: (c.key, c.start))
    return _resolve(doc, cands, article)


def normalise_text(text: str) -> str:
    """BOM dropped, CRLF/CR line ends as LF (offsets count in this form)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise DataError("contains a NUL byte (binary file?)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _direct_candidates(doc: _Article) -> list[_Cand]:
    t = doc.text
    out: list[_Cand] = []
    quotes = sorted(doc.quotes, key=lambda q: q.open)
    for qi, q in enumerate(quotes):
        if q.embedded:
            continue
        s, e = q.pieces[0][0], q.pieces[-1][1]
        body = " ".join(t[a:b] for a, b in q.pieces)
        if len(body.split()) < 2 or len(body) > MAX_STATEMENT_CHARS:
            continue
        pend = doc.paras[doc.para_of(e)][1]
        nxt = quotes[qi + 1].open if qi + 1 < len(quotes) else None
        limit = min(pend, nxt) if nxt is not None else pend
        after_pos = (q.close + 1) if q.close is not None else e
        att = None
        # `...lost so many!” Trump said.` but not `...impractical”. He recalled that ...`
        if not re.match(r"\s*[.!?]", t[after_pos:limit]) or q.close is not None and t[q.close] == ",":
            att = doc._after_attribution(after_pos, limit)
        if att is None:
            att = doc._before_attribution(q)
        cand = _Cand(key=q.open, start=s, end=e, text=_clean(body), direct=True, cue="",
                     cue_span=(-1, -1), speaker=None, para=q.para)
        if att is not None:
            sp, cue, cue_span, att_end = att
            cand.speaker, cand.cue, cand.cue_span = sp, re.sub(r"\s+", " ", cue), cue_span
            # split quote: “We will not sign,” Smith said, “unless the offer improves.”
            if cue_span[0] > e and qi + 1 < len(quotes):
                q2 = quotes[qi + 1]
                between = t[att_end:q2.open]
                if (not q2.embedded and re.fullmatch(r"[^.!?“”\"]{0,60},\s*", between)
                        and t[q2.pieces[0][0]:q2.pieces[0][0] + 1].islower()):
                    q2.embedded = True  # consumed here
                    body2 = " ".join(t[a:b] for a, b in q2.pieces)
                    cand.text = _clean(body.rstrip(" ,") + " " + body2)
                    cand.extra.append((cand.end, q2.pieces[-1][1]))
                    cand.end = q2.pieces[-1][1]
        else:
            cand.inherit = True
        out.append(cand)
    return out


def _clean(s: str) -> str:
    s = re.sub(rf"\s*\n\s*[{_DQ}]?\s*", " ", s)  # paragraph breaks (and their re-opening marks) inside a quote
    return re.sub(r"\s+", " ", s).strip()


def _reported_candidates(doc: _Article, taken: list[tuple[int, int]], consumed: set[int]) -> list[_Cand]:
    t = doc.text
    from bisect import bisect_right, insort

    out: list[_Cand] = []
    covered = sorted(taken)  # disjoint spans, sorted: neighbours are enough to test overlap

    def overlaps(a, b):
        k = bisect_right(covered, (a, float("inf")))
        return any(0 <= j < len(covered) and a < covered[j][1] and covered[j][0] < b for j in (k - 1, k, k - 2))

    def inside_statement(i):
        return overlaps(i, i + 1)

    for s, e in doc.sentences:
        if e - s > 20_000:  # a run-on without sentence ends: not news prose
            continue
        sent = t[s:e]
        # "According to X, ..." at the start; "..., according to X." at the end
        m = re.match(r"(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Also|Earlier|Later)\s*,?\s+)?[Aa]ccording\s+to\s+([^,;:]{1,120}?),\s*", sent)
        if m and not doc.in_quote(s + m.start()):
            sp = doc.parse_speaker(s + m.start(1), s + m.end(1), whole=False)
            cs, ce = s + m.end(), _content_end(doc, s + m.end(), e)
            if sp is not None and sp.kind != "list" and not _starts_with_speech(doc, cs, ce):
                c = _make_reported(doc, cs, ce, sp, "according to", (s + m.start(), s + m.start(1)))
                if c and not overlaps(c.start, c.end):
                    out.append(c)
                    insort(covered, (c.start, c.end))
        m = re.search(r",\s+according\s+to\s+([^,;:]{1,120}?)\s*[.!?]?$", sent)
        if m and not doc.in_quote(s + m.start()):
            sp = doc.parse_speaker(s + m.start(1), s + m.end(1), whole=True)
            if sp is not None:
                lead = re.match(r"(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Also)\s*,?\s+)?", sent)
                c = _make_reported(doc, s + lead.end(), s + m.start(), sp, "according to", (s + m.start(), s + m.start(1)))
                if c and not overlaps(c.start, c.end):
                    out.append(c)
                    insort(covered, (c.start, c.end))
        for vm in _REPORTED_RE.finditer(sent):
            vs, ve = s + vm.start(), s + vm.end()
            if doc.in_quote(vs) or vs in consumed or inside_statement(vs):
                continue
            c = _reported_at(doc, s, e, vs, ve, vm.group())
            if c is not None and not overlaps(c.start, c.end):
                out.append(c)
                insort(covered, (c.start, c.end))
    return out


def _starts_with_speech(doc: _Article, cs: int, ce: int) -> bool:
    """"According to Reuters, Trump told reporters that ...": the inner speaker is the one that counts."""
    vm = _REPORTED_RE.search(doc.text, cs, min(ce, cs + 160))
    if not vm:
        return False
    return _reported_at(doc, cs, ce, vm.start(), vm.end(), vm.group()) is not None


def _content_end(doc: _Article, cs: int, e: int) -> int:
    """Reported content runs to the sentence end, but never into a stand-alone direct quote."""
    from bisect import bisect_right
    k = bisect_right(doc._qopens, cs)
    while k < len(doc._qopens) and doc._qopens[k] < e:
        if not doc._qsorted[k].embedded:
            return doc._qopens[k]
        k += 1
    return e


def _reported_at(doc: _Article, s: int, e: int, vs: int, ve: int, verb: str) -> _Cand | None:
    t = doc.text
    lemma = _REPORTED_VERBS.get(re.sub(r"\s+", " ", verb).lower(), "")
    # the clause boundary before the verb
    pre = t[s:vs]
    depth = [0] * (len(pre) + 1)  # commas inside (...) do not end the subject: "(Indiana, USA) Michael Desch"
    d = 0
    for i, ch in enumerate(pre):
        d += ch == "("
        d -= ch == ")" and d > 0
        depth[i] = d
    cut = max((m.end() for m in re.finditer(r"[,;:]|\s[—–]\s", pre)
               if not doc.in_quote(s + m.start()) and depth[m.start()] == 0), default=0)
    sp = doc.parse_speaker(s + cut, vs, whole=True) if pre.strip() else None
    if cut > 0:
        whole = doc.parse_speaker(s, vs, whole=True)
        if whole is not None and whole.kind == "list":
            sp, cut = whole, 0
    appositive = False
    if sp is None and cut > 0:
        # "Farhan Haq, Deputy Spokesman for the UN Secretary-General, said that ..."
        if pre[cut:].strip() and doc.parse_speaker(s + cut, vs, whole=True) is None:
            tail = t[s + cut:vs]
            if not re.fullmatch(r"\s*(?:an?\s+|the\s+)?[\w’'.()\- ]{1,100}", tail):
                return None
        commas = [m.start() for m in re.finditer(r",", pre) if not doc.in_quote(s + m.start())]
        for k in range(len(commas) - 1, max(len(commas) - 4, -1), -1):
            lo = commas[k - 1] + 1 if k > 0 else 0
            cand = doc.parse_speaker(s + lo, s + commas[k], whole=True)
            if cand is not None and cand.kind in ("name", "pronoun", "list"):
                sp = cand
                appositive = True
                break
    if sp is None:
        return None
    after = t[ve:e]
    # parenthetical: "But first, Trump stressed, it is important to ..."
    if re.match(r"\s*,\s*\S", after) and not appositive and cut > 0 and t[s:s + cut - 1].strip():
        head = t[s:s + cut].rstrip(" ,")
        tail_start = ve + re.match(r"\s*,\s*", after).end()
        ce = _content_end(doc, tail_start, e)
        text = _clean(head + " " + t[tail_start:ce]).rstrip(" .")
        if len(text.split()) >= 4:
            return _Cand(key=sp.start, start=s, end=_trim_end(t, s, ce), text=text, direct=False,
                         cue=verb, cue_span=(vs, ve), speaker=sp, para=doc.para_of(s))
        return None
    cs = None
    tm = re.match(r"((?:\s+[^\s.,;:!?“”\"]+){0,12}?)\s+that\s+(\S+)", after)
    if tm and not re.search(r"[.;:!?]", tm.group(1)):
        nxt = tm.group(2).lower().strip("“\"")
        between = tm.group(1).split()
        if nxt not in _RELATIVE_NEXT and not any(w.lower() in _REPORTED_VERBS for w in between):
            cs = ve + tm.start(2)
    if cs is None and lemma in _BARE_LEMMAS:
        rest = after
        off = 0
        if lemma == "tell":  # "told reporters ...", "told TASS ..."
            om = re.match(r"\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|reporters|journalists|the\s+press|lawmakers|members|workers|him|her|them|us|me|the\s+\w+|an?\s+\w+)", rest)
            if om:
                off = om.end()
            rest = rest[off:]
        nm = re.match(r"\s+([“\"]?)([\w’'-]+)", rest)
        if nm:
            w = nm.group(2)
            if nm.group(1) or (w.lower() in _CLAUSE_STARTERS or (w[0].isupper() and w.lower() not in _STOP_CAPS)) and w.lower() not in _NOT_CLAUSE:
                cs = ve + off + nm.start(1 if nm.group(1) else 2)
    if cs is None:
        # inverted: "<content>, Igor Korotchenko, military analyst, ... told TASS."
        if (cut > 0 and len(after.split()) <= 5 and not re.search(r"\bthat\b", after)
                and verb.lower() != lemma and after.rstrip().endswith(".")):
            commas = [m.start() for m in re.finditer(r",", pre) if not doc.in_quote(s + m.start())]
            first_sp = sp.start - s
            prior = [c for c in commas if c < first_sp]
            if prior:
                lead = re.match(r"(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Also)\s*,?\s+)?", pre)
                c = _make_reported(doc, s + lead.end(), s + prior[-1], sp, verb, (vs, ve))
                return c if c is not None and len(c.text.split()) >= 4 else None
        return None
    ce = _content_end(doc, cs, e)
    return _make_reported(doc, cs, ce, sp, verb, (vs, ve))


def _trim_end(t: str, cs: int, ce: int) -> int:
    while ce > cs and (t[ce - 1].isspace() or t[ce - 1] in ".,;:"):
        ce -= 1
    return ce


def _make_reported(doc: _Article, cs: int, ce: int, sp: _Speaker, cue: str, cue_span) -> _Cand | None:
    t = doc.text
    cs, ce = _strip_span(t, cs, ce)
    ce = _trim_end(t, cs, ce)
    direct = False
    # "he thinks “it is likely impractical”": the content is itself a quote
    if ce - cs >= 2 and t[cs] in _DQ and t[ce - 1] in _DQ and not re.search(f"[{_DQ}]", t[cs + 1:ce - 1]):
        cs, ce, direct = cs + 1, ce - 1, True
    text = _clean(t[cs:ce])
    if len(text.split()) < 3 or ce - cs > MAX_STATEMENT_CHARS:
        return None
    return _Cand(key=min(sp.start, cs), start=cs, end=ce, text=text, direct=direct, cue=re.sub(r"\s+", " ", cue),
                 cue_span=cue_span, speaker=sp, para=doc.para_of(cs))


def _resolve(doc: _Article, cands: list[_Cand], article: str) -> list[dict]:
    t = doc.text
    digest = hashlib.sha1(t.encode("utf-8")).hexdigest()
    speakers: list[tuple[int, str]] = []
    last_direct: tuple[int, str, str] | None = None  # (paragraph, speaker, mention)
    records = []
    for c in cands:
        if c.speaker is not None:
            canon = doc.resolve(c.speaker, c.key, speakers)
            mention = c.speaker.mention
        elif c.inherit and last_direct is not None and (
                last_direct[0] == c.para or (last_direct[0] == c.para - 1 and doc.paras[c.para][0] >= c.start - 2)):
            canon, mention = last_direct[1], last_direct[2]
            c.cue = ""
        else:
            continue
        if not canon:
            continue
        anchor = c.cue_span[0] if c.cue_span[0] >= 0 else c.start
        speakers.append((anchor, canon))
        if c.direct and c.cue != "according to":
            last_direct = (doc.para_of(c.end), canon, mention)
        lo = min(c.start, c.cue_span[0]) if c.cue_span[0] >= 0 else c.start
        hi = max(c.end, c.cue_span[1])
        records.append({
            "id": hashlib.sha1(f"{digest}:{c.start}:{c.end}".encode()).hexdigest()[:16],
            "article": article,
            "paragraph": c.para + 1,
            "start": c.start,
            "end": c.end,
            "speaker": canon,
            "speaker_mention": mention,
            "direct": c.direct,
            "cue": c.cue,
            "text": c.text,
            "context": _context(doc, lo, hi),
        })
    records.sort(key=lambda r: r["start"])
    return records


def _context(doc: _Article, lo: int, hi: int) -> str:
    a = doc.sentence_of(lo)[0]
    b = doc.sentence_of(max(hi - 1, lo))[1]
    ctx = re.sub(r"\s+", " ", doc.text[a:max(b, hi)]).strip()
    return ctx if len(ctx) <= 2000 else ctx[:1997] + "..."


# --- input -----------------------------------------------------------------------------------------------

def decode_article(data: bytes, path: str) -> str:
    """UTF-8 text of an article file; a clear error for binary or undecodable bytes."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        base = len(codecs.BOM_UTF8)
    else:
        base = 0
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DataError(f"binary file (NUL byte at byte offset {base + nul}); expected UTF-8 text or HTML", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DataError(f"not UTF-8: byte 0x{data[exc.start]:02x} at byte offset {base + exc.start} "
                        "(save the file as UTF-8)", path=path, line=line) from None
    return normalise_text(text)


def looks_like_html(text: str, name: str = "") -> bool:
    """An HTML page rather than plain text (by file name or by markup at the top)."""
    if name.lower().endswith(_HTML_SUFFIXES):
        return True
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:5000].lower():
        return True
    return bool(re.search(r"<(?:body|article|div|p)\b[^>]*>", head)) and head.count("<") >= 5


def html_to_text(html: str, path: str = "<html>") -> str:
    """The article body of an HTML page, navigation and boilerplate dropped (one paragraph a line)."""
    try:
        import trafilatura  # deferred: only HTML input pays for it
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise DataError(f"reading HTML needs trafilatura ({exc})", path=path) from None
    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True,
                               deduplicate=False)
    return normalise_text(body or "")


def article_text(data: bytes, path: str) -> str:
    """Decoded article text; HTML pages reduced to their body."""
    text = decode_article(data, path)
    if looks_like_html(text, path):
        text = html_to_text(text, path)
    return text


def iter_article_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, the article files inside folders named (sorted, recursive), and "-" for stdin."""
    from stance.corpus import check_readable

    for p in paths:
        p = os.fspath(p)
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(x for x in path.rglob("*") if x.is_file() and x.suffix.lower() in ARTICLE_SUFFIXES
                           and not any(part.startswith(".") for part in x.relative_to(path).parts))
            if not found:
                raise DataError(f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder", path=p)
            yield from (os.fspath(x) for x in found)
        else:
            check_readable(path)
            yield p


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
