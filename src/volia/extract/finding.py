"""Finding the people of a report: named mentions (by language), pronouns, and whether a
mention or a pronoun stands in a possessive position."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from volia.extract import persons_be, persons_en, persons_ru
from volia.extract.countries import find_countries
from volia.extract.foreign_names import citizen_mentions
from volia.extract.linking import known_names_of
from volia.extract.mentions import PRONOUNS, Mention, guess_gender, is_given_name
from volia.extract.name_forms import patronymic
from volia.extract.references import couples, share_surnames
from volia.extract.sentences import Sentence
from volia.names.given import given_ids

_PRONOUN_RE = {lang: re.compile(r"(?<!\w)(" + "|".join(table) + r")(?!\w)", re.IGNORECASE)
               for lang, table in PRONOUNS.items()}
_COMMON_CAPS_TEXT = """
The A An In On At By For From To Of And But Or After Before Since During When While As Its
His Her Their He She They It This That These Those Some Many Most All Both Each One Two
Three Four Five Six Seven Eight Nine Ten Police Officials Authorities Prosecutors Judge
Court Viasna Belarus Belarusian Belarusians Russia Russian Ukraine Ukrainian Lithuania
Lithuanian Poland Polish Minsk Moscow Vilnius Warsaw Kyiv Homel Hrodna Brest Viciebsk
Mahiliou Babruisk Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
February March April May June July August September October November December European
Union EU US President Nobel Peace Prize Telegram Rights Human Centre Center Committee
State Security KGB Interior Ministry Supreme Independence Day Among Only Also Other
Relatives Friends Lawyers Supporters Rumours Rumors No Not Is Was Were Has Have Had Who
What Where Why How Ex Former Prisoner Prisoners Political Opposition Journalist Activist
Blogger Musician Photographer Students Three Two Five Eighteen Kremlin Berlin Lenin Bulletin
Latin Dublin Petrozavodsk Kazakhstan Azerbaijan Kirov Pskov Saratov Rostov Tambov Azov Pushkin
Zhukovsky Korolyov Podlaska Biała Mrs Mr Ms Dr Main Directorate Department General
Nizhny Novgorod Veliky Velikiy
"""
_COMMON_CAPS = frozenset(_COMMON_CAPS_TEXT.split())


_PLACE_BEFORE = re.compile(r"(?<!\w)(?:из|в|во|под|ў|(?:пограничн\w+\s+|памежн\w+\s+)?(?:переход\w*"
                           r"|пераход\w*|пункт\w*\s+пропуска|пункце\s+пропуску|КПП))\s+$",
                           re.IGNORECASE)


def pronoun_mentions(text: str, lang: str) -> list[Mention]:
    table = PRONOUNS.get(lang, PRONOUNS["en"])
    out = []
    for match in _PRONOUN_RE.get(lang, _PRONOUN_RE["en"]).finditer(text):
        word = match.group(1)
        out.append(Mention(match.start(), match.end(), word, word, table[word.lower()],
                           pronoun=True))
    return out


def _surname_mentions(text: str, full: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Bare surnames of people already named in full, wherever they stand (English)."""
    genders: dict[str, set[str]] = {}
    for m in full:
        if m.is_full and len(m.surname) > 3:
            genders.setdefault(m.surname, set()).add(m.gender)
    out = []
    for surname, seen in genders.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if any(t.start <= match.start() < t.end for t in taken):
                continue
            gender = next(iter(seen)) if len(seen) == 1 else ""
            out.append(Mention(match.start(), match.end(), surname, surname, gender,
                               sources={"surname"}))
    return out


def _merge(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions that overlap a longer one; keep text order."""
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if any(c.start < m.end and m.start < c.end for c in chosen):
            continue
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


_BELARUSIAN_OU = re.compile(r"([аоеё])ў$")


def _russian_surname(mention: Mention) -> Mention:
    """The Belarusian rules undo «Кириллова» as «Кириллоў»; in Russian text it is «Кириллов»."""
    mention.name = _BELARUSIAN_OU.sub(r"\1в", mention.name)
    return mention


def find_mentions(text: str, lang: str, sentences: list[Sentence], trigger_idx: set[int],
                  known_names: Iterable[str]) -> list[Mention]:
    index = known_names_of(known_names)
    found = index.mentions(text)
    near = index.surnames_in(text) if lang == "be" and len(index) else []
    if lang == "en":
        found += persons_en.rule_mentions(text)
        found += [m for m in persons_en.surname_mentions(text, _COMMON_CAPS)
                  if not any(f.start < m.end and m.start < f.end for f in found)]
        known_surnames = {m.surname for m in found if m.is_full}
        spans = [(sentences[i].start, sentences[i].end) for i in sorted(trigger_idx)
                 if _unexplained_caps(sentences[i], found, known_surnames)]
        if spans:
            found += persons_en.ner_mentions(text, spans)
        merged = [_without_patronymic(m) for m in _merge(found)]
        found = merged + _surname_mentions(text, merged, merged)
        groups = persons_en.group_words(text)
        found = [m for m in found if not set(m.name.split()) & groups]
    elif lang == "ru":
        found += [_registry_form(text, m)
                  for m in _with_given_name(text, persons_ru.ner_mentions(text))]
        found += citizen_mentions(text)
        found += [_russian_surname(m) for m in persons_be.rule_mentions(text)
                  if not any(f.start < m.end and m.start < f.end for f in found)]
        merged = _merge(found)
        surnames = [m.surname for m in merged if m.is_full]
        found = merged + [m for m in persons_be.rule_mentions(text, surnames, with_given=False)
                          if not any(t.start <= m.start < t.end for t in merged)]
    else:
        citizens = citizen_mentions(text)
        first = [_registry_form(text, m) for m in persons_be.rule_mentions(text, near)]
        surnames = [m.surname for m in first + citizens + found if m.is_full]
        found += citizens + [_registry_form(text, m)
                             for m in persons_be.rule_mentions(text, surnames + near)]
    if lang != "en":
        # «учительница из Борисова», «у Маладзечне»: a lone word after "from/in" is a town
        found = [m for m in found if m.is_full or not _PLACE_BEFORE.search(
            text[max(0, m.start - 30):m.start])]
        pairs = couples(text, lang)
        found = [m for m in found if not any(p.start < m.end and m.start < p.end for p in pairs)]
        found += pairs
    if lang == "en":
        found = [m for m in found
                 if not _ORGANISATION_BEFORE.search(text[max(0, m.start - 30):m.start])
                 and not (not m.is_full and _ORGANISATION_AFTER.match(text, m.end))]
    found += _pet_forms(text, found)
    # "it was Spain when the pilot announced it": a lone country name is no one
    found = [m for m in found if m.is_full or not _is_country(text[m.start:m.end])]
    return _without_aliases(text, share_surnames(text, _merge([_after_stop(m) for m in found])))


# a patronymic in Latin letters ("Mikalaeuna", "Aliaksandravich", "Ivanovna")
_LATIN_PATRONYMIC = re.compile(r"(?:avich|evich|ovich|a[uŭ]na|e[uŭ]na|ovna|evna|ivna|ichna)$",
                               re.IGNORECASE)


def _without_patronymic(mention: Mention) -> Mention:
    """"Hanna Mikalaeuna Bialkevich" is Hanna Bialkevich."""
    words = mention.name.split()
    if len(words) != 3 or not is_given_name(words[0]):
        return mention
    match = _LATIN_PATRONYMIC.search(words[1])
    stem = words[1][:match.start()] if match else ""
    if not stem or not any(is_given_name(stem + end) for end in ("", "i", "y", "a", "j")):
        return mention
    return replace(mention, name=f"{words[0]} {words[2]}")


_KIN_OR_ROLE = re.compile(r"(?:мать|маці|отец|бацька|жена|жонка|муж|сын|дочь|дачка|брат|сестра"
                          r"|сястра|адвокат|адвакат|судья|суддзя|следователь|следчы)$",
                          re.IGNORECASE)
# a registry's heading «Дробыш, Виктор Николаевич»: the surname before the comma
_SURNAME_COMMA = re.compile(r"(?:^|\n)[ \t]*(?P<surname>[А-ЯЁІЎ][а-яёіў'’-]+),[ \t]*$")


def _registry_form(text: str, mention: Mention) -> Mention:
    """MENTION «Виктор Николаевич» (a given name and a patronymic) after «Дробыш, » at the head
    of a line is «Виктор Дробыш»."""
    words = mention.name.split()
    if len(words) != 2 or not patronymic(words[1]):
        return mention
    head = _SURNAME_COMMA.search(text, max(0, mention.start - 40), mention.start)
    if head is None or text[mention.end:].lstrip(" \t")[:1] not in ("", "\n") or \
            _KIN_OR_ROLE.match(head["surname"]):
        return mention  # «Мать, Ольга Николаевна, тоже была задержана»: no registry heading
    start = head.start("surname")
    return replace(mention, start=start, text=text[start:mention.end],
                   name=f"{words[0]} {head['surname']}")


# "Anatol Hurynovich (Anatoly Gurinovich on the prison list)", «Алесь Бяляцкі (Беляцкий)»:
# the bracket right after a name spells the same person another way
# (also "(other spelling: Kurtseyitov)", "(in Russian transliteration Aleksei Grebenyuk)")
_ALIAS_OPEN = re.compile(r"\s*\((?:also\s+|aka\s+|или\s+|ці\s+|па-руску\s+|по-русски\s+"
                         r"|(?:other|another|alternative)\s+spelling:?\s+|(?:also\s+)?(?:written|spelt"
                         r"|spelled)\s+(?:also\s+)?(?:as\s+)?|in\s+(?:some\s+reports|(?:the\s+)?Russian"
                         r"(?:[\s-]language)?(?:\s+(?:transliteration|spelling|media|court\s+documents))?"
                         r"(?:\s+also)?(?:\s+as)?)\s*:?\s*|by\s+Russian\s+transliteration:?\s+)?$",
                         re.IGNORECASE)


def _without_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """MENTIONS without a second spelling given in brackets right after a full name."""
    kept: list[Mention] = []
    for m in mentions:
        if kept and kept[-1].is_full and m.start - kept[-1].end < 45 and \
                _ALIAS_OPEN.fullmatch(text[kept[-1].end:m.start]) is not None:
            continue
        kept.append(m)
    return kept


def _is_country(word: str) -> bool:
    return any(c.start == 0 and c.end >= len(word.rstrip()) for c in find_countries(word))


_LONE_WORD = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁІЎ][a-zа-яёіў'’]+(?![\w'’-])(?!\s+[A-ZА-ЯЁІЎ])")


def _pet_forms(text: str, found: list[Mention]) -> list[Mention]:
    """"Sonya" for Sofia Vereshchagina, «Даша» for Дарья Ломакина: another form of the given
    name of someone named in full, standing alone (the name engine knows which forms)."""
    wanted: dict[frozenset[str], set[str]] = {}
    for m in found:
        if m.is_full:
            first = m.name.split()[0]
            ids = given_ids(first)
            if ids:
                wanted.setdefault(ids, set()).add(first.casefold())
    if not wanted:
        return []
    out = []
    for match in _LONE_WORD.finditer(text):
        word = match.group(0)
        if any(f.start <= match.start() < f.end for f in found):
            continue
        ids = given_ids(word)
        if ids and any(ids & known and word.casefold() not in forms
                       for known, forms in wanted.items()):
            out.append(Mention(match.start(), match.end(), word, word, guess_gender(word),
                               sources={"pet form"}))
    return out


_STOP = re.compile(r"\w{2,}[.!?]\s+")
# "the human rights centre Poruka", "the regional newspaper Nasha Sprava": a name of an
# organisation, not of a person.
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:centre|center|group|newspaper|outlet|channel|website|initiative|organi[sz]ation|fund"
    r"|foundation|project|magazine|agency|union|movement|party|committee|association|portal)\s+$",
    re.IGNORECASE)  # (Russian and Belarusian names of organisations stand in quotes)
# "The Pereklichka project", "the Svetach initiative": a lone word before such a noun
_ORGANISATION_AFTER = re.compile(
    r"\s+(?:(?:human[\s-]+)?rights\s+(?:centre|center|group|organi[sz]ation|project|initiative"
    r"|monitor|network|defenders?)"
    r"|project|initiative|centre|center|group|campaign|movement|foundation|fund|channel"
    r"|newspaper|outlet|website|portal|association|union|network"
    # "Dzvin Radio's video service", "Belsat TV": a broadcaster's name
    r"|radio|tv|television|media|news|agency|online|press)\b", re.IGNORECASE)


def _after_stop(mention: Mention) -> Mention:
    """«— Да. Дениса задержали»: a name the model ran across a sentence end starts after it."""
    stops = list(_STOP.finditer(mention.text))
    if not stops:
        return mention
    cut = stops[-1].end()
    dropped = len(mention.text[:cut].split())
    words = mention.name.split()
    return Mention(mention.start + cut, mention.end, mention.text[cut:],
                   " ".join(words[dropped:]) if len(words) > dropped else words[-1],
                   mention.gender, mention.pronoun, mention.sources)


def _with_given_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """«художницу Веру Лаптеву»: the model may leave out a given name that is also a common
    word; a listed given name right before a lone surname belongs to it."""
    out = []
    for m in mentions:
        match = re.search(r"(?<!\w)([А-ЯЁ][а-яё]+)\s+$", text[max(0, m.start - 25):m.start])
        if " " not in m.text.strip() and match and persons_be.given_nominative(match.group(1)):
            start = m.start - len(match.group(0))
            name, gender = persons_ru.normalise_name([match.group(1), m.text])
            m = Mention(start, m.end, text[start:m.end], name, gender, sources=m.sources)
        out.append(m)
    return out


def _unexplained_caps(sent: Sentence, found: list[Mention], surnames: set[str]) -> bool:
    """True when SENTENCE has a run of capitalised words no rule explains: a job for the NER
    model. A run is explained when one found mention covers it, or when it is one word that
    is common, a known surname, or no given name (the model could only call such a word a
    one-word person, which `person_span_ok` refuses)."""
    for run in _capitalised_runs(sent.text):
        while run and run[0][2] in _COMMON_CAPS:
            run = run[1:]
        while run and run[-1][2] in _COMMON_CAPS:
            run = run[:-1]
        if not run:
            continue
        first, last = sent.start + run[0][0], sent.start + run[-1][1]
        if any(m.start <= first and last <= m.end for m in found):
            continue
        if len(run) == 1 and (run[0][2] in surnames or not is_given_name(run[0][2])):
            continue
        return True
    return False


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _capitalised_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words with only spaces between them ("Nasha Niva", "Ales
    Bialiatski"), as (start, end, word) lists."""
    runs: list[list[tuple[int, int, str]]] = []
    last_end = -1
    for match in _WORD.finditer(text):
        word = _POSSESSIVE_END.sub("", match.group(0))
        if not word[:1].isupper():
            last_end = -1
            continue
        item = (match.start(), match.start() + len(word), word)
        gap = text[last_end:match.start()] if last_end >= 0 else ""
        if last_end >= 0 and (gap.isspace() or (
                gap[:1] == "." and gap[1:].isspace() and len(runs[-1][-1][2]) == 1)):
            runs[-1].append(item)  # (an initial joins the name after it: "L. Karpovich")
        else:
            runs.append([item])
        last_end = match.end()
    return runs


def possessive_after(text: str, end: int, lang: str) -> bool:
    tail = text[end:end + 3]
    return lang == "en" and tail.startswith(("'s", "’s", "' ", "’ "))


# a verb that gives someone something, and what is given: "gave her fifteen days"
_GIVES = re.compile(r"\b(?:gave|give|gives|giving|handed|hands|granted|grants|offered|offers)\s+$",
                    re.IGNORECASE)
_AMOUNT = re.compile(r"\s+(?:a|an|another|only|just|\d+|one|two|three|four|five|six|seven|eight"
                     r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
                     r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety)"
                     r"\s+(?:more\s+|extra\s+)?(?:days?|weeks?|months?|years?|hours?)\b",
                     re.IGNORECASE)


def pronoun_is_possessive(text: str, m: Mention, lang: str) -> bool:
    low = m.text.lower()
    after = text[m.end:m.end + 25]
    if lang == "en":
        if low == "his":
            return True
        if low == "her":
            if _GIVES.search(text, max(0, m.start - 16), m.start) and _AMOUNT.match(after):
                return False  # "the court gave her fifteen days": her, the one given the term
            return re.match(r"\s+(?!(?:to|from|in|on|at|for|with|and|after|before|by|"
                            r"last|this|yesterday|today|since|until|during|because|about|again"
                            r"|yet|anymore|ever|now|then|through|either|or|but|as|that|or)\b)[a-z]",
                            after) is not None
        return False
    if low in {"его", "её", "ее", "яго", "яе"}:
        nxt = re.match(r"\s+(\w+)", after)
        if nxt and lang == "ru":
            parses = persons_ru.parse(nxt.group(1))
            return bool(parses) and parses[0].tag.POS in {"NOUN", "ADJF"}
        if nxt and lang == "be":
            return re.match(r"(?:муж|жонк|сям|адвакат|маці|бацьк|сын|дач|справ|слов|слоў|калег"
                            r"|сябр|блізк|родн|сваяк|сястр|брат|мам|тат)", nxt.group(1).lower()) \
                is not None
    return False
