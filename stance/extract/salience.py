"""Role subjects: "HE the Chadian Foreign Minister expressed his thanks ... He acknowledged that ...". A sentence
whose subject is a role ("the president", "the Chadian Foreign Minister") puts the person who holds that role in
the article in the reader's mind, as a name there would: a later "he" or "she" stands for them."""

from __future__ import annotations

import re

from stance.extract.names import ROLE_NORMS, norm_role
from stance.extract.scan import scouted_any
from stance.extract.unnamed import person_noun, unnamed_name

# "the president announced", "HE the Chadian Foreign Minister expressed", "The minister also stressed":
# "the", up to three modifiers, the role, then a verb in the past or present (its subject, not its object)
_ROLE_SUBJECT = re.compile(r"(?:HE\s+|His\s+Excellency\s+)?[Tt]he\s+((?:[\w’'-]+\s+){0,3}?)([\w’'-]+)\s+"
                           r"(?:also\s+|then\s+|later\s+|further\s+|has\s+|had\s+|was\s+)?(?:[a-z]+(?:ed|es|s)|been|wrote|told|"
                           r"said|spoke|gave|took|made|sent|met|put|came|went|held|chose|struck|set)\b")
# "Standing alone at a lectern in the Rose Garden, the president ...", "Earlier Saturday the minister had been ..."
_FRONTED = re.compile(r"[^.;:!?“”\"]{0,100},\s+|(?:(?:Earlier|Later|On|By)\s+(?:\w+day|this\s+\w+|that\s+\w+)|"
                      r"(?:Yesterday|Today|Tonight)(?:\s+(?:morning|afternoon|evening))?|Last\s+(?:night|week)|"
                      r"This\s+(?:morning|afternoon|evening))\s+(?=the\s)")


def role_subjects(doc) -> list[tuple[int, str]]:
    """(position, person) for each sentence whose subject is a role the article gave a named person before."""
    from stance.extract.holders import role_holder  # (it imports what imports the registry this runs inside)

    out = []
    for a, b in _sentences(doc):
        m = _ROLE_SUBJECT.match(doc.text, a, b)
        if m is None:
            fronted = _FRONTED.match(doc.text, a, b)
            m = _ROLE_SUBJECT.match(doc.text, fronted.end(), b) if fronted else None
        if m is None or doc.in_quote(m.start()):
            continue
        head = norm_role(m.group(2))
        if head not in ROLE_NORMS:
            continue
        words = [norm_role(w) for w in m.group(1).split()] + [head]
        who = role_holder(doc, head, words, m.start(), [])
        if who is not None:
            out.append((m.start(), who))
    return out


# "A FijiFirst volunteer watching nearby was in no mood to party.", "A researcher at a Kinshasa institute put it
# bluntly": a sentence opened by someone unnamed, introduced as one of many
_SOMEONE_OPENS = re.compile(r"(?:A|An|One)\s+((?:[\w’'-]+\s+){0,4}?)([a-z][\w’'-]*)(?=[\s,])")


def unnamed_subjects(doc) -> list[tuple[int, str]]:
    """(position, unnamed source) for each sentence opened by an unnamed person: a later "he" or "she" may be them."""
    out = []
    for a, b in _sentences(doc):
        m = _SOMEONE_OPENS.match(doc.text, a, b)
        if m is None or doc.in_quote(m.start()) or m.group(1).strip().lower() in ("number of", "lot of", "few", "couple of"):
            continue
        # (placed at its head noun, after any name that describes it: "One Fianna Fáil TD" is not Fianna Fáil)
        if person_noun(m.group(2)):
            out.append((m.end(2), unnamed_name(m.group())))
        elif (found := _modified_someone(doc, m.start(), b)) is not None:
            out.append(found)
    # ("I spoke to a maintenance technician on the picket line. He put it very simply": someone the reporter met)
    for m in scouted_any(_SPOKE_TO, doc.text, _SPOKE_TO_WORDS):
        words = m.group(1).split()
        k = next((k for k, w in enumerate(words) if k and person_noun(w)), None)
        if k is not None and not doc.in_quote(m.start()):
            out.append((m.start(1) + len(" ".join(words[:k + 1])), unnamed_name(" ".join(words[:k + 1]))))
    return out


_SPOKE_TO = re.compile(r"\b(?:spoke|talked|chatted)\s+(?:to|with)\s+((?:a|an)(?:\s+[\w’'-]+){1,4})")
_SPOKE_TO_WORDS = ("spoke", "talked", "chatted")


#: The words after "A", "An" or "One" that may hold the head noun (a place or party may be among them: "A Kiev
#: political consultant", "One Fianna Fáil TD from the west"), and what says the head is the subject: a past-tense
#: verb, or a relative clause ("who asked not to be named"), after a place of work ("A sales manager at a Kanagawa
#: parts supplier, who ...")
_MODIFIED = re.compile(r"(?:A|An|One)((?:\s+[^\W\d_][\w’'-]*){1,4})")
_DID = re.compile(r"(?:\s+[a-z]+ly)?\s+(?:was|were|had|said|told|[a-z]{3,}ed)\b|"
                  r"(?:\s+(?:at|from|in|with|for)\s+[^,.;:!?“”\"]{1,60})?,?\s+who\s")


def _modified_someone(doc, a: int, b: int) -> tuple[int, str] | None:
    """"A senior government source was less diplomatic", "A Kiev political consultant who has worked for both camps
    agreed": an unnamed source whose head noun follows its modifiers, when a past-tense verb says they did something
    or a relative clause describes them (not "A train driver or conductor who chooses ... will earn"); with where its
    head noun ends."""
    words = _MODIFIED.match(doc.text, a, min(b, a + 80))
    heads = words.group(1).split() if words else []
    k = next((k for k, w in enumerate(heads) if (w[0].islower() or w.isupper()) and person_noun(w)), None)
    if not k:  # (none, or the first word: the caller's own case)
        return None
    if {"the", "later", "earlier", "ago"} & set(heads[:k]):  # ("A month later the minister sounded ...": a time)
        return None
    after = words.start(1) + 1 + len(" ".join(heads[:k + 1]))
    if not _DID.match(doc.text[after:min(b, after + 120)]):
        return None
    return after, unnamed_name(" ".join(["a"] + heads[:k + 1]))


def _sentences(doc):
    """Each sentence's span, from its first character that is not a space."""
    for a, b in doc.sentences:
        while a < b and doc.text[a] in " \t\n":
            a += 1
        yield a, b
