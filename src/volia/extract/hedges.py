"""Why one trigger gives no claim: a modal verb or "not" just before it, a negation after it,
a demand, a plan, the law's maximum, custody extended, a release that never happened.

A sentence-wide marker (a rumour, "reportedly", a denial, "if", a question) blocks every
trigger in the sentence; those are read in ``sentence_hedges``. The turns around a trigger
that undo it (a re-arrest at the gate, a release only sought) are read in ``trigger_context``.
"""

from __future__ import annotations

import re

from volia.domain.model import EventType as E
from volia.extract import departures, hedge_words, not_happened
from volia.extract.hedge_words import LOCAL_HEDGES, NO_CUSTODY
from volia.extract.inside import still_inside
from volia.extract.trigger_context import context_block
from volia.extract.triggers import Trigger

_NEGATION = {
    "en": r"not|n['’]t|never|no|neither|nor|none|nobody|without",
    "ru": r"не|ни|нет|никто|никогда",
    "be": r"не|ні|няма|ніхто|ніколі",
}
# Right after the trigger: "among those freed ... not", «среди освобождённых не оказалось»,
# "whose release had been expected".
_TAIL_NEG = {
    "en": re.compile(r"^\s*(?:had\s+been\s+|has\s+been\s+|was\s+|is\s+)?(?:widely\s+|long\s+)?"
                     r"(?:expected|demanded|awaited|sought|anticipated|rumou?red|promised|hoped"
                     r"|called\s+for)\b", re.IGNORECASE),
    "ru": re.compile(r"^[\s»\"”]*[—–-]?\s*(?:(?:он|она|оно|они|же|так\s+и|(?-i:[А-ЯЁ])\w+)\s+)?"
                     r"(?:не\s+оказал\w*|нет|не\s+был\w*|не\s+значил\w*|не\s+значится"
                     r"|не\s+(?:содерж|наход)\w+|(?:ещё\s+|еще\s+)?не\s+(?:вынесен|оглаш[её]н)\w*"
                     r"|ожида\w+|требу\w+|не\s+будет|не\s+будут)(?!\w)", re.IGNORECASE),
    "be": re.compile(r"^[\s»\"”]*[—–-]?\s*(?:(?:ён|яна|яно|яны|жа|так\s+і|(?-i:[А-ЯЁІЎ])\w+)\s+)?"
                     r"(?:не\s+аказал\w*|няма|не\s+был\w*|не\s+быў|не\s+была|чака\w+"
                     r"|не\s+(?:утрымлі|знаходз)\w+"
                     r"|патрабу\w+|не\s+будзе|не\s+будуць)(?!\w)",
                     re.IGNORECASE),
}
# «в ШИЗО после этапа Лапко не помещали»: the verb of the trigger's clause, negated after it.
_CLAUSE_NEG = {
    "ru": re.compile(r"^[^,;.:—]{0,40}?(?<!\w)не\s+(?:помеща|помещ[её]н|водвор|отправля|отправ[ил]"
                     r"|переводи|перевед|этапирова|задержива|задержан|арестов|освобожд|помилова"
                     r"|вывози|вывез|высыла|выслан|депортир|был|бывал|сидел|попадал|предъяв)\w*",
                     re.IGNORECASE),
    "be": re.compile(r"^[^,;.:—]{0,40}?(?<!\w)не\s+(?:змяшча|змешчан|адпраўля|адправ[іл]|пераводз"
                     r"|пераве|этапава|затрымліва|затрыман|арыштоўва|вызваля|вызвален|памілава"
                     r"|вывоз|вывез|высыла|выслан|дэпартава|быў|была|былі|сядзе|трапля"
                     r"|прад['’]?яв)\w*",
                     re.IGNORECASE),
}
_LOCAL_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in
             LOCAL_HEDGES.items()}
# (a contraction is one word: "wasn't", "didn't")
_NEG_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)|(?<=\w)n['’]t(?!\w)", re.IGNORECASE)
           for k, v in _NEGATION.items()}
_WORDS = re.compile(r"[\w'’-]+")
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\b(?:and|but|while|after|before|who|which|и|но|а|после"
                           r"|который|которая|і|але|пасля|які|якая)\b", re.IGNORECASE)


# «суд продлил арест», "the court extended her arrest": pre-trial custody, not a verdict
_EXTENDED = re.compile(r"(?<!\w)(?:продли\w*|продлева\w*|падоўжы\w*|падаўжа\w*"
                       r"|extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?)"
                       r"\s+(?:the\s+|her\s+|his\s+|their\s+|ей\s+|ему\s+|ёй\s+|яму\s+)?"
                       r"(?:арест\w*|срок\w*\s+(?:содержания|ареста)|меру\s+пресечения|содержани\w+"
                       r"|арышт\w*|тэрмін\w*\s+утрымання|меру\s+стрымання|arrest|detention"
                       r"|custody|pre-?trial)", re.IGNORECASE)
# Where the clause of a noun trigger begins: "He warned | that she could be deported … on the
# day of her release".
_CLAUSE_START = re.compile(r"[,;:—–(]|\b(?:that|что|што|каб|чтобы)\b", re.IGNORECASE)
# A noun trigger whose own clause goes on to deny it.
_NOUN_NEGATED = re.compile(r"^[^;,.:—]{0,40}?(?<!\w)(?:не|ні|not|never|was\s+not|were\s+not)\s",
                           re.IGNORECASE)


def _window(sentence: str, trigger: Trigger, words: int) -> str:
    """The last WORDS words before the trigger, cut at the nearest clause break."""
    head = sentence[: trigger.start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end():]
    tokens = _WORDS.findall(head)
    return " ".join(tokens[-words:])


# A sentence opening with a condition puts a present-tense verb in the future.
_CONDITION = re.compile(r"^\W*(?:калі|если|когда|как\s+только|як\s+толькі|if|when|once|unless)\b",
                        re.IGNORECASE)
# Let go after questioning as a witness, or never detained (the words in `hedge_words`).
_NO_CUSTODY = re.compile(rf"(?<!\w)(?:{NO_CUSTODY})(?!\w)", re.IGNORECASE)
# A freed prisoner as the source of what is told (the words in `hedge_words`)
_SOURCES_OPEN = re.compile(hedge_words.SOURCES_OPEN, re.IGNORECASE)
_SAY_AFTER = re.compile(hedge_words.SAY_AFTER, re.IGNORECASE)
_SOURCE_PERSON = re.compile(hedge_words.SOURCE_PERSON, re.IGNORECASE)
_NAME_COMMA = re.compile(r"(?-i:[A-ZА-ЯЁІЎ])[\w'’-]+\s*,\s*$")
_PLANNED = re.compile(r"(?<!\w)(?:plan(?:s|ning|ned)?|планиру\w+|плану\w+|мечта\w*|марыць|марац\w*)"
                      r"(?!\w)", re.IGNORECASE)
_ABOUT_THING = re.compile(r"(?<!\w)(?:о|об|пра|аб)\s+(?!(?:нём|нем|ней|них|ім|ёй|іх|яго|яе)\b)"
                          r"\w+\s+(?:(?:там|тут)\s+)?$", re.IGNORECASE)
# Fear of what may come: "she fears he will be put in a cell", «опасается, что его отправят».
_FEAR = re.compile(r"(?<!\w)(?:fears?|feared|afraid|worried|worries|опаса\w+|боит\w+|боя\w+"
                   r"|баіцца|баяцца|асцерага\w+|непакоіцца)(?!\w)", re.IGNORECASE)
# "after SHIZO", «после ПКТ»: the trigger names a past or later stage, not a placement.
_AFTER = re.compile(r"(?<!\w)(?:after|после|пасля|about|о|об|про|пра)\s+(?:[\w-]+\s+)?$",
                    re.IGNORECASE)


_SOUGHT_AFTER = re.compile(r"^[^,.;]{0,40}?\b(?:sought|demanded|called\s+for|hoped\s+for|expected"
                           r"|requested|asked\s+for|urged|добивал\w+|требовал\w+|ожидал\w+)",
                           re.IGNORECASE)
# "We demand the immediate release of X", «требуем освобождения»: a wish, not an event.
_DEMAND = re.compile(r"(?<!\w)(?:demand\w*|call(?:s|ed|ing)?\s+for|urg\w+|appeal\w*|request\w*"
                     r"|expect\w*|insist\w*|seek\w*|sought|press(?:es|ed|ing)?\s+for"
                     r"|campaign\w*\s+for|требу\w+|призыва\w+|добива\w+|патрабу\w+|заклік\w+"
                     r"|заклікаю\w*)(?!\w)", re.IGNORECASE)
_DEMAND_THAT = re.compile(r"(?<!\w)(?:demand\w*|call\w*|urg\w+|insist\w*|ask\w*|appeal\w*)\s+"
                          r"(?:that|for)\b|\bbe\s+$|(?:требу\w+|призыва\w+|патрабу\w+"
                          r"|заклік\w+|заклікаю\w*),?\s+(?:чтобы|каб)", re.IGNORECASE)
_THOSE = re.compile(r"(?<!\w)those\s+$", re.IGNORECASE)
_OTHERS_BEFORE = re.compile(hedge_words.OTHERS_BEFORE, re.IGNORECASE)
_PARTICIPLE = re.compile(hedge_words.PARTICIPLES, re.IGNORECASE)
_IN_ABSENTIA_AFTER = re.compile(hedge_words.IN_ABSENTIA_AFTER, re.IGNORECASE)
_IN_ABSENTIA_BEFORE = re.compile(hedge_words.IN_ABSENTIA_BEFORE, re.IGNORECASE)
_THOSE_TAIL = re.compile(r"\s+(?:had|have|were|are|was|is|say|said|did|do|will|would)\b",
                         re.IGNORECASE)
# "the question of recognising X", «вопрос о признании», «пытанне аб прызнанні»: still open.
# (not "after reviewing new materials", «после изучения»: the review is over)
_PENDING = re.compile(r"(?<!\w)(?<!after\s)(?<!having\s)(?<!после\s)(?<!пасля\s)"
                      r"(?:consider\w*|question\s+of|review\w*|examin\w+|stud(?:y|ying|ies)"
                      r"|рассматрива\w+|вопрос\w*\s+(?:о|об|про)|изуча\w+|разгляда\w+"
                      r"|пытанн\w+\s+(?:аб|пра)|вывуча\w+)(?!\w)", re.IGNORECASE)
_UNDECIDED = re.compile(r"(?<!\w)(?:not\s+(?:yet\s+)?(?:been\s+)?(?:decided|taken)|no\s+decision"
                        r"|не\s+(?:вырашан\w*|прынят\w*|решен\w*|решён\w*|принят\w*)"
                        r"|рашэння\s+(?:пакуль\s+)?няма|решения\s+(?:пока\s+)?нет)(?!\w)",
                        re.IGNORECASE)


def demands(sentence: str) -> bool:
    """True when SENTENCE calls for something ("called on the Government to release")."""
    return _DEMAND.search(sentence) is not None or _DEMAND_THAT.search(sentence) is not None \
        or re.search(r"\bcall(?:s|ed|ing)?\s+on\b", sentence, re.IGNORECASE) is not None


# "let out of the punishment cell", «выпустили из ШИЗО»: back in the colony, not free.
_FROM_CELL = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:из|з|са|from|out\s+of)\s+(?:the\s+|a\s+)?"
                        r"(?:ШИЗО|ШІЗА|ПКТ|ПКТа|карцер\w*|штрафн\w+\s+изолятор\w*|SHIZO|PKT"
                        r"|punishment\s+(?:cell|isolation|block)|solitary|isolation\s+(?:cell|ward|unit))",
                        re.IGNORECASE)

# «вызвалены ад працы па стане здароўя», «освобождён от должности», "released from work
# duties": relieved of a duty, still inside (or an official leaving a post)
_FROM_DUTY = re.compile(r"^\s*[»\"]?\s*(?:от|ад|from)\s+(?:[\w-]+\s+)?(?:работ\w*|должност\w*"
                        r"|обязанност\w*|занимаемой|працы|пасады|абавязк\w*|work|duties|duty"
                        r"|(?:his|her)\s+(?:post|duties))(?!\w)", re.IGNORECASE)


_MOVED_ON = re.compile(r"^[^;]{0,60}?\b(?:and|then|и|і)\s+(?:ended\s+up|arrived|was\s+(?:taken"
                       r"|moved|brought|transferred)|оказал\w*|очутил\w*|апынул\w*|апынуў\w*|этапирова\w*"
                       r"|этапава\w*)\s+(?:in|at|to|в|на|у|ў)\s+[^.;]{0,40}?(?:colony|prison|jail|No\."
                       r"|колони\w*|тюрьм\w*|СИЗО|калоні\w*|турм\w*|СІЗА|№)", re.IGNORECASE)


_EVERY = re.compile(r"(?<!\w)(?:каждый|каждая|каждого|любой|кожны|кожная|кожнага|every|each|any)\s+"
                    r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_BEFORE_IT = re.compile(r"(?<!\w)(?:eve\s+of|ahead\s+of|days?\s+before|weeks?\s+before|prior\s+to"
                        r"|накануне|напярэдадні|незадолго\s+до|за\s+(?:день|неделю|несколько\s+дней)\s+до"
                        r"|за\s+(?:дзень|тыдзень|некалькі\s+дзён)\s+да)\s+(?:his|her|their|the|его|её|ее"
                        r"|их|яго|яе|іх|своего|свайго)?\s*$", re.IGNORECASE)


# An indirect question: what follows it is asked, not told ("police asked whether her
# daughter planned to give interviews" tells the visit, not the interviews).
EMBEDDED_QUESTION = re.compile(r"(?<!find\sout\s)\bwhether\b|(?<!\w)ли(?!\w)|,\s*ці(?!\w)"
                               # "It is not yet clear what the 34-year-old is accused of"
                               # ("why" takes the event as a fact)
                               r"|\b(?:not\s+(?:yet\s+)?(?:clear|known)|unclear|unknown)\s+(?:what"
                               r"|where|when|how)\b|(?<!\w)(?:неясно|непонятно|неизвестно|невядома"
                               r"|незразумела),?\s+(?:что|куды|куда|где|дзе|што)(?!\w)"
                               # what someone "claims": «следства сцвярджае, што …»
                               r"|(?<!\w)(?:утвержда(?:ет|ют|л|ла|ли)|сцвярджа(?:е|юць|ў|ла|лі)"
                               r"|отрица(?:ет|ют|л|ла|ли)|адмаўля(?:е|юць|ў|ла|лі)),?"
                               r"\s+(?:что|што)(?!\w)", re.IGNORECASE)


# The state's own word on its pardons is the record of them: «Минская сторона утверждает, что
# все освобождённые помилованы», «улады сцвярджаюць, што ўсе памілаваныя»
_STATE_SAYS = re.compile(r"(?<!\w)(?:(?:минская|белорусская|мінскі|беларускі)\s+(?:сторона|бок)"
                         r"|власти|улады|пресс-служба|прэс-служба)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:утвержда\w+|сцвярджа\w+)", re.IGNORECASE)
# «прасілі … каб яго адпусцілі», «просили, чтобы его отпустили»: what was asked for
_WISHED = re.compile(r"(?<!\w)(?:прас\w+|прос\w+|патраба\w+|патрабу\w+|требова\w+|требу\w+"
                     r"|хоч\w+|хацел\w*|хотел\w*|мечта\w*|марыл\w*)\b[^.;]{0,40}?(?<!\w)(?:каб|чтобы"
                     r"|чтоб)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "could not find out where he was held": the silence needs its negation
_FIND_OUT = re.compile(r"(?:find\s+out|establish|discover)\s+where\b", re.IGNORECASE)
_NEGATED_HEAD = re.compile(r"\b(?:not|n['’]t|unable|failed|nobody|no\s+one|never|cannot)\b",
                           re.IGNORECASE)
# A failed attempt to reach or find someone: no modal, a fact
# … of the batch already freed: «все освобождённые помилованы», «усе яны памілаваныя»
_ALL_FREED = re.compile(r"(?<!\w)(?:вс[ея]х?|[уў]с[ея]|[уў]сіх)\s+(?:освобожд[её]нн\w*|вызвален\w*"
                        r"|они|яны|их|іх)(?!\w)", re.IGNORECASE)
_COULD_NOT = re.compile(r"\b(?:could|can)(?:\s*not|n['’]t)\s+(?:[\w-]+\s+){0,2}$"
                        r"|\bunable\s+to\s+$|\bnot\s+even\b[^.;]{0,60}?\bcould\s+$",
                        re.IGNORECASE)
# Taken again at the gate: the release never happened
_HELD_AT_THE_GATE = re.compile(r"\b(?:re-?)?(?:detained|arrested|seized)\s+"
                               r"(?:(?:again\b[^.;]{0,30}?)?(?:right\s+)?(?:as|when|the\s+moment|while)|(?:again\b[^.;]{0,30}?)?"
                               r"(?:right|just|immediately|(?:minutes|moments|seconds))\s+after"
                               r"|again\b[^.;]{0,30}?after)\s+(?:he|she|they)\s+"
                               r"(?:was\s+|were\s+)?$",
                               re.IGNORECASE)
_WITHOUT = re.compile(r"(?<!\w)(?:без|without)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_SCARE_OPEN = re.compile(r"[\"“«‘']\s*$")
_SCARE_CLOSE = re.compile(r"^\s*[\"”»’']")
_RELEASE_DATE = re.compile(r"^\s+(?:date|day)\b", re.IGNORECASE)
_APPOSED_TO_NAME = re.compile(r"(?-i:[A-ZА-ЯЁІЎ])[\w'’-]+,\s*$")


# The penalty a charge carries, not a verdict: "carries a sentence of up to 20 years",
# "punishable by up to ten years", «грозит до десяти лет», «пагражае да 10 гадоў»
_MAXIMUM = re.compile(r"(?<!\w)(?:carr(?:y|ies|ying)\s+(?:a\s+)?(?:maximum\s+)?"
                      r"(?:sentence|penalty|term)|punishable\s+by|(?:sentence|term|penalty)\s+of\s+up\s+to|грозит|грозило"
                      r"|пагражае|пагражала|предусматрива\w+\s+(?:наказание\s+)?(?:до|от)"
                      r"|прадугледжва\w+\s+(?:пакаранне\s+)?(?:да|ад))(?!\w)", re.IGNORECASE)


# Who learned of an event is not who it happened to: «даведаўся пра затрыманне ад суседзяў»,
# «узнала об аресте», "learned of the arrest"
_LEARNED_OF = re.compile(r"(?<!\w)(?:даведа(?:ўся|лася|ліся)|узнал[аи]?|learn(?:ed|t|s)|heard"
                         r"|hears)\s+(?:[\w'’-]+\s+)?(?:пра|аб|о|об|про|of|about)\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)  # (not "of her arrest": hers)


# What happens "only after" something still to come is in the future, in the present tense.
_ONLY_AFTER = re.compile(r"(?<!\w)(?:толькі\s+пасля|только\s+после|only\s+after|not\s+until"
                         r"|не\s+раньше|не\s+раней)(?!\w)", re.IGNORECASE)
# A verb joined to the one before it shares that one's modal: «оправдали бы и освободили».
_JOINED_VERB = re.compile(r"\s(?:and|и|і)\s+$", re.IGNORECASE)
_AUXILIARY = re.compile(r"(?<!\w)(?:would|could|might|(?-i:may)|should|can|бы|б|мог\w*|может|можа"
                        r"|могуць|магл\w*)(?!\w)", re.IGNORECASE)
# A term served out, told of someone whose release is still ahead, in the same clause.
_SERVED_PARTICIPLE = re.compile(r"отбыв|адбыў", re.IGNORECASE)
_RELEASE_AHEAD = re.compile(
    r"(?<!\w)(?:(?:должн\w*|должен)\s+(?:\w+\s+)?(?:выйти|освободиться)|выйдет|освободят"
    r"|(?:павінн\w*|павінен)\s+(?:\w+\s+)?выйсці|выйдзе|вызваляць\s+будуць)(?!\w)",
    re.IGNORECASE)
_OTHER_CLAUSE = re.compile(r";|,\s*(?:а|но|але)\s", re.IGNORECASE)


def _freed_source(sentence: str, trigger: Trigger) -> bool:
    """True when the freed one of TRIGGER is only the source of what the sentence tells
    (not "from X, a prisoner who was released last week": a named person)."""
    head = sentence[max(0, trigger.start - 90): trigger.start]
    source = _SOURCE_PERSON.search(head)
    if source is not None and not _NAME_COMMA.search(head[:source.start()]):
        return True
    return _SOURCES_OPEN.search(sentence[: trigger.start]) is not None and \
        _SAY_AFTER.match(sentence, trigger.end) is not None


def trigger_blocked(sentence: str, trigger: Trigger, lang: str) -> str | None:
    """Why this TRIGGER gives no claim (a modal or a negation just before it), or None."""
    head = sentence[: trigger.start]
    noun = trigger.rule.noun or re.search(r"(?:нн[яеюі]|ние|ения|release)$",
                                         sentence[trigger.start:trigger.end]) is not None
    turned = context_block(sentence, trigger, lang, noun)
    if turned:
        return turned
    if noun and _PLANNED.search(head):
        return "planned"  # «Сябры ўжо плануюць яго першую выставу пасля вызвалення»
    tail = sentence[trigger.end:trigger.end + 12]
    if trigger.type in (E.RELEASED, E.PARDONED, E.DEPORTED) and \
            _SCARE_OPEN.search(head[-2:]) and _SCARE_CLOSE.match(tail):
        return "quoted"  # 'appears as "freed"': the word of a list, not of the report
    if trigger.rule.noun and _RELEASE_DATE.match(tail):
        return "a date ahead"  # "his release date is two years away"
    if trigger.type == E.RELEASED and _HELD_AT_THE_GATE.search(head[-60:]):
        return "re-detained"  # "he was detained again as he walked out of the centre"
    if EMBEDDED_QUESTION.search(head) and not _APPOSED_TO_NAME.search(head) and not (
            trigger.type == E.PARDONED and _STATE_SAYS.search(head) and _ALL_FREED.search(head)):
        # "asked whether he had been freed", «не знал, живы ли»; not the apposition that
        # describes a name the question or claim mentions («…, что войдёт и X, осуждённая за …»)
        return "whether"
    if lang != "en" and re.match(r"\s+(?:ли|ці)(?!\w)", tail):
        return "whether"  # «вопрос, освобождён ли X»
    if trigger.type == E.SENTENCED and _MAXIMUM.search(sentence[max(0, trigger.start - 25):
                                                                trigger.end + 25]):
        return "the law's maximum"  # "an offence that carries a sentence of up to 20 years"
    if trigger.type in (E.SENTENCED, E.DETAINED) and _EXTENDED.search(
            sentence, max(0, trigger.start - 60), trigger.end):
        # «продлил арест … на три месяца»: no verdict, no new arrest (only right before the
        # trigger: a verdict later in the sentence still stands)
        return "custody extended"
    if trigger.type in (E.DETAINED, E.CHARGED, E.SENTENCED) and lang == "en" and \
            _PARTICIPLE.match(sentence, trigger.start) and _OTHERS_BEFORE.search(head[-60:]):
        return "others"  # "represented dozens of people detained after the election"
    if trigger.type == E.DETAINED and (_IN_ABSENTIA_AFTER.match(sentence, trigger.end) or
                                       _IN_ABSENTIA_BEFORE.search(head[-12:])):
        return "in absentia"  # "a court ordered her arrest in absentia"
    if trigger.type == E.RELEASED and _EVERY.search(head[-25:]):
        return "anyone"  # «каждый освобождённый — это чудо», "every freed prisoner"
    if noun and _LEARNED_OF.search(head[-40:]):
        return "learned of"  # «сын … даведаўся пра затрыманне»: someone else's arrest
    if noun and _BEFORE_IT.search(head):
        return "not yet"  # "on the eve of her release she was charged again"
    if trigger.rule.noun and (_DEMAND.search(head) or _SOUGHT_AFTER.match(
            sentence[trigger.end:trigger.end + 50])):
        return "demanded"  # "whose release Vilnius had also sought"
    if trigger.type in (E.RELEASED, E.PARDONED, E.DEPORTED) and _DEMAND_THAT.search(head):
        return "demanded"  # "We demand that X and Y be released"
    if trigger.type in (E.RELEASED, E.PARDONED) and _THOSE.search(head) and \
            _THOSE_TAIL.match(sentence[trigger.end:]):
        return "others"  # "insisted that those released had asked for mercy"
    if trigger.type in (E.RECOGNIZED, E.RECOGNITION_WITHDRAWN) and (
            _PENDING.search(head) or _UNDECIDED.search(sentence)):
        return "pending"
    if trigger.type == E.RELEASED and _NO_CUSTODY.search(sentence):
        return "no custody"
    not_so = not_happened.why(sentence, trigger)
    if not_so:
        return not_so
    if trigger.type == E.RELEASED and _FROM_CELL.match(sentence[trigger.end:]):
        return "out of a cell"
    if trigger.type == E.RELEASED and _FROM_DUTY.match(sentence[trigger.end:]):
        return "from a duty"
    if trigger.type == E.RELEASED and _MOVED_ON.search(sentence[trigger.end:]):
        return "moved to another prison"  # "I left colony No. 15 and ended up in colony No. 1"
    if trigger.type in (E.RELEASED, E.PARDONED) and _freed_source(sentence, trigger):
        return "a source"  # "according to a woman released from the same colony"
    if trigger.type == E.INCOMMUNICADO and _ABOUT_THING.search(head):
        return "about something else"  # «о помиловании ничего не знает»: not of the person
    if _FEAR.search(sentence[: trigger.start]):
        return "feared"
    if trigger.rule.present and _CONDITION.match(sentence):
        return "conditional"  # «Калі суд пакіне прысуд, яго этапуюць»: the future, not a fact
    if trigger.rule.present and _ONLY_AFTER.search(re.split(r"[;.]", sentence[trigger.end:])[0]):
        return "future"  # «у калонію яго этапуюць толькі пасля апеляцыі»
    if trigger.type == E.SOLITARY_CONFINEMENT and _AFTER.search(sentence[: trigger.start]):
        return "after"
    if trigger.type == E.CHARGED and _WITHOUT.search(head[-30:]):
        return "without"  # «вызвалілі без абвінавачання», "released without charge"
    tail = sentence[trigger.end: trigger.end + 40]
    clause_neg = _CLAUSE_NEG.get(lang)
    if _TAIL_NEG.get(lang, _TAIL_NEG["en"]).match(tail) or (
            clause_neg is not None and clause_neg.match(sentence[trigger.end:])):
        return "negated after"
    if trigger.rule.batch_only and _NOUN_NEGATED.match(tail):
        return "negated after"  # «о помиловании … не сообщалось», "no pardon decree was read"
    if trigger.type in (E.RELEASED, E.DEPORTED, E.PARDONED) and still_inside(sentence, lang):
        return "still inside"
    if trigger.type == E.DEPORTED and not departures.forced_removal(
            sentence[trigger.start:trigger.end], lang) and \
            departures.chose_to_leave(sentence, lang):
        return "voluntary"
    if trigger.type == E.INCOMMUNICADO and _FIND_OUT.match(sentence, trigger.start) and \
            not _NEGATED_HEAD.search(head):
        return "found out"  # "the lawyer was finally able to find out where he was held"
    if _WISHED.search(head):
        return "wished"  # «Мы прасілі толькі аднаго — каб яго адпусцілі»: asked for, not done
    window = _window(sentence, trigger, 5)
    if _LOCAL_RE.get(lang, _LOCAL_RE["en"]).search(window) and not (
            trigger.type == E.INCOMMUNICADO and _COULD_NOT.search(head[-90:])):
        return "modal"  # (not "could not find out where he was held": a silence)
    joined = _JOINED_VERB.search(head)
    if joined and _AUXILIARY.search(" ".join(_WORDS.findall(head[:joined.start()])[-3:])):
        return "modal"  # «оправдали бы и освободили», "could be pardoned and released"
    if trigger.type == E.RELEASED and _SERVED_PARTICIPLE.search(
            sentence, trigger.start, trigger.end) and _RELEASE_AHEAD.search(
                _OTHER_CLAUSE.split(head)[-1]):
        return "release ahead"  # «должна выйти на свободу X, полностью отбывшая срок»
    if noun and trigger.type in (E.RELEASED, E.PARDONED, E.DEPORTED) and \
            _LOCAL_RE.get(lang, _LOCAL_RE["en"]).search(_CLAUSE_START.split(head)[-1]):
        return "modal"  # "she could be deported to Poland on the day of her release"
    if not trigger.rule.inherent_negation:
        neg_window = _window(sentence, trigger, 4)
        if _NEG_RE.get(lang, _NEG_RE["en"]).search(neg_window):
            return "negation"
        tail = sentence[trigger.end: trigger.end + 30]
        if lang == "en" and re.match(r"\s*(?:yet|so\s+far)\b", tail, re.IGNORECASE) and \
                re.search(r"\bnot\b", sentence[: trigger.start], re.IGNORECASE):
            return "negation"
    if lang == "en" and re.search(r"\b(?:was|were)\s+not\s+among\b",
                                  sentence[: trigger.start], re.IGNORECASE):
        return "negation"
    if lang == "ru" and re.search(r"\bне\s+(?:было\s+)?(?:в\s+числе|среди)\b",
                                  sentence[: trigger.start], re.IGNORECASE):
        return "negation"
    if lang == "be" and re.search(r"\bне\s+(?:было\s+)?(?:у\s+ліку|сярод)\b",
                                  sentence[: trigger.start], re.IGNORECASE):
        return "negation"
    return None
