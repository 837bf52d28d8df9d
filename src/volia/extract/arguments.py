"""Arguments found near a trigger: counts of released people, destinations, dates, terms."""

from __future__ import annotations

import re

from volia.domain.dates import PartialDate
from volia.extract.countries import HOME_COUNTRIES, find_countries, receiving_country
from volia.extract.terms import _NUMBER_WORDS, NUMBER, find_terms
from volia.extract.when import DateMention

_NUM_WORD = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS if len(w) > 2), key=len,
                            reverse=True))
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNITS = {w: n for w, n in _NUMBER_WORDS.items() if n < 10 and w.isascii() and len(w) > 2}
_EN_NUM = (r"(?:(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_UNITS) + r"))?|hundreds?)")
# «пятьдесят два», «сорака трох»: tens and a unit, the counts of big batches
_SLAVIC_TENS = {"двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40,
                "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60,
                "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80,
                "восьмидесяти": 80, "девяносто": 90, "девяноста": 90, "дваццаць": 20,
                "дваццаці": 20, "трыццаць": 30, "трыццаці": 30, "сорак": 40, "сарака": 40,
                "пяцьдзясят": 50, "пяцідзесяці": 50, "шэсцьдзясят": 60, "семдзесят": 70,
                "восемдзесят": 80, "дзевяноста": 90}
_SLAVIC_COMPOUND = (r"(?:" + "|".join(_SLAVIC_TENS) + r")\s+(?:" + "|".join(
    sorted((w for w, n in _NUMBER_WORDS.items() if n < 10 and not w.isascii() and len(w) > 2),
           key=len, reverse=True)) + r")")
_GROUP = {
    "en": rf"(?P<n>\d[\d,]*|{_EN_NUM}|{_NUM_WORD})\s+(?:names\s+of\s+(?:the\s+)?)?"
          r"(?:more\s+|other\s+|(?:belarusian|russian|ukrainian|lithuanian|latvian|polish|estonian"
          r"|german|american|georgian|moldovan|japanese|foreign)\s+(?:women\s+|men\s+)?|"
          r"jailed\s+|imprisoned\s+|detained\s+)?"
          r"(?:political\s+prisoners|prisoners"
          r"|people|detainees|persons|inmates|political\s+detainees|convicts|individuals|critics"
          r"|activists|journalists|dissidents|opposition\s+figures|belarusians|foreigners|women|men"
          r"|foreign\s+nationals|protesters|demonstrators|students|workers|miners|teachers|doctors"
          r"|lawyers|members|residents|volunteers|musicians|artists|bloggers|defendants|employees"
          r"|believers|priests|pensioners|supporters|anarchists|trade\s+unionists|railway\s+workers"
          r"|civilians|citizens|nationals|captives)",
    "ru": rf"(?P<n>\d+|{_SLAVIC_COMPOUND}|{_NUM_WORD})\s+(?:(?:белорусск|российск|украинск|литовск"
          r"|польск|латвийск"
          r"|иностранн)\w*\s+)?(?:политзаключ\w+|политическ\w+\s+заключ\w+|заключ\w+"
          r"|человек\w*|узник\w*|осужд\w+|гражданск\w+|граждан\w*|помилованн\w+|освобожд[её]нн\w+"
          r"|участник\w*|студент\w*|рабоч\w+|шахт[её]р\w*|активист\w*|журналист\w*|пенсионер\w*"
          r"|протестующ\w+|задержанн\w+|жител\w+|сотрудник\w*|волонт[её]р\w*|анархист\w*"
          r"|подсудим\w+|фигурант\w*|работник\w*|железнодорожник\w*|медик\w*|врач\w*|учител\w*"
          r"|преподавател\w*|музыкант\w*|художник\w*|священник\w*|верующ\w+|болельщик\w*)",
    "be": rf"(?P<n>\d+|{_SLAVIC_COMPOUND}|{_NUM_WORD})\s+(?:(?:беларуск|расійск|украінск|літоўск"
          r"|польск|латвійск"
          r"|замежн)\w*\s+)?(?:палітвяз\w+|палітычных\s+вязняў|вяз(?:ень|н\w+)|чалавек"
          r"|палітычн\w+\s+вяз\w+|асуджан\w+|чалавек\w*|памілаван\w+|вызвален\w+|удзельнік\w*|студэнт\w*|рабоч\w+"
          r"|шахцёр\w*|актывіст\w*|журналіст\w*|пенсіянер\w*|затрыман\w+|жыхар\w*"
          r"|супрацоўнік\w*|валанцёр\w*|анархіст\w*|фігурант\w*|работнік\w*|чыгуначнік\w*"
          r"|медык\w*|урач\w*|настаўнік\w*|выкладчык\w*|музыкант\w*|мастак\w*|мастакоў|святар\w*"
          r"|вернік\w*|заўзятар\w*)",
}
# (not the minutes of "10:50 Вызваленая …", a live blog's time)
# (nor the units of «пятьдесят два», a compound these patterns do not read; nor a part told
# after «в том числе», "including")
_GROUP_RE = {k: re.compile(rf"(?<!\w)(?<!\d[:.,])(?<!десят\s)(?<!дцать\s)(?<!сорок\s)(?<!дзесят\s)"
                           rf"(?<!дцаць\s)(?<!сорак\s)(?<!яноста\s)(?<!яносто\s)(?<!дзясят\s)"
                           rf"(?<!том\sчисле\s)(?<!тым\sліку\s)(?<!including\s)(?:{v})(?!\w)",
                           re.IGNORECASE)
             for k, v in _GROUP.items()}
# "Two Russian citizens … were among 157 people handed over": a part, the batch comes after
# (not a clause about them: "Three prisoners, who were among the best-known critics, were freed")
_AMONG_AFTER = re.compile(r"(?![^.;]{0,80}?\b(?:who|whom|which)\b)[^.;]{0,80}?"
                          r"\b(?:were|was|are|is)\s+"
                          r"(?:also\s+)?among\s+(?:the\s+)?(?:\d|those\b|(?:pardoned|freed|released)\b"
                          r"|[a-z-]+\s+(?:people|prisoners"
                          r"|detainees|civilians))", re.IGNORECASE)
# "pardon decrees for all 31", «для всех 14»: the batch counted without a noun
_ALL = {"en": r"all|another|a\s+further", "ru": r"вс(?:е|ех|ем)",
        "be": r"ус(?:е|іх|ім)"}
# "all twenty-six": the compound tens first, or "twenty" alone would be read
# "and on 13 December, 88 more walked free", «ещё 14 вышли на свободу»: counted without a noun
_MORE_RE = {
    "en": re.compile(rf"(?<![\w-])(?P<n>\d+|{_EN_NUM}|{_NUM_WORD})\s+more(?!\w)", re.IGNORECASE),
    # not «ещё 28 октября», «яшчэ 20 снежня»: a date
    "ru": re.compile(r"(?<!\w)(?:ещё|еще)\s+(?P<n>\d+)(?!\w)(?!\s+(?:январ|феврал|март|апрел|ма[яй]"
                     r"|июн|июл|август|сентябр|октябр|ноябр|декабр|год|лет|г\.))", re.IGNORECASE),
    "be": re.compile(r"(?<!\w)яшчэ\s+(?P<n>\d+)(?!\w)(?!\s+(?:студзен|лют|сакавік|красавік|ма[яй]"
                     r"|чэрвен|ліпен|жнівен|жніўн|верасн|кастрычнік|лістапад|снежн|год|гад|г\.))",
                     re.IGNORECASE),
}
_ALL_RE = {k: re.compile(rf"(?<!\w)(?:{v})\s+(?P<n>\d+|{_EN_NUM}|{_NUM_WORD})(?![\w-])",
                         re.IGNORECASE)
           for k, v in _ALL.items()}
_TO_PREP = {
    # "handed over at the Medininkai crossing": where the handover was is where they went
    # "the plane carrying them landed in Ankara": where the flight landed
    "en": re.compile(r"(?:\bto|\binto|\bfor|border\s+(?:to|into|with)|handed\s+over\s+at"
                     r"|landed\s+in|touched\s+down\s+in)"
                     r"\s+(?:the\s+)?$",
                     re.IGNORECASE),
    "ru": re.compile(r"(?:\bв|\bво|\bна)\s+$", re.IGNORECASE),
    "be": re.compile(r"(?:\bу|\bў|\bва|\bна)\s+$", re.IGNORECASE),
}
_OWNED_PLACE = re.compile(r"\s+(?:embassy|consulate|mission|envoy|delegation|diplomats?|officials"
                          r"|citizens?|nationals?)\b", re.IGNORECASE)
_TERRITORY = re.compile(r"(?:на|в|у|ў)\s+(?:территори[юи]|тэрыторыю)\s+$", re.IGNORECASE)
# The accusative of movement («в Литву», «у Варшаву», «в Вильнюс»), not the locative of place
# («в Литве», «у Вільні»): a city ending in a consonant keeps its form.
_MOVEMENT_CASE = re.compile(r"(?:у|ю|а|я|ь|[бвгджзклмнпрстфхцчшщ]|сша|зша|us|usa)$",
                            re.IGNORECASE)


# "How many people were freed?" answered by "Twenty-four, according to …"
_HOW_MANY = re.compile(r"^\W*(?:how\s+many|сколько|колькі)\b[^?]*\b(?:freed|released|pardoned"
                       r"|освобо\w+|помилова\w+|вызвал\w+|памілава\w+)[^?]*\?\s*$", re.IGNORECASE)
_OPENING_COUNT = re.compile(rf"^\W*(?P<n>\d+|{_EN_NUM}|{_NUM_WORD})\b", re.IGNORECASE)


def answered_count(question: str, answer: str) -> int | None:
    """The number of people freed when ANSWER opens with a count asked for in QUESTION."""
    return opening_count(answer) if _HOW_MANY.match(question) else None


_AND_OTHERS = re.compile(r"(?<!\w)(?:and|(?:together|along)\s+with|и\s+ещё|и\s+еще|і\s+яшчэ"
                         r"|(?:вместе\s+)?с\s+(?:ещё|еще)|(?:разам\s+)?з\s+яшчэ)\s+$",
                         re.IGNORECASE)
_OTHER_AFTER = re.compile(r"\s+other\b", re.IGNORECASE)
# «Разам з Мікітам вызвалілі яшчэ 6 чалавек», "Along with her, five more were freed": the one
# named first went out with the counted others
_TOGETHER_WITH = re.compile(r"^\W*(?:(?:together|along)\s+with\s+(?:him|her|(?-i:[A-Z]))"
                            r"|вместе\s+с\s+(?:ним|ней|(?-i:[А-ЯЁ]))"
                            r"|разам\s+з\s+(?:ім|ёй|(?-i:[А-ЯЁІЎ])))", re.IGNORECASE)
_MORE_BEFORE = re.compile(r"(?<!\w)(?:ещё|еще|яшчэ)\s+$", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|other)\b", re.IGNORECASE)
# "Two journalists among 18 pardoned", «трое из 14 освобождённых»: a part of the batch (not
# "freed 12 of the 52 prisoners held there": the twelve are the batch)
_PART_OF_COUNT = re.compile(rf"\s+(?:among|of|из|сярод|з)\s+(?:the\s+)?{NUMBER}(?!\w)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:pardoned|freed|released|освобожд\w+|помилован\w+"
                            r"|вызвален\w+|памілаван\w+)", re.IGNORECASE)


# «Сярод вывезеных у Літву — два фігуранты …», "Among those freed are two journalists": a part
_AMONG_BEFORE = re.compile(r"(?:\bamong|(?<!\w)(?:среди|сярод))\s[^.;:]{0,60}?"
                           r"(?:[—–-]|\b(?:are|were))\s*$", re.IGNORECASE)


def group_count(sentence: str, trigger_start: int, trigger_end: int, lang: str) -> int | None:
    """The number of people released together, when SENTENCE states it near the trigger."""
    best: tuple[int, int] | None = None
    matches = [*_GROUP_RE.get(lang, _GROUP_RE["en"]).finditer(sentence),
               *_ALL_RE.get(lang, _ALL_RE["en"]).finditer(sentence),
               *_MORE_RE.get(lang, _MORE_RE["en"]).finditer(sentence)]
    for match in matches:
        # "Three prisoners — a German and two Belarusians — were freed": the count that opens
        # the sentence is the batch, however long its description
        if _PART_OF_COUNT.match(sentence, match.end()) or (
                lang == "en" and _AMONG_AFTER.match(sentence, match.end())) or \
                _AMONG_BEFORE.search(sentence, 0, match.start()):
            continue
        if match.start() <= 3 and match.end() <= trigger_start <= match.end() + 120 and \
                not re.search(r"[.;]", sentence[match.end():trigger_start]):
            opening = _people_count(match.group("n"))
            if opening:
                return opening
        if trigger_start <= match.start() and match.end() <= trigger_end:
            gap = 0  # "recognised four more people as political prisoners"
        elif match.end() <= trigger_start:
            gap = trigger_start - match.end()
        elif match.start() < trigger_start < match.end() < trigger_end:
            gap = 0  # the trigger opens on the counted noun ("… civilians … crossed into")
        else:
            gap = match.start() - trigger_end
        if gap > 60 or gap < -5:
            continue
        value = _people_count(match.group("n"))
        if value and _AND_OTHERS.search(sentence, 0, match.start("n")) and (
                lang != "en" or _OTHER_AFTER.match(sentence, match.end("n"))):
            value += 1  # "pardoned him and eleven other convicts", «его и ещё 11 человек»
        elif value and _TOGETHER_WITH.match(sentence) and (
                _MORE_BEFORE.search(sentence, 0, match.start("n"))
                or _MORE_AFTER.match(sentence, match.end("n"))):
            value += 1
        if value and (best is None or gap < best[1]):
            best = (value, gap)
    return best[0] if best else None


# «освобождение как минимум троих», "the release of at least three": a count without a noun
_COUNT_AFTER = re.compile(rf"\s*(?:of\s+)?(?:at\s+least\s+|как\s+минимум\s+|по\s+меньшей\s+мере\s+"
                          rf"|прынамсі\s+|як\s+мінімум\s+)?(?P<n>\d+|{_EN_NUM}|{_NUM_WORD})(?![\w-])",
                          re.IGNORECASE)


def counted_after(sentence: str, end: int, lang: str) -> int | None:
    """The count of people right after a noun at END ("the release of at least three")."""
    match = _COUNT_AFTER.match(sentence, end)
    return _people_count(match.group("n")) if match else None


def opening_count(sentence: str) -> int | None:
    """The count of people that opens SENTENCE without a noun ("Three were taken to …")."""
    match = _OPENING_COUNT.match(sentence)
    return _people_count(match.group("n")) if match else None


def _people_count(raw: str) -> int | None:
    """A count of people in digits or words ("1,200", "twenty-four"), when more than one."""
    raw = raw.replace(",", "").lower()
    value = int(raw) if raw.isdigit() else _word_number(raw)
    return value if value and value > 1 else None


def _word_number(raw: str) -> int | None:
    if raw in _NUMBER_WORDS:
        return _NUMBER_WORDS[raw]
    words = raw.split()
    if len(words) == 2 and words[0] in _SLAVIC_TENS and words[1] in _NUMBER_WORDS:
        return _SLAVIC_TENS[words[0]] + _NUMBER_WORDS[words[1]]
    tens, _, unit = raw.partition("-")
    if tens in _TENS:
        return _TENS[tens] + (_UNITS.get(unit, 0) if unit else 0)
    return None


def destination(sentence: str, trigger_end: int, lang: str, *, require_prep: bool,
                window: int = 90) -> str | None:
    """A foreign country the trigger moves someone to (``to Lithuania``, ``в Литву``)."""
    for found in find_countries(sentence):
        if found.start < trigger_end - 2 or found.start - trigger_end > window:
            continue
        if found.code in HOME_COUNTRIES or _OWNED_PLACE.match(sentence, found.end):
            continue  # "taken to the US embassy in Vilnius": the embassy's country, not theirs
        before = sentence[max(0, found.start - 40):found.start]
        word = sentence[found.start:found.end]
        if _NOT_GONE.search(before):
            continue  # «не поехала в Польшу», "refused to go to Lithuania"
        prep = _TO_PREP.get(lang, _TO_PREP["en"]).search(before) is not None
        if lang in ("ru", "be") and _TERRITORY.search(before):  # «на территорию Литвы»
            return found.code
        # "to Vilnius, Lithuania": a country right after a city already taken
        if lang == "en" and not prep and re.search(r",\s*$", before) and \
                find_countries(before[-25:]):
            prep = True
        if lang in ("ru", "be") and _HANDED_TO.search(before):
            return found.code  # «перадалі Украіне»: handed to the country itself (dative)
        if require_prep and not prep:
            continue
        if lang in ("ru", "be") and prep and not _MOVEMENT_CASE.search(word) and \
                not _ENDED_UP.search(before):
            continue
        return found.code
    side = receiving_country(sentence[max(0, trigger_end - 50):trigger_end + 60])
    return side.code if side is not None else None


_NOT_GONE = re.compile(r"(?<!\w)(?:не|ні|not|never|refused\s+to|declined\s+to|адмовіл\w*"
                       r"|отказал\w*)\s+(?:[\w-]+\s+)?(?:поехал\w*|уехал\w*|ехать|паехал\w*"
                       r"|з['’]ехал\w*|go|went|travel|leave\s+for|cross\s+into)\s+(?:в|во|у|ў|to"
                       r"|into)\s+(?:the\s+)?$", re.IGNORECASE)
_ALSO = re.compile(r"(?:также|тоже|таксама|сёння|вчера|учора|also)", re.IGNORECASE)


def destination_before(sentence: str, trigger_start: int, lang: str) -> str | None:
    """A destination put right before the verb: «у Літву вывезлі», «в Польшу передали»."""
    for found in find_countries(sentence[max(0, trigger_start - 30):trigger_start]):
        offset = max(0, trigger_start - 30)
        start, end = found.start + offset, found.end + offset
        between = sentence[end:trigger_start].strip()
        if found.code in HOME_COUNTRIES or (between and not _ALSO.fullmatch(between)):
            continue  # «в Польшу также передали»: only "also" may stand between
        before = sentence[max(0, start - 40):start]
        if _TO_PREP.get(lang, _TO_PREP["en"]).search(before) is None:
            continue
        if lang in ("ru", "be") and not _MOVEMENT_CASE.search(sentence[start:end]):
            continue
        return found.code
    return None


def destination_within(sentence: str, start: int, end: int, lang: str) -> str | None:
    """A destination inside a list header: «Среди тех, кого вывезли в Польшу, —»."""
    for found in find_countries(sentence[start:end]):
        before = sentence[max(0, start + found.start - 40):start + found.start]
        word = sentence[start + found.start:start + found.end]
        ended_up = _ENDED_UP.search(before) is not None  # "Among those now in Poland is X"
        if found.code in HOME_COUNTRIES or (
                _TO_PREP.get(lang, _TO_PREP["en"]).search(before) is None and not ended_up):
            continue
        if lang in ("ru", "be") and not _MOVEMENT_CASE.search(word) and not ended_up and \
                not _ENDED_UP.search(sentence[start:end]):
            continue  # «в Польше» is where they are only after «оказавшихся»
        return found.code
    return None


_ENDED_UP = re.compile(r"those\s+(?:now\s+)?in\s|оказавш|очутивш|апынуўш|апынуўся"
                       r"|оказал(?:ся|ась|ись)\s+(?:в|на)\s+$"
                       r"|апынул(?:ся|ася|іся)\s+(?:у|ў|на)\s+$", re.IGNORECASE)
_HANDED_TO = re.compile(r"(?:переда(?:ли|ла|ло|л|на|ны|н)|перада(?:лі|ла|ў|дзен\w*|дзены))\s+$"
                        # «заставили перейти границу с Польшей»: across that border
                        r"|(?:перейти|пересечь|перес[её]к\w*|перешл?\w*|перайсці|перасекчы|перасек\w*)"
                        r"\s+(?:границу|мяжу)\s+(?:с|з)\s+$"
                        # «вывезлі да мяжы з Літвой», «к границе с Литвой»: to that border
                        r"|(?:да|к|до)\s+(?:мяжы|граніцы|границе|границы)\s+(?:с|з)\s+$"
                        # «перададзены на мяжы з Літвой»: handed over at that border
                        r"|(?:переда\w+|перада\w+|вывез\w+|вывезен\w+|доставлен\w+|дастаўлен\w+)"
                        r"\s+на\s+(?:мяжы|граніцы|границе)\s+(?:с|з)\s+$",
                        re.IGNORECASE)


# A relative clause with a verb of its own between a trigger and a date after it: the date is
# that clause's ("freed was X, a nurse whom Y had defended in 2021")
_OWN_CLAUSE = re.compile(r"\b(?:who|whom|which)\s+(?:[\w'’-]+\s+){0,3}?(?:had|has|have|was|were"
                         r"|is|are)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ht)\b"
                         r"|\bwhom\s+(?:[\w'’-]+\s+){0,3}?[a-z]+ed\b"
                         # «X, которого в 2023 году приговорили»: the clause's verb comes after
                         r"|(?<!\w)(?:котор(?:ый|ого|ому|ым|ая|ой|ую|ые|ых|ыми)|як(?:і|ога|ому|ім|ая|ой|ую"
                         r"|ія|іх|імі))(?!\w)", re.IGNORECASE)


def nearest_date(dates: list[DateMention], start: int, end: int,
                 blockers: list[tuple[int, int]], max_gap: int = 140,
                 text: str = "") -> PartialDate | None:
    """The date closest to the trigger at (START, END) with no other trigger in between."""
    best: tuple[int, PartialDate] | None = None
    for mention in dates:
        if mention.end <= start:
            gap, lo, hi = start - mention.end, mention.end, start
        elif mention.start >= end:
            gap, lo, hi = mention.start - end, end, mention.start
        else:
            gap, lo, hi = 0, start, start
        if gap > max_gap:
            continue
        if any(lo <= b_start and b_end <= hi for b_start, b_end in blockers):
            continue
        if text and lo == end and _OWN_CLAUSE.search(text, lo, hi):
            continue
        if re.search(r"[,;(—]", text[lo:hi]) if text else False:
            gap += 50
        if best is None or gap < best[0]:
            best = (gap, mention.value)
    return best[1] if best else None


_BRACKETED = re.compile(r"\([^()]{1,80}\)")


def nearest_term(sentence: str, start: int, end: int, max_gap: int = 60,
                 most: int | None = None) -> int | None:
    """The prison term nearest to the trigger at (START, END), in months (none longer than
    MOST: «X (27 лет, Брест) — 3 года» has an age beside the term)."""
    best: tuple[int, int] | None = None
    for t_start, t_end, months in find_terms(sentence):
        if most is not None and months > most:
            continue
        gap = start - t_end if t_end <= start else max(0, t_start - end)
        # a spelling in brackets between is no distance: "X (other spelling: Y) to 13 years"
        lo, hi = (t_end, start) if t_end <= start else (end, t_start)
        gap -= sum(len(m.group(0)) for m in _BRACKETED.finditer(sentence, lo, hi))
        if gap > max_gap:
            continue
        if best is None or gap < best[0]:
            best = (gap, months)
    return best[1] if best else None
