"""The words extraction knows: speech verbs and their forms, titles and roles, words that are never names.

Word lists are data: extend them here (places and countries in stance.extract.geography), not in the code that uses
them. Every list is lower case.
"""

from __future__ import annotations

import re
from typing import Iterable

from stance.extract.geography import COUNTRIES, PLACES  # noqa: F401  (where the code has always found them)

# Speech verbs: the union of the lists used by textacy's direct-quotation extractor, the Gender Gap
# Tracker's quote_verb_list and rsyntax's English say-verbs, minus verbs that mostly are not speech
# in news ("present", "release", "show", "call", "order"), plus common news verbs they miss.
SPEECH_LEMMAS = """
say tell add note stress emphasize emphasise insist argue claim assert state declare announce confirm
deny admit acknowledge concede explain warn predict promise pledge vow suggest recall reiterate repeat
reply respond retort answer remark comment observe mention report write tweet conclude believe think
hint allege contend maintain complain caution estimate inform assure reassure signal indicate underline
underscore highlight allow testify recount quip joke boast lament concur counter object protest demand propose
recommend advise exclaim proclaim affirm disclose reveal clarify elaborate agree disagree charge accuse
threaten fear hope expect feel urge acclaim decry denounce dispute reckon restate reassert reconfirm
retell criticize criticise describe point_out forecast posit speculate stipulate post reaffirm
rage fume thunder blast slam mock hit_out storm roar scoff bellow seethe rant plead beg gush sigh groan gripe
snap fire_back hit_back lash_out brand dub hail label reckon recount concede grumble moan whisper muse be_adamant email
remind apologize apologise laugh chuckle acknowledge vent plead wonder cheer shoot_back chip_in
crow gloat brag make_clear express_hope beam enthuse rave shout swear sneer yell request let_slip consider let_known
"""
# Cues that only attribute a direct quote ("...," she continued / reads the statement / X quoted Y).
QUOTE_ONLY_LEMMAS = "continue ask read quote go_on sum_up put begin shrug"  # ('"Labor is prepared to govern," she begins')
# Verbs that take a clause without "that" in news style ("Trump said he would ...").
BARE_LEMMAS = {"say", "tell", "add", "think", "believe", "write", "claim", "insist", "argue", "warn", "deny",
                "predict", "feel", "suggest", "tweet", "report", "estimate", "reckon", "hint", "concede", "point out",
                "admit", "acknowledge", "confirm", "announce", "promise", "vow", "stress", "demand", "complain",
                "maintain", "swear", "make clear", "explain", "assure", "reassure", "remind", "express hope", "reveal",
                "declare", "be adamant"}
IRREGULAR = {
    "hit_out": ["hit out", "hits out"], "lash_out": ["lash out", "lashes out", "lashed out"],
    "fire_back": ["fire back", "fires back", "fired back"], "hit_back": ["hit back", "hits back"], "snap": ["snap", "snaps", "snapped"],
    "slam": ["slam", "slams", "slammed"], "label": ["label", "labels", "labelled", "labeled"],
    "dub": ["dub", "dubs", "dubbed"], "beg": ["beg", "begs", "begged"], "plead": ["plead", "pleads", "pleaded", "pled"],
    # progressive forms only where news uses them to report ("was saying on Monday he was worried")
    "say": ["say", "says", "said", "was saying", "were saying", "has been saying", "have been saying",
            "had been saying"],
    "tell": ["tell", "tells", "told", "was telling", "were telling", "has been telling", "had been telling",
             "kept telling", "keeps telling"], "think": ["think", "thinks", "thought"],
    "write": ["write", "writes", "wrote", "written"], "feel": ["feel", "feels", "felt"], "read": ["reads", "read"],
    "admit": ["admit", "admits", "admitted"], "concur": ["concur", "concurs", "concurred"],
    "quip": ["quip", "quips", "quipped"], "object": ["object", "objects", "objected"],
    "put": ["put it", "puts it"], "go_on": ["went on", "goes on"], "sum_up": ["summed up", "sums up", "summed it up", "sums it up"],
    "retell": ["retells", "retold"], "shoot_back": ["shot back", "shoots back"],
    "chip_in": ["chipped in", "chips in"], "brag": ["brag", "brags", "bragged"],
    "make_clear": ["made clear", "makes clear", "made it clear", "makes it clear", "made it crystal clear",
                   "made it very clear", "made it abundantly clear", "makes it crystal clear"],
    "swear": ["swear", "swears", "swore"], "shrug": ["shrugs", "shrugged"],
    "express_hope": ["expressed hope", "expressed the hope", "expresses hope", "expresses the hope",
                     "expressed confidence", "expressed concern", "voiced hope", "voiced confidence", "voiced concern",
                     "expressed optimism", "expresses optimism", "expresses confidence", "expresses concern"],
    "signal": ["signal", "signals", "signaled", "signalled"], "forecast": ["forecast", "forecasts"],
    # ("The GM was adamant the club didn't lean on its captain")
    "be_adamant": ["was adamant", "is adamant", "were adamant", "are adamant", "remained adamant", "remains adamant"],
    "begin": ["begins", "began"], "let_slip": ["let slip", "lets slip"], "let_known": ["let it be known", "lets it be known"],
}


def forms(lemma: str) -> list[str]:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if "_" in lemma:  # particle verbs: "point out"
        verb, particle = lemma.split("_", 1)
        return [f"{f} {particle}" for f in forms(verb)]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed"]
    return [lemma, lemma + "s", lemma + "ed"]


_DOUBLED = {"admit": "admitting", "concur": "concurring", "quip": "quipping", "regret": "regretting",
            "commit": "committing", "let": "letting", "refer": "referring", "omit": "omitting", "brag": "bragging"}


def ing_form(lemma: str) -> str:
    """The -ing form of a speech verb ("note" -> "noting", "point_out" -> "pointing out")."""
    if "_" in lemma:
        verb, particle = lemma.split("_", 1)
        return f"{ing_form(verb)} {particle}"
    if lemma in _DOUBLED:
        return _DOUBLED[lemma]
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return lemma[:-1] + "ing"
    return lemma + "ing"


#: Verbs news reports in the progressive too ("Ms Purra was warning that ...", "were already warning on Friday").
PROGRESSIVE = {"warn", "insist", "argue", "claim", "complain", "suggest", "predict", "hint", "demand", "urge", "point_out",
               "say", "moan", "boast", "stress", "threaten", "promise", "vow", "tell", "report", "repeat"}


def verb_table(lemmas: Iterable[str]) -> dict[str, str]:
    table = {form: lemma.replace("_", " ") for lemma in lemmas for form in forms(lemma)}
    for lemma in PROGRESSIVE & set(lemmas):
        for aux in ("was", "were", "is", "are", "has been", "have been", "had been", "kept", "keeps"):  # ("kept saying")
            for adv in ("", "already ", "still ", "also ", "now "):
                table[f"{aux} {adv}{ing_form(lemma)}"] = lemma.replace("_", " ")
    return table


REPORTED_VERBS = verb_table(SPEECH_LEMMAS.split())
DIRECT_VERBS = {**REPORTED_VERBS, **verb_table(QUOTE_ONLY_LEMMAS.split())}


def verb_regex(table: dict[str, str]) -> re.Pattern:
    """Any form in ``table`` as a whole word (spaces inside a form match any run of spaces), longest first."""
    return re.compile(r"(?<![\w'’-])" + alternation(table) + r"(?![\w-])")


def alternation(forms: Iterable[str], space: str = r"\s+") -> str:
    """A regex group matching any of ``forms``, the longest first, a space inside a form matching ``space``. The
    forms are compiled as a trie, one branch per letter: a flat alternation of 800 forms costs ten times as much
    to scan a long text."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie, space) + ")"


def _trie_pattern(node: dict, space: str) -> str:
    """The regex for a trie node: its branches, longer ones before the end of a form (so the longest form wins)."""
    branches = [(space if ch == " " else re.escape(ch)) + _trie_pattern(child, space)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


# (not the noun of "a Beijing-based think tank")
REPORTED_RE = re.compile(verb_regex(REPORTED_VERBS).pattern + r"(?!\s+tanks?\b)")
DIRECT_RE = verb_regex(DIRECT_VERBS)

HUMAN_ROLES = set("""
president minister secretary spokesperson spokesman spokeswoman analyst expert diplomat politician leader agent
head chief director official officials envoy adviser advisor ambassador chairman chairwoman chair negotiator
mediator governor mayor senator lawmaker chancellor commissioner representative economist professor premier
delegate commander general executive ceo secretary-general organizer organiser steward manager lawyer
attorney observer researcher fellow strategist editor-in-chief editor prosecutor judge deputy aide king
prince pope founder activist historian scientist consultant coordinator arbitrator facilitator emissary
rapporteur boss speaker minister-president vice-president superintendent administrator treasurer
colonel major captain lieutenant sergeant admiral marshal commandant secretary-treasurer
reporter journalist rep steward shop-steward convener councillor councilor alderman mp mep
correspondent columnist commentator pundit officer soldier baron supremo honcho firebrand lecturer
academic scholar star headteacher principal signatory midfielder defender winger goalkeeper playmaker ace skipper
chairperson convenor director-general congressman congresswoman legislator moderator conciliator ombudsman
co-chair vice-chair undersecretary under-secretary attorney-general solicitor-general presenter barrister
solicitor magistrate consul archbishop bishop cardinal imam rabbi pastor priest queen princess emir sheikh sultan
democrat republican taoiseach tanaiste frontbencher backbencher owner td msp mla mpp coach quarterback striker
exec gm
""".split())
ORG_ROLES = set("""
archdiocese diocese statement union company ministry government administration office agency newspaper outlet committee
council commission authority bench panel body association federation management employer firm group alliance bloc
coalition board department cabinet parliament organization organisation delegation embassy presidency service
secretariat directorate team party movement communique communiqué declaration letter report memo website memorandum
document text accord annex kremlin channel broadcaster television tv radio airline carrier club league studio operator
insurer lender retailer manufacturer automaker carmaker miner component side military army police front media guild
lobby hospital clinic university college charity regulator watchdog port bank network trust railway utility
supermarket court tribunal partnership filing fund province district county municipality
""".split())
#: What "the province" stands for where the article names one: "Ontario has not dropped its appeal. The province argues".
PROVINCES = ("Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
             "Newfoundland and Labrador", "Prince Edward Island", "Gauteng", "Western Cape", "KwaZulu-Natal", "Punjab",
             "Sindh", "Balochistan", "Khyber Pakhtunkhwa", "Buenos Aires")
ROLE_SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "head": "leader",
                  "chief": "leader", "baron": "leader", "supremo": "leader", "honcho": "leader",
                  "boss": "leader", "chairman": "leader", "chairwoman": "leader", "chair": "leader",
                  "chairperson": "leader",
                  "advisor": "adviser", "u.s.": "us", "usa": "us", "american": "us", "officials": "official",
                  "organiser": "organizer", "organisation": "organization", "exec": "executive",
                  "spokespeople": "spokesperson", "spokesmen": "spokesperson", "spokeswomen": "spokesperson"}
# Capitalised words that are titles, institutions or places: stripped from the front of a name
# ("US President Donald Trump" -> "Donald Trump") and never a person's name on their own.
PREFIX_WORDS = set("""
pm dpm high mp mep td msp mla mpp ceo cfo coo cto chairman chairwoman chief-executive sheikh emir
host presenter moderator anchor correspondent reporter interviewer
irrigation resources water fisheries mines housing planning information care social recovery welfare
president vice prime minister foreign secretary state chief deputy spokesman spokeswoman spokesperson
director head leader chairman chairwoman chair general secretary-general ambassador envoy special senator
governor mayor chancellor commissioner representative rep sen gov gen lt col capt adm sgt king queen prince
pope premier judge judges justice justices presidents ministers senators attorney professor prof dr mr mrs ms miss sir dame lord lady cabinet defense
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
peace agriculture education environment transport infrastructure development commerce industry immigration
culture tourism communications reconciliation negotiator
norwegian swedish danish finnish dutch belgian swiss austrian greek portuguese mexican brazilian argentine chilean
colombian peruvian venezuelan korean vietnamese malaysian indonesian filipino australian pakistani bangladeshi
iraqi syrian lebanese jordanian palestinian emirati kuwaiti libyan tunisian algerian moroccan sudanese ethiopian
kenyan nigerian ghanaian ugandan somali congolese rwandan serbian croatian albanian romanian bulgarian czech slovak
lithuanian latvian estonian belarusian armenian azerbaijani kazakh
pensioner grandmother grandfather gran grandad grandma mum dad mother father widow widower nurse teacher
driver binman shopkeeper resident student worker veteran businessman businesswoman commuter passenger
landlord publican campaigner grandmother-of-two mum-of-two mum-of-three dad-of-two dad-of-three
""".split())
ORG_TAIL = set("""archdiocese diocese affairs exchange court union council commission committee party federation association authority agency
center college centre institute university school conference group alliance bank fund court parliament senate congress
assembly government administration board company corporation inc ltd corp ministry office department service news water
times post journal press house kremlin pentagon states kingdom nations east west arabia organization organisation
workers airlines motors industries partners front programme program army forces force services railways rail airways
holdings steel post communications entertainment studios pictures energy guild teamsters hospital clinic body mail
motor airport stadium arena palace lp movement mission corps service coalition network foundation society trust club
league tribunal brigade forum militia command guard co electronics technologies pharmaceuticals plc llc gmbh health
confederation brotherhood secretariat directorate hall chamber caucus academy securities investments advisors advisers
consultants consultancy associates analytics economics senedd dail seanad knesset duma bundestag bundesrat storting
riksdag folketing eduskunta sejm rada majlis democrat democrats dems republicans conservatives tories liberals
socialists nationalists unionists radio television
mining petroleum oil gas pharma telecom telecoms resources minerals metals shipping logistics foods chemicals insurance
automotive media schools gazette gazetteer herald tribune project tribe
""".split())
#: What follows a company's own name ("Woolworths Group", "Deere & Co.").
COMPANY_SUFFIXES = {"group", "inc", "co", "corp", "corporation", "ltd", "plc", "llc", "holdings", "gmbh", "lp"}
#: Heads of an "X of Y" institution or title ("Port of Oakland", "Ministry of Defence", "Minister of ...").
OF_HEADS = ORG_TAIL | {"port", "bank", "city", "state", "university", "minister", "secretary", "ministry", "republic",
                       "kingdom", "sultanate", "emirate", "affairs", "federation", "states", "diwan", "office", "court",
                       "palace", "department", "bureau", "chamber", "house", "committee", "council", "congress"}
#: The last word of a company's full name: "Walt Disney Co.", "Samsung Electronics", "Charter Communications".
COMPANY_TAIL = set("""co corp inc ltd plc llc gmbh electronics communications holdings group airlines airways motors motor mail
industries entertainment studios pictures technologies pharmaceuticals""".split())
STOP_CAPS = set("""
the a an and but or nor yet so for in on at to of by with from as if when while after before since until
adds updates recasts rewrites i'm i’m
because although though however meanwhile moreover furthermore nevertheless still also then now earlier finally initially originally eventually separately additionally ultimately crucially notably more such much less any further fewer
later today yesterday tomorrow this that these those there here it its he she they we i you his her their
our my your him them us me who what where which why how speaking according asked asked, some many most
all both each every several few other others another no not one two three four five six seven eight nine
ten first second third last next mr. mrs. ms. dr. monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december just only even
once about over under despite during without within among between against toward towards instead again
besides beside alongside beyond amid amidst behind including except photos photo follow read watch listen share
subscribe advertisement related talks negotiations hours minutes days weeks months years moments observers
can could would should did does do is are was were has have had might must like unlike rival fellow whom into upon
analysts officials diplomats critics experts economists sources residents workers people
supporters opponents lawmakers members protesters witnesses authorities investors traders farmers
employees growers drivers negotiators mediators leaders governments delegates participants organizers
""".split())
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "mr.", "mrs.", "ms.", "dr.", "prof.", "sheikh",
              "sayyid", "emir", "mx", "madam", "lord", "lady", "baroness", "baron", "hon", "honourable", "honorable", "rt", "rev", "fr", "imam", "rabbi",
              "pak", "bapak", "ibu", "maulana", "mama", "shri", "smt", "shrimati", "excellency", "highness", "khun"}  # "Pak Erick"
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "sr", "jr", "gen", "gov", "sen", "rep", "lt", "col", "capt",
                  "adm", "sgt", "prof", "no", "vs", "etc", "inc", "ltd", "corp", "co", "jan", "feb", "mar",
                  "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx"}
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f",
            # "His Excellency affirmed that ...": a state agency's style stands for the person just named
            "his excellency": "m", "her excellency": "f", "his highness": "m", "her highness": "f",
            "his majesty": "m", "her majesty": "f"}
PREPOSITIONS = {"by", "with", "to", "of", "from", "for", "between", "about", "on", "at", "in", "into",
                 "against", "toward", "towards", "among", "than", "like", "as", "via", "without", "under",
                 "over", "after", "before", "through", "thanked", "called", "invited", "met", "urged",
                 "asked", "told", "and", "or", "nor"}
SUBJECT_TRAIL = re.compile(
    r"(?:\s+(?:also|has|have|had|since|previously|later|earlier|again|repeatedly|then|once|further|publicly|present|"
    r"reportedly|firmly|strongly|recently|already|only|even|just|would|will|did|does|do|not|never|clearly|"
    r"openly|separately|alike|today|yesterday|tonight|likewise|similarly|flatly|bluntly|simply|quickly|immediately|privately|"
    r"initially|subsequently|(?-i:now)|formally|officially|still|too|however|herself|himself|themselves|itself|long|always|"
    r"often|frequently|consistently|angrily|proudly|defiantly|loudly|emphatically|cautiously|confidently|there|"
    r"has\s+since|on\s+\w+day|last\s+\w+|this\s+\w+|late\s+\w+|early\s+\w+|in\s+a\s+statement|"
    r"in\s+an\s+interview|at\s+a\s+(?:news\s+)?(?:briefing|press\s+conference|rally)|"
    r"(?-i:(?!(?:family|ally|rally|assembly|supply|reply|anomaly|monopoly|bully)\b)[a-z]{3,}ly)|"
    r"(?-i:I|we)\s+(?:spoke|have\s+spoken|talked)\s+(?:to|with)))+\s*$",  # ("the Finns Party abruptly demanded": any adverb, never a name like Kelly)
    re.IGNORECASE)
#: The words a SUBJECT_TRAIL can end with (besides any word after "last", "this", "late", "early" and a weekday):
#: where the phrase ends in none of them, the (costly, end-anchored) search is skipped.
TRAIL_LAST_WORDS = {w.lower() for w in re.findall(r"[a-z]+", SUBJECT_TRAIL.pattern)} - {"s", "w", "a", "an", "in", "at"}


def may_trail(t: str, a: int, b: int) -> bool:
    """Whether the phrase t[a:b] can end in trailing words ("also", "in a statement", "on Monday", "last week")."""
    words = t[max(a, b - 40):b].lower().split()
    return bool(words) and (words[-1] in TRAIL_LAST_WORDS or words[-1].endswith(("day", "ly"))
                            or len(words) > 1 and words[-2] in {"last", "this", "late", "early"})


CLAUSE_STARTERS = {"he", "she", "it", "they", "we", "i", "there", "this", "these", "those", "the", "a",
                    "an", "his", "her", "their", "its", "our", "no", "some", "all", "any", "both", "neither",
                    "nothing", "everything", "everyone", "nobody", "talks", "negotiations", "workers",
                    "such", "none", "one", "you", "russia", "ukraine"}
NOT_CLAUSE = {"in", "on", "at", "to", "about", "with", "for", "from", "during", "after", "before", "by",
               "of", "as", "over", "through", "into", "via", "upon", "while", "when", "goodbye", "hello",
               "nothing", "so", "yes", "no", "thanks", "sorry", "something", "anything", "little", "much",
               "a", "an", "yesterday", "today", "tonight", "tomorrow", "earlier",
               "later", "recently", "previously", "again", "repeatedly", "publicly", "privately", "late", "early",
               "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "only", "just", "simply", "also", "then", "now", "once", "twice", "separately", "afterwards",
               "openly", "bluntly", "flatly", "firmly", "quietly", "briefly", "elsewhere", "instead", "nearly",
               "almost", "what", "how", "why", "where", "whether", "if"}
RELATIVE_NEXT = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may",
                  "might", "should", "must", "does", "did", "do", "being", "been"}

#: Given names, to tell "he" from "she" and a surname from a title ("Jeremy Allen White"); ambiguous ones left out.
FEMALE_NAMES = set("""
annalena karoline ursula kaja kamala hillary nancy angela theresa liz giorgia marine maria mary anna
elena olena iryna yulia julia natalia natalya olga svetlana tatiana maria sarah sara emma laura linda
susan lisa jennifer jessica amanda rachel rebecca catherine katherine kate claire sophie marie
anne helen margaret ruth grace alice emily hannah priya aisha fatima leila amina ana carmen lucia rosa
isabel ines ingrid kristin christine christina ngozi kristalina antonia mette sanna jacinda frederiksen
agnes beatriz nadia dolores wendy diane denise janet joan judith martha patricia sandra sharon tamara
abigail adriana alexandra alicia alison amelia amy angelina anita annette antje april audrey
barbara bernadette beth bettina birgit brenda bridget caitlin camila carla carol caroline cassandra cecilia
charlotte chloe chrystia claudia colette cristina cynthia dalia daniela deborah debbie dina 
doris dorothy eleanor elisabeth elizabeth ellen eva evelyn fiona florence francesca frances gabriela
gabrielle gina gloria greta gwen hanna harriet heather heidi ilhan irene iris isabella jacqueline jane
janice jasmine jeanne jenny jill joanna josephine joyce juliet justine karin katarina kathleen kathryn kathy
katie katja kirsty kristina lara lauren leah lena lilian lily lorena louise lucy lydia
madeleine magdalena mairead mandy manuela margarita margot mariana marianne marina marion marta maya megan
melanie melissa meredith michaela michelle miriam molly monica monika nathalie nicola nicole nina 
paola pamela paula pauline penny petra philippa rania regina renata rita roberta rosemary roxana sabine
sabrina samantha silvia simone sofia sonia stella stephanie susanne suzanne sylvia tanya teresa tessa tina
valentina valerie vanessa veronica victoria viktoria virginia yasmin yvette zainab zeynep zoe zuzana
shirin maryam zahra farida layla salma mariam hind huda hoda chioma funmilayo adaeze ifeoma
wanjiru njeri akosua ama abena efua esi yaa thandi nomvula lindiwe naledi aditi ananya deepa divya kavita
lakshmi meena nirmala pooja rekha sita sunita smriti nirmala mei ling yuki yoko keiko hana jiwoo minji
""".split())
MALE_NAMES = set("""
donald vladimir joe barack dmitry dmitri sergei sergey andrei andriy volodymyr emmanuel olaf friedrich
keir boris marco john michael david james robert william richard thomas mark paul peter péter steven
igor tigran farhan yoshimasa florian pete keith scott mike jd j.d. xi li recep benjamin mohammed
ahmed ali hassan omar luca nikita ilya sasha joshua jean pierre francois françois carlos luis
jose josé juan miguel antonio marco giuseppe hans karl stefan tom tim jim bill bob ben sam dan daniel
frank george henry jack kevin brian gary larry ryan eric jason matthew andrew anthony charles chris
christopher edward ronald kenneth
aaron abdul abdullah adam adrian ahmad alan albert alejandro alexander alexei alfonso alistair amir
anders andre andreas andrés angus anton antony arnold arthur aurelien axel barry bernard bernie bert bjorn
boyd brandon brendan bruce bruno byron calvin cameron carl cedric chad charlie christian clarence claude
clement colin conor craig curtis cyril dale damian darren dave dean declan dennis derek diego dirk dominic
doug douglas duncan dylan eamon edgar eduardo edwin elias elijah elon emil enrique ernesto ethan eugene evan
fabio felipe felix fernando fidel francesco francis franz fred frederick gabriel gareth gavin geert gerald
gerard gerhard gilbert glenn gordon graham grant greg gregory guillermo gustavo guy harold harry harvey
hector herbert hugh hugo ian isaac ivan jacob jacques jake jamal javier jeff jeffrey jeremy
jerome jesse joachim joel johan johannes jonathan jorge joseph julian julien justin kamal karim
kyle lars lawrence leo leon leonard lewis liam lorenzo louis lucas ludwig luke malcolm manuel marcel marcus
mario martin mateo mathias matteo matthias maurice max maxim michel miles mitch mohamed muhammad nathan neil
nicholas nick nicolas niels nigel noah norbert olivier oliver oscar owen pablo patrick pedro philip
philippe rafael ralph ramon randy raul ray raymond reza ricardo rick roberto rodrigo roger roland roman
ron ross roy rudolf russell salvador samuel scott sean sebastian sergio shane simon stanley stephen stuart
sven terry theo theodore todd tony travis trevor ulrich victor vincent viktor walter warren wayne werner
wolfgang xavier yusuf zachary
 abdelaziz faisal fahad hamad hamid hussein ibrahim ismail jalal khalid mahmoud mustafa nabil
nasser rashid saad saeed salem sultan tariq walid youssef yousef mehmet hakan kemal emre volkan murat
chukwuma emeka olusegun bola uche kwame kofi kojo yaw kwabena tendai themba sipho thabo cyril jomo uhuru
raila musa yoweri rajesh rahul sanjay amit anil arun ashok deepak narendra rajiv ravi
sunil vijay vikram manoj imran nawaz shehbaz asif bilawal hiroshi takeshi kenji shinzo fumio
""".split())

DQ = '"“”„«»'
OPEN_GLYPHS = "“„«"
CLOSE_GLYPHS = "”»"
WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|(?:(?:[A-Z]|Ch|Sh|Ts|Kh|Zh)\.(?=[A-Z][a-z]))?[^\W\d_](?:[\w’'\-&]*\w)?(?:[’']s\b)?\.?|\d[\w.,:-]*\w|\S")

ROLE_FILLER = {"the", "a", "an"} | HUMAN_ROLES | ORG_ROLES | {"press", "military", "special", "senior", "foreign", "trade", "labor", "labour", "local", "state", "deputy"}

#: Abbreviations whose full stop does not end a sentence or an attribution: "U.S. Rep. Dana Whitfield said".
TITLE_ABBREVIATION_RE = re.compile(
    r"\b(?:[A-Z]\.){1,3}(?=[\s,A-Z])|\b(?:Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Maj|Brig|Dr|Mr|Mrs|Ms|"
    r"Mx|St|Prof|Jr|Sr|Hon|Rt|Rev|Fr|Supt|Insp|Det|Amb|Pres|Sec|Min|Gen|No|Messrs)\.")


def mask_abbreviations(s: str) -> str:
    """``s`` with the full stops of title abbreviations and initials replaced by spaces (same length)."""
    return TITLE_ABBREVIATION_RE.sub(lambda m: m.group().replace(".", " "), s)


#: "The Dutchman said", "The Belgian, who launched his mediation, said": a nationality standing for the person the
#: article is about (never "The Vatican", "The Taliban": bodies whose names merely end alike)
DEMONYMS = set("""
dutchman frenchman englishman irishman scotsman welshman belgian brazilian italian australian canadian colombian
argentine argentinian chilean peruvian mexican american german spaniard portuguese swede dane finn norwegian pole turk
greek swiss scot brit kiwi aussie yank croat serb czech hungarian romanian ukrainian russian israeli iranian egyptian
nigerian ghanaian kenyan senegalese cameroonian japanese korean pakistani uruguayan venezuelan
""".split())
#: Heads of the phrases that introduce unnamed sources ("a senior EU official", "two diplomats", "sources close
#: to the talks", "one striking worker"), besides the human roles above.
UNNAMED_HEADS = set("""
woman women man men intern interns relative relatives commuter commuters passenger passengers patient patients agent
agents villager villagers mediator mediators authorities survivor survivors source sources person people insider
insiders tourist tourists aide aides resident residents worker workers member members striker strikers nurse nurses
driver drivers teacher pensioner pensioners teachers parent parents banker bankers trader traders observer observers
lawmaker lawmakers negotiator negotiators diplomat diplomats official officials analyst analysts participant
participants delegate delegates employee employees staffer staffers picketer picketers protester protesters voter voters
farmer farmers doctor doctors pilot pilots motorist motorists steward stewards economist economists expert experts rep
reps reader readers caller callers mechanic mechanics machinist machinists longshoreman longshoremen docker dockers
owner owners grower vendor shopkeeper veteran veterans student students mother mothers father fathers witness witnesses
specialist specialists vendors media press group groups campaigner campaigners activist activists critic critics
supporter supporters opponent growers opponents officer officers soldier soldiers commander commanders leaders friend
friends neighbour neighbours neighbor neighbors bystander bystanders onlooker onlookers mourner mourners colleague
colleagues showrunner showrunners writer writers actor actors producer producers performer performers crew trucker
truckers miner miners dockworker dockworkers fisherman fishermen shopper shoppers customer customers consumer consumers
volunteer volunteers technician technicians user users attendant attendants backbencher backbenchers engineer engineers
reports figure fan fans inspector inspectors player players athlete athletes footballer footballers cricketer cricketers
traveller travellers traveler travelers advocate advocates educator educators paramedic paramedics firefighter
firefighters physician physicians commentator commentators lineman linemen linebacker linebackers spokespeople spokesmen
spokeswomen ally allies confidant confidants loyalist loyalists associate associates girls boys lads
buyer buyers seller sellers retiree retirees visitor visitors junior juniors youngster youngsters wrestler wrestlers
cleaner cleaners clerk clerks chef chefs waiter waiters pharmacist pharmacists baker bakers butcher butchers cabbie
cabbies rider riders courier couriers demonstrator demonstrators refugee refugees migrant migrants widow widows girl boy
teenager teenagers mum dad grandmother grandfather labourer labourers laborer laborers homeowner homeowners tenant
tenants landlord landlords entrepreneur entrepreneurs businessman businesswoman businessmen investor investors dealer
dealers broker brokers contractor contractors registrar registrars surgeon surgeons midwife midwives carer carers trainee
trainees cashier cashiers porter porters janitor janitors receptionist receptionists housekeeper housekeepers
""".split())
#: Words that open an unnamed source: "a senior official", "One Western diplomat", "two people familiar ...".
UNNAMED_DETERMINERS = {"a", "an", "one", "two", "three", "four", "several", "some", "many", "another", "other",
                       "senior", "western", "european", "foreign", "few", "multiple", "various"}
#: "the two sides said in a joint statement": the speaker is the two parties named last.
BOTH_PARTIES_RE = re.compile(
    r"(?:the\s+)?(?:two|both)\s+(?:prime\s+|foreign\s+|trade\s+|defence\s+|defense\s+|finance\s+)?(?:sides|countries|parties|governments|leaders|delegations|nations|camps|"
    r"ministers|presidents|companies|unions|men|women|arbitrators|mediators|moderators|negotiators|envoys|chairs|"
    r"co-chairs|commissioners|chiefs|heads\s+of\s+state|senators|lawmakers|executives)|(?:the\s+)?(?:parties|delegations|pair|duo)|the\s+(?:union|party|opposition)\s+(?:pair|duo|chiefs)|both",
    re.IGNORECASE)

#: Plural nouns that are never a name alone ("Workers said ...") but live inside organisations' names.
GROUP_NOUNS = {"workers", "drivers", "nurses", "teachers", "employees", "farmers", "growers", "members",
               "officials", "doctors", "pilots", "engineers", "machinists", "writers", "actors", "artists",
               "residents", "traders", "investors", "people", "miners", "dockworkers", "longshoremen", "employers",
               "educators", "paramedics", "firefighters", "physicians", "alumni", "graduates", "veterans", "families",
               "students", "parents"}

#: ", noting that ...", ", adding that ...", ", saying ...": a second statement by the same speaker.
PARTICIPLES = {ing_form(lemma): lemma.replace("_", " ") for lemma in SPEECH_LEMMAS.split()}
PARTICIPLES.update({f"expressing {what}": "express hope" for what in ("confidence", "concern", "the hope")})
PARTICIPLE_RE = verb_regex(PARTICIPLES)

#: Common Chinese and Korean family names, which come first in the name ("Wang Yi" is "Wang", "Park Min-soo"
#: is "Park"): a later mention by family name resolves to the full name.
FAMILY_FIRST = set("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao xi qin deng mao wen
kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong jeon moon yi
ho hsu tsai lai kuo chang chiang cheng hsieh tseng yeh hung kao chou chu su ko lu tang
""".split())

#: Unions usually named by a short name or acronym alone ("Unite said", "ver.di's negotiator"): what "the union"
#: can stand for when no "... Union" is named. Case-sensitive; words that are also common English are left out.
UNION_NAMES = set("""
Unite Unison UNISON GMB RMT ASLEF Aslef PCS NEU EIS NASUWT CWU RCN BMA TUC
UAW Teamsters SAG-AFTRA WGA IAM IAMAW USW CWA SEIU AFL-CIO ILWU ILA BLET SMART-TD Unifor CUPE PSAC CUPW
NZNO RTBU AMWU ETU MUA CFMEU ANMF ACTU
ver.di Verdi IG-Metall GDL EVG CGT CFDT FNV UGT CCOO KCTU KMWU COSATU NUMSA NLC TUC
""".split()) | {"IG Metall", "Culinary Union", "Writers Guild"}
#: Endings of union names in other languages: "Dienstleistungsgewerkschaft", "Syndicat", "Sindicato".
UNION_ENDINGS = ("gewerkschaft", "syndicat", "sindicato", "sindacato", "syndikat")
#: The word before "Union" in a union of states, never a trade union: "the European Union", "a customs union".
STATES_UNION = {"european", "african", "economic", "customs", "monetary", "soviet", "postal", "eurasian", "banking"}

#: Members of a party or a house named as a group before a list of names ("Democrats Patrick Leahy, Dick Durbin").
PARTY_MEMBERS = {"democrats", "republicans", "conservatives", "liberals", "tories", "socialists", "greens",
                 "nationalists", "unionists", "independents", "senators", "ministers"}

#: A state agency's styles before a name ("HE Mahamat Zene Cherif"): not part of it.
STYLES = {"HE", "HH", "HRH", "H.E.", "H.H."}

#: What a minister's portfolio is made of, never its holder's name ("Minister of Law and Human Rights Yasonna H. Laoly").
PORTFOLIO_WORDS = set("""affairs rights investment investments transportation transport trade industry industries
finance justice health education defence defense resources energy agriculture interior security development planning
economy law labour labor employment environment tourism culture communications information infrastructure housing works
fisheries mines mining commerce treasury welfare cooperation integration relations policy home inclusion
equality""".split())
#: Words that open a portfolio's name without being one ("Mineral Resources", "Foreign Affairs", "Public Works").
PORTFOLIO_ADJECTIVES = {"international", "economic", "export", "foreign", "regional", "rural", "urban", "social", "public",
                        "national", "small", "business", "digital", "northern", "promotion", "mineral", "natural",
                        "higher", "maritime", "home", "local"}
#: A run ending in one of these names a state, a thing or a place, no person ("President of the Kyrgyz Republic", "Davis
#: Cup", "Shenzhen Bay").
STATES = {"republic", "kingdom", "federation", "emirates", "sultanate", "principality", "states", "union"}
THINGS = set("""war treaty agreement accord accords act convention declaration plan summit pact protocol charter
initiative framework bill law cup games day era doctrine memorial monument museum stadium cathedral mosque airport
bridge mine road avenue square bay island islands river lake valley strait gulf coast peninsula canal dialogue""".split())
#: A run opening with one of these is a part of a document, not a person: "Annex C", "Article 5", "Chapter VII".
DOCUMENT_PARTS = {"annex", "article", "chapter", "section", "clause", "phase", "stage", "appendix", "schedule", "paragraph"}
# Unions the extractor tests word by word, built once here rather than anew at every test.
TITLE_WORDS = PREFIX_WORDS | HONORIFICS
TITLE_OR_ROLE = TITLE_WORDS | HUMAN_ROLES
ABBREVIATED = ABBREVIATIONS | HONORIFICS
