"""One article, indexed for extraction: tokens, paragraphs, quotes, sentences and the name registry.

Everything else in the package reads a :class:`Document`; only :meth:`Document.__init__` builds one, in
the order the parts depend on each other (quotes before sentences, both before the registry).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from stance.extract.aliases import acronyms, named_pairs
from stance.extract.layout import split_paragraphs, split_sentences
from stance.extract.names import fold
from stance.extract.persons import pet_name_of
from stance.extract.registry import build_registry
from stance.extract.quotes import find_quotes, single_quoted
from stance.extract.salience import role_subjects, unnamed_subjects
from stance.extract.vocabulary import COMPANY_SUFFIXES, REPORTED_RE, WORD_RE


class Document:
    """An article's text with its spans: ``tokens`` (start, end, word), ``paras``, ``quotes``, ``sentences``,
    and the registry: ``persons`` (folded surname or full name -> canonical name), ``orgs``, ``roles``
    (position, role words, person) and ``salient`` (position, person in subject position)."""

    def __init__(self, text: str):
        self.text = text
        self.tokens = _tokens(text)
        self._tok_starts = [t[0] for t in self.tokens]
        self.paras = split_paragraphs(text)
        self._para_starts = [a for a, _ in self.paras]
        self.persons: dict[str, str] = {}
        self.orgs: list[tuple[int, str]] = []
        self._org_longer: dict[str, str] = {}  # filled once the registry is built
        self.fuller: dict[str, str] = {}  # likewise: "abang johari" -> "Abang Johari Tun Openg"
        self.roles: list[tuple[int, set[str], str]] = []
        self.salient: list[tuple[int, str]] = []
        self._org_by_last: dict[str, str] = {}
        self._org_by_first: dict[str, str] = {}
        self.run_names: dict = {}  # token range -> names.name_of_run's answer
        self.bearers: dict[str, list[tuple[int, str]]] = {}  # family name -> (position, full name) in order
        self.label_spans: list[tuple[int, int]] = []  # a transcript's turn labels (filled by transcripts.turns)
        self.turn_spans: list[tuple[int, int, str]] = []  # its turns and their speakers, in order (direct.py)
        self.acronyms = acronyms(text)
        self.genders: dict[str, str] | None = None  # family name -> "m" or "f" (gender.py; when asked)
        self.gender_of: dict[str, str | None] = {}  # person -> gender.person_gender's answer
        self.honoured: set[str] | None = None  # names the article gives a Mr, Mrs, Dr ... (filled when asked)
        self.union_of: list[tuple[int, str]] | None = None  # "... Union of ..." names (filled when asked)
        self.own_union = False  # the article's one union acronym as a pattern, or None (groups.py; when asked)
        self.firsts: dict[str, set[str]] | None = None  # first word -> full names (filled when asked)
        self.given_names: set[str] | None = None  # "gave only his first name, Darnell" (filled when asked)
        self.mononyms: set[str] = set()  # persons known by one name: "general secretary Ammiraju" (registry)
        self.fit_memo: dict = {}  # (person, gender, turn's speaker, spoke lately) -> nearest's answer
        self.companies: dict[str, set[str]] | None = None  # "samsung" -> {"Samsung Electronics"} (when asked)
        self.spelt_out: dict[str, str] | None = None  # "ver.di" -> "Vereinte Dienstleistungsgewerkschaft" (when asked)
        self.runs: list[tuple[int, int]] | None = None  # capitalised word runs, token ranges (names.cap_runs)
        self.speaker_memo: dict = {}  # (start, end, whole) -> speakers.parse_speaker's answer
        self._run_starts: list[int] = []  # the runs' first and last tokens, and the runs trimmed (names.cap_runs)
        self._run_ends: list[int] = []
        self._trimmed_runs: list[tuple[int, int]] = []
        self._empty_indexes()
        self.single_quotes = single_quoted(text)  # 'We will strike,' she said: single marks are the quotes
        self.quotes = find_quotes(self)
        self.qspans = sorted((q.open, (q.close if q.close is not None else q.pieces[-1][1]) + 1) for q in self.quotes)
        self._qsorted = sorted(self.quotes, key=lambda q: q.open)
        self._qopens = [q.open for q in self._qsorted]
        self._qstarts = [a for a, _ in self.qspans]
        self.sentences = split_sentences(self)
        self._sent_starts = [a for a, _ in self.sentences]
        build_registry(self)
        self._role_pos = [r[0] for r in self.roles]
        self._org_pos = [o[0] for o in self.orgs]
        self._org_names = frozenset(o for _, o in self.orgs)
        self._sal_pos = [x[0] for x in self.salient]
        self._index_orgs()
        self._index_fuller_names()
        if self.fuller:  # (names the registry read before it knew their fuller forms: "President Tshisekedi")
            self.salient = [(p, self.fuller.get(fold(n), n)) for p, n in self.salient]
            self.roles = [(p, rw, self.fuller.get(fold(n), n)) for p, rw, n in self.roles]
        self.pairs = named_pairs(self)  # (position, "A and B"): what "the two sides" refers to
        self._pair_pos = [p for p, _ in self.pairs]
        # "The minister expressed his thanks. He acknowledged ...": a role subject is salient like a name
        # ("A FijiFirst volunteer watching nearby was in no mood to party. ... he grumbled": someone unnamed too)
        self.salient = sorted(self.salient + role_subjects(self) + unnamed_subjects(self))
        self._sal_pos = [x[0] for x in self.salient]

    def _index_fuller_names(self) -> None:
        """A Malay name without its father's part ("Abang Johari"), a Latin name without the part after "de" ("Cristina
        Fernández" for "Cristina Fernández de Kirchner"), stands for the one full name that has it, as a
        royal or noble style and a given name do ("Tengku Zafrul" for "Tengku Zafrul Aziz"); so do the first two
        words of a name of four, and its second or third alone, as South Asian and Congolese names are shortened."""
        fuller: dict[str, set[str]] = {}
        for full in set(self.persons.values()):
            m = re.match(r"(\S+(?:\s+\S+)*?)\s+(?:Tun|bin|binti|bte|de|da|dos|del)\s", full) \
                or re.match(r"((?:Tengku|Tunku|Raja|Syed|Sharifah|Engku)\s+\S+)\s+\S", full)
            if m and " " in m.group(1) and not re.search(r"\sde\s+la\s", full):  # (not "Santa Cruz de la Sierra")
                fuller.setdefault(fold(m.group(1)), set()).add(full)
            words = full.split()
            if len(words) == 4:  # ("Amir Khasru", "Fakhrul" for "Amir Khasru Mahmud Chowdhury", "Mirza Fakhrul Islam ...")
                for short in (" ".join(words[:2]), words[1], words[2]):  # (not another person's own: "Ashraf Ghani")
                    if self.persons.get(fold(short), full) == full or self.persons.get(fold(short)) == short:
                        fuller.setdefault(fold(short), set()).add(full)
            # ("Hafiz Naeem", "Muneeb" for "Hafiz Naeemur Rehman", "Mufti Muneebur Rehman": a name joined to "-ur
            # Rahman" shortened to its own part, with the word before it or alone)
            for k, w in enumerate(words[:-1]):
                if len(w) > 5 and w.endswith("ur") and words[k + 1].startswith(("Rahman", "Rehman", "Rahim")):
                    for short in (w[:-2], " ".join(words[k - 1:k] + [w[:-2]])):
                        if self.persons.get(fold(short), full) == full or self.persons.get(fold(short)) == short:
                            fuller.setdefault(fold(short), set()).add(full)
        # ("Albo beamed" after "Prime Minister Anthony Albanese": a tabloid's pet name, read as a name of its own)
        for mono in self.mononyms:
            if self.persons.get(fold(mono)) == mono and (full := pet_name_of(self, mono)) is not None:
                fuller.setdefault(fold(mono), set()).add(full)
        self.fuller = {short: names.pop() for short, names in fuller.items() if len(names) == 1}

    def _index_orgs(self) -> None:
        """Short names of the registry's organisations: by last word, by first word, by the longer name."""
        self._org_by_last = {}
        firsts: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for pos, org in self.orgs:
            self._org_by_last.setdefault(fold(org.split()[-1]), org)
            first.setdefault(org, pos)
            # ("Woolworths" after "Woolworths Group": a company's name without its suffix)
            if " of " in org or len(org.split()) == 2 and fold(org.split()[-1]).rstrip(".") in _SUFFIXES:
                firsts.setdefault(fold(org.split()[0]), set()).add(org)
        # "the Diwan" after "the Diwan of Royal Court": the one "X of ..." name opening with that word
        self._org_by_first = {w: orgs.pop() for w, orgs in firsts.items() if len(orgs) == 1}
        # "the Tribe" after "the Seminole Tribe of Florida": the one "X Y of ..." name whose head noun that is
        heads: dict[str, set[str]] = {}
        for org in first:
            head = org.split(" of ")[0].split()
            if " of " in org:  # (any body of that head counts: "the Confederation" of two is neither)
                heads.setdefault(fold(head[-1]), set()).add(org if len(head) >= 2 else "")
        self._org_by_head = {w: orgs.pop() for w, orgs in heads.items() if len(orgs) == 1 and "" not in orgs}
        # "Ministry of Foreign Affairs" after "Ministry of Foreign Affairs of the Federal Democratic Republic of
        # Ethiopia": a name that only one longer "... of ..." name named before it extends stands for that one
        # (introduced first, then shortened: an "X" named before "X of Iran" is another country's X)
        longer: dict[str, set[str]] = {}
        for org in self._org_names:
            for m in re.finditer(r" of ", org):
                short = org[:m.start()]
                if short in first and len(short.split()) >= 2 and first[org] < first[short]:
                    longer.setdefault(short, set()).add(org)
            # ("Pharmacists and Dentists Union": the end of "Kenya Medical Practitioners, Pharmacists and Dentists Union")
            for m in re.finditer(r",\s+", org):
                if len(org[m.end():].split()) >= 2:
                    longer.setdefault(org[m.end():], set()).add(org)
        self._org_longer = {short: orgs.pop() for short, orgs in longer.items() if len(orgs) == 1}
        # ("the Public Services Committee (PSC) of the Irish Congress of Trade Unions": an acronym inside the name)
        for m in _ACRONYM_THEN_OF.finditer(self.text):
            short = next((o for o in self._org_names if self.text.endswith(o, 0, m.start())), None)
            if short is not None:
                self._org_longer.setdefault(short, f"{short} {m.group(1)}")

    def fullest_org(self, name: str) -> str:
        """The longer name the article first gave an organisation it later shortens (``name`` if none)."""
        return self._org_longer.get(name, name)

    def org_names(self) -> frozenset[str]:
        """Every organisation the registry holds (the registry is complete once the document is built)."""
        return self._org_names

    def held_body(self, phrase: str) -> str | None:
        """``phrase`` without a leading "the", if the registry holds that as one organisation's name ("the Rail, Tram
        and Bus Union", "The Hostages and Missing Families Forum"); else None."""
        body = _LEADING_THE.sub("", phrase, count=1)
        return body if body in self._org_names else None

    def reported_verbs(self, s: int = 0, e: int | None = None) -> list[re.Match]:
        """``REPORTED_RE.finditer(text, s, e)``'s matches. A verb is letters and spaces: where the text before the
        span's spaces ends in neither, and so does its last character (a stop, a mark), no verb runs across either
        end, and they are the ones one search of the whole text finds in the span (made once, for every sentence);
        elsewhere they are searched in place."""
        t = self.text
        e = len(t) if e is None else e
        if self._verbs is None:
            found = list(REPORTED_RE.finditer(t))
            self._verbs = found, [m.start() for m in found]
        j = s
        while j > 0 and t[j - 1].isspace():
            j -= 1
        if j > 0 and t[j - 1].isalpha() or e < len(t) and (t[e - 1].isalpha() or t[e - 1].isspace()):
            return list(REPORTED_RE.finditer(t, s, e))
        found, starts = self._verbs
        return found[bisect_left(starts, s):bisect_left(starts, e)]

    def in_quote(self, i: int) -> bool:
        """Whether character ``i`` lies inside a quote (marks included)."""
        k = bisect_right(self._qstarts, i) - 1
        return k >= 0 and self.qspans[k][0] <= i < self.qspans[k][1]

    def turn_speaker(self, i: int) -> str | None:
        """The speaker of the transcript turn that holds position ``i``, if any."""
        turn = self._turn_at(i)
        return turn[2] if turn else None

    def relayed_turn(self, i: int) -> bool:
        """Whether the turn holding ``i`` relays its speaker in the third person ("MORENO: He says ..."), so
        that its "he" is the speaker."""
        turn = self._turn_at(i)
        return bool(turn and re.match(r"\s*(?:He|She)\s+(?!was\b|is\b|has\b|does\b)[a-z]+s\b", self.text[turn[0]:turn[1]]))

    def _turn_at(self, i: int) -> tuple[int, int, str] | None:
        """The transcript turn (start, end, speaker) that holds position ``i``, if any."""
        k = bisect_right(self.turn_spans, (i, float("inf"))) - 1
        return self.turn_spans[k] if k >= 0 and self.turn_spans[k][0] <= i < self.turn_spans[k][1] else None

    def para_of(self, i: int) -> int:
        """The index of the paragraph holding character ``i``."""
        k = bisect_right(self._para_starts, i) - 1
        return max(k, 0)

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The span of the sentence holding character ``i``."""
        k = max(bisect_right(self._sent_starts, i) - 1, 0)
        return self.sentences[k] if self.sentences else (0, len(self.text))

    def paragraph_before(self, pos: int) -> tuple[int, int] | None:
        """The paragraph before, where ``pos`` is in its paragraph's first sentence and that paragraph is one
        sentence ("The teachers aren't buying any of it. ⏎ They have always claimed ...": one-line paragraphs)."""
        s, _ = self.sentence_of(pos)
        k = self.para_of(pos)
        if k == 0 or self.paras[k][0] != s:
            return None
        a, b = self.paras[k - 1]
        sa, sb = self.sentence_of(a)
        return (a, b) if sa == a and sb >= b - 1 else None

    def sentence_before(self, pos: int) -> tuple[int, int] | None:
        """(start of the sentence before the one holding ``pos``, start of that one), when both are in one
        paragraph."""
        s, _ = self.sentence_of(pos)
        if s == 0:
            return None
        ps, _ = self.sentence_of(s - 1)
        return (ps, s) if self.para_of(ps) == self.para_of(s) else None

    def turn_voices(self) -> set[str]:
        """The speakers of a transcript's turns: they speak for themselves, never what "it", "they" or "the
        statement" stands for, nor whom an epithet names."""
        return {label for _, _, label in self.turn_spans}

    def in_statement(self, i: int) -> bool:
        """Whether character ``i`` lies inside the content of a statement found in the article."""
        k = bisect_right(self._statement_starts, i) - 1
        return k >= 0 and i < self.statement_spans[k][1]

    def _empty_indexes(self) -> None:
        """Quotes, sentences, the registry's indexes, unnamed sources, speech verbs and statements as if none were
        found: what each holds until it is built or filled (while quotes are found, an unclosed quote's ", Moscow
        officials say." already asks who a speaker is)."""
        self.quotes, self.qspans, self._qsorted, self._qopens, self._qstarts = [], [], [], [], []
        self.sentences: list[tuple[int, int]] = []
        self._sent_starts: list[int] = []
        self._role_pos: list[int] = []
        self._org_pos: list[int] = []
        self._org_names: frozenset[str] = frozenset()
        self._org_by_head: dict[str, str] = {}
        self._sal_pos: list[int] = []
        self.pairs: list[tuple[int, str]] = []
        self._pair_pos: list[int] = []
        self.unnamed: list[tuple[int, str, str]] = []  # (position, head noun, canonical)
        self._verbs: tuple[list[re.Match], list[int]] | None = None  # REPORTED_RE over the text (when asked)
        self.set_statements([])

    def set_statements(self, spans: list[tuple[int, int]]) -> None:
        self.statement_spans = sorted(spans)
        self._statement_starts = [a for a, _ in self.statement_spans]

    @staticmethod
    def before(positions: list[int], key: int) -> int:
        """How many of the sorted ``positions`` lie before ``key``."""
        return bisect_left(positions, key)


_LEADING_THE = re.compile(r"^(?:the|The)\s+")
#: An acronym in brackets, then the "of ..." that ends the name: "(PSC) of the Irish Congress of Trade Unions"
_ACRONYM_THEN_OF = re.compile(r"[ \t]\([A-Z][A-Za-z]{1,9}\)[ \t]+(of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and)"
                              r"[ \t]+(?:the[ \t]+)?)?)*[A-Z][\w’'-]*)")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each WORD_RE match. No match holds a space and every other character starts or
    continues one, so the matches of each whitespace-separated chunk tile it: a chunk of letters alone is one
    word, others are matched on their own (far cheaper than matching the whole text)."""
    out: list[tuple[int, int, str]] = []
    append, find, findall = out.append, text.find, WORD_RE.findall
    pos = 0
    for chunk in text.split():
        pos = find(chunk, pos)  # (only spaces lie between chunks: found where the last one ended)
        if chunk.isalpha():
            append((pos, pos + len(chunk), chunk))
            pos += len(chunk)
            continue
        for w in findall(chunk):
            append((pos, pos + len(w), w))
            pos += len(w)
    return out


#: A company's suffix, the two-letter "AG" and "SA" too where the name has only two words ("Siemens AG"), and the
#: trade a company's name often drops ("Allina" for Allina Health, "Thames" for Thames Water).
_SUFFIXES = COMPANY_SUFFIXES | {"ag", "sa", "health", "healthcare", "water", "energy", "airlines", "airways", "motors",
                                "mining", "gold", "steel", "telecom", "foods", "pharmaceuticals"}
