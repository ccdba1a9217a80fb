"""Transcripts: interviews printed as questions and answers, parliamentary records, speaker-labelled text.

A paragraph that opens with a speaker label and a colon ("Q:", "A:", "LENA MARIS:", "Mr Owen Hartley
(Northfield) (Con):", "The Minister for Trade (Ms Priya Natarajan):") is a turn: its words after the label
are one direct statement by that speaker. An article is read as a transcript only when it has at least
three such turns, so a stray "Background:" line in ordinary news is not mistaken for one.

Who each label names is :mod:`stance.extract.turn_speakers`'s job.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stance.extract.learned_labels import CAPITALS, LearnedLabel, learned_label
from stance.extract.names import fold
from stance.extract.vocabulary import HONORIFICS

if TYPE_CHECKING:
    from stance.extract.document import Document

#: The least a transcript has.
MIN_TURNS = 3
INTERVIEWER = "interviewer"

#: ("The Senate Majority Whip (Sen. (Dr.) Khalwale):": a short bracket may sit inside the brackets)
_LABEL = re.compile(
    r"(?:\d{1,3}\.\s+|\*[ \t]*)?"  # a numbered question in a record ("1. Douglas Ross (Highlands and Islands) (Con):"),
    # or India's mark of a speech given in Hindi ("*SHRI NARENDRA SINGH TOMAR:"); a name may open with an apostrophe
    # ("'MATHABO (through interpreter):", a Sesotho name)
    r"(?P<label>(?:Q|A|Q\.|A\.|Question|Answer)"
    r"|(?:The\s+|the\s+)?['’]?[A-Z][\w’'.-]*(?:(?:\s+|[,;]\s+(?=[A-Z]))(?:[" + CAPITALS + r"][\w’'.-]*|of|for|the|and|de|van|von|al|bin|\((?:[^()\n]|\([^()\n]{1,10}\)){1,120}\))){0,22})"
    r"\s*:\s+(?=\S)")
_LABEL_ALONE = re.compile(_LABEL.pattern.replace(r"\s*:\s+(?=\S)", r"\s*:\s*"))
#: The UK Hansard's web page: a label on a line of its own with no colon ("Hilary Benn (Leeds Central) (Lab)",
#: "The Secretary of State for Northern Ireland (Chris Heaton-Harris)", "Mr Speaker").
_LABEL_BARE = re.compile(_LABEL.pattern.replace(r"\s*:\s+(?=\S)", r"\s*"))
#: Records that end a label with a full stop instead of a colon. The European Parliament's verbatim report:
#: "President. – ", "Name, on behalf of the PPE Group. – ", "Name (S&D). – (DE) ..." (a dash after the stop, a
#: language tag before the words); the label's name is what comes before its first comma or bracket.
_EP_LABEL = re.compile(r"(?P<label>[A-Z][^\n–—:]{0,160}?)\.\s+[–—]\s+(?:\([A-Z]{2}\)\s+)?(?=\S)")
#: The US Government Publishing Office's hearings: "The CHAIRMAN. ", "Senator WYDEN. ", "Mr. GREER. ", a title
#: (or "The") and the name in capitals; and "Q. " / "A. " (not "A. POCIUS (TS-LKDF). ", a member's initial).
#: The Philippine Senate's record writes the title in capitals too: "SEN. ZUBIRI. ", "SEN. CAYETANO (A). ",
#: "THE PRESIDING OFFICER [Sen. Ejercito]. " (the chair's name in square brackets).
_MEMBER_TITLES = r"Senator|Representative|Congressman|Congresswoman"
_GPO_LABEL = re.compile(
    r"(?P<label>(?:The\s+|THE\s+|(?:" + _MEMBER_TITLES + r"|Mr|Mrs|Ms|Dr|Ambassador|Secretary|"
    r"Chairman|Chairwoman|Chair|General|Governor|Admiral|Judge|Commissioner|Director|SEN|REP|HON|MR|MRS|MS|DR)\.?\s+)"
    r"[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+)?(?:\s+\([A-Z]{1,3}\.?\))?(?:\s+\[[^\[\]\n]{2,60}\])?|Q|A(?!\.\s+\w+\s+\()(?!\.\s+[A-Z][A-Z’'-]+\.\s*[–—-])(?!\.\s+[A-Z]\.\s))\.\s+(?=\S)")  # (not "A. SIMONYAN.– ",
# "A. K. Kariņš (...). ": initials)
#: The same records in title case: "Senator Tolentino. ", "Senator Cayetano (A.). ", "The President. " (a member by
#: title and surname, or the chair by office).
_TITLED_LABEL = re.compile(
    r"(?P<label>(?:" + _MEMBER_TITLES + r"|Sen\.|Rep\.)\s+[A-Z][\w’'-]+(?:\s+\([A-Z]{1,3}\.?\))?|"
    r"The\s+(?:President|Chair|Chairman|Chairwoman|Chairperson|Speaker|Deputy\s+Speaker|Presiding\s+Officer|"
    r"Secretary|Majority\s+Leader|Minority\s+Leader))\.\s+(?=[A-Z(\[])")
#: A broadcast transcript's recorded clip: "[CLIP — CAPT MARK TIGHE, IALPA, 3 July]: ..." (the speaker before the comma).
_CLIP_LABEL = re.compile(r"\[(?:CLIP|AUDIO|SOUNDBITE|SOUND\s+BITE|TAPE|VIDEO|RECORDING|VT)\s*[—–:-]\s*"
                         r"(?P<label>[A-Z][^\],\n]{2,60}?)\s*(?:,[^\]\n]{0,80})?\]\s*:?\s+(?=\S)", re.IGNORECASE)
#: (or on a line of its own, the clip's words on the next: "[CLIP — PRESIDENT RODRIGO PAZ, televised address]")
_CLIP_ALONE = re.compile(_CLIP_LABEL.pattern.removesuffix(r"\s+(?=\S)") + r"\s*", re.IGNORECASE)
#: Sri Lanka's Hansard: the label in Sinhala, then Tamil, then English in brackets on a line of its own ("(The Hon.
#: Hesha Withanage)", "(The Hon. Speaker)"), the speech on the next line
_HON_ALONE = re.compile(r"\((?P<label>The\s+Hon\.?\s+[^()\n]{2,150}?)\)\s*")
#: Labels that are never speakers: document furniture of live pages and transcripts.
_NOT_SPEAKERS = {"note", "update", "updated", "editor's note", "read more", "watch", "related", "photo", "source",
                 "sources", "pictured", "background", "context", "analysis", "key points", "what we know", "timeline",
                 "advertisement", "listen", "video", "breaking", "correction", "clarification", "contact",
                 "media contact", "about", "tags", "filed under", "see also", "more", "share", "location", "date",
                 "time", "venue", "subject", "re", "to", "from", "cc", "by", "posted", "published", "tel", "email",
                 "phone", "web", "website", "notes to editors", "ends", "present", "also present", "in the chair",
                 "disclaimer", "copyright", "caption", "credit", "credits", "recap", "summary", "catch up", "latest",
                 "explainer", "reaction", "reactions", "key events", "agenda", "order of the day", "orders of the day",
                 # (whom a speech opens by addressing: "Honourable Assembly: what we have before us ...")
                 "honourable assembly", "honorable assembly", "senators", "colleagues", "fellow senators",
                 "ladies and gentlemen", "comrades", "compatriots", "the hon", "hon",
                 # (a broadcast transcript's header: "Broadcast: Friday 2 August 2019, 18:10", "Segment: ...")
                 "broadcast", "aired", "segment", "segment transcript", "transcript", "running time", "programme",
                 "program", "programme note", "programming note", "guests", "interpretation", "translation",
                 "produced by", "producer",
                 # (a live page's one-word verdict before its news: "Confirmed: there is no reference to ...")
                 "confirmed", "denied", "signed", "agreed", "approved", "rejected", "announced", "revealed", "exclusive",
                 "developing", "just in"}


_AFTER_TIMESTAMP = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}))?[ \t]*\n\s*$")


def turns(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, label) of the turns of a transcript, or [] when the article is not one."""
    found, offices, spans = [], [], []
    for i, (a, b) in enumerate(doc.paras):
        m = _LABEL.match(doc.text, a, b) or _dotted_label(doc, a, b) or _CLIP_LABEL.match(doc.text, a, b) \
            or _dashed_label(doc, a, b) or _record_label(doc, a, b) or learned_label(doc, a, b)
        if not m:
            # a label on a line of its own, the words in the next paragraph (Canada's Hansard:
            # "Hon. Pierre Poilievre (Leader of the Opposition, CPC):" then "Mr. Speaker, ...")
            m = _LABEL_ALONE.fullmatch(doc.text, a, b) or _CLIP_ALONE.fullmatch(doc.text, a, b) or _bare_label(doc, a, b) \
                or _HON_ALONE.fullmatch(doc.text, a, b) or learned_label(doc, a, b, alone=True)
            if not m or i + 1 == len(doc.paras) or _LABEL.match(doc.text, *doc.paras[i + 1]):
                continue
            a, b = doc.paras[i + 1]
            if isinstance(m, LearnedLabel) and i + 2 < len(doc.paras) and not re.search(r"[.?!:;]$", doc.text[a:b].strip()):
                a, b = doc.paras[i + 2]  # ("Anf. 61  ARON EMILSSON (SD):", then the debate's title, then the speech)
            j = i + 1  # ("Mr Ilie-Gavril Bolojan:", "Mr President,", "Ladies and gentlemen ...,": the speech after them)
            while j + 1 < len(doc.paras) and j < i + 4 and doc.text[a:b].rstrip().endswith(","):
                j += 1
                a, b = doc.paras[j]
        label = " ".join(m.group("label").split())
        if m.re is _HON_ALONE:  # ("The Hon. Rohitha Abeygunawardena - Minister of Ports and Shipping": the name)
            label = re.sub(r"^The\s+Hon\.?\s+", "", label.split(" - ")[0])
        if m.re is _EP_LABEL:
            label, office = _ep_office(label)
            if office:
                offices.append((a, office, label))
        # ("From Rome:", "In Quito:": a live page's dateline, not a speaker)
        # (an office held with others may run long before its holder: "THE MINISTER OF AGRICULTURE ...; AND THE
        # MINISTER OF PANCHAYATI RAJ (SHRI NARENDRA SINGH TOMAR)")
        if fold(label).rstrip(".") in _NOT_SPEAKERS or len(label) > (160 if label.endswith(")") else 120) \
                or re.match(r"(?:From|In|At)\s+[A-Z]|(?:Segment|Part|Episode|Item)\s+\d", label):
            continue
        if "," in label and not label.endswith(")") and not isinstance(m, LearnedLabel):
            # "The Minister of State, Foreign ... Office (Name)" only, unless the record's own layout has commas
            # ("The President, Deputy Dulce María Sauri Riancho:", "KLYUYEV A.P., First Vice Prime Minister ...")
            m = learned_label(doc, a, b)
            if m is None:
                continue
            label = " ".join(m.group("label").split())
        body = doc.text[m.end():b].strip() if m.end() > a else doc.text[a:b].strip()
        if _headline(doc, m.start(), body):
            continue
        found.append((max(m.end(), a), b, label))
        spans.append((m.start(), m.end()))
    labels = {fold(x[2]) for x in found}
    qa = sum(fold(x[2]).rstrip(".") in {"q", "a", "question", "answer"} for x in found)
    if len(found) < MIN_TURNS or (len(labels) < 2 and not qa):
        return unlabelled_interview(doc)
    doc.label_spans = spans
    if offices:  # "the Commissioner said" in a later speech is the member of the Commission who spoke
        doc.roles = sorted(doc.roles + offices, key=lambda r: r[0])
        doc._role_pos = [r[0] for r in doc.roles]
    asks = _askers(doc, found)
    return [(a, b, INTERVIEWER if fold(label) in asks else label) for a, b, label in _with_continuations(doc, found)]


def _headline(doc: Document, at: int, body: str) -> bool:
    """Whether a label at ``at`` and the words after it are a headline or crosshead, not a turn ("AKAR: PARTIES
    WILLING TO SOLVE THE PROBLEM"; a live page's "16:58 ⏎ Pita: a change of government \"by peaceful means\"",
    under its time and with no full stop)."""
    if len(body.split()) < 15 and not re.search(r"[.?!…][\"”’»]?$", body) \
            and _AFTER_TIMESTAMP.search(doc.text, max(0, at - 40), at):
        return True
    # ("... I beg to move the following Motion:": a turn may end by introducing what it reads out)
    # (a speech cut off by the chair ends in a dash: "... while they're under way—")
    # ("I beg to move the following Motion-": Kenya's record ends a turn that reads one out with a hyphen)
    return body.isupper() or not re.search(r"[.?!…”\"’»)\]—–]$|\w[:-]$", body) and len(body.split()) < 25 \
        or re.fullmatch(r"\[[^\[\]]*\]|\([^()]*\)", body) is not None  # ("[Extract from the Official Report.]", "(Uproar.)")


#: An EP label's name ends at its first comma or bracket: "Name, on behalf of ...", "Name (S&D), blue-card question".
_EP_PARTS = re.compile(r"\s*,\s*|\s+\(")


def _ep_office(label: str) -> tuple[str, set[str]]:
    """An EP label's name, and the role words of the office after it ("Member of the Commission": commissioner;
    "President-in-Office of the Council": minister); no office for a group ("on behalf of the PPE Group")."""
    name, *rest = _EP_PARTS.split(label, maxsplit=1)
    office = fold(rest[0]) if rest else ""
    words = set()
    if "commission" in office:
        words |= {"commissioner", "commission"} | ({"vice-president"} if "vice-president" in office else set())
    if "council" in office and "president" in office:
        words |= {"minister", "presidency"}
    if "high representative" in office:
        words |= {"high", "representative"}
    if "rapporteur" in office:
        words.add("rapporteur")
    return name, words


def _dotted_label(doc: Document, a: int, b: int):
    """A label that ends with a full stop (:data:`_EP_LABEL`, :data:`_GPO_LABEL`). An EP label must name a person
    (two words or more before its comma or bracket) or the chair, so a dateline ("KYIV, Ukraine. – ") is not one."""
    m = _GPO_LABEL.match(doc.text, a, b) or _TITLED_LABEL.match(doc.text, a, b)
    if m:
        return m
    m = _EP_LABEL.match(doc.text, a, b)
    if not m:
        return None
    name = _EP_PARTS.split(m.group("label"), maxsplit=1)[0]
    chair = fold(name) in {"president", "chair", "the president", "the chair", "madam president", "mr president"}
    words = name.split()
    return m if chair or 2 <= len(words) <= 5 and all(w[:1].isupper() or w in _PARTICLES for w in words) else None


#: The Turkish Grand National Assembly's record: a label in capitals, a constituency or a note in brackets, then a
#: dash ("İYİ PARTİ GRUBU ADINA KORAY AYDIN (Ankara) – Mr. Chair, ...", "BAŞKAN – Thank you.")
_DASHED = re.compile(r"(?P<label>[^\s–—:,.;]+(?:[ \t]+[^\s–—:,.;]+){0,9}?)[ \t]+[–—][ \t]+(?=\S)")


def _dashed_label(doc: Document, a: int, b: int):
    """A label in capitals before a dash (:data:`_DASHED`), in a record whose members' labels carry a constituency in
    brackets, two at least: a dateline ("DETROIT — ", "GENEVA (Reuters) – ") is one paragraph's."""
    m = _DASHED.match(doc.text, a, b)
    if not m:
        return None
    if "dashed" not in doc.fit_memo:
        doc.fit_memo["dashed"] = sum(bool(d and "(" in d.group("label")) for d in (_DASHED.match(doc.text, *p)
                                                                                   for p in doc.paras)) >= 2
    if not doc.fit_memo["dashed"]:
        return None
    bare = re.sub(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])", "", m.group("label")).strip()
    return m if bare and len(bare) >= 4 and bare.isupper() and not re.search(r"[()\[\]]", bare) else None


#: Records whose labels end in a full stop, a hyphen or an ideographic space, recognised only where a record uses one
#: form for several members (see :func:`_record_label`):
#: the Italian Senate's "URSO, Minister for Enterprises ... . Mr President, ...", "SCALFAROTTO (IV-C-RE). ..." and
#: "PRESIDENT. ..."; the French Assembly's "Mr Jean-Yves Le Drian, Minister ... . Ladies and ..." and
#: "Madam President. ..."; Brazil's Chamber "MR. JOSÉ GUIMARÃES (Bloco/PT - CE. ...) - Mr. President, ...";
#: the Japanese Diet's "○Member OKADA　I am Okada."
_RECORD_FORMS = (
    re.compile(r"(?P<label>[A-ZÀ-ÞİŞĞ][A-ZÀ-ÞİŞĞ’'-]{2,}(?:[ \t]+[A-ZÀ-ÞİŞĞ][A-ZÀ-ÞİŞĞ’'-]{2,}){0,2}"
               r"(?:[ \t]+\([^()\n]{1,40}\))?)(?:,[ \t]+[^.\n]{3,120}?)?\.[ \t]+(?=[A-Z«“\"(])"),
    re.compile(r"(?P<label>(?:Mr|Mrs|Ms|Madam|Madame|M\.|Mme)[ \t]+[A-ZÀ-Þ][\w’'-]*(?:[ \t]+[A-ZÀ-Þ][\w’'-]*){0,4}?)"
               r"(?:,[ \t]+[^.\n]{3,120}?)?\.[ \t]+(?=[A-Z«“\"(])"),
    re.compile(r"(?P<label>(?:[A-ZÀ-ÞİŞĞ][A-ZÀ-ÞİŞĞ’'.-]*[ \t]+){0,6}[A-ZÀ-ÞİŞĞ][A-ZÀ-ÞİŞĞ’'-]*\.?"
               r"(?:[ \t]+\([^()\n]{2,120}\))?)[ \t]+-[ \t]+(?=\S)"),
    re.compile(r"[○◯][ \t]*(?P<label>[^\s\u3000][^\n\u3000]{0,60}?)\u3000+(?=\S)"),
)


def _record_label(doc: Document, a: int, b: int):
    """A member's label in one of :data:`_RECORD_FORMS`, in a record where three paragraphs at least open with a label
    of that form, under two names at least: a crosshead or a paragraph opening "Mr Smith." is one paragraph's."""
    forms = doc.fit_memo.get("record_forms")
    if forms is None:
        forms = doc.fit_memo["record_forms"] = []
        for form in _RECORD_FORMS:
            found = [m.group("label") for m in (form.match(doc.text, pa, pb) for pa, pb in doc.paras)
                     if m and not _addresses_chair(doc, m)]
            if len(found) >= MIN_TURNS and len(set(found)) >= 2:
                forms.append(form)
    for form in forms:
        m = form.match(doc.text, a, b)
        if m and not _addresses_chair(doc, m):
            return m
    return None


_CHAIRS = re.compile(r"(?:Mr|Madam|Madame|M\.|Mme)\s+(?:Deputy\s+)?(?:Speaker|President|Chairman|Chairwoman|Chair|"
                     r"Chairperson|Presiding\s+Officer)")


def _addresses_chair(doc: Document, m) -> bool:
    """"Mr Speaker, the Committee recommends ... . Given ...": a speech that opens by addressing the chair, not the
    chair's label (which ends in a full stop: "Madam President. ...")."""
    return _CHAIRS.fullmatch(m.group("label")) is not None and doc.text.startswith(",", m.end("label"))


_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "al", "bin", "y", "dos", "das", "in", "'t",
              "’t", "ten", "ter", "op", "zu", "del", "della", "af", "e"}


def _bare_label(doc: Document, a: int, b: int):
    """A label without a colon, alone on its line: only one with brackets, an honorific or a name the article
    gives a person, so a crosshead is not taken for one."""
    m = _LABEL_BARE.fullmatch(doc.text, a, b)
    if not m:
        return None
    label = m.group("label")
    first = fold(label.split()[0]).rstrip(".")
    return m if "(" in label or first in HONORIFICS | {"madam", "madame"} or fold(label) in doc.persons else None


def _askers(doc: Document, found: list[tuple[int, int, str]]) -> set[str]:
    """Labels whose turns are mostly questions ("AMR:", "FINANCIAL DAILY:"): the interviewer, whatever the
    outlet calls itself. Needs two labels at least, so a one-voice record keeps its speaker."""
    by_label: dict[str, list[bool]] = {}
    # ("Douglas Ross:" after "Douglas Ross (Highlands and Islands) (Con):": the same member, asking again)
    members = {fold(label.split("(")[0].strip()) for _, _, label in found if "(" in label}
    for a, b, label in found:
        if "(" in label or fold(label.split()[0]).rstrip(".") in HONORIFICS | _MEMBERS or fold(label) in members:
            # "Hon. Pierre Poilievre (Leader of the Opposition, CPC)", "Deputy Jim O'Callaghan": a member asking,
            # not the outlet
            continue
        by_label.setdefault(fold(label), []).append(doc.text[a:b].rstrip().endswith("?"))
    if len(by_label) < 2:
        return set()
    return {k for k, qs in by_label.items() if len(qs) >= 2 and sum(qs) >= 0.6 * len(qs)
            and k.rstrip(".") not in {"q", "question"}}


#: Titles a legislature's record gives its members ("Deputy" is a TD of the Dáil).
_MEMBERS = {"hon", "right", "rt", "senator", "sen", "deputy", "rep", "representative", "congressman", "congresswoman",
            "councillor", "cllr"}


def _with_continuations(doc: Document, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A turn that runs over several paragraphs: the unlabelled paragraphs after a labelled one, up to the next
    label, are the same speaker's. Only prose continues a turn (a full sentence, not a heading or a
    stage direction such as "[Interruption.]"), and nothing after the last turn's own paragraph group does
    unless it reads as speech."""
    t = doc.text
    starts = {doc.para_of(s): (s, e, label) for s, e, label in found}
    labels_alone = {doc.para_of(a) for a, b in doc.label_spans if doc.para_of(a) not in starts}  # (their own paragraph)
    out = []
    current = None
    last_turn_para = max(starts) if starts else -1
    for i, (a, b) in enumerate(doc.paras):
        if i in starts:
            current = starts[i]
            out.append(current)
            if t[current[0]:current[1]].lstrip()[:1] in "“\"«‘'":
                current = None  # a live page's heading 'Trump: "I'm not happy"' is its own, not a turn to go on
            continue
        if current is None or i in labels_alone:  # ("Sorokin G. I., CPRF faction.": the next turn's label)
            current = None
            continue
        body = t[a:b].strip()
        if _STAGE.fullmatch(body):
            continue  # a stage direction or the record's own marker inside a speech: the member goes on after it
        # (";": a motion's clause read out; "should-": a list of requests follows, "(1) Explain ...; and,")
        said = re.sub(r"\s*\([^()]{1,60}\)$", "", body)  # ("... face Argentine justice. (Applause.)")
        # (a speech broken off by laughter ends in a dash of either width: "... very largely on its behalf –")
        prose = (len(body.split()) >= 6 and re.search(r"[.?!…”\"’;—–-]$|;\s+and,?$", said)
                 and not re.match(r"[\[(](?!(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s)", body) and not body.isupper())
        # ("The House rose at 6.30 p.m.": the record's own line ends the last turn)
        if not prose or i > last_turn_para and _narration(body) or _RECORD_LINE.match(body):
            current = None
            continue
        out.append((a, b, current[2]))
    return out


#: What a record prints inside a speech without ending it: a stage direction in brackets ("(Applause)", "[Eggs are
#: thrown from the hall ...]", "(「That's going too far」 says a member)"), Brazil's clock ("Time: 19:46"; a bare
#: "21:33" is a live page's next post), a page's running head ("21 February 2013   Extraordinary session   Page 9"),
#: the shorthand writer's initials ("RF").
_STAGE = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)|\[[^\[\]]*\]|Time:\s*\d{1,2}[:.]\d{2}"
                    r"|[^\n.?!]{0,80}\bPage\s+\d{1,4}|[A-Z]{2,3}"
                    r"|[—–][A-Z][^\n]*")  # (Argentina's Senate: "—A vote is taken by electronic means.", the record's own)
_RECORD_LINE = re.compile(r"(?:The\s+)?(?:House|Senate|Assembly|Council|Committee|Chamber|Sitting|sitting)\s+"
                          r"(?:rose|adjourned|was\s+(?:accordingly\s+)?adjourned|resumed|was\s+suspended|stands\s+adjourned)\b"
                          # ("Question put and Motion agreed to.", "Resolved accordingly:": the record's own entries)
                          r"|Question\s+put(?:\s+and\s+(?:Motion|amendment|agreed)|\.)|Resolved\s+accordingly\b"
                          r"|Motion\s+(?:agreed\s+to|negatived)\b"
                          # (the US Congressional Record: "The amendment (No. 4904) was agreed to.", "The legislative
                          # clerk called the roll.")
                          r"|The\s+(?:amendment|motion|resolution|bill)(?:\s+\([^()]{1,20}\))?\s+was\s+(?:agreed\s+to|rejected)\b"
                          r"|The\s+(?:[a-z]+\s+){0,3}clerk\s+(?:called|will\s+call)\s+the\s+roll\b"
                          # (a record's separator of dots, and its colophon: "Published by the Hansard Department")
                          r"|(?:\.\s*){3,}$|Published\s+by\b|This\s+is\s+an\s+uncorrected\b")


def _narration(body: str) -> bool:
    """A paragraph after the last turn that is the writer's again: a sign-off, a credit, a reporter's note."""
    return bool(re.match(r"(?:This\s+interview|The\s+interview|Interview|Reporting|Additional|Editing|Copyright|"
                         r"©|\(|—|-|–|Source|Photo)", body)) or bool(re.search(r"\b(?:said|says|told)\b", body))


def unlabelled_interview(doc: Document) -> list[tuple[int, int, str]]:
    """An interview printed without labels: question paragraphs (ending in "?") each followed by answer
    paragraphs. At least ``MIN_TURNS`` questions must each be answered before the next, or it is not one."""
    t = doc.text
    is_q = [t[a:b].rstrip().endswith("?") and len(t[a:b].split()) >= 2 for a, b in doc.paras]
    first = next((i for i, q in enumerate(is_q) if q), None)
    if first is None:
        return []
    answered = sum(1 for i in range(first, len(is_q) - 1) if is_q[i] and not is_q[i + 1])
    if answered < MIN_TURNS or any(is_q[i] and is_q[i + 1] for i in range(first, len(is_q) - 1)):
        return []
    # it calls itself an interview before the questions start, and its answers are not quoted narration
    if not re.search(r"\binterview", t[: doc.paras[first][0]], re.IGNORECASE):
        return []
    answers = [t[a:b] for (a, b), q in zip(doc.paras[first:], is_q[first:]) if not q]
    if sum(not re.search(r"[“”\"«»]|\b(?:said|says|told)\b", x) for x in answers) < 0.4 * len(answers):
        return []
    return [(a, b, "Q" if q else "A") for (a, b), q in zip(doc.paras[first:], is_q[first:])]
