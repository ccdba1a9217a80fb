"""Who holds a role: "the minister said" is the person the article named with that role before (of several, the one
who spoke last, or the one the paragraph is about), or the unnamed source introduced with it."""

from __future__ import annotations

import re

from stance.extract.bearers import introduced_after, same_place
from stance.extract.names import fold, norm_role
from stance.extract.nearest import nearest, topic_person
from stance.extract.persons import is_person
from stance.extract.scan import last_match
from stance.extract.speakers import Speaker
from stance.extract.unnamed import UNNAMED, introduced_unnamed, plural_source, unnamed_name
from stance.extract.geography import NATIONALITIES

def _other_country(words: set[str], role_words: set[str]) -> bool:
    """Whether a mention's people ("swedish") differs from the one the holder's role was given with ("hungarian")."""
    mine, theirs = words & NATIONALITIES, role_words & NATIONALITIES
    return bool(mine and theirs and not mine & theirs)


_OF_A_BODY = {"assembly", "senate", "council", "court", "bank", "commission", "committee", "party", "federation",
              "association", "board", "company", "club", "league", "university", "chamber", "parliament", "congress"}
_LEADERS = {"leader", "president", "premier", "chancellor", "prime", "king"}


def role_holder(doc, head: str, words: list[str], key: int, so_far: list[tuple[int, str]],
                 single: bool = False) -> str | None:
    """The person named with this role before ``key`` (of the holders, the one who spoke last), or the unnamed
    source with this head noun introduced since ("The official said")."""
    # (a role given more than _ROLE_REACH characters back is no antecedent: an article is read near, not whole)
    roles = doc.roles[doc.before(doc._role_pos, key - _ROLE_REACH):doc.before(doc._role_pos, key)]
    fits = [(pos, person) for pos, rw, person in roles
            if head in rw and all(w in rw | _LOOSE or same_place(w, rw) for w in set(words) - {head})
            # ("The President revealed ...": not the President of the National Assembly, where another is plain President)
            and not (len(set(words)) == 1 and rw & _OF_A_BODY and any(head in r and not r & _OF_A_BODY for _, r, _ in roles))]
    best = fits[-1] if fits else None
    others = set(words) - {head, "the"}
    if best is None:
        alts = _LEADERS if head == "leader" else {head}  # "the Cambodian leader": whatever the title
        # (never a holder of another country's office: "the Swedish prime minister" is not Hungary's)
        best = next(((pos, person) for pos, rw, person in reversed(roles)
                     if alts & rw and (not others or others & rw) and not _other_country(others, rw)), None)
    if best is None and others and (after := introduced_after(doc, head, words, key)):
        return after[1]
    if best is not None:
        # "the president said" after a quote by President Petro, though the Cuban president was named since
        holders = {person for _, person in fits}
        spoke = next(((pos, who) for pos, who in reversed(so_far[-20:])
                      if pos < key and key - pos < 3000 and who in holders), None)
        if spoke is not None and spoke[1] != best[1]:
            best = spoke
        best = _named_since(doc, best, holders, key)
        best = _paragraph_subject(doc, best, key, roles) or best
    # (an unnamed group is not what "the union boss" stands for: "Union chiefs said ... The union boss claimed")
    source = next(((pos, canon) for pos, h, canon in reversed(doc.unnamed)
                   if pos < key and h == head and not (single and plural_source(canon))), None)
    if source is not None and (best is None or source[0] > best[0]):
        return source[1]
    return best[1] if best is not None else None


def holder(doc, sp: Speaker, head: str, words: list[str], key: int, so_far: list[tuple[int, str]]) -> str | None:
    """"the minister said": the holder of the role, the unnamed source introduced with it, else the person just
    written about ("the government negotiator wrote", nobody named so) or, for a bare word ("King said"), the one
    named last."""
    # (one, not several: "the SAS chief" is not the "bosses" of a headline, whatever word the role is normed to)
    last = fold(sp.mention.split()[-1].strip(".,;:’'"))
    single = not last.endswith("s") or last.endswith("ss") or norm_role(last) == last
    who = role_holder(doc, head, words, key, so_far, single) or introduced_unnamed(doc, head, key)
    # a spokesperson nobody named is an unnamed source; so is the holder of a country's one office in a transcript
    # that never names them ("the President posted on his Twitter handle"), not whoever was spoken of last
    if who is None and (head == "spokesperson" or doc.turn_spans and re.fullmatch(r"(?:the|The)\s+" + _ONE_OFFICE,
                                                                                   sp.mention.strip())):
        return unnamed_name(re.sub(r"^the\s+", "", sp.mention, flags=re.I))
    if who is None and re.match(r"(?:the|The)\s", sp.mention):
        who = topic_person(doc, key, so_far)
        # ("a striking nurse ... told the Guardian. ... the EU trade commissioner said": no unnamed source holds an office)
        if who is not None and who.endswith(UNNAMED) and _head_of(who) != head and len(set(words) - {"the"}) >= 2:
            return unnamed_name(re.sub(r"^the\s+", "", sp.mention, flags=re.I))
        # (not "the Swedish prime minister" for Hungary's, the one written about last: unresolved rather than wrong)
        return None if who and any(p == who and _other_country(set(words), rw) for _, rw, p in doc.roles) else who
    return who or nearest(doc, key, so_far, None)


_ONE_OFFICE = r"(?:President|Prime\s+Minister|Vice[\s-]President|Deputy\s+Prime\s+Minister|Chancellor|King|Queen|Emir)"
_ROLE_REACH = 20_000
_LOOSE = {"diplomat", "expert", "politician", "official"}  # role words any holder may be called besides their own


def _head_of(unnamed: str) -> str:
    """The head noun of an unnamed source's name ("striking nurse (unnamed)": nurse), normed like a role word."""
    words = unnamed.removesuffix(UNNAMED).split()
    return norm_role(words[-1].lower()) if words else ""


def _named_since(doc, best: tuple[int, str], holders: set[str], key: int) -> tuple[int, str]:
    """Of several holders of the role, the one named since the others, nearer than ``best``: "Education Minister
    Mariatou Koné ... By Monday Ms Ouloto's tone had softened ... the minister said" (Ouloto)."""
    if len(holders) < 2:
        return best
    k = doc.before(doc._sal_pos, key)
    since = [(pos, p) for pos, p in doc.salient[max(0, k - 10):k] if pos > best[0] and key - pos < 1500]
    named = next(((pos, p) for pos, p in reversed(since) if p in holders and not doc.in_quote(pos)
                  and not doc.in_statement(pos)), None)
    # (or by a titled possessive: "By Monday afternoon Ms Ouloto's tone had softened")
    for person in holders - {best[1], named[1] if named else None}:
        m = last_match(re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Madam)\.?\s+" + re.escape(person.split()[-1]) + r"[’']s\s"),
                       doc.text[max(best[0], key - 1500):key])
        at = max(best[0], key - 1500) + m.start() if m else -1
        if at > max(best[0], named[0] if named else -1) and not doc.in_quote(at):
            named = (at, person)
    return named if named is not None and named[1] != best[1] else best


def _paragraph_subject(doc, holder: tuple[int, str], key: int, roles) -> tuple[int, str] | None:
    """"Benjamin Netanyahu told Israelis ... “...,” the prime minister said", with another prime minister named
    paragraphs before: the person this paragraph is about, when no role of theirs is known."""
    para = doc.para_of(key)
    if doc.para_of(holder[0]) == para:
        return None
    k = doc.before(doc._sal_pos, key)
    here = next(((pos, p) for pos, p in reversed(doc.salient[max(0, k - 10):k])
                 if not doc.in_statement(pos) and is_person(doc, p)
                 and not any(a <= pos < b for a, b in doc.label_spans)), None)  # a turn's label is not its subject
    if here is None or doc.para_of(here[0]) != para or here[1] == holder[1]:
        return None
    return None if any(person == here[1] for _, _, person in roles) else here


#: "a division bench of Justices Naresh Patil and N.M. Jamdar", "A High Court bench of acting Chief Justice Shree
#: Chandrashekhar and Justice Aarti Sathe": the judges who sit on it
_BENCH_OF = re.compile(r"\bbench\s+(?:of|comprising)\s+(?:(?:acting\s+)?(?:Chief\s+)?Justices?\s+)?"
                       r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)\s+and\s+(?:(?:Chief\s+)?Justice\s+)?"
                       r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)")


def bench_members(doc, key: int) -> str | None:
    """"the bench said": the judges the article last named as sitting on a bench, in the 3,000 characters before."""
    last = last_match(_BENCH_OF, doc.text, max(0, key - 3000), key)
    return f"{last.group(1)} and {last.group(2)}" if last else None

