"""A generated registry of East Slavic names to hide the real test persons among.

Deterministic (seeded). Each generated person has a Latin primary name and a Cyrillic native
name with patronymic, like a registry record. On top of random people it adds the hard
negatives a real registry has:

* for every real test person: two people with the same surname and another given name of the
  same gender, and a spouse (the other gender's surname form: Kalesnikava → Kalesnikau);
* father/son pairs: the same given name and surname, a different patronymic, 25-35 years
  apart (``Registry.father_son`` lists them).
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from pathlib import Path

from volia.names.beru import ru_to_be
from volia.names.given import given_ids
from volia.names.translit import transliterate

DATA = Path(__file__).resolve().parents[1] / "data" / "names"

GIVEN = {
    ("ru", "m"): "Александр Алексей Андрей Антон Артём Борис Вадим Валентин Валерий Василий "
    "Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Григорий Денис Дмитрий Евгений "
    "Егор Иван Игорь Илья Кирилл Константин Леонид Максим Михаил Николай Олег Павел Пётр Роман "
    "Руслан Сергей Станислав Степан Тимофей Фёдор Юрий Ярослав Эдуард Артур Семён Яков Никита "
    "Глеб Анатолий Аркадий",
    ("ru", "f"): "Анна Алла Александра Алёна Анастасия Антонина Валентина Валерия Вера Вероника "
    "Виктория Галина Дарья Евгения Екатерина Елена Жанна Инна Ирина Кристина Ксения Лариса "
    "Лилия Любовь Людмила Марина Мария Надежда Наталья Нина Оксана Ольга Полина Раиса "
    "Светлана София Татьяна Юлия Маргарита Зинаида Тамара Эльвира Диана Алина Карина Олеся",
    ("be", "m"): "Аляксандр Аляксей Андрэй Антон Арцём Барыс Вадзім Валянцін Валерый Васіль "
    "Віктар Віталь Уладзімір Уладзіслаў Вячаслаў Генадзь Рыгор Дзяніс Дзмітрый Яўген Ягор Іван "
    "Ігар Ілля Кірыл Канстанцін Леанід Максім Міхаіл Мікалай Алег Павел Пятро Раман Руслан "
    "Сяргей Станіслаў Сцяпан Цімафей Юрый Яраслаў Алесь Зміцер Кастусь Янка Міхась",
    ("be", "f"): "Ганна Аляксандра Алена Анастасія Валянціна Вера Вікторыя Галіна Дар'я "
    "Кацярына Ірына Ксенія Ларыса Людміла Марына Марыя Надзея Наталля Ніна Вольга Паліна "
    "Святлана Таццяна Юлія Алеся Наста Яўгенія Крысціна Вераніка Антаніна",
    ("uk", "m"): "Олександр Олексій Андрій Антон Богдан Василь Віктор Віталій Володимир "
    "Владислав Геннадій Григорій Денис Дмитро Євген Іван Ігор Ілля Кирило Костянтин Максим "
    "Михайло Микола Олег Павло Петро Роман Сергій Станіслав Степан Тарас Юрій Ярослав Остап "
    "Назар Тимофій",
    ("uk", "f"): "Олена Ганна Олександра Анастасія Валентина Вікторія Галина Дарія Катерина "
    "Ірина Оксана Людмила Марина Марія Надія Наталія Ольга Світлана Тетяна Юлія Софія "
    "Ярослава Леся Христина Соломія",
}
GIVEN_LISTS = {k: v.split() for k, v in GIVEN.items()}

ROOTS_TEXT = (
    "Абрам Агап Акул Алейник Анос Бабич Бабк Баран Барыш Бел Белоус Берез Бобр Богдан Бондар "
    "Борис Бортн Бурак Бык Вакул Варвар Васил Вдов Верб Вишн Влас Волк Волох Ворон Гавр Гайдук "
    "Галуз Гаргул Герас Глеб Глуш Голуб Гонч Горб Горд Грач Гриц Громык Гуд Гур Дав Дан Дегт "
    "Дем Дзюб Дорош Дуб Дуд Емел Ерем Ермол Есип Жарк Жук Журав Забол Зайц Захар Звер Зин Злоб "
    "Золот Зуб Игнат Изюм Карп Касп Клим Ковал Козл Колес Комар Корн Корол Косач Кост Котл "
    "Кравц Крав Крут Круп Кудр Кузьм Кузнец Кулик Купр Курил Лавр Лапт Лебед Лев Леон Лесн Лис "
    "Лопат Лук Лукаш Лысен Любим Люд Макар Малин Мамон Марк Мартын Маслен Матв Медвед Мельник "
    "Мирон Мих Мороз Мух Назар Наум Нест Никит Никол Новик Овчин Окун Олейник Орл Осип Остап "
    "Павл Панас Парфен Пашк Петр Пилип Плотник Полох Поп Прокоп Пушк Рад Рыб Рябин Савел Савч "
    "Сазон Сам Свист Сев Сем Серг Сидор Син Скоп Скрип Сок Сол Спиридон Стас Степ Стрел Сыч "
    "Тарас Тимош Тих Ткач Толст Трох Троф Турч Ус Устин Фед Федос Фил Фом Фрол Харит Хвост Хом "
    "Цвет Цыган Чайк Черн Черед Чиж Чуб Шапк Шах Шевч Шев Шил Шкур Шпак Щерб Юрч Яков Якуб Ярош "
    "Ясин Вашкев Голов Гончар Горел Данил Зубк Калин Кирил Климч Коновал Кривош Крупен Левч "
    "Литв Мацк Нагорн Нестер Палаш Пархом Переп Пилипч Подол Руден Савиц Сапог Сенк Стельмах "
    "Сторож Тищ Хмел Цыбул Швед Шульг Бурл Вертин Гнед Дроздов Жилин Зорин Казак Лаптев Мазур "
    "Нечай Оглоб Пестр Ремез Сорок Тетер Ушак Хмар Чалый Шумил Ястреб"
)
ROOTS = ROOTS_TEXT.split()
# (masculine, feminine) endings of Russian surnames.
SUFFIXES = (("ов", "ова"), ("ев", "ева"), ("ин", "ина"), ("ский", "ская"), ("енко", "енко"),
            ("ук", "ук"), ("чук", "чук"), ("ович", "ович"), ("евич", "евич"), ("ко", "ко"),
            ("ик", "ик"), ("ёнок", "ёнок"))
_LATIN_SCHEME = {"be": "be-passport", "ru": "press", "uk": "bgn-pcgn-uk"}


@dataclass
class Person:
    id: str
    names: list[str]
    birth_year: int | None
    gender: str
    kind: str = "random"  # random / same-surname / spouse / father / son / real


@dataclass
class Registry:
    persons: list[Person] = field(default_factory=list)
    father_son: list[tuple[str, str]] = field(default_factory=list)


def _ukrainian(ru: str) -> str:
    out = ru.replace("ский", "ський").replace("ская", "ська").replace("ы", "и")
    return out.replace("ё", "ьо").replace("э", "е")


def surname(root: str, suffix: tuple[str, str], gender: str, lang: str) -> str:
    ru = root + suffix[0 if gender == "m" else 1]
    if lang == "be":
        return ru_to_be(ru)
    if lang == "uk":
        return _ukrainian(ru)
    return ru


def patronymic(father: str, gender: str, lang: str) -> str:
    stem = father
    soft = stem.endswith(("й", "ь"))
    if soft:
        stem = stem[:-1]
    if stem.endswith(("а", "я")):
        stem = stem[:-1]
    if lang == "be":
        return stem + ("евіч" if soft else "авіч") if gender == "m" else \
            stem + ("еўна" if soft else "аўна")
    if lang == "uk":
        return stem + ("ович" if gender == "m" else "івна")
    return stem + ("евич" if soft else "ович") if gender == "m" else \
        stem + ("евна" if soft else "овна")


def _record(pid: str, lang: str, given: str, family: str, patr: str, year: int | None,
            gender: str, kind: str) -> Person:
    latin = transliterate(f"{given} {family}", _LATIN_SCHEME[lang], lang)
    return Person(pid, [latin, f"{family} {given} {patr}"], year, gender, kind)


def load_real() -> list[Person]:
    with (DATA / "persons.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [Person(r["id"], r["registry_names"].split("|"),
                   int(r["birth_year"]) if r["birth_year"] else None, r["gender"], "real")
            for r in rows]


def load_variants() -> list[tuple[str, str, str]]:
    with (DATA / "variants.csv").open(encoding="utf-8") as fh:
        return [(r["id"], r["text"], r["kind"]) for r in csv.DictReader(fh)]


_OPPOSITE = (("ская", "скі", "ский"), ("цкая", "цкі", "цкий"), ("ава", "аў", "ов"),
             ("ова", "ов", "ов"), ("ева", "еў", "ев"), ("ёва", "ёў", "ев"), ("іна", "ін", "ин"),
             ("ина", "ин", "ин"), ("ая", "ы", "ый"), ("ська", "ський", "ський"))


def opposite_surname(word: str, gender: str, lang: str) -> str:
    """The other gender's form of a Cyrillic surname (unchanged when it does not vary)."""
    low = word
    for fem, masc_be, masc_ru in _OPPOSITE:
        masc = masc_be if lang == "be" else masc_ru
        if gender == "f" and low.endswith(fem):
            return low[: -len(fem)] + masc
        if gender == "m" and low.endswith(masc) and masc:
            return low[: -len(masc)] + fem
    return word


def _other_given(rng: random.Random, lang: str, gender: str, avoid: str) -> str:
    avoid_ids = given_ids(avoid)
    while True:
        cand = rng.choice(GIVEN_LISTS[(lang, gender)])
        if not (given_ids(cand) & avoid_ids) and cand != avoid:
            return cand


def hard_negatives(real: list[Person], langs: dict[str, str], rng: random.Random
                   ) -> list[Person]:
    out: list[Person] = []
    for person in real:
        lang = langs.get(person.id, "ru")
        native = person.names[1].split()
        family, given = native[0], native[1]
        for i in range(2):
            other = _other_given(rng, lang, person.gender, given)
            father = rng.choice(GIVEN_LISTS[(lang, "m")])
            out.append(_record(f"neg-{person.id}-same-{i}", lang, other, family,
                               patronymic(father, person.gender, lang),
                               rng.randint(1940, 2005), person.gender, "same-surname"))
        spouse_gender = "m" if person.gender == "f" else "f"
        spouse_family = opposite_surname(family, person.gender, lang)
        spouse_given = rng.choice(GIVEN_LISTS[(lang, spouse_gender)])
        father = rng.choice(GIVEN_LISTS[(lang, "m")])
        out.append(_record(f"neg-{person.id}-spouse", lang, spouse_given, spouse_family,
                           patronymic(father, spouse_gender, lang),
                           person.birth_year, spouse_gender, "spouse"))
    return out


def _real_name_keys(real: list[Person]) -> set[tuple[str, str]]:
    """(Cyrillic surname, canonical given name) of every real person, in every Cyrillic
    spelling the test set lists for them."""
    texts = [p.names[1] for p in real]
    texts += [text for _, text, kind in load_variants() if kind in ("ru", "be", "uk")]
    keys: set[tuple[str, str]] = set()
    for text in texts:
        words = text.lower().split()
        for i, word in enumerate(words):
            for other in words[:i] + words[i + 1:]:
                for gid in given_ids(other):
                    keys.add((word, gid))
    return keys


def _is_namesake(keys: set[tuple[str, str]], family: str, given: str) -> bool:
    return any((family.lower(), gid) in keys for gid in given_ids(given))


def generate(n: int = 100_000, seed: int = 20251213, with_real: bool = True) -> Registry:
    """``n`` generated persons (hard negatives included) plus, optionally, the real ones.

    Random persons never repeat a real person's surname (exact Cyrillic spelling) together
    with an equivalent given name: such a namesake would make the right answer of a test
    query undecidable. Deliberate near-namesakes are the hard negatives above.
    """
    rng = random.Random(seed)
    registry = Registry()
    real = load_real()
    real_keys = _real_name_keys(real)
    with (DATA / "persons.csv").open(encoding="utf-8") as fh:
        langs = {r["id"]: r["lang"] for r in csv.DictReader(fh)}
    registry.persons.extend(hard_negatives(real, langs, rng))
    i = 0
    while len(registry.persons) < n:
        lang = rng.choices(("be", "ru", "uk"), weights=(45, 35, 20))[0]
        gender = rng.choice("mf")
        given = rng.choice(GIVEN_LISTS[(lang, gender)])
        root, suffix = rng.choice(ROOTS), rng.choice(SUFFIXES)
        family = surname(root, suffix, gender, lang)
        if _is_namesake(real_keys, family, given) or _is_namesake(
                real_keys, surname(root, suffix, gender, "ru"), given):
            continue
        grandfather = rng.choice(GIVEN_LISTS[(lang, "m")])
        year = rng.randint(1940, 2000)
        pid = f"gen-{i:06d}"
        i += 1
        if gender == "m" and rng.random() < 0.03 and len(registry.persons) < n - 1:
            # A father and a son with the same name: told apart only by patronymic and age.
            father = _record(pid + "-father", lang, given, family,
                             patronymic(grandfather, "m", lang), year - 30, "m", "father")
            son = _record(pid + "-son", lang, given, family, patronymic(given, "m", lang),
                          year, "m", "son")
            registry.persons.extend([father, son])
            registry.father_son.append((father.id, son.id))
            continue
        registry.persons.append(_record(pid, lang, given, family,
                                        patronymic(grandfather, gender, lang), year, gender,
                                        "random"))
    if with_real:
        registry.persons.extend(real)
    return registry
