"""What every rule reads and the cue helpers rules are written with.

* :func:`rule_text`: the statement normalised (Unicode NFKC, lower case, curly quotes straightened, spaces
  collapsed).
* *Negation*: a cue preceded, in the same clause and within a few tokens, by "not", "never", "no",
  "no longer", "don't", "won't", "cannot", "without", ... does not count (:func:`negated`, :func:`fires`).
* Shared vocabulary: :data:`TALKS` (what a negotiation is called) and :data:`VICTORY` (a "condition" that
  amounts to victory).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# --- normalised text ---------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u2032": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                         "\u2013": " - ", "\u2014": " - ", "\u2212": "-", "\u00a0": " "})
_WS = re.compile(r"\s+")


@functools.lru_cache(maxsize=8192)
def rule_text(text: str) -> str:
    """Lower-cased NFKC text with straight quotes and single spaces: what every rule reads."""
    t = unicodedata.normalize("NFKC", str(text)).translate(_QUOTES).lower()
    return _WS.sub(" ", t).strip()


def rx(*alternatives: str) -> re.Pattern:
    """One compiled pattern matching any of ``alternatives``."""
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


#: Up to n words between two cue parts, none of them a negation.
def gap(n: int) -> str:
    return rf"(?:(?!(?:not|never|no|nor|longer|cannot|without)\b)[\w'-]+,? ){{0,{n}}}?"


_NEG_TOKENS = frozenset({
    "not", "never", "no", "nor", "neither", "cannot", "without", "hardly", "nobody", "none", "nothing",
    "n't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "aren't",
    "wasn't", "weren't", "shouldn't", "mustn't", "haven't", "hasn't", "hadn't", "shan't", "ain't",
})
_CLAUSE_BREAK = re.compile(r"[.;:!?,\"()]|\bbut\b|\bhowever\b|\byet\b|\bwhile\b|\bbecause\b|\bthough\b")
_TOKEN = re.compile(r"[\w'-]+")
NEGATION_WINDOW = 4


def negated(t: str, start: int, window: int = NEGATION_WINDOW) -> bool:
    """True when a negation word stands within ``window`` tokens before ``start``, in the same clause."""
    head = t[max(0, start - 120):start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end():]
    toks = _TOKEN.findall(head)[-window:]
    for i, tok in enumerate(toks):
        if tok in _NEG_TOKENS or tok.endswith("n't"):
            # "not only welcome" and "no doubt" are not negations of what follows
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if tok == "not" and nxt == "only":
                continue
            if tok == "no" and nxt in ("doubt", "question", "matter"):
                continue
            if tok == "no" and i == len(toks) - 1 and start < len(t) and t[start:start + 5] == "doubt":
                continue
            return True
    if t[max(0, start - 11):start].endswith("no longer "):
        return True
    return False


def fires(pattern: re.Pattern, t: str, negatable: bool = True) -> bool:
    """Any match of ``pattern`` in ``t`` that is not negated (or any match at all)."""
    for m in pattern.finditer(t):
        if not negatable or not negated(t, m.start()):
            return True
    return False


# --- shared vocabulary -----------------------------------------------------------------------------------------

TALKS = (r"(?:talks?|negotiat\w*|dialog(?:ue)?s?|diplomac\w*|diplomatic \w+|ceasefires?|cease-fires?|truces?|"
         r"deals?|agreements?|settlements?|accords?|summits?|mediation|peace(?: \w+)?|table|contacts?|"
         r"conversations?|discussions?|meetings?|compromises?|armistice|de-escalation)")
VICTORY = re.compile(
    r"\b(?:crush\w*|defeat\w*|destroy\w*|eliminat\w*|eradicat\w*|annihilat\w*|wiped out|surrender\w*|"
    r"capitulat\w*|victory|vanquish\w*|beaten|is gone|are gone|every inch|last (?:soldier|bullet|man)|"
    r"on its knees|on their knees|unconditional\w*|total|utterly)\b")


def victory_after(t: str, pattern: re.Pattern) -> bool:
    """The condition introduced by ``pattern`` amounts to victory (it is followed by a victory word)."""
    for m in pattern.finditer(t):
        if VICTORY.search(t, m.end(), min(len(t), m.end() + 70)):
            return True
    return False
