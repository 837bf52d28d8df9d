"""Profile lists and paragraph topics.

Announcements of a batch often put each member in a paragraph (or bullet) of its own under a
header line ending in a colon ("The newly recognised are:", «В список вошли:», «Сярод
вызваленых:»). Each paragraph opens with the member's name and tells the story in sentences
that have no subject of their own («Задержан 12 марта, обвиняется по статье 342»). So a
header opens a list, every paragraph that opens with a name is a member of the batch, and a
sentence without a subject belongs to the one prisoner its paragraph is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from volia.domain.model import EventType as E
from volia.extract.mentions import declined

# "Two political prisoners died in custody in 2025: X, in January, and Y, in August" lists its
# members after a colon like a freed batch
BATCH_KINDS = (E.RECOGNIZED, E.RELEASED, E.PARDONED, E.RECOGNITION_WITHDRAWN, E.DETAINED,
               E.DIED_IN_CUSTODY)
NUMBER_ONLY = re.compile(r"^\s*\d{1,2}[.)]\s*$")
# How many sentences after a batch a bare "…:" still opens its member list.
HEADER_REACH = 5

# A header that names no event itself but points at the batch just stated.
_HEADER_PHRASE = {
    "en": r"(?:they|these|those)\s+(?:are|were|include)|the\s+(?:\w+\s+){0,2}(?:women|men|people"
          r"|prisoners|activists|journalists)\s+(?:are|were)|(?:the\s+)?(?:list|names?)\s+(?:includes?"
          r"|are|is|were)|the\s+following\s+(?:names|people|persons|prisoners)"
          r"|their\s+names\s+(?:are|were)|(?:among|including)\s+them(?:\s+(?:are"
          r"|were))?|the\s+(?:new\s+)?(?:list|names)",
    "ru": r"в\s+(?:этот\s+|новый\s+)?список\s+(?:вошли|включены|попали)|среди\s+них|их\s+имена"
          r"|это|вот\s+(?:они|их\s+имена)|(?:имена|список)\s+(?:признанных|освобожд[её]нных"
          r"|помилованных)|следующ\w+\s+(?:имена|фамилии|люд\w+|лиц\w*)"
          r"|известны\s+имена(?:\s+\w+)?|имена\s+(?:\w+\s+)?известны",
    "be": r"[уў]\s+(?:гэты\s+|новы\s+)?спіс\s+(?:увайшлі|уключаныя|трапілі)|сярод\s+іх|іх\s+імёны"
          r"|гэта|вось\s+(?:яны|іх\s+імёны)|(?:імёны|спіс)\s+(?:прызнаных|вызваленых|памілаваных)"
          r"|наступн\w+\s+(?:імёны|прозвішчы|людз\w+|асоб\w*)"
          r"|вядомыя\s+імёны(?:\s+\w+)?|імёны\s+(?:\w+\s+)?вядомыя",
}
_HEADER_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE)
              for k, v in _HEADER_PHRASE.items()}
# What may open a list item before the member's name: a bullet or a number.
# (up to two capitalised words the name finder may have missed: "Dr", not "Lawyers for")
# Bullets of lists as messengers and channels write them: dashes, dots, squares, emoji.
BULLET = "[-•*–—·▪▫◾◽■□►▶▸‣⁃●○◦✓✔✅❗❕🔹🔸🔺🔻🔴🟢🟡🟠🔵⚪⚫➖➡\ufe0f]+"
_ITEM_OPEN = re.compile(rf"^\s*(?:{BULLET}|\d{{1,2}}[.)]|\d{{1,2}}:\d{{2}}\s*[-–—]?)?\s*[\"“«]?"
                        r"(?:(?-i:[A-ZА-ЯЁІЎ])[\w'’.-]*\s+){0,2}$"
                        # "• journalist X", «— бібліятэкарка X»: a bullet, then the trade
                        rf"|^\s*{BULLET}\s*(?:(?-i:[a-zа-яёіў])[\w'’-]*\s+){{1,3}}$"
                        # a row that opens with its day: «— 4 траўня — X», "12 Oct | X"
                        r"|^\s*[-•*–—·]?\s*\d{1,2}\s+[^\W\d]+\.?\s*[|—–:-]\s*$"
                        # "The best known of the seven is X", «Самый известный из них — X»
                        r"|^\s*the\s+(?:best[-\s]known|most\s+prominent|oldest|youngest|first)"
                        r"\s+(?:of\s+(?:the\s+|them\b)?\s*\w*\s*)?(?:is|was)\s+(?:\w+\s+){0,3}$"
                        # «Второй — X», «Третий названный — X», "The second is X", "Another is X"
                        r"|^\s*(?:перв(?:ый|ая)|перш(?:ы|ая)|второ[йя]|трет(?:ий|ья)|четв[её]рт(?:ый|ая)|друг(?:і|ая)|трэц(?:і|яя)"
                        r"|чацвёрт(?:ы|ая)|the\s+(?:second|third|fourth|other)|another)(?:\s+[\w-]+)?"
                        r"\s*(?:[—–-]|,|is|was)\s+(?:[\w-]+\s+){0,5}$",
                        re.IGNORECASE)

# Words that may stand before the verb of a sentence without a subject: dates, prepositions,
# adverbs of time, auxiliaries ("Later sentenced", «В марте приговорён», «Потым асуджаны»).
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november"
           r"|december|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|мае|июн\w*|июл\w*|август\w*"
           r"|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|студзен\w*|лют\w*|сакавік\w*|красавік\w*"
           r"|траўн\w*|чэрв\w*|ліп\w*|жнів\w*|верас\w*|кастрычнік\w*|лістапад\w*|снеж\w*")
_HEAD_WORDS = re.compile(
    rf"(?:{_MONTHS}|\d[\d.:/-]*(?:-?(?:го|га|th|st|nd|rd))?|in|on|at|since|later|then|also|and"
    r"|earlier|previously|ранее|раней|прежде|раньше"
    r"|was|were|had|has|been|subsequently|afterwards|first|early|late|mid|the|of|year|last"
    r"|this|month|week|в|во|на|с|со|затем|потом|позже|также|тоже|и|а|был|была|году|года|г"
    r"|конце|начале|середине|прошлом|этом|месяце|неделе|уже|ещё|еще|сначала|впервые|тогда"
    r"|у|ў|ва|з|са|потым|пазней|таксама|і|быў|годзе|канцы|пачатку|сярэдзіне|мінулым|гэтым"
    r"|месяцы|тыдні|ужо|яшчэ|спачатку|тады|again|снова|вновь|зноў|дважды|трижды|двойчы|тройчы"
    r"|twice|once"
    # a stay counted in days: «Тридцать суток в ШИЗО», "Ten days in a punishment cell"
    r"|суток|сутак|дней|дзён|days|десять|дзесяць|[а-яё]+дцат[ьи]|[а-яё]+дцаць|ten|fifteen|twenty"
    r"|thirty)", re.IGNORECASE)
# "задержаны не менее 60 человек": a counted subject after the verb is never one person.
_COUNTED = re.compile(r"^\s*(?:(?:не\s+менее|не\s+менш\s+за|более|больш\s+за|около|каля|ещё|яшчэ"
                      r"|at\s+least|more\s+than|about|some|over|nearly)\s+\d+|(?:\d+|[\w-]+)\s+"
                      r"(?:[\w-]+\s+)?(?:человек|чалавек|people|persons|men|women|activists"
                      r"|prisoners|политзаключ\w+|палітвязн\w+|граждан\w*|жител\w+|жыхар\w+))",
                      re.IGNORECASE)


# A sentence that says the names follow, without a colon: «"Вясне" удалось установить имена
# троих освобождённых», "Viasna has confirmed the names of five of them".
_ANNOUNCE = {
    "en": r"(?:identified|confirmed|established|learned|learnt|know|published|released)\s+"
          r"(?:the\s+)?(?:names?\s+of|identit(?:y|ies)\s+of)|(?:names?|identit(?:y|ies))\s+of\s+(?:\w+\s+)?"
          r"(?:of\s+)?(?:them|those|the\s+\w+)\s+(?:are|is|have|has)\s+(?:now\s+)?(?:known|been)"
          r"|the\s+following\s+(?:people|persons|individuals|prisoners|names)"
          r"|named\s+(?:\w+\s+)?(?:of\s+)?(?:them|those)\b"
          r"|(?:agreed|consented)\s+to\s+be\s+(?:named|identified)"
          r"|published\s+(?:[\w-]+\s+){0,3}names|(?:are|were|is|was)\s+named\s+as|(?:another|one\s+more|a\s+further|the\s+first)\s+"
          r"(?:name|belarusian|prisoner|person)\s*(?::|$)"
          r"|names?\s+(?:have|has)\s+been\s+(?:made\s+public|published|released|disclosed)"
          # "Also confirmed:", "09:15 First names, from the rights group:", "The fourth is"
          r"|^\W*(?:also\s+|now\s+|newly\s+)?confirmed\s*$|(?:first|more|further)\s+names?\s*(?:,|:|from\b)"
          # "Names we know so far:", "Names confirmed:", "Known names:"
          r"|^\W*(?:the\s+)?(?:names?\s+(?:we\s+(?:know|can\s+(?:name|confirm|publish))|known|confirmed"
          r"|so\s+far)|known\s+names?)\b[^:.]{0,20}:?\s*$"
          r"|^\W*the\s+(?:second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){0,5}?is\s*$",
    "ru": r"(?:установить|известны|стали\s+известны|подтвердить|узнать|назвать|назвал[аи]?"
          r"|опубликовал[аи]?)\s+(?:\w+\s+)?"
          r"(?:имена|имя|фамилии)|имена\s+(?:\w+\s+){0,2}?(?:известны|установлены)"
          r"|(?:установить|назвать|опознать)\s+(?:(?:только|лишь|пока)\s+)?(?:двоих|троих|четверых|пятерых|\d+|некоторых"
          r"|нескольких)|следующ(?:их|ие)\s+(?:лиц|людей|граждан|лица|люди|граждане)"
          # «Известны двое:», «Пока известны имена троих»
          r"|^\W*(?:пока\s+)?известн[ыо]\s+(?:имена\s+)?(?:двое|трое|четверо|пятеро|двоих|троих"
          r"|четверых|пятерых|\d+)|^\W*(?:пока\s+)?известн(?:ые|ы)\s+имена"
          r"|согласил\w+\s+(?:назвать|на\s+публикацию)|известно\s+(?:о|про)\s+(?:нескольк\w+"
          r"|дво\w+|тро\w+|четвер\w+|\d+)|имя\s*[—–]?\s*$",
    "be": r"(?:высветліць|вядомыя|сталі\s+вядомыя|пацвердзіць|даведацца|назваць|назваў|назвала"
          r"|назвалі|апублікаваў|апублікавала|апублікавалі)\s+(?:\w+\s+)?"
          r"(?:імёны|імя|прозвішчы)|імёны\s+(?:\w+\s+){0,2}?(?:вядомыя|устаноўлен\w+)"
          r"|(?:высветліць|назваць)\s+(?:(?:толькі|пакуль)\s+)?(?:дваіх|траіх|чатырох|пяцярых|\d+|некаторых|некалькіх)"
          r"|наступн(?:ых|ыя)\s+(?:асоб|людзей|грамадзян|асобы|людзі)"
          r"|^\W*(?:пакуль\s+)?вядом(?:ыя|а)\s+(?:імёны\s+)?(?:двое|трое|чацвёра|пяцёра|дваіх|траіх"
          r"|\d+)|^\W*(?:пакуль\s+)?вядомыя\s+імёны"
          r"|пагадзіл\w+\s+(?:назваць|на\s+публікацыю)|вядома\s+пра\s+(?:некальк\w+|дваіх"
          r"|траіх|чатырох|\d+)|імя\s*[—–]?\s*$",
}
_ANNOUNCE_RE = {k: re.compile(rf"(?<!\w)(?:{v})", re.IGNORECASE) for k, v in _ANNOUNCE.items()}


def announces_names(sentence: str, lang: str) -> bool:
    """True when SENTENCE says the names of (some of) a batch follow."""
    return _ANNOUNCE_RE.get(lang, _ANNOUNCE_RE["en"]).search(sentence) is not None


# Before a colon inside a sentence: "Three of those taken to Poland were named by Viasna:",
# «Имена двоих из них известны:», "Among them:".
_PART_OF = {
    "en": r"(?:of|among)\s+(?:those|them|the\s+(?:freed|released|pardoned|prisoners|group"
          r"|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
          r"|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?))",
    "ru": r"(?:из|среди)\s+(?:тех|них|освобожд[её]нных|помилованных|признанных)",
    "be": r"(?:з|сярод)\s+(?:тых|іх|вызваленых|памілаваных|прызнаных)",
}
_PART_OF_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in _PART_OF.items()}


def inline_header(head: str, lang: str) -> bool:
    """True when HEAD (a sentence up to a colon inside it) introduces members of a batch."""
    return announces_names(head, lang) or \
        _PART_OF_RE.get(lang, _PART_OF_RE["en"]).search(head) is not None or \
        _HEADER_RE.get(lang, _HEADER_RE["en"]).search(head) is not None


def is_header(sentence: str, lang: str, trigger_kinds: set[E]) -> bool:
    """True when SENTENCE ends in a colon and announces a batch list, or says that names of
    the batch follow."""
    if not sentence.rstrip().endswith(":"):
        return announces_names(sentence, lang) and bool(trigger_kinds)
    return bool(trigger_kinds & set(BATCH_KINDS)) or \
        _HEADER_RE.get(lang, _HEADER_RE["en"]).search(sentence) is not None


# (a live blog's entry opens with its time: "09:30 X, the Hrodna musician, is one of them")
_ITEM_OPEN_STRICT = re.compile(rf"^\s*(?:{BULLET}|\d{{1,2}}[.)]|\d{{1,2}}:\d{{2}}\s*[-–—]?)?"
                               r"\s*[\"“«]?$"
                               r"|^\s*[-•*–—·]?\s*\d{1,2}\s+[^\W\d]+\.?\s*[|—–:-]\s*$"
                               r"|^\s*(?:the\s+(?:second|third|fourth|fifth|last)|второ[йя]|трет(?:ий|ья)"
                               r"|другі|другая|трэці|трэцяя)(?:\s+(?:назван\w+|названн\w+|освобожд\w+"
                               r"|памілаван\w+|вызвален\w+|named|freed))?\s*[,—–-]\s*$"
                               # «Третьим стал 24-летний студент X», "The third is X"
                               r"|^\s*(?:(?:второй|вторым|второй|третьим|третьей|четв[её]ртым|другім"
                               r"|трэцім|трэцяй)\s+(?:стал[аи]?|был[аи]?|оказал(?:ся|ась)|стаў|была)"
                               r"|the\s+(?:second|third|fourth|fifth|last)\s+(?:is|was))\s+"
                               r"(?:[\w-]+\s+){0,4}$"
                               # «Вместе с ним границу пересекла 64-летняя X»: the one before's
                               # companion in the batch
                               r"|^\s*(?:вместе\s+с\s+(?:ним|ней)|разам\s+з\s+(?:ім|ёй)"
                               r"|(?:together|along)\s+with\s+(?:him|her))\s*,?\s+"
                               r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def opens_with(text: str, sent_start: int, mention_start: int, *, strict: bool = False) -> bool:
    """True when the mention at MENTION_START opens its sentence (after a bullet or number;
    unless STRICT, after up to two capitalised words the name finder may have missed)."""
    pattern = _ITEM_OPEN_STRICT if strict else _ITEM_OPEN
    return pattern.match(text[sent_start:mention_start]) is not None


def governed(before: str, surface: str, name: str) -> bool:
    """True when a word BEFORE a name declines it: «Родные Бориса Зеньковича рассчитывают»
    is about his family, not an item that opens with him."""
    return re.search(r"[^\W\d_]", before) is not None and declined(surface, name)


# «Третье подтверждённое имя — X», «Трэцяе імя — X», "The fourth is X": a name announced
# without a colon
NAME_DASH = re.compile(r"(?<!\w)(?:имя|імя|name)\s*[—–]\s"
                       r"|^\W*the\s+(?:second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){0,5}?is\s",
                       re.IGNORECASE)
NAMED_AS = re.compile(r"\b(?:are|were|is|was)\s+named\s+as\s"
                      r"|\bnamed\s+(?:one|two|three|\w+)\s+of\s+them\s+as\s"
                      r"|\bnames\b[^.;:]{0,60}?,?\s+including\s"
                      r"|" + NAME_DASH.pattern, re.IGNORECASE)
# The sentence after a listed name that takes it off the list: «В списке помилованных его не
# оказалось», "He was not among those freed".
NOT_AMONG = re.compile(r"(?<!\w)(?:не\s+оказал\w*|не\s+было|не\s+попал\w*|не\s+аказал\w*"
                       r"|не\s+трапіў|не\s+трапіла|was\s+not\s+(?:on|among)|wasn['’]t\s+(?:on|among)"
                       r"|were\s+not\s+(?:on|among))(?!\w)", re.IGNORECASE)
# A sentence that opens with a full name and a comma: "Andrei Kavalchuk, 47, a …".
NAME_FIRST = re.compile(r"^\W*(?-i:[A-ZА-ЯЁІЎ][\w'’-]+)\s+(?-i:[A-ZА-ЯЁІЎ][\w'’-]+),")
# The sentence after a header that names the people it announced.
THESE_ARE = re.compile(r"^\W*(?:это|гэта|these\s+are|they\s+are|they\s+were|it\s+is|они|яны)\b",
                       re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![\w'’-])(?-i:[A-ZА-ЯЁІЎ])[\w'’-]+")
# a sentence that goes on about someone already named: "He …", «Она …»
PRONOUN_OPENS = re.compile(r"^\W*(?:he|she|they|он|она|они|ён|яна|яны)(?!\w)",
                            re.IGNORECASE)


def not_among_next(following: str, listed: list[str]) -> bool:
    """True when FOLLOWING, the sentence after a list, says one of LISTED (named in it, or as
    its opening pronoun) was not among those freed; not when it is about someone else
    ("X's co-defendant Y was not among those freed")."""
    found = NOT_AMONG.search(following)
    if found is None:
        return False
    head = following[:found.start()]
    if PRONOUN_OPENS.match(following) or any(
            re.search(re.escape(name.split()[-1][:5]) + r"\w*(?!['’]s)\b", head)
            for name in listed if name.split()):
        return True
    # someone else is named before it (past the sentence's first word): about them
    stems = {name.split()[-1][:5] for name in listed if name.split()}
    others = [w for w in _CAPITALISED.findall(head)[1:] if w[:5] not in stems]
    return not others


def starts_paragraph(text: str, prev_end: int, start: int) -> bool:
    """True when a line break separates the sentence at START from the one before."""
    return "\n" in text[prev_end:start]


_SEASONS = (r"spring|summer|autumn|fall|winter|early|late|mid|весн\w*|лет(?:о|а|ом)|осен\w*|зим\w*"
            r"|летам|улетку"
            r"|вясн\w*|восен\w*|зім\w*|конец|начало|канец|пачатак")
_TIMELINE_ENTRY = re.compile(
    rf"^\W*(?:(?:в|во|у|ў|in)\s+)?(?:\d{{1,2}}\s+)?(?:(?:{_MONTHS}|{_SEASONS})"
    rf"(?:\s*[—–-]\s*(?:{_MONTHS}))?\s+)?\d{{4}}(?:-?(?:го|га))?(?:\s+(?:года?|году|г\.|годзе))?"
    rf"\s*[—–-]\s"
    # "March —", "Early June —", «В июне —», «17 студзеня —», «30.05.2021 —»
    rf"|^\W*(?:(?:в|во|у|ў|in)\s+)?(?:(?:early|late|mid-?|начале|конце|середине|пачатку|канцы"
    rf"|сярэдзіне)\s*)?(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s*[—–-]\s"
    rf"|^\W*\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\s*[—–-]\s",
    re.IGNORECASE)


def timeline_entry(sentence: str) -> bool:
    """True for an entry of a dated timeline: «Травень 2022 — …», "12 November 2022 – …"."""
    return _TIMELINE_ENTRY.match(sentence) is not None


def subjectless(head: str) -> bool:
    """True when HEAD (the sentence up to its first trigger) holds no possible subject."""
    words = re.findall(r"[\w'’-]+", head)
    return all(_HEAD_WORDS.fullmatch(w) for w in words)


def counted_subject(tail: str) -> bool:
    return _COUNTED.match(tail) is not None


_FEMININE = re.compile(r"(?:на|ла|лась|лася|та|ена|ёна|ана|ая)$", re.IGNORECASE)
_PLURAL = re.compile(r"(?:ны|ли|лись|ліся|ныя|ты|ые|ыя)$", re.IGNORECASE)


# Words that are verbs or short participles: past, present, participle endings.
_VERB_FORM = re.compile(r"^(?!(?-i:[А-ЯЁІЎ]{2,}$))[а-яёіў'’-]+(?:л|ла|ло|ли|лі|лась|лася|лся"
                        r"|ўся|ў|н|на|ны|ная|ный|ен|ён|ена|ёна|т|та|ты|ныя|тыя|ые|ыя|ся|ет|ит|ют|ят|юць|яць|аць"
                        r"|іць|ыць|е)$", re.IGNORECASE)


# the person an impersonal active verb takes, by a noun: «задержали женщину», «затрымалі хлопца»
_OBJECT_NOUN = re.compile(r"^\s+(?:(?P<f>женщину|девушку|пенсионерку|жанчыну|дзяўчыну|пенсіянерку)"
                          r"|(?P<m>мужчину|парня|пенсионера|мужчыну|хлопца|пенсіянера))(?!\w)",
                          re.IGNORECASE)


def object_noun_gender(tail: str, lang: str) -> str | None:
    """'f' or 'm' when TAIL (the words after an active verb) opens on a noun for one person."""
    match = _OBJECT_NOUN.match(tail) if lang != "en" else None
    if match is None:
        return None
    return "f" if match.group("f") else "m"


def verb_gender(word: str, lang: str) -> str | None:
    """'f', 'm' or 'p' (plural) for a Russian/Belarusian past form or short participle."""
    if lang == "en":
        return None
    verbs = [w for w in word.split() if _VERB_FORM.search(w)]
    if not verbs:
        return None  # a noun trigger («ШІЗА») says nothing of its subject
    last = verbs[0]
    if re.search(r"(?:ется|ится|ются|ятся|ецца|іцца|юцца|яцца|ет|ит|ют|ят|іць|ыць|юць|яць"
                 r"|аюць|уюць|е)$", last, re.I):
        return None  # the present tense shows no gender
    if lang == "be" and re.search(r"(?:ны|ты)$", last, re.IGNORECASE):
        return "m"  # «затрыманы» is one man in Belarusian («затрыманыя» are several)
    if _PLURAL.search(last):
        return "p"
    if _FEMININE.search(last):
        return "f"
    return "m"


@dataclass
class ProfileList:
    """An open list of members under a header: their batch kinds and the batch's date."""

    kinds: frozenset[E]
    header_index: int
    first_paragraph: int  # the paragraph right after the header: every prisoner named is one
    limit: int | None = None  # how many the batch counted, when no header lists them
    taken: int = 0
    narrowed: bool = False  # a section heading chose its kinds: no others join from nearby


_NEGATION = re.compile(r"(?<!\w)(?:not|no|none|nor|нет|не|ни|ні|няма)(?!\w)", re.IGNORECASE)


def negated_before(head: str) -> bool:
    """True when HEAD (a sentence up to a name) denies what the list says («Среди
    помилованных нет X»)."""
    return _NEGATION.search(head) is not None


_DOUBT = re.compile(r"(?<!\w)(?:not|no|never|will|would|(?-i:may)|might|could|нет|не|ни|будет"
                    r"|может|могут"
                    r"|ні|будзе|можа|могуць"
                    # a fact check's verdict on a claim: "VERDICT: False. X, a doctor, is alive."
                    r"|false|misleading|unproven|неправда|ложь|фейк|няпраўда|хлусня)(?!\w)",
                    re.IGNORECASE)


# A name "on the graphic", "appears as freed", «значится в списке»: what a list claims
_LISTED = re.compile(r"\b(?:on|in)\s+the\s+(?:graphic|list|post|image|picture)\b|\bappears\s+as\b"
                     r"|\bis\s+listed\b|(?<!\w)(?:значится|значыцца|фигурирует|фігуруе|в\s+списке"
                     r"|у\s+спісе)(?!\w)", re.IGNORECASE)


def doubted(sentence: str, before: str = "") -> bool:
    """True when SENTENCE negates or puts off something ("will not be added to the list"), says
    what a list claims, or follows a negated lead-in of its own paragraph (BEFORE: "Not freed
    at all. X is on the graphic too."): no membership is inferred from it."""
    return _DOUBT.search(sentence) is not None or _LISTED.search(sentence) is not None or \
        _DOUBT.search(before) is not None
