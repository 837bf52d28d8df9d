"""The people of one report: mentions grouped into persons, their roles, and what a
pronoun or a bare surname points at."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from volia.extract.mentions import (
    Mention,
    fold,
    is_given_name,
    looks_like_surname,
)
from volia.extract.name_forms import (
    GENITIVE_PAIR,
    HERS,
    declined_given,
    declined_surname,
    form_gender,
    gender_of,
    his_accusative,
    patronymic,
    surname_match,
)
from volia.extract.role_words import APPOSED as _APPOSED
from volia.extract.role_words import INSTITUTION_HEAD
from volia.extract.role_words import OFFICIAL_WORDS as _OFFICIAL_WORDS
from volia.extract.role_words import RELATIVE_WORDS as _RELATIVE_WORDS
from volia.extract.roles import describes_parent, official_surname, owner_after_role
from volia.names.given import given_ids

# Heads of state and the like: never prisoners in these reports.
_OFFICIALS = {"lukashenko", "lukashenka", "putin", "trump", "biden", "zelensky",
              "zelenskyy", "lukashenkа"}
_PRONOUN_OWNER = {"en": r"(?:his|her|their|[\w-]+['’]s?)\s+", "ru": r"", "be": r""}


def _compile(words: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {k: re.compile(rf"(?:{v})", re.IGNORECASE) for k, v in words.items()}


_OFFICIAL_RE = _compile(_OFFICIAL_WORDS)
_RELATIVE_RE = _compile(_RELATIVE_WORDS)
# English kin words as whole words ("prison" holds "son", "Anderson" holds "son")
_RELATIVE_RE["en"] = re.compile(rf"\b(?:{_RELATIVE_WORDS['en']})s?\b", re.IGNORECASE)
# The words between a role and the name it titles: «представитель областного УВД», «судьи
# Ирины Самсоновой» — but never a verb, which starts a new clause («судья Х приговаривает Антона»).
_NAME_CHAIN = (r"(?:(?!(?!(?:раён|район)\w*\s)[а-яёіў'’-]*(?:ает|яет|ует|ивает|ывает|ют|ят|ут|ит|ал"
               r"|ала|али|ил|ила|или|ел|ела|іла|іло|ела"
               r"|ели|ся|сь|ае|яе|уе|юць|аць|ілі|алі|ыла|ыло|ылі|ваў|маў|знаў|караў|іў|ыў|ёў|ёс|ован[аоы]?|ен[аоы]|ён[аоы]?)\s)"
               r"[^\W\d][\w'’-]*\s+|«[^»\n]{1,40}»\s+){0,3}")  # «координатор «Узника» X»
# an official's title may name a court or a ministry in four words («суддзя Кастрычніцкага
# раённага суда Мінска X»); kin stay within three («мать троих детей из Пинска X» is a prisoner)
_OFFICIAL_CHAIN = _NAME_CHAIN.removesuffix("{0,3}") + "{0,4}"


def _role_before(before: str, lang: str, after: str = "") -> bool:
    """True when BEFORE ends with a role word that titles the name after it (AFTER, the text
    after the name, tells an apposition from a subject)."""
    off = _OFFICIAL_RE[lang].pattern
    rel = _RELATIVE_WORDS[lang]
    if lang == "en":
        if re.search(rf"according\s+to\s+(?:his|her|their|[\w-]+['’]s?)\s+(?:{rel})\s*,\s*$",
                     before, re.IGNORECASE) and not re.match(r"^\s*,", after):
            return False  # "According to her sister, X spent...": X is the subject
        if re.search(rf"\b(?:according\s+to|received\s+by|sent\s+to|by|to|from|with)\s+the\s+"
                     rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_APPOSED})\s*,\s*$", before, re.IGNORECASE) and \
                not re.match(r"^\s*,", after):
            return False  # "information received by the Special Rapporteur, X had …": a clause
            # (not "signed by the head of the colony, X, for …": an apposition)
        # "Judge X", "the colony head, Colonel X", "a spokeswoman for the administration, X"
        pat = (rf"(?:\b(?:{off})\s+(?:of\s+\w+\s+)?"
               rf"|\b(?:{_APPOSED})(?:\s+(?:for|of|at|in)\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+"
               # "The judge who sentenced her, X"
               rf"|\s+who\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?,"
               rf"\s*(?:(?:{off})\s+)?"
               # "The father of the blogger, X": kin named by whose they are
               rf"|\bthe\s+(?:{rel})\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+,\s*"
               rf"|(?:his|her|their|[\w-]+['’]s?)\s+(?:{rel})\s*,?\s*"
               rf"|\bdefen[cs]e\s+(?:lawyer|attorney|counsel)\s+"
               # "spoke to his wife and to the lawyer X": a lawyer by trade (not "Among those
               # released were … the lawyer X")
               rf"|\b(?:to|with)\s+(?:the\s+|a\s+)?(?:human[\s-]rights\s+)?(?:lawyer|attorney)\s+)$")
    else:
        if re.search(rf"(?:паводле|по\s+словам|со\s+слов|по\s+данным|па\s+словах|са\s+слоў"
                     rf"|за\s+словамі)\s+(?:[а-яёіў'’-]+\s+)?(?:{rel})\s*,\s*$", before,
                     re.IGNORECASE):
            return False  # «Паводле сваякоў, Бураку …»: the relatives are only the source
        # «адвокат Наталья Грицук», «отец фермера, Николай Шумский» (an apposition)
        pat = rf"(?<!\w)(?:(?:{off})\s+{_OFFICIAL_CHAIN}|(?:{rel})\s+{_NAME_CHAIN}" \
              rf"|(?:{rel})(?:\s+(?:[а-яёіў'’-]+\s+)?" \
              rf"[а-яёіў'’-]+)?,\s*(?:\d+-(?:летн|гадов)\w*\s+)?)$"
    return re.search(pat, before, re.IGNORECASE) is not None


def _role_after(after: str, lang: str) -> bool:
    """True when AFTER opens with an apposition naming a role (", Kolesnikova's sister")."""
    off = _OFFICIAL_RE[lang].pattern
    rel = _RELATIVE_WORDS[lang]
    if lang == "en":
        # "Taras Hnatiuk of the Ukrainian ombudsman's office said"
        if re.match(r"^\s+(?:of|from)\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:office|ministry|service"
                    r"|committee|department|embassy|administration|commission|council|agency"
                    r"|directorate|prosecutor['’]s)\b", after, re.IGNORECASE):
            return True
        # "X, who chairs the pardon commission, said": an official
        if re.match(r"^\s*,\s*who\s+(?:chairs|chaired|heads|headed|leads|led|runs|ran)\s+"
                    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:commission|committee|department|ministry|court|office"
                    r"|administration|service|colony|prison|council)\b", after, re.IGNORECASE):
            return True
        # ", the mother of a political prisoner", " is the wife of the jailed X"
        if re.match(rf"^\s*(?:,|\s(?:is|was))\s*the\s+(?:{rel})\s+of\s+(?!\d|two|three|four"
                    rf"|five|six|seven)", after, re.IGNORECASE):
            return True
        # ", a Polish deputy minister": two words before a state's role, neither "former"
        pat = (rf"^\s*,\s*(?:(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:{off})\b"
               # "X, the regional police spokesman, said" (not "a retired army officer")
               rf"|(?:the\s+|a\s+|an\s+)?(?:(?!former\b|ex-|retired\b|dismissed\b|jailed\b|exiled\b"
               rf"|imprisoned\b|opposition\b|human-rights\b|sacked\b)[\w-]+\s+){{2}}"
               rf"(?:spokes(?:man|woman|person)|judge|prosecutor|investigator)\b"
               rf"|(?:the\s+|a\s+|an\s+)?(?:(?!former\b|ex-|retired\b)[\w-]+\s+){{2,3}}"
               rf"(?:minister|ambassador|envoy|rapporteur|commissioner|consul|diplomat"
               rf"|secretary\s+of\s+state)\b|"
               rf"(?:(?:[A-Z][\w-]*\s+){{0,3}}[\w-]+['’]s?\s+|(?:his|her|their)\s+)"
               rf"(?:[\w-]+\s+)?(?:{rel}|{off})\b"
               # ", the commission's deputy head,"
               rf"|(?:the\s+)?(?:[\w-]+\s+)?{INSTITUTION_HEAD})")
    else:
        pat = rf"^\s*[,—–-]\s*(?:\w+\s+)?(?:{off}|{rel})(?!\w)"
    return re.match(pat, after, re.IGNORECASE) is not None


# Right before a name: it is a prisoner's ("jailed engineer X", «политзаключённый X»).
_PRISONER_BEFORE = re.compile(
    r"(?:\bjailed|\bimprisoned|\bpolitical\s+prisoners?|(?<!\w)политзаключ[её]нн?\w*"
    r"|(?<!\w)палітвязн?\w*)\s+(?:[\w-]+\s+){0,2}$"
    # «другого осуждённого адвоката, Игоря X», "the convicted lawyer X": the trade is the
    # prisoner's, not a lawyer acting for one
    r"|(?:\bconvicted|(?<!\w)осужд[её]нн\w*|(?<!\w)заключ[её]нн\w*|(?<!\w)асуджан\w*"
    r"|(?<!\w)зняволен\w*)\s+(?-i:[a-zа-яёіў-]+),?\s+$"
    # "The thirty-first prisoner, the lawyer X": a prisoner whatever the trade
    r"|\bprisoners?\s*[,—–-]\s*(?:the\s+|a\s+)?[\w-]+\s+$"
    # «Ещё один освобождённый, адвокат X», "one of those freed, the lawyer X": a profession
    r"|(?:\bfreed|\breleased|(?<!\w)освобожд[её]нн?\w*|(?<!\w)вызвален\w*)\s*[,—–-]\s*"
    # (a trade of up to three words, none a state's role: "released, US special envoy X" is
    # the envoy)
    r"(?:the\s+|a\s+)?(?:(?!(?:said|says|told|spokes\w+|minister|official|envoy|ambassador"
    r"|president|judge|prosecutor|consul|diplomat|representative|commissioner|secretary"
    r"|сообщил\w*|сказал\w*|паведаміў\w*|министр\w*|міністр\w*|посол|пасол|посланник\w*"
    r"|пасланнік\w*|консул\w*)\b)[\w-]+\s+){1,3}$",
    re.IGNORECASE)


def _given_match(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa[:2] == fb[:2] or fa[:1] == fb[:1]


def _form_fits(entry: PersonEntry, mention: Mention) -> bool:
    """A woman's surname ending in a consonant does not decline (Алена Лабуць): an inflected
    bare form («Лабуця», «Лабуцем») is her husband's, not hers."""
    surname = entry.surname.lower()
    if entry.gender != "f" or mention.is_full or not re.search(r"[бвгджзйклмнпрстфхцчшщў]ь?$",
                                                              surname):
        return True
    # the form in the text, not the nominative the name finder made of it
    return re.sub(r"\W+$", "", mention.text.split()[-1]).lower() == surname


# A verb told of "them" that takes its object in the accusative: «Гордеева задержали»
def _same_given(name: str, given: str) -> bool:
    """True when GIVEN is the first name of NAME, or another form of it ("Sonya", Sofia)."""
    parts = name.split()
    return len(parts) > 1 and (fold(parts[0]) == fold(given)
                               or bool(given_ids(parts[0]) & given_ids(given)))


_COUNSEL = re.compile(r"\b(?:lawyer|attorney|advocate|counsel)\b|(?<!\w)(?:адвокат|защитни"
                      r"|абаронц)\w*", re.IGNORECASE)


_AS_SOURCE = re.compile(r"(?:according\s+to|по\s+словам|со\s+слов|паводле|па\s+словах|са\s+слоў)"
                        r"\s+(?:[\w-]+,?\s+){0,3}$", re.IGNORECASE)


@dataclass
class PersonEntry:
    name: str
    gender: str
    official: bool = False
    relative: bool = False
    partial: bool = False  # only ever named by a bare surname
    first_seen: int = -1
    last_seen: int = -1
    # the last mention before the sentence being read: a pronoun early in a sentence that
    # names the person later still looks back to where they were named before
    earlier_seen: int = -1
    descriptors: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    jailed: bool = False  # once named as a prisoner ("jailed engineer X")
    counsel: bool = False  # the prisoner's lawyer, or kin who is only a source

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def non_prisoner(self) -> bool:
        return self.official or self.relative


class People:
    """Persons of one report, built mention by mention in text order."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in _OFFICIAL_RE else "en"
        self.entries: list[PersonEntry] = []
        self.by_mention: dict[int, PersonEntry] = {}

    def _compatible(self, entry: PersonEntry, mention: Mention) -> bool:
        if not surname_match(entry.surname, mention.surname):  # the cheapest test first
            return False
        # «Оксана Литвин … Литвин встретилась»: her own surname has a man's ending; «Корзуна
        # задержали» is Вячеслав Корзун's surname declined, whatever gender the model guessed
        same_form = not mention.is_full and (fold(mention.surname) == fold(entry.surname) or (
            entry.gender == "m" and declined_surname(entry.surname, mention.surname)))
        # «Алеся Мароза перавялі»: Алесь Мароз's whole name declined, not a woman's
        same_form = same_form or (mention.is_full and entry.gender == "m" and declined_surname(
            entry.surname, mention.surname) and declined_given(entry.name.split()[0],
                                                                 mention.name.split()[0]))
        if entry.gender and gender_of(mention) and entry.gender != gender_of(mention) and \
                not same_form:
            return False
        shown = form_gender(mention)
        if entry.gender and shown and entry.gender != shown:
            return False
        m_parts, e_parts = mention.name.split(), entry.name.split()
        return not (len(m_parts) > 1 and len(e_parts) > 1
                    and not _given_match(m_parts[0], e_parts[0]) and not same_form)

    def add(self, mention: Mention, sentence: str, offset: int) -> PersonEntry:
        """Attach MENTION (found in SENTENCE, which starts at OFFSET) to a person."""
        words = mention.name.split()
        if len(words) == 2 and patronymic(words[1]):  # «Вячеслав Иванович»: named politely
            candidates = [e for e in self.entries if _same_given(e.name, words[0])]
            if len(candidates) > 1:
                candidates = []
        elif not mention.is_full and is_given_name(mention.name):  # one full name may carry it
            candidates = [e for e in self.entries if _same_given(e.name, mention.name)]
            if len(candidates) > 1:
                candidates = []
        else:
            candidates = [e for e in self.entries if self._compatible(e, mention)]
            if len({(e.gender, e.name.split()[0]) for e in candidates}) > 1:  # wife, husband
                candidates = [e for e in candidates if _form_fits(e, mention)]
            if len({e.gender for e in candidates}) > 1 and his_accusative(
                    mention, sentence, mention.start - offset, mention.end - offset):
                candidates = [e for e in candidates if e.gender == "m"]
        entry = None
        known = bool(candidates)
        if candidates:
            if not mention.is_full:
                prisoners = [e for e in candidates if not e.non_prisoner]
                pool = prisoners or candidates
                # one family named in full: a bare surname is the person the story is about,
                # named first ("Dzmitry Kaliuta … Sviatlana Kaliuta told us … Kaliuta is the
                # fourth re-arrested")
                entry = max(pool, key=lambda e: (len(e.name.split()) > 1, -e.first_seen))
            else:
                entry = max(candidates, key=lambda e: e.last_seen)
                if len(mention.name.split()) > len(entry.name.split()):
                    entry.name = mention.name
                    entry.partial = False
        if entry is None:
            entry = PersonEntry(mention.name, mention.gender,
                                partial=not mention.is_full and not looks_like_surname(
                                    mention.name))
            self.entries.append(entry)
        if not entry.gender:
            entry.gender = mention.gender
        rel_start, rel_end = mention.start - offset, mention.end - offset
        before, after = sentence[max(0, rel_start - 60):rel_start], sentence[rel_end:rel_end + 80]
        if _PRISONER_BEFORE.search(before[-50:]):
            entry.jailed = True  # "the wife of jailed engineer X": whatever X is called later
        if official_surname(entry.surname, _OFFICIALS):
            entry.official = True
        elif entry.jailed and not entry.official:
            pass  # "Her husband Yauhen" after "jailed engineer Yauhen Lobach": the prisoner
        elif not after.startswith(("'s", "’s", "'", "’")) and not owner_after_role(
                before, mention, self.lang, known=known) and not describes_parent(after, before):
            titled = _role_before(before, self.lang, after) and not (
                self.lang != "en" and re.match(r"^\s+[А-ЯЁІЎ]", after))
            if titled or _role_after(after, self.lang):
                if _OFFICIAL_RE[self.lang].search(before[-50:] + after[:60]) and not \
                        _RELATIVE_RE[self.lang].search(before[-25:] + after[:40]):
                    entry.official = True
                else:
                    entry.relative = True
                    # (a lawyer, or kin quoted as the source: "According to his son, X, …")
                    entry.counsel = entry.counsel or _COUNSEL.search(
                        before[-30:] + after[:40]) is not None or _AS_SOURCE.search(
                            before[-45:]) is not None
        if entry.last_seen < offset:
            entry.earlier_seen = entry.last_seen
        entry.last_seen = mention.start
        if entry.first_seen < 0:
            entry.first_seen = mention.start
        entry.mentions.append(mention)
        self.by_mention[mention.start] = entry
        return entry

    def declined_twins(self, text: str) -> dict[int, PersonEntry]:
        """Entries made from a man's name in an oblique case before his nominative was read
        («Алеся Мароза» in a headline, Алесь Мароз below): id of the twin → the man. Not a
        woman who is one: told in a form no man's name takes («Мирославу Волкову» is hers as
        much as his), or with a woman's verb or pronoun («Мирослава Волкова вышла», «её»)."""
        out: dict[int, PersonEntry] = {}
        men = [e for e in self.entries if e.gender == "m" and len(e.name.split()) == 2]
        for e in self.entries:
            parts = e.name.split()
            full = [m for m in e.mentions if not m.pronoun and len(m.text.split()) == 2]
            if e.gender != "f" or len(parts) != 2 or any(
                    not GENITIVE_PAIR.fullmatch(m.text) or HERS.match(text, m.end)
                    for m in full):
                continue
            for man in men:
                given, surname = man.name.split()
                if declined_surname(surname, parts[1]) and declined_given(given, parts[0]):
                    out[id(e)] = man
                    break
        return out

    def known(self, mention: Mention) -> PersonEntry | None:
        """The person MENTION was attached to, or else the latest one it could name."""
        if mention.start in self.by_mention:
            return self.by_mention[mention.start]
        fits = [e for e in self.entries if self._compatible(e, mention)]
        return max(fits, key=lambda e: e.last_seen) if fits else None

    def resolve_pronoun(self, gender: str, at: int, before: list[PersonEntry],
                        after: list[PersonEntry], fronted: bool,
                        oblique: bool = False,
                        contrasted: tuple[PersonEntry, ...] = ()) -> PersonEntry | None:
        """The prisoner a pronoun of GENDER at offset AT most likely means.

        BEFORE and AFTER are the people named earlier and later in the same sentence; a
        pronoun in a fronted clause ("After his release, X...") points forward; CONTRASTED
        are those it sets apart ("Unlike Maksim, he …")."""
        def fits(e: PersonEntry) -> bool:
            return not e.non_prisoner and not e.partial and (
                not gender or e.gender in (gender, "")) and e not in contrasted

        if fronted:
            ahead = [e for e in after if fits(e)]
            if ahead:
                return ahead[0]
        near = [e for e in before if fits(e)]
        if near:
            return near[-1]
        def seen_at(e: PersonEntry) -> int:
            return e.last_seen if e.last_seen < at else e.earlier_seen

        if gender and oblique:
            # «Жену X вызвали на допрос. После допроса её отпустили»: the kin named last is
            # the one meant, not a prisoner named before her (a lawyer only speaks)
            latest = max((e for e in self.entries if seen_at(e) >= 0 and e.gender == gender),
                         key=seen_at, default=None)
            if latest is not None and latest.relative and not latest.counsel and \
                    not latest.official and not fits(latest) and at - seen_at(latest) < 300:
                return None
        seen = [e for e in self.entries if seen_at(e) >= 0 and fits(e)]
        return max(seen, key=seen_at) if seen else None
