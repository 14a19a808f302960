"""Generic layout: career moves written in prose (issue 13, round 11a).

A sentence says where the role comes from, goes to or moves sideways to: a subject (the role's people, or anyone
in a section about progression), a movement verb phrase ('start as', 'come from', 'be promoted to', 'go on to be',
'move on to', 'move across into … as', 'transfer laterally to', 'qualify as', 'the next step is'), then one or
more title-shaped noun phrases split at commas, 'or', 'and' and 'later'. A title is kept apart from its
explanation (a parenthetical is dropped, 'roles'/'post' after it too). Every phrase of a list must read as a
title, or the list gives nothing: a team, a place, a duty or a qualification is no move.

`sentence_moves` adds these readings to the older verb list of `items.prose_paths` (which stays first).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.reference import rows

from pipeline.parse.generic.guard import _words, path_ok
from pipeline.parse.generic.items import _GRADE_CODE, _lower_agent_title, _lower_title, prose_paths
from pipeline.parse.generic.title import name_like, place_name
from pipeline.parse.generic.vocabulary import _furniture_line, has_role_noun, _romance_nouns, _site_word, singular_title

# verb phrases of a move, with the kind of move each names ('from' entry point, 'to' next role, 'lateral')
_VERBS: tuple[tuple[str, str], ...] = (
    ("from", r"(?:start|starts|started|starting|begin|begins|began|beginning)\s+(?:out\s+|off\s+)?"
             r"(?:their\s+careers?\s+|(?:in\s+)?(?:a|an|the)\s+[a-z]+\s+(?:branch|office|team|store|shop)\s+)?as"),
    ("from", r"(?:come|comes|came|join|joins|joined|move|moves|moved|transfer|transfers|transferred)\s+"
             r"(?:to\s+us\s+|us\s+|here\s+)?from(?:\s+(?:roles?|positions?|posts?|jobs?)\s+(?:as|such\s+as))?"),
    ("from", r"(?:join|joins|joined)\s+(?:us|the\s+(?:company|team|firm|service|organisation|organization))\s+as"),
    # round 15b: 'Most mechanics join as a Workshop Assistant', 'are often recruited from Ramp Agent and … roles', 'Some
    # come into the role from general labourer jobs'
    ("from", r"(?:join|joins|joined)\s+as"),
    ("from", r"(?:are|is|were|was|get|gets|got)\s+(?:often\s+|usually\s+|mostly\s+|typically\s+|commonly\s+)?"
             r"(?:recruited|hired|drawn|promoted)\s+from(?:\s+(?:roles?|positions?|posts?|jobs?)\s+(?:as|such\s+as))?"),
    ("from", r"(?:come|comes|came|coming)\s+into\s+the\s+(?:job|role|profession|trade|occupation)\s+from"),
    # round 12b, entry routes: 'came to us as a Respiratory Therapy Student', 'Others come in as a zoo keeper', 'enter
    # the profession as a trainee'
    ("from", r"(?:come|comes|came|coming)\s+(?:to\s+us\s+|in\s+|into\s+the\s+(?:job|role|profession|trade)\s+"
             r"(?:from\s+(?:work|a\s+job|jobs)\s+)?)as"),
    ("from", r"(?:enter|enters|entered|entering)\s+(?:the\s+(?:job|role|profession|trade|occupation|field)\s+)?as"),
    # 'move into mine planning as Mine Planners', 'move into our MEL team as MEL Officers': another field, as a title
    ("lateral", r"(?:move|moves|moved|moving|transfer|transfers|transferred|transferring|switch|switches|switched)\s+"
                r"(?:sideways\s+|across\s+|laterally\s+|over\s+)?(?:in)?to\s+(?!an?\s)[^.;:()]{1,80}?\s+as"),
    # round 12b: 'a few have moved across to a job as a Harbour Master'
    ("lateral", r"(?:move|moves|moved|moving|switch|switches|switched|step|steps|stepped)\s+(?:sideways|laterally|across)"
                r"\s+(?:in)?to\s+(?:a|an|the)\s+(?:job|role|post|position)\s+as"),
    ("lateral", r"(?:retrain|retrains|retrained|retraining)\s+(?:sideways|laterally)\s+as"),
    # round 13a: 'Others move across to become a Veterinary Receptionist', 'cross over to the Training Centre as a
    # Blasting Instructor'
    ("lateral", r"(?:move|moves|moved|moving|switch|switches|switched|step|steps|stepped|cross|crosses|crossed)\s+"
                r"(?:sideways|laterally|across|over)\s+(?:to\s+)?(?:become|be)"),
    ("lateral", r"(?:cross|crosses|crossed|crossing)\s+over\s+(?:in)?to\s+(?!an?\s)[^.;:()]{1,60}?\s+as"),
    ("lateral", r"(?:move|moves|moved|moving|switch|switches|switched|step|steps|stepped|cross|crosses|crossed)\s+"
                r"(?:sideways|laterally|across)\s+(?:in)?to"),
    ("lateral", r"(?:transfer|transfers|transferred|transferring)\s+(?:laterally\s+|sideways\s+|across\s+)?(?:in)?to"),
    ("to", r"(?:be|get|gets|got|are|is|were|was|been|being)\s+promoted\s+to|promotion\s+to"),
    ("to", r"(?:move|moves|moved|moving)\s+on\s+to(?!\s+(?:become|be)\b)|(?:go|goes|went|going)\s+on\s+to\s+(?:be|become)"),
    ("to", r"(?:move|moves|moved|moving)\s+up\s+to"),
    ("to", r"(?:train|trains|trained|training|work|works|worked|working)\s+(?:your\s+way\s+|their\s+way\s+)?up\s+to"),
    ("to", r"(?:qualify|qualifies|qualified)\s+as"),
    # round 13a: 'go on to train as a Student Veterinary Nurse', 'go on to join the response team as an Emergency
    # Logistician', 'compete for Superintendent positions', 'apply for selection as an Artificer', 'step up to …'
    ("to", r"(?:go|goes|went|going)\s+on\s+to\s+(?:train|qualify|retrain|teach|work)\s+as"),
    ("to", r"(?:go|goes|went|going)\s+on\s+to\s+join\s+(?!an?\s)[^.;:()]{1,60}?\s+as"),
    ("to", r"(?:(?:compete|competes|competed|competing)\s+for|(?:apply|applies|applied)\s+for\s+(?:selection|promotion)\s+"
           r"(?:as|to))"),
    ("to", r"(?:step|steps|stepped|stepping)\s+up\s+(?:in)?to"),
    ("to", r"(?:train|trains|trained|retrain|retrains|retrained)\s+as"),  # 'or train as a coffee roaster' 
    ("to", r"(?:specialise|specialises|specialised|specialize|specializes|specialized)\s+as"),
    ("to", r"(?:the\s+)?(?:(?:usual|typical|normal|common)\s+)?next\s+(?:(?:step|move)\s+(?:is|would\s+be)|(?:steps|moves)\s+(?:are|would\s+be))"
           r"(?:\s+(?:usually|often|typically|normally|generally))?"),
    ("to", r"(?:grow|grows|grew|growing|advance|advances|advanced|progress|progresses|progressed)\s+(?:in)?to"),
    # round 15b, moves written in Spanish, Portuguese and French: 'Muchos empiezan como Ayudante de campo', 'pueden
    # ascender a Jimador líder y después a Mayordomo de campo', 'O próximo passo é Chefe de turno e depois Gerente'
    ("from", r"(?:empiezan|empieza|empezó|empezaron|comienzan|comienza|comenzó|comenzaron|entran|entra|ingresan|ingresa|"
             r"começam|começa|começou|começaram|entram|ingressam|commencent|commence|débutent|débute|entrent|"
             # round 17b: the infinitive after a modal ('Você pode começar como ajudante de refrigeração')
             r"empezar|comenzar|começar|commencer)\s+"
             r"(?:su\s+carrera\s+|sua\s+carreira\s+|a\s+sua\s+carreira\s+|leur\s+carrière\s+)?(?:como|comme)"),
    ("to", r"(?:ascender|ascienden|asciende|ascendieron|ascendem|ascende|ascenderam|(?:ser|son|é|são|fue|foi)\s+"
           r"promovid[oa]s?|(?:être|sont|est)\s+promue?s?|promovid[oa]s?)\s+(?:a|al|para|à|au)"),
    ("to", r"(?:llegar\s+a\s+ser|llegan\s+a\s+ser|convertirse\s+en|se\s+convierten\s+en|tornar-se|tornam-se|tornou-se|"
           r"devenir|deviennent|devient)"),
    # round 17b: '… e chegar a supervisor técnico', 'y llegar a jefe de turno' (to reach a post; 'llegar a ser' above)
    ("to", r"(?:chegar|chegam|chega|chegou|chegaram|llegar|llegan|llega|llegó|llegaron)\s+a(?!\s+(?:ser|la|el|los|las|um|uma|un|una)\b)"),
    ("to", r"(?:el|la|o|a|le)\s+(?:siguiente|pr[óo]xim[oa]|prochaine?)\s+(?:paso|passo|etapa|étape|escal[oó]n)\s+(?:es|é|est)"),
    # round 18b: 'Algunos pasan a la bodega como bodeguero', 'se tourner vers le contrôle qualité comme technicien
    # qualité cuir', 'passar para a manutenção como …': another field, then the title held there (sets 19 q19, q20)
    ("lateral", r"(?:pasan|pasa|pasar|pasaron|pasó|passam|passa|passar|passaram|passou|passent|passe|passer|"
                r"se\s+(?:tourner|tournent|tourne|reconvertir|reconvertissent|reconvertit))\s+(?:a|al|à|au|aux|para|vers|en)\s+"
                r"(?!(?:un|una|uno|um|uma|une)\s)[^.;:()]{1,60}?\s+(?:como|comme)"),
    # round 25c: 'a common sideways move is to Site Reliability Engineer' (set 45 p45_17), 'Common entry points are Graphic
    # Designer and UX Researcher' (set 47 p47_07): the move named as a noun, then what it is
    ("lateral", r"(?:(?:common|typical|usual|natural|popular|frequent)\s+)?(?:sideways|lateral)\s+(?:move|step|switch)\s+"
                r"(?:is|would\s+be)\s+(?:to|into)"),
    ("from", r"(?:(?:common|typical|usual)\s+)?(?:entry\s+points?|points?\s+of\s+entry|feeder\s+roles?)\s+"
             r"(?:are|is|include)"),
    # round 27c: 'Sideways moves into HR Systems Analyst or … roles are common' (the move named as a noun, then where
    # to), 'come into payroll from an HR Administrator … job' (a field named before 'from')
    ("lateral", r"(?:sideways|lateral)\s+(?:moves?|steps?|switch(?:es)?)\s+(?:in)?to"),
    ("from", r"(?:come|comes|came|coming)\s+into\s+[a-z]+(?:\s+[a-z]+)?\s+from"),
    ("to", r"(?:become|becomes|became)"),  # ('or became a licensed Hearing Instrument Specialist': 15b)
    # round 17b: 'Most of our guides started as a porter, then worked as an assistant guide': a second step on the way in
    ("from", r"(?<=,)\s*(?:and\s+)?then\s+(?:worked|served)\s+as"),
    # round 12b: '… move up to Team Lead after about 18 months, then to Operations Manager': the next step after a clause
    ("to", r"(?<=,)\s*(?:and\s+)?then\s+(?:on\s+)?to"),
    ("to", r"(?:move|moves|moved|moving)\s+(?:in)?to"),  # 'have moved to A and B roles': in a progression section
)
# a piece of a list that opens on a move's verb ('or specialise as …'): the list ends before it
_VERB_FIRST = re.compile(r"(?i)(?:" + "|".join(verb for _, verb in _VERBS[:-2]) + r")\s")
# 'move to' and ', then to' name a move only in a section about progression (a page also says 'move to Canada')
_SECTION_ONLY = {len(_VERBS) - 1, len(_VERBS) - 2}

# an aside between commas inside a list of titles: 'a Lead Deckhand and, with a Yachtmaster licence, a Bosun'
_ASIDE = re.compile(r"(?i),\s*(?:with|after|once|given|in\s+time|over\s+time|later|eventually|in\s+turn|ultimately)"
                    r"\b[^,.;:]{0,60},\s*")
_FILLER = re.compile(r"(?i)\b(?:then|eventually|later(?:\s+on)?|finally|possibly|perhaps|ultimately|even|después|luego|"
                     r"más\s+tarde|depois|mais\s+tarde|ensuite|puis|plus\s+tard)\s+(?:to\s+|a\s+(?=[A-Z])|à\s+|para\s+)?"
                     r"(?=(?:an?\s+|the\s+role\s+of\s+)?[A-Za-z])")
_END = re.compile(r"(?i)\s+(?:within|in\s+(?:a|an|the|their|your|our|its)|at|after|when|with|once|by|before|for|"
                  r"if|who|which|where|because|working|depending|following|during|until|via|through|on|"
                  # round 15b: the same in Spanish, Portuguese and French ('… tras dos años', '… com experiência')
                  r"después\s+de|tras|cuando|con|sin|en\s+(?:la|el|los|las|su|sus|un|una)|após|depois\s+de|quando|com|"
                  r"na|no|nas|nos|après|quand|avec|dans|pour|para|por)\b|"
                  r"[;:!?]|\.(?:\s|$)|\s[—–-]\s|\s+(?:can|could|may|might|will|would|should|must)\s|"
                  r",\s+(?:one|some|each|all|both)\s+of\b|,\s+(?:and\s+)?(?:then\s+)?(?:worked|served)\s+as\b|\s+(?:\d+|one|two|three|four|five|six|a\s+few|several)\s+(?:years?|months?|"
                  r"seasons?)\b|,\s+(?:but|while|although|though|whereas|which|who)\b|"
                  # round 27c: '… into A or B roles are common for …': the list ends at the verb saying how usual it is
                  r"\s+(?:are|is)\s+(?:(?:very|quite|also|fairly)\s+)?(?:common|possible|usual|popular|typical|open)\b|"
                  # ', and may become …', ', or some …': a comma before a new clause
                  r",\s+(?:(?:and|or)\s+)?(?:may|might|can|could|will|would|should|must|often|usually|also|some|many|"
                  r"most|others|they|you|we|it|this|these|those|a\s+few|few|several)\b")
# round 13a: a piece of a list that is a clause, no title: a preposition first ('or from a store management role'), or a
# verb phrase about one's own business ('or open their own shop', 'or set up his own bakery')
_CLAUSE_PIECE = re.compile(r"(?i)(?:from|into|through|via|without|before|after|while)\s|[a-z]+\s+(?:up\s+)?(?:their|his|her|your|"
                           r"our|my)\s+(?:own\s+)?\w")
# round 18b: '… and take on apprentices of your own', '… and take on your own contracts': a clause about one's own work
# after a title ends the list of titles there
_OWN_WORK = re.compile(r"(?i),?\s+(?:and|or)\s+[a-z]+\s+(?:[a-z]+\s+){0,3}(?:of\s+)?(?:their|his|her|your|our|my)\s+own\b")
# round 15b: 'an Underwriting Assistant or move across from a claims role': another verb joined by 'or'/'and' without a
# comma ends the list (after a comma, ', or move into nursing', the sentence stays unsure as before)
_OTHER_VERB = re.compile(r"(?:move|moves|switch|switches|transfer|transfers|go|goes|train|trains|work|works|join|joins|"
                         r"retrain|retrains|return|returns|leave|leaves|study|studies)\s+(?:across|sideways|over|on|back|"
                         r"up|from|to|into|in|as|for|at|with)\b")
# 'or in a bank branch as a Customer Service Adviser': where a title is held, then the title
_IN_PLACE_AS = re.compile(r"(?i)(,?\s+(?:or|and)\s+)(?:(?:in|at|within|with|into|to)\s+(?:a|an|the|our|their|one\s+of\s+our)|"
                          r"(?:into|to)(?=\s+[a-z]))\s+"
                          r"[^,;.()]{1,50}?\s+as\s+(?=(?:an?\s+)?[A-Z])")
# 'into the CID as a Detective …'; round 15b: 'to our cupping lab as a Q Grader', 'to a front-of-house role as a Food Runner'
_AS_WHAT = re.compile(r"^(?:(?:the|our|their|its|your)\s+[^,;.:()]{1,60}?|an?\s+[^,;.:()]{1,40}?\s(?:role|job|post|position))"
                      r"\s+as\s+(?=(?:an?\s+)?[A-Z])")
# 'from the Young Graduate Trainee scheme': a scheme named after the people in it (a trainee, an apprentice, a cadet)
_SCHEME = re.compile(r"^the\s+(?P<title>[A-Z][^,.;:()]{0,60}?(?:Trainee|Apprentice|Cadet|Intern|Fellow)s?)\s+"
                     r"(?:scheme|programme|program|intake)\b")
_TAIL = re.compile(r"\s+(?:roles?|posts?|positions?|jobs?|work|careers?|track|backgrounds?)$")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,4}")
_TITLE_CONNECTORS = {"of", "and", "&", "for", "de", "du", "des", "la", "le", "in"}
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|my|me)(?![\w'’])")


def _unit(word: str) -> bool:
    """'Department', 'Navy', 'Course': the last word of a unit of an organisation, a place or a qualification, never of
    a role's title (pipeline/reference/generic_guard.tsv, kind 'unit')."""
    return bool(_words("unit").fullmatch(word))


_HEAD_OF = re.compile(r"(?:Head|Director|Chief|Manager|Chair|Leader|Lead|Superintendent|Commander)\s+of\s+(?:the\s+)?[A-Z]")


def _capital_title(piece: str) -> bool:
    """'Lead Deckhand', 'OR Business Manager', 'Chief of Staff': one to six words, each capitalised or an acronym,
    connectors only inside; no digit, no unit of an organisation last, no place."""
    words = piece.split()
    if not 0 < len(words) <= 6 or re.search(r"\d", piece) or place_name(piece):
        return False
    for index, word in enumerate(words):
        bare = word.strip("'’")
        if bare.lower() in _TITLE_CONNECTORS and 0 < index < len(words) - 1:
            continue
        if bare == "the" and 0 < index < len(words) - 1 and words[index - 1] == "of" and _HEAD_OF.match(piece):
            continue  # round 16b: 'Head of the Drone Department'
        if not (bare[:1].isupper() and re.fullmatch(r"[^\W\d_][\w'’/&.-]*", bare)):
            return False
    # (round 16b: 'Head of the Drone Department', 'Director of Operations': the head of a unit is a title)
    return (not _unit(words[-1].strip(".")) or _HEAD_OF.match(piece) is not None) \
        and (name_like(piece) or bool(_ACRONYM.fullmatch(words[0])))


# English words that make a sentence-case phrase a clause, never a title in another language ('Fluent in english')
_ENGLISH_WORDS = {"in", "for", "of", "to", "with", "and", "or", "the", "a", "an", "on", "at", "by", "from", "as", "is",
                  "are", "be", "your", "our", "their", "my", "this", "that", "it", "work", "working", "team", "role",
                  "job", "skills", "experience", "level", "time", "part", "full"}


def _sentence_case_title(piece: str) -> bool:
    """'Chef boulanger', 'Promotora de vendas', 'Responsable de production': a title written in sentence case (two to
    four words, a capital only first; connectors inside)."""
    words = piece.split()
    return 2 <= len(words) <= 4 and bool(re.fullmatch(r"[^\W\d_][^\W\d_A-Z]+", words[0])) and words[0][0].isupper() \
        and all(re.fullmatch(r"[^\W\d_A-Z]+", w) for w in words[1:]) and not place_name(piece) \
        and words[-1] not in _TITLE_CONNECTORS and not set(words[1:]) & _ENGLISH_WORDS \
        and not re.search(r"(?:ible|able|ed|ing|ly)$", words[-1])  # 'Manager responsible': no title


def _role_head(role: str) -> str:
    words = re.sub(r"\s*\([^()]*\)\s*$", "", role).split()
    return singular_title(words[-1]).lower() if words else ""


# round 15b: 'Head of Course', 'Supervisor de muelle', "Chef d'atelier": a role noun before 'of' (or its word in another
# language) heads the title
_OF = re.compile(r"(?i)\s+(?:of|de|del|da|do|du|des|di|della|van|von)\s+|\s+d['’]")


@lru_cache(maxsize=None)
def _move_nouns() -> re.Pattern:
    return re.compile("(?i)" + "|".join(f"(?:{r['pattern']})" for r in rows("generic_move_nouns")))


def _other_language_title(piece: str) -> bool:
    """Round 15b: 'Ayudante de campo', 'Boyahane Şefi', 'Vezető sajtmester': a word of the name is a word for a person
    holding a job in another language (generic_move_nouns.tsv)."""
    words = [w.strip(".,;:()'’") for w in piece.split()]
    return 0 < len(words) <= 5 and any(w and _move_nouns().fullmatch(w) for w in words)


_ROMANCE_AGENT = re.compile(r"[^\W\d_]{3,}(?:ero|era|eiro|eira|eur|euse|ista|iste|ier|ière)")


def _lower_other_language_title(piece: str, capacity: bool = False) -> bool:
    """Round 18b: 'auxiliar de estación', 'jefe de operación de cable', 'chef d'atelier', 'responsable de production',
    'ajudante de refrigeração', 'supervisor técnico': a title in a language that puts its head noun first, written in
    lower case: two to six words of letters, the first a word for a person holding a job (generic_move_nouns.tsv), no
    English word after it (sets 19 q19 q20, 20 t15, 21 u12 u17). After a verb ending on 'como'/'comme' (`capacity`)
    one such word alone is a title too, or one word of a Romance agent's ending ('como bodeguero', 'comme soudeur')."""
    words = piece.split()
    if capacity and len(words) == 1 and re.fullmatch(r"[^\W\d_A-Z]+", words[0]):
        return bool(_move_nouns().fullmatch(words[0]) or _ROMANCE_AGENT.fullmatch(words[0]))
    if not 2 <= len(words) <= 6 or not all(re.fullmatch(r"[^\W\d_A-Z](?:[^\W\d_A-Z]|['’-])*", w) for w in words):
        return False
    rest = {re.split(r"['’]", w)[-1] for w in words[1:]}
    return bool(_move_nouns().fullmatch(words[0])) and not rest & _ENGLISH_WORDS


def _known(piece: str, role: str) -> bool:
    """A phrase that reads as a title by itself: a known role noun last (or before 'of': 'Head of Course'), or the
    role's own head noun ('Junior Deckhand' on the Deckhand's page)."""
    bare = " ".join(w for w in piece.split() if not _ACRONYM.fullmatch(w)) or piece
    head = singular_title(piece.split()[-1]).lower()
    before_of = _OF.split(piece, maxsplit=1)[0] if _OF.search(piece) else ""
    return has_role_noun(piece) or has_role_noun(bare) or bool(role) and head == _role_head(role) \
        or bool(before_of) and len(before_of.split()) <= 3 and has_role_noun(before_of) or _other_language_title(piece)


def _glossed(piece: str, text: str) -> bool:
    """Round 15b: 'Vezető sajtmester (head cheesemaker)', 'Capataz de cuadrilla (Gang Foreman)': a name in another
    language with its title in English in brackets right after it reads as a title."""
    gloss = re.search(re.escape(piece) + r"\s*\(([^()]{2,40})\)", text)
    if not gloss:
        return False
    words = gloss.group(1).split()
    return 0 < len(words) <= 4 and (has_role_noun(gloss.group(1)) or _lower_piece(gloss.group(1)))


def _lower_piece(piece: str) -> bool:
    """'translator', 'shift leader', 'QC checker', 'café supervisor': a title a site writes in lower case."""
    piece = "".join(c for c in unicodedata.normalize("NFKD", piece) if not unicodedata.combining(c))
    words = piece.split()
    if _ACRONYM.fullmatch(words[0]) and len(words) > 1:
        piece = " ".join(words[1:])
    return _lower_title(piece) or _lower_agent_title(piece) or _lower_title(singular_title(piece).lower())


def _plural_group(piece: str) -> bool:
    """'tour escorts', 'funeral service operatives', 'Student Conservation Association interns': a group of people named
    in the plural (one to four words, the last a plural of letters, no article or pronoun)."""
    words = piece.split()
    return 0 < len(words) <= 4 and all(re.fullmatch(r"[^\W\d_][^\W\d_'’-]*", w) for w in words) \
        and re.fullmatch(r"[a-z]{3,}(?:[^s]s|ies|men|women|people)", words[-1]) is not None \
        and not (set(w.lower() for w in words) & _NOT_GROUP_WORDS)


_NOT_GROUP_WORDS = {"the", "their", "your", "our", "his", "her", "its", "this", "these", "those", "some", "many", "most",
                    "years", "months", "weeks", "hours", "days", "shifts", "times", "skills", "duties", "tasks", "roles",
                    "jobs", "positions", "posts", "things", "ways", "needs", "levels", "grades", "weekends", "nights",
                    "evenings", "mornings", "seasons", "terms", "hours", "basics", "courses", "studies", "programs",
                    "programmes", "classes", "lessons", "and", "or", "of", "as", "with", "at", "in", "on", "for"}


# round 19b: a post heading a unit, in lower case with the unit's article ('become a master painter and later head of the
# decorating studio', set 23 w20; 'become a workshop manager or head of a conservation bindery', set 25 y01): the head
# noun of a post that leads something, 'of', an article and up to four lower-case words naming the unit
_HEAD_OF_UNIT = re.compile(r"(?:head|chief|director|manager|leader|captain|keeper|curator|supervisor|coordinator|"
                           r"convener|convenor|superintendent)\s+of\s+(?:the|a|an)\s+[^\W\d_A-Z][^\W\d_]*"
                           r"(?:\s+[^\W\d_A-Z][^\W\d_]*){0,3}")



def _head_of_unit(piece: str) -> bool:
    """'head of the decorating studio', 'head of a conservation bindery': a post leading a unit whose last word names a
    unit or a workplace (generic_guard.tsv, kinds unit and workplace); 'head of the family' is none."""
    return bool(_HEAD_OF_UNIT.fullmatch(piece)) and (_unit(piece.split()[-1]) or
                                                     bool(_words("workplace").fullmatch(piece.split()[-1])))


# round 26c: 'move into roles like A or B', 'progress to supervisory positions, such as A or B' (p51_12, p50_03): the kind of
# post named first, then its titles
_SUCH_AS = re.compile(r"(?i)^(?:(?:related|other|support|supervisory|management|managerial|senior|leadership|similar|"
                      r"adjacent)\s+)?(?:roles?|positions?|jobs?|posts?|trades?|occupations?),?\s+(?:such\s+as|like)\s+"
                      r"(?=(?:an?\s+)?[^\W\d_])")
# round 26c: 'also move into roles such as Quality Control Analyst or Medical Sales Representative' (p51_03, p50_03, set 29
# p29_13): titles of another line of work, a sideways move, unless one of them names a post over others ('move into roles
# such as charge midwife or midwife manager', set 33 p33_16, are steps up)
_ROLES_SUCH_AS = re.compile(r"(?i)\b(?:move|moves|moved|moving)\s+(?:on\s+)?(?:in)?to\s+(?:(?:related|other|support|"
                            r"similar|adjacent)\s+)?(?:roles?|positions?|jobs?|trades?|occupations?)\s+(?:such\s+as|like)\s+"
                            r"(?P<list>[^.;:!?]*)")
_OVER_OTHERS = re.compile(r"(?i)\b(?:manager|supervisor|head|chief|director|lead|leader|senior|principal|charge|"
                          r"superintendent|foreman|forewoman)\b")


def _names(segment: str, role: str, capacity: bool = False, plural: bool = False, romance: bool = False) -> list[str]:
    """The titles of the words after a move verb, or [] when any of them is not one. With `capacity` (the verb ends on
    'as': 'joined us as', 'move into our heritage team as') a capitalised name is a title like one after 'a'."""
    written = segment
    segment = _AS_WHAT.sub("", segment.strip())
    segment = _SUCH_AS.sub("", segment)  # round 26c: 'roles like Fish Health Biologist' (p51_12): the titles after it
    if _SCHEME.match(segment):  # 'join from the Young Graduate Trainee scheme': the trainee's title, named as one
        segment, capacity = _SCHEME.sub(r"\g<title>", segment), True
    segment = re.sub(r"\s*\([^()]*\)", "", segment)  # 'a Team Leader (chef d'équipe)': the explanation is no title
    segment = _ASIDE.sub(" ", segment)
    segment = _FILLER.sub("", segment)
    segment = _IN_PLACE_AS.sub(r"\1", segment)  # 'A or in a bank branch as a B' (round 13a)
    # round 15b: 'from general labourer jobs in print shops': where the jobs were held ends the title
    segment = re.sub(r"(?i)\b(roles?|jobs?|positions?|posts?)\s+(?:in|at|with|across|within|on)\s+[^,;.]*", r"\1", segment)
    own_work = _OWN_WORK.search(segment)
    if own_work:  # round 18b: 'master thatcher and take on apprentices of your own' (set 20 t03, set 21 u01)
        segment = segment[: own_work.start()]
    stop = _END.search(segment)
    segment = (segment[: stop.start()] if stop else segment).strip().rstrip(",")
    segment = re.sub(r"(?i)[\s,]+(?:and|or)$", "", segment)  # 'a Mortgage Administrator or [in a bank branch …]'
    if not segment:
        return []
    pieces = []
    # (round 15b: 'y', 'o', 'e', 'ou', 'et' join titles in Spanish, Portuguese and French; 'and' stands for them below)
    joins = [re.sub(r"^\s*(?:y|e|et)\s*$", " and ", re.sub(r"^\s*(?:o|ou)\s*$", " or ", j)) for j in
             re.findall(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or|y|o|e|ou|et)\s+", segment)]
    raws = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or|y|o|e|ou|et)\s+", segment)
    raws = [re.sub(r"(?i)^(?:then\s+|from\s+there\s+)?to\s+(?=[A-Za-z])", "", raw.strip()) if index else raw
            for index, raw in enumerate(raws)]  # 'A and, later, to B'
    raw_joins = re.findall(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or|y|o|e|ou|et)\s+", segment)
    raws, joins = _shared_words(raws, joins, raw_joins)
    cut = next((i for i, raw in enumerate(raws) if i and (_VERB_FIRST.match(raw.strip()) or _CLAUSE_PIECE.match(raw.strip())
                                                          or _OTHER_VERB.match(raw.strip()) and "," not in joins[i - 1])),
               None)
    if cut is not None:
        # round 13a: 'A and B positions, or move laterally to C or D': the list ends at another move's verb wherever it
        # stands (read by its own verb); 'A or from a store management role', 'A or open their own shop': at a piece
        # that is a clause of another kind
        raws = raws[:cut]
    while len(raws) > 1 and _VERB_FIRST.match(raws[-1].strip()):
        raws.pop()  # 'a Section Leader or specialise as an Animal Trainer': another move, read by its own verb (12b)
    while len(raws) > 1 and raws[-1].strip()[:1].islower() and not _lower_piece(
            re.sub(r"(?i)^an?\s+", "", _TAIL.sub("", raws[-1].strip()))) and not re.match(r"(?i)an?\s", raws[-1].strip()) \
            and not _head_of_unit(raws[-1].strip()) \
            and (joins[len(raws) - 2].strip() == "and" and re.match(r"(?i:an?\s)|[A-Z]", raws[-2].strip()) or len(raws) > 2):
        # 'start as a labourer and train on the job', 'started as Theatre Support Workers and trained with us', 'A and
        # B, or move sideways …': a clause, no title ('move into a
        # finance manager role or specialise in payroll', 'start as apprentices and learn on site': unsure, not read)
        raws.pop()
    merged: list[str] = []
    for index, raw in enumerate(raws):
        raw = raw.strip()
        bare = re.sub(r"(?i)^an?\s+", "", merged[-1]) if merged else ""
        if merged and joins[index - 1].strip() == "," and len(bare.split()) == 1 and bare[:1].isupper() \
                and has_role_noun(bare) and _capital_title(raw) and not _known(raw, role):
            merged[-1] = f"{merged[-1]}, {raw}"  # 'Manager, Respiratory Therapy': a title written with its field after it
            continue
        merged.append(raw)
    for raw in merged:
        raw = raw.strip()
        if not raw:
            return []
        written_article = bool(re.match(r"(?i)^an?\s+", raw))
        article = capacity or written_article
        raw = re.sub(r"(?i)^an?\s+", "", raw)
        # round 15b: 'became a licensed Hearing Instrument Specialist': a licence word before the title is no part of it
        raw = re.sub(r"^(?:fully\s+)?(?:licensed|qualified|certified|registered|chartered|accredited)\s+(?=[A-Z])", "", raw)
        tail = _TAIL.search(raw)
        raw = _TAIL.sub("", raw).strip()
        article = article or bool(tail)  # 'into Water Quality Sampler roles': named as a role
        if not raw or raw.lower().startswith(("the ", "their ", "your ", "our ", "his ", "her ")):
            return []  # 'the Navy', 'their own business': no title
        pieces.append((raw, article, written_article))
    titles, sure = [], False
    for piece, article, written_article in pieces:
        if ", " in piece:  # 'Manager, Respiratory Therapy' (merged above): a role noun and its field, both capitalised
            titles.append((piece, True))
            sure = True
        elif _capital_title(piece) or _sentence_case_title(piece):
            known = _known(piece, role) or has_role_noun(piece.split()[0]) and not _capital_title(piece) \
                or _glossed(piece, written)
            sure = sure or known or article  # 'become a Sergeant': a capitalised noun after 'a' is a title
            titles.append((piece, known or article))
        elif _caseless(piece) and len(piece) <= 12:
            titles.append((piece, article))  # '区域运营专员 (Regional Operations Specialist) roles' (round 13a)
            sure = sure or article
        elif plural and _plural_group(piece):
            titles.append((piece, True))  # 'Many start as tour escorts or museum guides' (round 13a)
            sure = True
        elif _head_of_unit(piece):
            titles.append((piece, True))  # round 19b: 'head of the decorating studio', 'head of a conservation bindery'
            sure = True
        elif _lower_other_language_title(piece, romance):
            titles.append((piece, True))  # 'llegar a supervisor de línea', 'devenir chef d'atelier' (round 18b)
            sure = True
        elif _lower_piece(piece) or re.fullmatch(r"[^\W\d_A-Z](?:[^\W\d_A-Z'’-]| (?=[^\W\d_A-Z]))*", piece) and len(piece.split()) <= 4 \
                and bool(role) and singular_title(piece.split()[-1]).lower() == _role_head(role):  # 'head barista'
            known = _lower_title(piece) or _lower_title(singular_title(piece).lower()) \
                or piece.startswith("master ") and _lower_agent_title(piece) \
                or bool(role) and singular_title(piece.split()[-1]).lower() == _role_head(role)
            # round 15b: 'train as a coffee roaster': after a verb ending on 'as', an agent noun after 'a' is a title
            sure = sure or known or capacity and written_article and _lower_agent_title(piece)
            titles.append((piece, known))
        else:
            return []
    if not sure or any(not ok and len(p.split()) > 4 for p, ok in titles):
        return []
    own = (role.lower(), singular_title(role).lower()) if role else ()
    if len(titles) > 1 and titles[0][0].lower() in own and not any(p.lower() in own for p, _ in titles[1:]):
        titles = titles[1:]  # 'grow to Grain Storage Operator, then Líder de Turno': the role, then the moves after it
    if role and any(p.lower() in own for p, _ in titles):
        return []  # 'to become a Paramedic' on the paramedic's page is the way in, no move
    return [p for p, _ in titles]


def _shared_words(raws: list[str], joins: list[str], raw_joins: list[str]) -> tuple[list[str], list[str]]:
    """Round 24b: 'move into Health and Safety Manager roles' (set 44 p44_11), 'devenir directeur administratif et
    financier' (set 42 p42_11): pieces joined by 'and' that are one title: one word naming no person before a title
    that names one (the words share its head: 'Health and Safety Manager'), or, joined by a Romance 'et', 'y', 'e', one
    lower-case word naming no person after a title of two words or more (an adjective shared by the title's noun)."""
    out, out_joins = [raws[0]], []
    for index in range(1, len(raws)):
        join, written = joins[index - 1].strip(), raw_joins[index - 1] if index - 1 < len(raw_joins) else ""
        before = re.sub(r"(?i)^an?\s+", "", out[-1].strip())
        after = _TAIL.sub("", raws[index].strip()).strip()  # ('Safety Manager roles': the title before 'roles')
        head_shared = join == "and" and len(before.split()) == 1 and before[:1].isupper() and not has_role_noun(before) \
            and len(after.split()) >= 2 and after[:1].isupper() and has_role_noun(after)
        adjective_shared = written.strip() in ("et", "y", "e") and len(after.split()) == 1 and after.islower() \
            and not has_role_noun(after) and len(before.split()) >= 2 and before.islower()
        if head_shared or adjective_shared:
            out[-1] = f"{out[-1].rstrip()}{written}{raws[index].strip()}"
            continue
        out.append(raws[index])
        out_joins.append(joins[index - 1])
    return out, out_joins


def _with_abbreviation(title: str, written: str) -> str:
    """Round 22b: 'Chief Financial Officer (CFO)', 'certified welding inspectors (CWI)': an abbreviation in brackets
    right after the title is part of its name as the page writes it (an explanation in brackets is not)."""
    found = re.search(re.escape(title) + r"(\s*\(([A-Z][A-Z0-9&/.-]{1,7})\))", written)
    return title + found.group(1) if found and re.fullmatch(r"[A-Z]{2,}[A-Z0-9&/.-]*", found.group(2)) else title


def _subject_is_role(before: str, role: str, people: bool = False) -> bool:
    """'Most deckhands', 'Many porters also', 'Youth pastors often': the words before the verb name the role's people."""
    head = _role_head(role)
    if not head:
        return False
    words = [singular_title(w.strip(",")).lower() for w in before.split()[:6]]
    # 'Zookeepers with several years' experience': a plural the role-noun list does not know (round 12b)
    if head in words or f"{head}s" in words or f"{head}es" in words:
        return True
    # round 18b: 'Many people start as a location assistant …' (set 15 v08), 'Many people come into the role from …'
    # (sets 16 x12, 17 z08): people in general, the subject of a prose page's way in; 'Many of our QCs start as packers'
    # (set 20 t05): the role's initials ('Packhouse Quality Controller') name its people. People in general only in the
    # page's unheaded prose (`people`): under another section's heading ('Skills') they are no one's way in (round 13a)
    if people and _PEOPLE.fullmatch(before.strip().rstrip(",")):
        return True
    initials = "".join(w[0] for w in re.sub(r"\s*\([^()]*\)\s*$", "", role).split() if w[:1].isupper())
    said = re.fullmatch(r"(?:(?:many|most|some|a\s+few)\s+of\s+(?:our|the)\s+|our\s+|the\s+)?([A-Z]{2,5})s", before.strip(),
                        flags=re.I)
    return bool(said) and len(initials) >= 2 and initials.endswith(said.group(1).upper()) and said.group(1).isupper()


_PEOPLE = re.compile(r"(?i)(?:(?:many|most|some|a\s+few|other)\s+)?people(?:\s+(?:also|often|usually|typically|then))?")


_SWITCH_BEFORE = re.compile(r"(?i)\b(?:switch(?:es|ed|ing)?|chang(?:e|es|ed|ing))\s+(?:over\s+)?(?:to|into)\s+(?:the|a|an)\s+"
                            r"[a-z]+(?:\s+[a-z]+)?\s+(?:track|path|side|stream|ladder)\b")

# round 27b: 'can also move into', 'many also switch to', 'may also transfer to' (sets 29 p29_15, 31 p31_15, 40 p40_14,
# 46 p46_21, 48 p48_06, 51 p51_03, 54 p54_09 label all so): a move made 'also', beside the role's climb, is sideways
_ALSO_MOVE = re.compile(r"(?i)\balso\s+(?:move|moves|moved|moving|switch|switches|switched|transfer|transfers|transferred)"
                        r"\s+(?:across\s+|over\s+)?(?:in)?to\b")


def sentence_moves(text: str, role: str = "", section: str | None = "career",
                   people: bool = False) -> list[tuple[str, str]]:
    """(kind, title) of the moves the sentences of a line name. In a section about progression (`section` is a
    career kind) any subject counts; elsewhere (`section` None) only a sentence whose subject is the role's people.
    A move 'to' in a section about sideways moves is lateral."""
    in_career = bool(section and section.startswith("career"))
    found: list[tuple[str, str]] = list(prose_paths(text)) if in_career else []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text.strip()):
        in_career = in_career or len(found) > 0  # after a sentence naming the role's moves, the next ones go on
        taken: list[tuple[int, int]] = []
        for index, (kind, verb) in enumerate(_VERBS):
            if index in _SECTION_ONLY and not in_career:
                continue
            for match in re.finditer(rf"(?i)(?<![\w-]){verb}\s+", sentence):
                if any(a <= match.start() < b for a, b in taken):
                    continue  # 'move on to' already read as such: not again as 'move … to'
                before = sentence[: match.start()]
                if re.search(r"(?i)(?:^|[,;:—–]\s*)(?:in\s+order\s+)?to\s+$", before) or re.match(r"(?i)^\s*how\b", before):
                    continue  # 'To become a paramedic you need…', 'How to become…': the way in, no move
                if _FIRST_PERSON.search(before):
                    continue  # '"I started as a contract tester …" — Simone': one person's story, no move of the role
                if not in_career and not _subject_is_role(before, role, people):
                    continue
                capacity = bool(re.search(r"(?i)\bas\s*$", match.group()))
                rest = sentence[match.end():]
                if _VERB_FIRST.match(rest):
                    continue  # round 20c: 'progress to become certifying plumbers': the second verb names the move
                # round 15b: 'qualify as a solicitor through the SQE, or as a Chartered Legal Executive through CILEx':
                # each 'or as …' after a verb ending on 'as' names the same move again
                parts = re.split(r"(?i),?\s+or\s+as\s+(?=(?:an?\s+)?[A-Za-z])", rest) if capacity else [rest]
                romance = bool(re.search(r"(?i)\b(?:como|comme)\s*$", match.group()))  # round 18b
                names = _names(parts[0], role, capacity, plural=kind == "from" and index == 0, romance=romance)
                for part in parts[1:] if names else []:  # (a later part that reads as no title adds nothing)
                    names += [n for n in _names(part, role, capacity) if n not in names]
                if not names:
                    continue
                taken.append((match.start(), match.end()))
                here = kind
                if kind == "to" and (section == "career_lateral" or re.search(r"(?i)\b(?:sideways|lateral(?:ly)?)\b",
                                                                               before)):
                    here = "lateral"
                found.extend((here, n) for n in names)
    out: list[tuple[str, str]] = []
    titles: set[str] = set()
    lowered = text.lower()
    for kind, title in sorted(found, key=lambda f: lowered.find(f[1].lower())):  # in the order the text names them
        title = _with_abbreviation(title, text)
        if kind == "to":
            at = lowered.find(title.lower())
            such = [m for m in _ROLES_SUCH_AS.finditer(text) if m.start("list") <= at < m.end("list")]
            if any(not _OVER_OTHERS.search(m.group("list")) for m in such):
                kind = "lateral"
            sentence = re.split(r"[.!?;]\s", text[:at])[-1] if at > 0 else ""
            if _SWITCH_BEFORE.search(sentence):
                kind = "lateral"  # round 22b: 'switch to the management track and become an Engineering Manager'
            elif _ALSO_MOVE.search(sentence) and not such:
                # round 27b: 'Officers … can also move into Contracts Officer or Vendor Manager roles' (a list after
                # 'roles such as' keeps round 26c's reading: a post over others there is a move up)
                kind = "lateral"
        if title.lower() not in titles:
            titles.add(title.lower())
            out.append((kind, title))
    return out


# --- round 13a: a ladder written as one chain of short names in a section about progression ----------------------
_CHAIN_ARROWS = re.compile(r"\s+(?:→|->|=>|⟶|⟹|➔|➜|➝|➞|➙|➛|⇒|⇨|⮕|»|>>|>)\s+")
# a level code after a title ('SOC Analyst L1', 'Operator II', 'Technician 2'): part of the step, not of its shape
_LEVEL_CODE = re.compile(r"\s+(?:L\d{1,2}|[IVX]{1,4}|\d{1,2})$"
                         # round 16b: a grade's code before the title ('Level 1 Technician', 'EMS 6 Senior Call Handler')
                         r"|^(?:Level|Grade|Band|Step|Tier|Class|Scale|[A-Z]{2,4})\s?\d{1,2}\s+(?=[^\W\d_])")
# a title written for both genders ('Skilehrer/in', 'Asesor/a fiscal', 'Staatlich geprüfte/r …', 'Kaufmann/-frau')
_GENDERED = re.compile(r"[^\W\d_]/-?(?:in|innen|a|as|e|r|frau)\b|[^\W\d_]\((?:in|a|e)\)")
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&/.-]{1,7}")
_SENTENCE_WORD = re.compile(r"(?i)\b(?:you|your|we|our|they|is|are|will|can|may|after|years?|then)\b")


def _caseless(word: str) -> bool:
    """'分拣员': a word of a script without capitals (a title there has no capital to show it)."""
    return any(unicodedata.category(c) == "Lo" for c in word) and not any(c.isascii() and c.isalpha() for c in word)


def _step_shape(title: str) -> bool:
    """A short name that may be a ladder's step: one to six words, no sentence, a capital (or a caseless script) first,
    no digit beyond a level code."""
    bare = _LEVEL_CODE.sub("", title.strip())
    words = bare.split()
    if not 0 < len(words) <= 6 or re.search(r"\d|[.:;!?,]", bare) or _SENTENCE_WORD.search(bare):
        return False
    first = words[0]
    return (first[:1].isupper() or _caseless(first)) and name_like(bare) or _caseless(bare) \
        or bool(_GENDERED.search(bare)) or (first[:1].isupper() and len(words) <= 4
                                            and all(re.fullmatch(r"[^\W\d_][\w'’/&-]*", w) for w in words)) \
        or _head_first_step(words)


def _head_first_step(words: list[str]) -> bool:
    """Round 26c: 'Responsable du contrôle de gestion', 'Gerente de Seguridad y Salud Ocupacional' (p53_10, p53_08): a
    title of a language that puts its head noun first, of up to six words of letters, capitalised, its first word a
    Romance head noun of role_nouns.tsv."""
    return 5 <= len(words) <= 6 and words[0][:1].isupper() and words[0].lower() in _romance_nouns() \
        and all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) for w in words)


def _sure_step(title: str, role: str, note: str | None = None) -> bool:
    """A step that reads as a title by itself: a known role noun or the role's own head noun ('Economy Class Cabin
    Crew' on the Cabin Crew's page), a title written for both genders, a caseless name."""
    bare = _LEVEL_CODE.sub("", title.strip())
    return _known(bare, role) or bool(_GENDERED.search(bare)) or _caseless(bare) or _lower_piece(bare) \
        or bool(note) and 0 < len(note.split()) <= 4 and has_role_noun(note) \
        or bool(role) and bare.lower().endswith(" " + re.sub(r"\s*\([^()]*\)\s*$", "", role).lower())


def ladder_steps(text: str, role: str = "") -> list[tuple[str, str | None]]:
    """(title, note) of each step of 'Engineer → Senior Engineer → Principal Engineer → Master (technical fellow)' or
    'Anwärter/in → Landesskilehrer/in → …' read in a section about progression: three steps or more joined by arrows,
    each a short name (a level code after it allowed: 'SOC Analyst L1'), two or more of them titles by themselves (a role
    noun, a title for both genders, a caseless script's name); brackets after a step are its note unless they hold an
    abbreviation ('Subject Matter Expert (SME)'). A step 'A / B' names two titles at one level: one step. Else []."""
    pieces = [p.strip().rstrip(".") for p in _CHAIN_ARROWS.split(text.strip())]
    if len(pieces) < 3:
        return []
    steps: list[tuple[str, str | None]] = []
    halves: list[tuple[str, str | None]] = []
    for piece in pieces:
        # round 24b: brackets glued to the word before them are part of the name as written ('정비감독(팀장)', set 46
        # p46_02; 'Engenheiro(a)'): only brackets after a space are a note
        match = re.fullmatch(r"(?P<title>[^()]+?)\s+\((?P<note>[^()]+)\)", piece)
        title, note = (match["title"], match["note"]) if match and not _ABBREVIATION.fullmatch(match["note"]) \
            else (piece, None)
        code = ""
        if match and note and _GRADE_CODE.fullmatch(note.strip()) and note.strip()[1:2].isupper():
            # round 22b: 'Executive Engineer (BPS-18)', 'Assistant principal I (AP I)': a grade's code in brackets is part of
            # the step's name as the page writes it ('Harbour Pilot (Grade 4)' in a chain stays a note, as round 11 reads it)
            code, note = f" ({note.strip()})", None
        names = [n.strip() for n in re.split(r"\s+/\s+", title)]
        # round 25c: 'Director de finanzas (CFO)', 'Directeur administratif et financier (DAF)' (set 45 p45_04, set 47
        # p47_16): an abbreviation in brackets after a step is part of its name, no part of its shape
        shapes = [re.sub(r"\s+\([A-Z][A-Z&/.]{1,7}\)$", "", n) for n in names]
        if not all(_step_shape(n) and path_ok(_LEVEL_CODE.sub("", n)) for n in shapes):
            return []
        if any(_site_word().search(n) and n.lower() != role.lower() or _furniture_line().match(n) for n in names):
            return []  # 'Network Careers', 'Home': a site's link among the steps, no ladder
        if any(_unit(n.split()[-1]) and " of " not in n for n in names):
            return []  # 'Tidewater Marine Services', 'Operations Team': an organisation or a unit, no step ('Head of Department' is one)
        # round 20c: 'Foreman / Supervisor', 'Dispatcher / Fleet Supervisor' (sets 29 m15, 30 n13, n19): two titles at
        # one level are one step, as the page writes it (each half checked above)
        steps.append((" / ".join(names) + code, note))
        halves.extend((n, note) for n in names)
    if not any(_sure_step(t, role, n) for t, n in halves):  # (a step glossed in English: 'X (Gang Foreman)', 15b)
        return []
    return steps
