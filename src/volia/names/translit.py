"""Cyrillic → Latin transliteration schemes, each one named and written out as a table.

The tables follow the published rules as this module understands them; the point is to
produce the spellings that actually appear in passports, newspapers and registries, so that
Volia can offer them as known variants. Matching never depends on one scheme being exactly
right: :mod:`volia.names.phonetic` folds all of them into one key.

Schemes:

``be-national-2007``  Belarusian national system (ŭ, ć, ś, ž; х → ch): Cichanoŭski.
``be-national-2023``  The same as amended in 2023, where х became kh: Cikhanoŭski.
``bgn-pcgn-be``       BGN/PCGN 1979 for Belarusian (ў → w, я → ya): Byalyatski.
``bgn-pcgn-ru``       BGN/PCGN 1947 for Russian (е → ye after vowels): Kolesnikova.
``bgn-pcgn-uk``       BGN/PCGN 2019 = Ukrainian national 2010 (initial є → ye, else ie).
``icao-9303``         ICAO Doc 9303 machine-readable passports (я → ia, ц → ts).
``be-passport``       What Belarusian passports print (ICAO, but я → ya after vowels, ый → y).
``iso-9``             ISO 9:1995, one Latin letter per Cyrillic letter (â, û, ŝ).
``press``             The English press habit: Tikhanovsky, Navalny, Alexei, Bialiatski.
"""

from __future__ import annotations

from dataclasses import dataclass, field

VOWELS = set("аеёиіоуыэюяєї")
# After these an iotated vowel is pronounced with its j (Ясь, Мар'я, Ўладзьімір is not a word).
_IOTATION_AFTER = VOWELS | set("ьъ’'ўй")

# Letters every scheme falls back on when a text uses letters of another language
# (a Russian и in a Belarusian scheme, say): better a plausible letter than a dropped one.
_FALLBACK: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "’": "", "'": "",
}


@dataclass(frozen=True)
class Scheme:
    name: str
    langs: tuple[str, ...]
    base: dict[str, str]
    # Spelling of е ё ю я є ї at the start of a word or after a vowel, soft sign or apostrophe.
    iotated: dict[str, str] = field(default_factory=dict)
    # Where the iotated spelling is used: "context" (start or after vowel), "initial" only.
    iotate: str = "context"
    # Consonant + soft sign written as one letter (зь → ź).
    soft: dict[str, str] = field(default_factory=dict)
    # Sequences with their own spelling: (cyrillic, latin, where) with where in any/final/medial.
    multi: tuple[tuple[str, str, str], ...] = ()

    def letter(self, ch: str) -> str:
        if ch in self.base:
            return self.base[ch]
        return _FALLBACK.get(ch, ch)


def _table(spec: str) -> dict[str, str]:
    """``"а=a б=b ..."`` → dict; an empty right side means the letter is not written."""
    out: dict[str, str] = {}
    for pair in spec.split():
        cyr, _, lat = pair.partition("=")
        out[cyr] = lat
    return out


_BE_NAT_BASE = _table(
    "а=a б=b в=v г=h ґ=g д=d е=ie ё=io ж=ž з=z і=i й=j к=k л=l м=m н=n о=o п=p р=r с=s "
    "т=t у=u ў=ŭ ф=f х=ch ц=c ч=č ш=š ы=y ь=' э=e ю=iu я=ia ’= '="
)
_BE_NAT_IOT = _table("е=je ё=jo ю=ju я=ja")
_BE_NAT_SOFT = _table("з=ź л=ĺ н=ń с=ś ц=ć")

BE_NATIONAL_2007 = Scheme("be-national-2007", ("be",), _BE_NAT_BASE, _BE_NAT_IOT,
                          soft=_BE_NAT_SOFT)
BE_NATIONAL_2023 = Scheme("be-national-2023", ("be",), _BE_NAT_BASE | {"х": "kh"},
                          _BE_NAT_IOT, soft=_BE_NAT_SOFT)

BGN_PCGN_BE = Scheme("bgn-pcgn-be", ("be",), _table(
    "а=a б=b в=v г=h ґ=g д=d е=ye ё=yo ж=zh з=z і=i й=y к=k л=l м=m н=n о=o п=p р=r с=s "
    "т=t у=u ў=w ф=f х=kh ц=ts ч=ch ш=sh ы=y ь=’ э=e ю=yu я=ya ’=” '=”"
))

BGN_PCGN_RU = Scheme("bgn-pcgn-ru", ("ru",), _table(
    "а=a б=b в=v г=g д=d е=e ё=ë ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t "
    "у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ=” ы=y ь=’ э=e ю=yu я=ya"
), _table("е=ye ё=yë"))

BGN_PCGN_UK = Scheme("bgn-pcgn-uk", ("uk",), _table(
    "а=a б=b в=v г=h ґ=g д=d е=e є=ie ж=zh з=z и=y і=i ї=i й=i к=k л=l м=m н=n о=o п=p "
    "р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ь= ю=iu я=ia ’= '="
), _table("є=ye ї=yi й=y ю=yu я=ya"), iotate="initial", multi=(("зг", "zgh", "any"),))

ICAO_9303 = Scheme("icao-9303", ("be", "ru", "uk"), _table(
    "а=a б=b в=v г=g ґ=g д=d е=e ё=e є=ie ж=zh з=z и=i і=i ї=i й=i к=k л=l м=m н=n о=o "
    "п=p р=r с=s т=t у=u ў=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ=ie ы=y ь= э=e ю=iu я=ia ’= '="
))

BE_PASSPORT = Scheme("be-passport", ("be",), _table(
    "а=a б=b в=v г=h ґ=g д=d е=e ё=io ж=zh з=z і=i й=i к=k л=l м=m н=n о=o п=p р=r с=s "
    "т=t у=u ў=u ф=f х=kh ц=ts ч=ch ш=sh ы=y ь= э=e ю=iu я=ia ’= '="
), _table("е=ye ё=yo ю=yu я=ya"), multi=(
    ("ый", "y", "final"), ("ій", "i", "final"), ("ыя", "yia", "any"), ("ія", "ia", "any"),
))

ISO_9 = Scheme("iso-9", ("be", "ru", "uk"), _table(
    "а=a б=b в=v г=g ґ=g̀ д=d е=e ё=ë є=ê ж=ž з=z и=i і=ì ї=ï й=j к=k л=l м=m н=n о=o п=p "
    "р=r с=s т=t у=u ў=ǔ ф=f х=h ц=c ч=č ш=š щ=ŝ ъ=ʺ ы=y ь=ʹ э=è ю=û я=â ’=’ '=’"
))

_PRESS_RU = Scheme("press", ("ru",), _table(
    "а=a б=b в=v г=g д=d е=e ё=yo ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t "
    "у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya"
), _table("е=ye"), multi=(
    ("ий", "y", "final"), ("ый", "y", "final"), ("ия", "ia", "any"), ("ей", "ei", "any"),
    ("ай", "ai", "any"), ("кс", "x", "medial"), ("ье", "ye", "any"), ("ьи", "yi", "any"),
))

SCHEMES: dict[str, Scheme] = {s.name: s for s in (
    BE_NATIONAL_2007, BE_NATIONAL_2023, BGN_PCGN_BE, BGN_PCGN_RU, BGN_PCGN_UK, ICAO_9303,
    BE_PASSPORT, ISO_9, _PRESS_RU,
)}


def schemes_for(lang: str | None) -> list[Scheme]:
    """The schemes that make sense for text in ``lang`` (all of them when unknown)."""
    if lang is None:
        return list(SCHEMES.values())
    return [s for s in SCHEMES.values() if lang in s.langs or s.name == "press"]


def _word(word: str, scheme: Scheme) -> str:
    out: list[str] = []
    i = 0
    n = len(word)
    while i < n:
        for seq, lat, where in scheme.multi:
            if not word.startswith(seq, i):
                continue
            end = i + len(seq)
            if (where == "final" and end != n) or (where == "medial" and i == 0):
                continue
            out.append(lat)
            i = end
            break
        else:
            ch = word[i]
            nxt = word[i + 1] if i + 1 < n else ""
            if nxt == "ь" and ch in scheme.soft:
                out.append(scheme.soft[ch])
                i += 2
                continue
            if ch in scheme.iotated:
                initial = i == 0
                after = i > 0 and word[i - 1] in _IOTATION_AFTER
                if initial or (scheme.iotate == "context" and after):
                    out.append(scheme.iotated[ch])
                    i += 1
                    continue
            out.append(scheme.letter(ch))
            i += 1
    return "".join(out)


def _recase(src: str, out: str) -> str:
    if not out:
        return out
    if len(src) > 1 and src.isupper():
        return out.upper()
    if src[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


def _press_scheme(lang: str | None) -> Scheme:
    if lang == "be":
        return BE_PASSPORT
    if lang == "uk":
        return BGN_PCGN_UK
    return _PRESS_RU


def transliterate(text: str, scheme: str | Scheme, lang: str | None = None) -> str:
    """Write Cyrillic ``text`` in Latin letters with the named scheme; Latin passes through.

    ``press`` depends on the language: Belarusian names appear in the press in their passport
    spelling (Kalesnikava), Ukrainian ones in the national system, Russian ones in the
    simplified English form (Tikhanovsky).
    """
    if isinstance(scheme, str):
        if scheme not in SCHEMES:
            raise KeyError(f"unknown transliteration scheme {scheme!r}; known: {sorted(SCHEMES)}")
        scheme = SCHEMES[scheme]
    if scheme.name == "press":
        scheme = _press_scheme(lang)
    words = []
    for word in text.split(" "):
        parts = [_recase(p, _word(p.lower(), scheme)) for p in word.split("-")]
        words.append("-".join(parts))
    return " ".join(words)
