"""Names and public facts for the demo registry.

The synthetic people are fictional: their surnames are made from Belarusian words for tale,
invention and example (Казкевіч, Выдумскі, Прыкладаў...), so nobody can mistake them for
real prisoners. The real people are public figures, with only facts stated in public reports.
"""

from __future__ import annotations

# (Belarusian, Russian, Latin) given names; feminine names flagged.
GIVEN = [
    ("Аляксандр", "Александр", "Aliaksandr", False), ("Сяргей", "Сергей", "Siarhei", False),
    ("Дзмітрый", "Дмитрий", "Dzmitry", False), ("Ігар", "Игорь", "Ihar", False),
    ("Андрэй", "Андрей", "Andrei", False), ("Мікалай", "Николай", "Mikalai", False),
    ("Віктар", "Виктор", "Viktar", False), ("Павел", "Павел", "Pavel", False),
    ("Уладзімір", "Владимир", "Uladzimir", False), ("Юрый", "Юрий", "Yury", False),
    ("Марыя", "Мария", "Maryia", True), ("Вольга", "Ольга", "Volha", True),
    ("Наталля", "Наталья", "Natallia", True), ("Кацярына", "Екатерина", "Katsiaryna", True),
    ("Алена", "Елена", "Alena", True), ("Ірына", "Ирина", "Iryna", True),
    ("Таццяна", "Татьяна", "Tatsiana", True), ("Юлія", "Юлия", "Yuliya", True),
]

# Masculine (be, ru, Latin) and feminine (be, ru, Latin) forms of invented surnames.
SURNAMES = [
    (("Казкевіч", "Казкевич", "Kazkevich"), ("Казкевіч", "Казкевич", "Kazkevich")),
    (("Выдумскі", "Выдумский", "Vydumski"), ("Выдумская", "Выдумская", "Vydumskaya")),
    (("Прыкладаў", "Прикладов", "Prykladau"), ("Прыкладава", "Прикладова", "Prykladava")),
    (("Вымыслаў", "Вымыслов", "Vymyslau"), ("Вымыслава", "Вымыслова", "Vymyslava")),
    (("Узорчык", "Узорчик", "Uzorchyk"), ("Узорчык", "Узорчик", "Uzorchyk")),
    (("Байкоўскі", "Байковский", "Baikouski"), ("Байкоўская", "Байковская", "Baikouskaya")),
    (("Небыліцын", "Небылицын", "Nebylitsyn"), ("Небыліцына", "Небылицына", "Nebylitsyna")),
    (("Фантазёнак", "Фантазёнок", "Fantazionak"), ("Фантазёнак", "Фантазёнок", "Fantazionak")),
    (("Міфаловіч", "Мифалович", "Mifalovich"), ("Міфаловіч", "Мифалович", "Mifalovich")),
    (("Паданнеў", "Преданьев", "Padanneu"), ("Паданнева", "Преданьева", "Padanneva")),
    (("Сказачны", "Сказочный", "Skazachny"), ("Сказачная", "Сказочная", "Skazachnaya")),
    (("Прыдумка", "Придумко", "Prydumka"), ("Прыдумка", "Придумко", "Prydumka")),
]

# Facilities that hold political prisoners in Belarus (public information).
FACILITIES = [
    ("Pre-trial detention centre No. 1, Minsk", "pretrial_detention_centre", "Minsk",
     "vul. Valadarskaha 2, 220030 Minsk", 53.8983, 27.5471),
    ("Penal colony No. 3, Vitebsk (Viciebsk)", "colony", "Vitebsk Region",
     "Vitebsk district, 211322 Vitebsk region", 55.1904, 30.2049),
    ("Penal colony No. 4, Gomel (Homiel)", "colony", "Gomel Region",
     "vul. Antoshkina 3, 246035 Gomel", 52.4345, 30.9754),
    ("Penal colony No. 2, Bobruisk (Babrujsk)", "colony", "Mogilev Region",
     "vul. Sikorskaha 1, 213800 Bobruisk", 53.1384, 29.2214),
    ("Penal colony No. 15, Mogilev (Mahilioŭ)", "colony", "Mogilev Region",
     "Mogilev district, 212013 Mogilev region", 53.9007, 30.3313),
    ("Prison No. 1, Grodno (Hrodna)", "prison", "Grodno Region",
     "vul. Kirava 1, 230023 Grodno", 53.6778, 23.8293),
    ("Prison No. 4, Mogilev (Mahilioŭ)", "prison", "Mogilev Region",
     "vul. Krupskoi 99a, 212011 Mogilev", 53.8910, 30.3420),
    ("Penal colony No. 1, Novopolotsk (Navapolack)", "colony", "Vitebsk Region",
     "211440 Novopolotsk", 55.5339, 28.5989),
]

ARTICLES = ["342", "130", "361-1", "368", "369", "293", "339", "361", "356", "364"]

REAL_SOURCE_RELEASE = {
    "url": None,
    "title": "Belarusian Prisoners Released Following US Sanctions Relief",
    "published": "2025-12-16",
}

# Public figures: names in several scripts, and facts with the public page that states them.
REAL_PEOPLE = [
    {
        "key": "kalesnikava", "latin": "Maryia Kalesnikava", "gender": "female",
        "names": [("Марыя Калеснікава", "Cyrl", "be", "native"),
                  ("Мария Колесникова", "Cyrl", "ru", "alias"),
                  ("Maria Kolesnikova", "Latn", "en", "transliteration")],
        "source": "https://en.wikipedia.org/wiki/Maria_Kalesnikava",
        "events": [("detained", "2020-09-07", {}), ("recognized", "2020-09", {
            "recognized_by": "Viasna"}), ("sentenced", "2021-09-06", {"term_months": 132}),
            ("solitary_confinement", "", {}), ("released", "2025-12", {"reason": "deal"}),
            ("deported", "2025-12", {"destination_country": "UA"})],
        "batch": True,
    },
    {
        "key": "bialiatski", "latin": "Ales Bialiatski", "gender": "male",
        "names": [("Алесь Бяляцкі", "Cyrl", "be", "native"),
                  ("Алесь Беляцкий", "Cyrl", "ru", "alias")],
        "source": "https://en.wikipedia.org/wiki/Ales_Bialiatski",
        "events": [("detained", "2021-07-14", {}), ("recognized", "2021-07", {
            "recognized_by": "Viasna"}), ("sentenced", "2023-03-03", {"term_months": 120}),
            ("released", "2025-12", {"reason": "deal"}),
            ("deported", "2025-12", {"destination_country": "LT"})],
        "batch": True,
    },
    {
        "key": "babaryka", "latin": "Viktar Babaryka", "gender": "male",
        "names": [("Віктар Бабарыка", "Cyrl", "be", "native"),
                  ("Виктор Бабарико", "Cyrl", "ru", "alias")],
        "source": "https://en.wikipedia.org/wiki/Viktar_Babaryka",
        "events": [("detained", "2020-06-18", {}), ("recognized", "2020-06", {
            "recognized_by": "Viasna"}), ("sentenced", "2021-07-06", {"term_months": 168}),
            ("released", "2025-12", {"reason": "deal"}),
            ("deported", "2025-12", {"destination_country": "UA"})],
        "batch": True,
    },
    {
        "key": "tsikhanouski", "latin": "Siarhei Tsikhanouski", "gender": "male",
        "names": [("Сяргей Ціханоўскі", "Cyrl", "be", "native"),
                  ("Сергей Тихановский", "Cyrl", "ru", "alias"),
                  ("Sergei Tikhanovsky", "Latn", "en", "transliteration")],
        "source": "https://en.wikipedia.org/wiki/Siarhei_Tsikhanouski",
        "events": [("detained", "2020-05-29", {}), ("recognized", "2020-06", {
            "recognized_by": "Viasna"}), ("sentenced", "2021-12-14", {"term_months": 216}),
            ("solitary_confinement", "", {}), ("released", "2025-06-21", {"reason": "deal"}),
            ("deported", "2025-06-21", {"destination_country": "LT"})],
        "batch": False,
    },
]
