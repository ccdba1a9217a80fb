"""Whether a name stands where a sentence's subject does: "attended by J.D. Vance" is not who speaks next, "President
of the European Council Charles Michel expressed ..." is."""

from __future__ import annotations

import re

from stance.extract.unnamed import person_noun
from stance.extract.vocabulary import HUMAN_ROLES, PORTFOLIO_WORDS, PREPOSITIONS, ROLE_FILLER, STYLES


def subject_position(doc, k: int) -> bool:
    """Not the object of a preposition or verb: "attended by J.D. Vance" is not who speaks next."""
    j = k - 1
    # ("to the Dutch premier Mark Rutte": a demonym before a title is part of it; so is "and" in "Chairman and CEO X")
    while j >= 0 and (doc.tokens[j][2].lower() in ROLE_FILLER or doc.tokens[j][2] in STYLES
                      or j + 1 < k and doc.tokens[j][2][:1].isupper()
                      and doc.tokens[j + 1][2].lower() in ROLE_FILLER - {"the", "a", "an"}
                      or doc.tokens[j][2] in {"and", "&"} and j >= 1  # ("Board member and MP X", "Health and Social Care X")
                      and (doc.tokens[j - 1][2].lower() in _ROLE_OR_PORTFOLIO or doc.tokens[j - 1][2] == "member"
                           or person_noun(doc.tokens[j - 1][2]))  # ("High School teacher and union spokesman X")
                      # ("President of the European Council Charles Michel": a title's "of" before its body,
                      # the title opening the sentence)
                      or doc.tokens[j][2] == "of" and j >= 1 and doc.tokens[j - 1][2][:1].isupper()
                      and doc.tokens[j - 1][2].lower() in HUMAN_ROLES and _opens_sentence(doc, j - 1)):
        j -= 1
    # ("between Kosovo's Prime Minister Albin Kurti and ...": a possessive name before the title, then what precedes it)
    while j >= 1 and doc.tokens[j][2].endswith(("’s", "'s")) and doc.tokens[j][2][:1].isupper():
        j -= 1
        while j >= 0 and doc.tokens[j][2][:1].isupper() and doc.tokens[j][2] not in _OPENERS:
            j -= 1
    if j < 0 or "\n" in doc.text[doc.tokens[j][1]:doc.tokens[j + 1][0]]:
        return True  # (a paragraph's first words: "in" ending the heading above is no preposition of theirs)
    w = doc.tokens[j][2].lower()
    if w in {"and", "but"} and (j == 0 or doc.tokens[j - 1][2] in ".!?”\""):  # "And union boss Fran Drescher ..."
        return True
    if w == "from" and j >= 1 and doc.tokens[j - 1][2].lower() in _FROM_SPEAKER:
        return True  # a live page's "More from Anwar.", "Statement from António Guterres:": who speaks next
    # ("NASSER: From Yahya Sinwar, the movement's leader ...", "For Dr Malawana, the harder audience may be his own.": a
    # fronted phrase naming whom the sentence is about)
    if w in {"from", "for"} and doc.tokens[j][2][:1].isupper() and (
            j == 0 or doc.tokens[j - 1][2] in {".", "!", "?", ":", "”", '"'}
            or "\n" in doc.text[doc.tokens[j - 1][1]:doc.tokens[j][0]]):
        return True
    if w in {"asked", "interviewed"} and j >= 1 and doc.tokens[j - 1][2] in {"We", "we", "I"}:
        return True  # ("How significant is this? We asked Davit Lomidze, ...": the one the outlet asked answers next)
    if w in {"to", "with"} and j >= 1 and doc.tokens[j - 1][2] in {"spoke", "talked"}:
        return True  # ("Omar spoke to Hana, a teacher waiting outside a bank. ... she said": the one spoken to answers)
    if w == "by" and j >= 1 and doc.tokens[j - 1][2].lower() in _PRESENTED:
        return True  # ("The terms ... were presented by Taoiseach Brian Cowen last night. He said ...": who spoke)
    # "welcomed Thakur's invitation": a possessive after a verb in the past is its object's owner, not a subject
    e = k  # (the name's last word: "following Evo Morales's resignation")
    while e + 1 < len(doc.tokens) and e < k + 4 and doc.tokens[e + 1][2][:1].isupper() \
            and doc.text[doc.tokens[e][1]:doc.tokens[e + 1][0]] == " ":
        e += 1
    possessive = doc.tokens[e][2].endswith(("’s", "'s"))
    # (or a participle's: "the unrest following Evo Morales's resignation")
    owned = possessive and doc.tokens[j][2].islower() and w.endswith(("ed", "ing"))
    return w not in PREPOSITIONS and w not in _OBJECT_AFTER and not owned and not _listed_object(doc, j)


_OPENERS = {"The", "A", "An", "And", "But", "In", "On", "At", "For", "With", "Between"}


def _opens_sentence(doc, j: int) -> bool:
    """Whether token ``j`` is the first of its sentence or paragraph."""
    return j == 0 or doc.tokens[j - 1][2] in {".", "!", "?", "”", '"'} or "\n" in doc.text[doc.tokens[j - 1][1]:doc.tokens[j][0]]


def _listed_object(doc, j: int) -> bool:
    """"congratulated Acad. Denkov and her former colleague Mariya Gabriel", "bringing McAdam, Shelton and Stephenson
    together": a name after "and" or a comma in a list of names that a verb's object opens."""
    listed = False
    for i in range(j, max(-1, j - 12), -1):
        tok = doc.tokens[i][2]
        low = tok.lower()
        if low in _OBJECT_AFTER or low in ("with", "between", "by"):
            # (not "Speaking after his meeting with Moratinos, Ortega cast ...": the comma closes a fronted clause)
            a = doc.sentence_of(doc.tokens[j][0])[0]
            return listed and not (_FRONTED_OPENER.match(doc.text, a) and doc.tokens[j][2] == ","
                                   and all(doc.tokens[x][2] != "and" for x in range(i, j)))
        listed = listed or low in ("and", ",")
        if not (tok[:1].isupper() or low in ROLE_FILLER or low in _IN_LISTS):
            return False
    return False


_FRONTED_OPENER = re.compile(r"\s*(?:[A-Z][a-z]{2,}ing|After|Before|When|While|Asked|Following|Despite|Once)\s")
_IN_LISTS = {"and", ",", ".", "his", "her", "their", "its", "former", "then", "fellow", "chief", "executive", "colleague",
             "counterpart", "wife", "husband", "son", "daughter", "partner", "ally", "rival"}


_ROLE_OR_PORTFOLIO = HUMAN_ROLES | PORTFOLIO_WORDS
_FROM_SPEAKER = {"more", "reaction", "update", "latest", "statement", "message", "letter", "comment", "comments", "video"}
_PRESENTED = {"presented", "announced", "unveiled", "outlined", "delivered", "introduced", "explained", "read"}
#: Words after which a name is an object, besides the prepositions: "told a press conference alongside O'Connor. He
#: said ..." (he is who told it), "congratulated Illa", "flanked by ..."
_OBJECT_AFTER = {"alongside", "beside", "besides", "including", "despite", "unlike", "behind", "beyond", "amid", "near",
                 "around", "across", "congratulated", "praised", "joined", "replaced", "succeeded", "accused",
                 "criticised", "criticized", "blamed", "attacked", "welcomed", "visited", "phoned", "rang", "hosted",
                 "received", "thanking", "congratulating", "praising", "meeting", "joining", "accusing", "blaming",
                 "urging", "telling", "asking", "inviting", "calling", "blasted", "slammed", "lambasted", "mocked",
                 "ridiculed", "condemned", "denounced", "rebuked", "contradicted", "challenged", "warned", "reassured",
                 "defended", "nominate", "nominated", "nominating", "elected", "re-elected", "endorsed", "endorsing",
                 "appointed", "thanked", "sacked", "ousted", "defeated", "bringing", "referred"}
