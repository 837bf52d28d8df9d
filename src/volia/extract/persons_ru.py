"""Russian person mentions with natasha, brought to the nominative with pymorphy3."""

from __future__ import annotations

import os
import re
import threading
from functools import lru_cache
from typing import Any

from volia.extract.compat import install_getargspec_shim
from volia.extract.mentions import (
    GIVEN_NAMES_CYR,
    ORDINALS,
    Mention,
    guess_gender,
    is_given_name,
)
from volia.extract.persons_be import given_nominative

_LOCK = threading.Lock()
_STATE: dict[str, Any] = {}


def _models() -> dict[str, Any]:
    with _LOCK:
        if not _STATE:
            os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
            install_getargspec_shim()
            import pymorphy3
            from natasha import NewsEmbedding, NewsNERTagger, Segmenter

            emb = NewsEmbedding()
            _STATE["segmenter"] = Segmenter()
            _STATE["ner"] = NewsNERTagger(emb)
            _STATE["morph"] = pymorphy3.MorphAnalyzer()
        return _STATE


def morph() -> Any:
    return _models()["morph"]


@lru_cache(maxsize=65536)
def parse(word: str) -> tuple[Any, ...]:
    """pymorphy3 analyses of WORD (cached: names repeat across a report)."""
    return tuple(morph().parse(word))


def _cap(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


_CASE_ORDER = {"nomn": 0, "accs": 1, "gent": 2, "datv": 3, "ablt": 4, "loct": 5}
_NAME_TAGS = {"Name", "Surn", "Patr"}


def _is_namelike(plist: list[Any]) -> bool:
    return any(_NAME_TAGS & set(p.tag.grammemes) for p in plist)


_TITLE_WORD = re.compile(r"(?:политзаключ|палітвязн|политическ|журналист|журналіст|активист"
                         r"|актывіст|блогер|правозащитн|праваабаронц|студент|студэнт|пенсионер"
                         r"|пенсіянер)\w*$", re.IGNORECASE)


def clean_span(words: list[str]) -> list[str]:
    """Drop leading common nouns that NER glued to a name ("Блогера Эдуарда Пальчиса")."""
    out = list(words)
    while len(out) > 1:
        if _TITLE_WORD.match(out[0]):  # «Политзаключённый Игорь Тарасевич»
            out.pop(0)
            continue
        plist = parse(out[0].lower())
        top = plist[0] if plist else None
        if top is not None and not (_NAME_TAGS & set(top.tag.grammemes)) and \
                top.tag.POS in {"NOUN", "ADJF", "PRTF", "VERB"} and top.score > 0.3:
            out.pop(0)
            continue
        break
    return out


def _agreement(p: Any, others: list[Any]) -> int:
    """How many analyses of the other words share P's case and gender."""
    return sum(1 for q in others if q.tag.case == p.tag.case
               and q.tag.gender in (p.tag.gender, None))


def normalise_name(words: list[str]) -> tuple[str, str]:
    """Nominative form of an inflected Russian name, and its gender (``m``/``f``/``""``).

    pymorphy3 with agreement between the words first; when that leaves a given name no list
    knows («Марину» → «Марин») or changes a name that is already nominative, the name engine's
    ``normalise_mention`` with the listed given name decides (measured on 64 inflected names:
    pymorphy alone 39 of 44 Russian, ``normalise_mention`` alone 34, the two together 43)."""
    words = _name_parts(words)
    if len(words) == 2 and _feminine_nominative(words):
        return " ".join(words), "f"
    name, gender = _pymorphy_name(words)
    if len(words) < 2 or is_given_name(name.split()[0]):
        return name, gender
    try:
        from volia.names import normalise_mention

        alt = normalise_mention(" ".join(words), "ru").split()
    except Exception:  # noqa: BLE001 - the name engine is optional here
        return name, gender
    listed = given_nominative(words[0])
    if listed is not None and len(alt) == len(words):
        gender = guess_gender(listed + " X")
        surname = _surname_by_rule(words[-1], alt[-1], gender) if gender else alt[-1]
        return " ".join([listed, *alt[1:-1], surname]), gender
    if alt == words:  # already nominative: keep it as written
        return " ".join(words), guess_gender(" ".join(words))
    return name, gender


_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|ьич|ич)(?:а|у|ем|ом|е|ы|ой|у)?$", re.IGNORECASE)


def _name_parts(words: list[str]) -> list[str]:
    """Given name and surname out of three words: «Зуева Дарья Борисовна» (a case card),
    «Дарья Борисовна Зуева», or a place the model took in («Борисова Дарья Зуева»)."""
    if len(words) != 3:
        return words
    first, second, third = words
    if given_nominative(second) is not None and _PATRONYMIC.search(third):
        return [second, first]
    if given_nominative(first) is not None and _PATRONYMIC.search(second):
        return [first, third]
    if given_nominative(first) is None and given_nominative(second) is not None:
        return [second, third]
    return words


def _feminine_nominative(words: list[str]) -> bool:
    """«Валентина Кисель», «Александра Лис»: a listed women's name in -а/-я before a surname
    that a man's genitive would have changed (Кисель → Киселя) is a woman's nominative."""
    given, surname = words[0].lower(), words[1].lower()
    if not given.endswith(("а", "я")) or given not in GIVEN_NAMES_CYR or \
            guess_gender(words[0] + " X") == "m":  # Никита, Илья, Кузьма
        return False
    return surname[-1:] not in "аяеоуюыи" and not surname.endswith(("ого", "ова", "ева", "ина"))


def _pymorphy_name(words: list[str]) -> tuple[str, str]:
    gender, case = "", ""
    parses = [list(parse(w)) for w in words]
    # the given name, when there is one, tells gender and case
    for i, plist in enumerate(parses):
        named = [p for p in plist if "Name" in p.tag and p.tag.case]
        if named:
            others = [q for j, ql in enumerate(parses) if j != i for q in ql]
            best = min(named, key=lambda p: (-_agreement(p, others),
                                             _CASE_ORDER.get(str(p.tag.case), 9) > 2,
                                             -round(p.score, 2),
                                             _CASE_ORDER.get(str(p.tag.case), 9)))
            gender = "f" if best.tag.gender == "femn" else "m"
            case = str(best.tag.case)
            break
    if not gender and len(words) == 1:
        genders = {p.tag.gender for p in parses[0] if "Surn" in p.tag}
        if len(genders) != 1:
            return words[0], ""
        gender = "f" if genders == {"femn"} else "m"
    out = []
    for word, plist in zip(words, parses, strict=True):
        out.append(_cap(_nominative(word, plist, gender, case)))
    listed_gender = gender or guess_gender(out[0] + " X") if len(words) > 1 else ""
    if listed_gender in ("m", "f"):
        out[-1] = _surname_by_rule(words[-1], out[-1], listed_gender)
    if listed_gender == "m" and case and len(words) > 1 and out[-1] == words[-1]:
        out[-1] = _masculine_in_a(words[-1], case)
    name = " ".join(out)
    return name, gender or guess_gender(name)


# The usual Russian surname endings, where the dictionary does not know the surname:
# (oblique ending, nominative ending) by gender, longest first.
_MASC_ENDINGS = [("овым", "ов"), ("ёвым", "ёв"), ("евым", "ев"), ("иным", "ин"), ("ыным", "ын"),
                 ("ова", "ов"), ("ёва", "ёв"), ("ева", "ев"), ("ина", "ин"), ("ына", "ын"),
                 ("ову", "ов"), ("ёву", "ёв"), ("еву", "ев"), ("ину", "ин"), ("ыну", "ын"),
                 ("ове", "ов"), ("ёве", "ёв"), ("еве", "ев"), ("ине", "ин")]
_FEM_ENDINGS = [("овой", "ова"), ("ёвой", "ёва"), ("евой", "ева"), ("иной", "ина"), ("ыной", "ына"),
                ("ову", "ова"), ("ёву", "ёва"), ("еву", "ева"), ("ину", "ина"), ("ыну", "ына")]


def _surname_by_rule(original: str, found: str, gender: str) -> str:
    """The nominative of a surname from its ending when the dictionary left it unchanged or
    made it plural («Карасёва» of a man → Карасёв; «Винник» of a woman stays Винник)."""
    low = original.lower()
    if gender == "f" and low[-1:] not in "аяеоуюыий":
        return original  # a woman's consonant-final surname does not decline
    if found.lower() != low:
        stem = os.path.commonprefix([found.lower(), low])
        if len(stem) >= min(len(low), len(found)) - 3 and len(found) <= len(low) + 1:
            return found
        found = original  # «Ракутя» → «Ракутящие»: a verb's form, not the surname's
    for ending, nominative in (_MASC_ENDINGS if gender == "m" else _FEM_ENDINGS):
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            return original[: len(original) - len(ending)] + nominative
    return found


# a man's surname in -а/-я the dictionary does not know, by the case his given name is in
# («Павла Ракиту» → Ракита, «Николая Кулеши» → Кулеша, «Павлом Ракитой» → Ракита)
# (a man's given name is the same in the genitive and the accusative: «Павла», «Николая»)
_IN_A_ENDINGS = {"accs": ("у", "ю", "ы", "и"), "gent": ("у", "ю", "ы", "и"), "datv": ("е",),
                 "loct": ("е",), "ablt": ("ой", "ою", "ей")}
_HUSHING = "жшчщкгх"


def _masculine_in_a(surname: str, case: str) -> str:
    """The nominative of SURNAME when it is a man's surname in -а/-я declined to CASE (its
    given name's), or SURNAME unchanged (a consonant surname keeps what pymorphy made of it:
    «Павлу Лосику» is Лосик, told by the dative)."""
    low = surname.lower()
    if low.endswith(("швили", "дзе", "ди", "ии", "ия", "ко", "ых", "их")):
        return surname  # Хуцишвили, Гарибальди, Бабарико: these never decline
    for ending in _IN_A_ENDINGS.get(case, ()):
        stem = surname[: len(surname) - len(ending)]
        if not low.endswith(ending) or len(stem) < 3 or stem[-1].lower() in "аеёиоуыэюяй":
            continue
        if ending == "и" and stem[-1].lower() not in _HUSHING:
            continue  # (only «Кулеши», «Луки»: after another consonant -и is no case ending)
        soft = ending in ("ю", "ей")
        return stem + ("я" if soft else "а")
    return surname


def _nominative(word: str, plist: list[Any], gender: str, case: str) -> str:
    want = {"f": "femn", "m": "masc"}.get(gender)
    if case == "nomn" or not case and any(
            p.tag.case == "nomn" and (not want or p.tag.gender in (want, None))
            and _NAME_TAGS & set(p.tag.grammemes) for p in plist):
        return word
    best = None
    for p in plist:
        tag = p.tag
        if not ({"Name", "Surn", "Patr"} & set(tag.grammemes)) and best is not None:
            continue
        if want and tag.gender and tag.gender != want:
            continue
        if case and tag.case and tag.case != case:
            continue
        best = p
        if {"Name", "Surn", "Patr"} & set(tag.grammemes):
            break
    if best is None:
        return word
    if "Fixd" in best.tag:
        return word
    form = best.inflect({"nomn"} | ({want} if want and "Surn" in best.tag else set()))
    return form.word if form is not None else word


def ner_mentions(text: str) -> list[Mention]:
    """PER spans natasha finds in TEXT, normalised to the nominative."""
    from natasha import Doc

    state = _models()
    doc = Doc(text)
    doc.segment(state["segmenter"])
    doc.tag_ner(state["ner"])
    out = []
    for span in doc.spans:
        if span.type != "PER":
            continue
        stop = span.stop
        surface = text[span.start:stop]
        if "\n" in surface:  # a headline and the next paragraph are not one name
            surface = surface.split("\n", 1)[0].rstrip()
            stop = span.start + len(surface)
        # (a bullet or an emoji the tokenizer kept is no part of the name: "🔸 Инкоммуникадо")
        words = [w for w in surface.replace("\u00a0", " ").split() if any(c.isalpha() for c in w)]
        if not words or len(words) > 4:
            continue
        surface = surface[surface.find(words[0]):]
        kept = clean_span(words)
        if len(kept) < len(words):
            cut = surface.find(kept[0])
            surface = surface[cut:]
            words = kept
        start = stop - len(surface)
        if len(words) == 1 and (words[0].lower() in ORDINALS or
                                not _is_namelike(list(parse(words[0])))):
            continue  # «Третий названный — X»: an ordinal, not a surname
        name, gender = normalise_name(words)
        out.append(Mention(start, stop, surface, name, gender, sources={"natasha"}))
    return out
