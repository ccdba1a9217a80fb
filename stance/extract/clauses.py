"""Where the content clause of a speech verb starts: after "that" (unless the "that" belongs to something in
between), or bare for say-like verbs ("said talks would resume", "told reporters the deal was close")."""

from __future__ import annotations

import re

from stance.extract.vocabulary import (
    BARE_LEMMAS,
    CLAUSE_STARTERS,
    HUMAN_ROLES,
    NOT_CLAUSE,
    PREPOSITIONS,
    RELATIVE_NEXT,
    REPORTED_VERBS,
    STOP_CAPS,
    UNNAMED_HEADS,
    mask_abbreviations,
)

#: Finite verbs that show a clause has its own subject and verb: "said he was pleased that ...".
FINITE = {"is", "was", "are", "were", "had", "has", "have", "would", "will", "could", "can", "should", "might",
          "did", "does", "felt", "believed", "thought", "hoped", "expected", "trusted", "knew", "wanted", "feared"}


def that_clause(after: str, ve: int, lemma: str = "") -> int | None:
    """Where a "that" clause after the verb starts, unless the "that" belongs to something else in between (for
    ``lemma``, the verb's, where it is known)."""
    if "that" not in after:  # (every form below has one)
        return None
    # "cautioned, however, that ...": an aside between commas is not part of the clause
    # ("told the union, in effect, that ...": after the one told, too)
    aside = _ASIDE_THEN_THAT.match(after)
    if aside:
        return that_clause(after[aside.end():], ve + aside.end())
    # "announced that morning, before the government had even presented the details, that ...": a time, then a
    # clause between commas, then the content
    # (or "told a news conference, with members of his cabinet at his side, that ...": an aside on the scene)
    # ("told reporters on Wednesday, after the two delegations initialled the text, that ...")
    # (", on Channels Television's Politics Today, that ...": a programme)
    timed = re.match(r"(?:\s+[\w ]{1,30}?)?,\s+(?:(?:in|at|during)\s+(?:remarks|comments|an?\s+(?:interview|statement|speech|"
                     r"address|briefing|post)|a\s+news\s+conference)\b|on\s+[A-Z])[^.;:!?“”\"]{0,80},(?=\s+that\s)", after) or re.match(
        r"(?:\s+[\w ]{1,30}?)?,\s+(?:before|after|while|when|as|even|"
                     r"only|just)\b[^.;:!?“”\"]{0,120},(?=\s+that\s)", after) or re.match(
        r"(?:\s+[\w ]{1,30}?)?,\s+(?:with|flanked|standing|speaking|accompanied|alongside|beside|surrounded)\b"
        r"[^.;:!?“”\"]{0,120},(?=\s+that\s)", after)
    if timed:
        return that_clause(after[timed.end():], ve + timed.end())
    # "announced that, after intense negotiations, the leader had agreed ...": the aside opens the content
    comma = re.match(r"(?:\s+(?:at\s+the\s+time|on\s+[A-Z][a-z]+|later|earlier|then|in\s+a\s+statement|[a-z]+ly))?"
                     r"\s+that,\s+(?=[a-z])", after)
    if comma:
        return ve + comma.end()
    tm = _WORDS_THEN_THAT.match(mask_abbreviations(after[:300]) if "." in after[:120] else after)
    if not tm or re.search(r"[.;:!?]", tm.group(1)):
        return None
    nxt = tm.group(2).lower().strip("“\"")
    if nxt in _TIME_NOUNS:  # "told reporters later that day it would ...": a time, not the clause's "that"
        later = that_clause(after[tm.end(2):], ve + tm.end(2))  # ("wrote that evening that the months had ...")
        opens = re.match(r"\s+(?=(?:the|it|he|she|they|we|its|his|her|their|there)\s|[A-Z])", after[tm.end(2):])
        return later if later is not None or opens is None else ve + tm.end(2) + opens.end()
    between = tm.group(1).split()
    # ("said it mattered more than ever that ...": a past tense after the pronoun is finite too)
    clause_first = (bool(between) and between[0].lower() in {"he", "she", "they", "it", "we", "i"}
                    and any(w.lower() in FINITE or w.islower() and w.endswith("ed") for w in between[1:3]))
    # another speech verb in between ("said she had warned that ...") owns the "that"; "State" in "the State
    # Dining Room" is a name, and "report" a noun: only lower-case finite forms count
    verb_between = any(w in REPORTED_VERBS and (w.endswith(("ed", "s")) or w in {"said", "told", "wrote", "thought"})
                       for w in between if w.islower())
    # "said the world body had taken note of a request that ...": the "that" hangs on an inner clause
    inner_verb = len(between) >= 2 and any(w in FINITE for w in between[1:]) or (
        # "said the unions accepted the figure because of incentives that ...": the clause has its own verb
        len(between) >= 3 and between[0].lower() in _DETERMINERS and between[2].endswith("ed") and between[2].islower())
    # "said millions rely on the railways and that the effects ...": a second content clause, not the first
    second = len(between) >= 3 and between[-1].lower() in {"and", "but"}
    # ("said when the heads of agreement were signed in July that ...": a time clause, then the content)
    # (not "laughed when asked about reports that ...": the "that" of a noun in the time clause is not the content)
    if between and between[0].lower() in {"when", "after", "before", "while"} and nxt not in RELATIVE_NEXT \
            and "asked" not in between and not between[-1].lower().endswith(("s", "ion", "word")):
        return ve + tm.start(2)
    # ("stressed that being a shareholder was ...", "said on Tuesday that being free ...": a clause on a gerund)
    relative = nxt in RELATIVE_NEXT and not (nxt == "being" and (not between or between[0].lower() in _WHEN_OR_WHERE))
    if relative or verb_between or clause_first or inner_verb or second or _noun_owns_that(lemma, between):
        return None
    return ve + tm.start(2)


_PEOPLE = sorted(HUMAN_ROLES | UNNAMED_HEADS | {"spokesperson", "spokesman", "spokeswoman", "source", "person", "man",
                                                  "woman", "member", "resident", "worker"}, key=len, reverse=True)
#: After "said a": a person within three words ("said a senior spokesman"), or a noun phrase and its verb.
_PERSON_NEXT = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s+(?:" + "|".join(_PEOPLE) + r")\b")
_NOUN_PHRASE_VERB = re.compile(r"(?:\s+[a-zA-Z0-9€$£¥][\w’'.%-]*(?:,\d+)*){1,10}?\s+(?:would|will|could|can|should|might|may|had|has|have|was|were|is|are|must|did|does|"
                               r"(?:still\s+|never\s+|already\s+)(?:[a-z]+ed|lay|went|came|stood|fell)|"
                               r"(?:[a-z]{3,}ed|meant|made|gave|took|kept|left|held|brought|sent|won|lost|cost)"
                               r"\s+(?=(?:the|a|an|its|his|her|their|this|that)\s)|"
                               # ("said a great deal remained unclear": a linking verb, its complement any word)
                               r"remained|remains|seemed|seems|appeared|became|"
                               # ("said a ceasefire began at dawn": what begins or ends needs no object)
                               r"began|begins|ended|ends|started|starts|resumed|collapsed|stalled|took\s+effect)\b")
_DETERMINERS = {"the", "its", "his", "her", "their", "our", "some", "many", "most", "all", "both"}
_TOLD_WHOM = re.compile(r"\s+(?:"
                        # ("told the weekly Búsqueda", "told the daily El Tiempo": a medium, then its name)
                        r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:weekly|daily|newspaper|paper|magazine|broadcaster|website|agency)\s+"
                        r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|"
                        # "told Israeli radio the deal was ...", "told state television it ...": a medium
                        r"(?:(?:[A-Z][\w’'.-]*|state|local|public|national|private)\s+){1,3}(?:radio|television|TV|media|"
                        r"broadcaster|news\s+agency|channel|newspaper|daily)\b|"
                        r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|reporters|journalists|the\s+press|lawmakers|"
                        r"(?:our|this)\s+(?:reporter|correspondent|newspaper|paper|website|programme)|"
                        r"members|workers|him|her|them|us|me|"
                        # ("told readers of his New York Times blog it was ...")
                        r"[a-z]+s\s+of\s+(?:his|her|their|its|the)\s+(?:[A-Z][\w’'.-]*\s+){0,4}[a-z]+|"
                        r"[a-z]+s(?=\s+(?:they|he|she|it|we|there|the|its|their)\s)|"  # ("told farmers they had ...")
                        # "told a hastily arranged briefing in New Delhi": an audience, not a clause's subject
                        r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:briefing|news\s+conference|press\s+conference|conference|"
                        r"meeting|rally|crowd|audience|gathering|session|forum|"
                        # ("told a Pakistani cricket website the squad would ...": a medium)
                        r"website|site|podcast|magazine|newspaper|paper|broadcaster|channel|station|programme|program|"
                        r"outlet|news\s+agency)\b(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?|"
                        r"(?:both|all|each)\s+(?:sides|parties|side|party)|"
                        # ("the Fair Work Commission", "the Riyadh club he only wanted ...")
                        r"the\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s+[a-z]+(?=\s+(?:he|she|they|it|we)\s))?|"
                        r"the\s+\w+|an?\s+\w+)")
_SUM_THEN_VERB = re.compile(r"[$£€][\d,.]+\w*(?:\s+[a-z]+){0,3}\s+(?:should|would|will|could|had|has|have|was|were|is|are)\b")
_TOLD_THING = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:stories|story|tales|lies|jokes?|the\s+truth)\b")
_TIME_AFTER = re.compile(r"(?:\s+on)?\s+(?:(?:last|this|late|early|(?:earlier|later)\s+(?:this|that|in\s+the))\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday|today|yesterday|week|month|year|day|night|morning|at\s+the\s+time|(?:at|over)\s+the\s+weekend|"
                         r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))"
                         r"(?:\s+(?:night|morning|evening|"
                         r"afternoon))?(?=\s+(?:the|a|an|it|he|she|they|there|its|his|her|their|[A-Z]\w+\s+(?:is|was|"
                         r"had|has|would|will|could)\b))")
#: Nouns that end like adverbs: "said supply chains had improved", "said family members ...".
_APPROXIMATELY = re.compile(r"\s+(?:about|around|nearly|almost|roughly|some|over|at\s+least|more\s+than|fewer\s+than|"
                            r"less\s+than|up\s+to|as\s+many\s+as|just\s+(?:over|under))(?=\s)")
_WH_WORDS = {"which", "what", "whether", "who", "whom", "when", "where", "how", "why", "if"}
_AUX_AFTER = re.compile(r"(?:\s+(?![a-z]+ing\b|that\b)[a-z][\w-]*){0,3}\s+(?:would|will|could|should|had|has|have|was|were|is|"
                        r"are)\s")  # (not "a written statement saying the company was glad": a participle's clause)
_NAME_THEN_VERB = re.compile(r"(?:\s+[A-Z][\w’'-]+){1,3}\s+(?:was|were|is|are|had|has|have|would|will|could|[a-z]+ed)\b")
_DETERMINER_OPENERS = {"the", "his", "her", "its", "their", "this", "these", "those", "our"}
#: A finite verb somewhere in what follows: the sign of a clause rather than an object.
#: (a word in -ed or -s after an article, a possessive or a preposition is a noun or an adjective: "to a packed hall",
#: "the broad outlines to reporters", "after several hours of closed-door talks")
_NOT_AFTER_DETERMINER = "".join(rf"(?<!\b{w} )" for w in ("the", "a", "an", "to", "of", "in", "on", "at", "by", "for", "with",
                                                         "from", "his", "her", "its", "their", "our", "several", "many"))
_HAS_VERB = re.compile(r"\b(?:is|are|was|were|be|been|will|would|could|can|should|must|may|might|has|have|had|do|does|"
                       r"did|" + _NOT_AFTER_DETERMINER + r"(?!(?:his|its|this|hers|ours|yours|theirs|thus|plus|news)\b|[a-z]*ss\b)[a-z]{2,}(?:ed(?!-)|s)|"
                       r"went|came|got|gave|took|made|put|set|cut|kept|left|lost|won|fell|rose|"
                       r"bore|brought|sent|held|meant|stood|sat|led|paid|thought|felt|found|drew|grew|knew|saw|spoke|wrote|"
                       r"struck|sought|bought|caught|fought|built|spent|broke|chose|drove|shook|tore|wore|"
                       r"began|became|remain|need|want|say|face|stand|hold|take|give|make|go|get|come|run|pay|cost|hit|let|"
                       r"[a-z]+n't)\b")
# (and a participle's clause after a comma: "announced the outcome on 20 January, telling the crowd that ...")
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z“\"])|[.!?]$|,\s+(?:telling|saying|adding|insisting|warning|noting)\b")
#: "cautioned, however, that", "noted, pointedly, that", "told the union, in effect, that": an aside before the "that"
_ASIDE_THEN_THAT = re.compile(r"(?:\s+(?:the\s+)?[\w’'-]+)?,\s+(?:however|though|nevertheless|again|too|also|moreover|"
                              r"meanwhile|in\s+turn|in\s+effect|in\s+short|in\s+essence|in\s+private|[a-z]{3,}ly|"
                              r"(?:speaking\s+)?on\s+condition\s+of\s+anonymity|"
                              r"for\s+(?:his|her|its|their)\s+part),(?=\s+that\s)")
#: Up to twelve words, then "that" and the word after it (matched with abbreviations' full stops masked: "told a
#: U.N. Security Council meeting that ...").
_WORDS_THEN_THAT = re.compile(r"((?:\s+[^\s.,;:!?“”\"]+){0,12}?)\s+that\s+(\S+)")


def _noun_owns_that(lemma: str, between: list[str]) -> bool:
    """"said the trust that the talks were meant to rebuild had not materialised": a verb that tells no one has no
    one between it and its "that"; a noun after it opens the content, and the "that" is the noun's; as it is after
    "agreed to go back to work on condition that ...", whatever the verb."""
    if between and between[-1].lower() in _THAT_NOUNS:
        return True
    return lemma in _NO_ONE_TOLD and bool(between) and between[0].lower() in _DETERMINERS and not any(
        w.lower() in _TIME_NOUNS for w in between)


_THAT_NOUNS = {"condition", "conditions", "grounds", "basis", "pledge", "guarantee", "assurance", "assurances", "fact",
               "understanding", "proviso", "premise"}
_TIME_NOUNS = {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "time"}
_NO_ONE_TOLD = {"say", "add", "claim", "insist", "argue", "note", "stress", "state", "believe", "admit", "acknowledge",
                "predict", "suggest", "confirm", "announce", "declare", "explain"}
_LY_NOUNS = {"supply", "family", "assembly", "rally", "ally", "reply", "monopoly", "anomaly", "tally", "italy", "july"}
_LOOSE_LEMMAS = {"say", "tell", "add", "claim", "insist", "argue", "warn", "estimate", "believe", "think", "admit",
                 "concede", "confirm", "acknowledge", "predict", "reckon", "suggest", "fear", "hope"}


_WARNED_AGAINST = re.compile(r"(?:\s+[a-z]+)?\s+(?:against|of|about|over)\b")


def _indefinite_subject(rest: str, i: int) -> bool:
    """After "a"/"an" at ``i``: a noun phrase and its verb ("said an executive bill ... would be"), not an inverted
    attribution ("said a spokesman"), unless a verb follows the person ("says a military officer leads ...")."""
    person = _PERSON_NEXT.match(rest, i)
    # ("say a registered nurse's average pay would go ...": the person owns the clause's subject)
    if person and rest.startswith(("'s ", "’s "), person.end()):
        return True
    # ("said an executive bill would be ...": a person word before a noun only describes the noun)
    if person and not re.match(r"(?:\s+(?!who\b|which\b|that\b)[^\W\d_][\w’'-]*){1,7}?\s+(?:would|will|could|had|has|was|were|"
                               r"is|are)\s", rest[person.end():]):
        # ("said a general would lead the council": a modal right after the person is the clause's verb)
        # ("claimed a transport worker was taking home ...": an auxiliary and its participle after the person)
        return re.match(r"\s+(?:(?:would|will|could|can|must|should|might)\s+(?:not\s+)?[a-z]+|"
                        r"(?:was|were|is|are|had|has|have)\s+(?:not\s+|already\s+|still\s+|now\s+)?(?:[a-z]{2,}(?:ing|ed|en)|"
                        # (or an irregular participle: "says a 16-year-old boy was shot in the head")
                        r"shot|hit|hurt|held|caught|found|left|lost|put|set|shut|cut|sent|brought|told|sold|made|paid|"
                        r"laid|led|fed|struck|kept|built|spent|hung|thrown|born)|"
                        r"(?:would|will|could|can|had|has|have|was|were|is|are|must|(?!said\b|says\b|told\b)"
                        r"[a-z]{3,}(?:s|ed))\s+(?:the|a|an|its|his|her|their|to))\s", rest[person.end():]) is not None
    return _NOUN_PHRASE_VERB.match(rest, i) is not None


_TELLS = {"tell", "promise", "assure", "reassure", "warn", "remind", "inform", "make clear"}


def _told_whom(after: str) -> int:
    """Where the one told, and where they were told, end after "told": "told reporters ...", "told TASS ...", "told
    reporters at the Palais des Nations it ...", "told reporters on the roadside he ..." (0 if nobody is named)."""
    om = _TOLD_WHOM.match(after)
    if om is None:
        return 0
    place = _TOLD_AT_PLACE.match(after, om.end()) or _TOLD_ON_SPOT.match(after, om.end())
    return place.end() if place else om.end()


def _whom(after: str, lemma: str) -> int | None:
    """Where the one told, promised or warned ends ("promised supporters the whole thing would be sorted", "made it
    clear to Napoli bosses he wanted ..."): 0 if nobody is named; None where a clause needs someone named first
    ("assured the president of Russia of ...": whom, then of what)."""
    off = _told_whom(after) if lemma == "tell" else _promised_whom(after) if lemma in _TELLS else 0
    return None if off == 0 and lemma in {"assure", "reassure", "remind"} else off


def _promised_whom(after: str) -> int:
    """Where the one promised, warned or assured ends, when a clause's subject follows: "promised supporters the whole
    thing would ...", "made it clear to Napoli bosses he wanted ..." (0 if nobody is named)."""
    om = _PROMISED_WHOM.match(after)
    return om.end() if om else 0


_PROMISED_WHOM = re.compile(r"(?:\s+to)?\s+(?:him|her|them|us|me|[a-z]+s(?=\s+(?:they|he|she|it|we|there|the|its|their)\s)|"
                            r"the\s+(?:[A-Z][\w’'.-]*\s+){0,2}[a-z]+(?=\s+(?:he|she|they|it|we)\s)|"
                            r"(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]+s(?=\s+(?:he|she|they|it|we|the)\s)|"
                            r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?=\s+(?:he|she|they|it|we)\s))")
_TOLD_AT_PLACE = re.compile(r"\s+(?:at|in|outside)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:des|de|of|the|[A-Z][\w’'-]*)){0,4}"
                            r"(?=\s+(?:it|he|she|they|the|there|a|an)\s)")
_TOLD_ON_SPOT = re.compile(r"\s+(?:on|at|in|outside|after)\s+(?:the|a)\s+[a-z][\w-]*(?=\s+(?:he|she|they|it|we)\s)")


def bare_clause(after: str, ve: int, lemma: str) -> int | None:
    """Where a clause without "that" starts after a say-like verb ("said talks would resume", "told reporters
    the deal was close"); not after an adverb, a preposition or an object ("said on Friday", "told him")."""
    off = _whom(after, lemma)
    if off is None or lemma == "tell" and _TOLD_THING.match(after, off):  # ("are telling different stories")
        return None
    tm = _TIME_AFTER.match(after, off)  # "said Sunday the government ...", "told the board on Thursday night it ..."
    if tm:
        off = tm.end()
    off = _where_or_how(after, off)
    rest = after[off:]
    nm = re.match(r"\s+([“\"]?)((?:[$£€](?=\d))?[\w’'-]+)", rest)
    if not nm:
        return None
    w = nm.group(2)
    lw = w.lower()
    # "says members can return", "said talks on a second phase ...": any noun phrase can open the clause
    loose = (lw not in NOT_CLAUSE and lw not in PREPOSITIONS and (not lw.endswith("ly") or lw in _LY_NOUNS) and w.islower()
             and len(rest.split()) >= 4 and lemma in _LOOSE_LEMMAS
             # (not "had warned staff against talking to the press": whom a warning is to, then against what)
             and not (lemma == "warn" and _WARNED_AGAINST.match(rest, nm.end())))
    opens = lw in CLAUSE_STARTERS or (w[0].isupper() and lw not in STOP_CAPS) or loose or (
        w[0].isdigit() and lemma in _LOOSE_LEMMAS and len(rest.split()) >= 4  # "said 6,540 members had ..."
        or w[0] in "$£€" and _SUM_THEN_VERB.match(rest, nm.start(2)) is not None)  # ("say $15bn should arrive")
    if lw == "as" and re.match(r"\s+(?:much|well|such)\b", rest[nm.end():]):
        return None  # ("had all but said as much in February, when he told ...": an object, no clause)
    # ("let me say this for the record", "said it again": a pronoun object, not a clause's subject)
    if lw in {"this", "it", "so"} and re.match(r"\s*(?:[,.;:!?]|$|(?:for|to|about|on|in|at|again|once|"
                                                       r"loudly|clearly|here|now|today|before)\b)", rest[nm.end():]):
        return None
    # ("announced the news on social media", "described the moment in sweeping terms": an object, no clause)
    # (the verb must be the clause's: not one after ", saying ...": "announced the agreement ..., saying he had ...")
    if not nm.group(1) and lw in _DETERMINER_OPENERS and not _HAS_VERB.search(
            _COMMA_PARTICIPLE.split(_SENTENCE_END.split(rest[nm.end():nm.end() + 200])[0], 1)[0]):
        return None
    # ("announced criminal investigators would be appointed": for any verb that takes a bare clause, a noun phrase in
    # lower case whose auxiliary follows it; not "announced plans to ..."; "revealed coach Carlo Ancelotti was ...":
    # a titled name and its verb)
    opens = opens or (w.islower() and lw not in NOT_CLAUSE and lw not in PREPOSITIONS and not lw.endswith("ly")
                      and lw not in _WH_WORDS and lw not in REPORTED_VERBS and lemma in BARE_LEMMAS
                      and (_AUX_AFTER.match(rest, nm.end()) is not None
                           or lw in HUMAN_ROLES and _NAME_THEN_VERB.match(rest, nm.end()) is not None))
    if nm.group(1) or opens and lw not in NOT_CLAUSE:
        return ve + off + nm.start(1 if nm.group(1) else 2)
    # "said an executive bill to amend the Act would be transmitted", not "said a spokesman who was ..."
    # (not after "declared": "declared a major incident", "declared a state of emergency" is its object)
    if lw in {"a", "an"} and lemma != "declare" and _indefinite_subject(rest, nm.end()):
        return ve + off + nm.start(2)
    # "said by the time Mexico City showed up, the workers had ...": a subordinate clause, then the main one's subject
    lead = _LEADING_SUBORDINATE.match(rest) if lemma in _LOOSE_LEMMAS else None
    if lead and (lead.group(1).lower() in CLAUSE_STARTERS or lead.group(1)[0].isupper()):
        return ve + off + nm.start(2)
    return ve + off + nm.start(2) if _word_opens_clause(lw, rest, nm.end(), lemma) else None


_LEADING_SUBORDINATE = re.compile(r"\s+(?:if|once|unless|until|whenever|when|by\s+the\s+time|as\s+soon\s+as|as\s+long\s+as)"
                                  r"\s+(?!asked|pressed|questioned)[^,;:.“”\"]{3,120}?,\s+([\w’'-]+)")


def _word_opens_clause(lw: str, rest: str, i: int, lemma: str) -> bool:
    """Whether ``lw``, a word that mostly opens no clause ("no", "only", "about", "what", "nothing"), opens the one
    at ``rest[i:]`` here: a noun phrase or a pronoun its finite verb follows."""
    # "said no strike or lockout could take place": "no" opening a noun phrase that a finite verb follows
    if lw == "no" and re.match(r"(?:\s+[a-z][\w-]*){1,4}\s+(?:could|would|will|can|had|has|have|was|were|is|are)\b",
                               rest[i:]):
        return True
    # "critics say only eight lawmakers are left", "said only a few members had voted": "only" before a counted subject
    if lw == "only" and _ONLY_COUNTED.match(rest, i):
        return True
    # "says about 7,500 people ride the line", "says nearly a million people have been displaced": a number's
    # approximation opens the clause
    # "says at least 22 people were killed", "said more than 300 workers had ...": likewise
    approx = _APPROXIMATELY.match(rest)
    if approx and lemma in _LOOSE_LEMMAS \
            and re.match(r"\s+(?:\d[\d,.]*%?|a\s+(?:million|billion|thousand|hundred|dozen|third|quarter)|half|"
                         # ("says over six hundred took part at the peak")
                         r"(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand|million))\s+"
                         r"(?:[a-z]+\s+){0,4}(?:[a-z]+ed|ride|use|work|are|were|have|had|will|would|could|"
                         r"remain|live|face|lost|lose|took)\b", rest[approx.end():]):
        return True
    # "said hardly anyone had turned up": a negating adverb that opens its clause; "said what mattered was the situation
    # on the ground": a free relative as the clause's subject
    if lw in {"hardly", "barely", "scarcely"} and re.match(r"\s+(?:any|anyone|anybody|anything|a|an)\b", rest[i:]) \
            or lw == "what" and re.match(r"(?:\s+[a-z][\w’'-]*){1,5}?\s+(?:was|is|were|are)\b", rest[i:]):
        return True
    # "said Monday felt like a playoff night": a day that is the clause's subject, not when it was said
    if lw in _WEEKDAYS and re.match(r"\s+(?:felt|was|is|were|had|has|will|would|looked|seemed|marked|brought)\b", rest[i:]):
        return True
    # "said much would depend on ...", "said nothing had been agreed": a pronoun that takes a finite verb
    return lw in {"much", "little", "nothing", "something", "everything", "anything", "none", "more", "less"} \
        and _FINITE_NEXT.match(rest, i) is not None


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
_FINITE_NEXT = re.compile(r"\s+(?:would|will|could|can|had|has|have|is|was|were|remained|remains|must|should|might|"
                          # ("insists nothing changes this season", "said little mattered"; not "said nothing afterwards")
                          r"(?!(?:towards|afterwards|always|besides|perhaps|sometimes|unless|whereas|thus|less|across|"
                          r"regardless|nevertheless)\b)[a-z]{3,}(?:s|ed))\b")
_ONLY_COUNTED = re.compile(r"\s+(?:a\s+(?:few|handful|fraction|minority)|\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|"
                           r"nine|ten|half|a\s+third|a\s+quarter)\b(?:\s+[a-z][\w-]*){0,4}?\s+(?:could|would|will|can|"
                           r"had|has|have|was|were|is|are|remain|remained)\b")


def _where_or_how(after: str, off: int) -> int:
    """Past where or how something was said, when a clause without "that" follows: "says on Twitter he has asked
    ...", "said in a statement the talks ...", "said publicly it would not ..."."""
    m = _WHERE_SAID.match(after, off)
    off = m.end() if m else off
    m = _HOW_SAID.match(after, off)
    return m.end() if m else off


_CLAUSE_NEXT = r"(?=\s+(?:he|she|they|it|the|there|we|its|his|her|their)\s)"
_WHERE_SAID = re.compile(r"\s+(?:on|in)\s+(?:Twitter|X|Facebook|Instagram|Telegram|social\s+media|(?:a|an|his|her|their|its)\s+"
                         r"(?:statement|post|tweet|video|interview|letter|speech))" + _CLAUSE_NEXT)
_HOW_SAID = re.compile(r"\s+(?:publicly|privately|repeatedly|openly|separately|bluntly|flatly|firmly|frankly|"
                       r"for\s+(?:weeks|months|days|years|some\s+time))" + _CLAUSE_NEXT)  # ("has said for weeks it ...")
_COMMA_PARTICIPLE = re.compile(r",\s+(?:saying|adding|noting|telling|warning|insisting|arguing|stressing|standing)\s")
_WHEN_OR_WHERE = {"on", "in", "at", "last", "this", "yesterday", "today", "earlier", "later"}
