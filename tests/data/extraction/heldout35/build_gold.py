#!/usr/bin/env python3
"""Build NN.gold.json for the heldout35 set from the compact spec below.

surname_keys are derived with the scorer's own functions (fold, skeleton, key_matches_token from
/work/shared/tools/score_claims.py) so that every key meets the nominative surname, its inflected
forms in the article and the usual Latin/Cyrillic spellings listed in ALT.
Run: python3 build_gold.py   (then python3 verify.py)
"""
import json
import os
import re
import sys

sys.path.insert(0, "/work/shared/tools")
from score_claims import fold, skeleton, key_matches_token, tokens_of  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
      "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
      "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
      "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ў": "u"}
BE = dict(RU, **{"г": "h", "е": "ie", "ё": "io", "ю": "iu", "я": "ia", "й": "j", "ў": "u"})
LAC = dict(BE, **{"ц": "c", "ч": "č", "ш": "š", "ж": "ž", "х": "ch", "ў": "ŭ", "я": "ja",
                  "е": "je", "ю": "ju", "й": "j"})


def tr(word, table):
    return "".join(table.get(ch, ch) for ch in word.lower().replace("'", "").replace("’", ""))


def variants(surname, alt):
    out = [surname] + list(alt)
    if re.search("[а-яёіў]", surname.lower()):
        for t in (RU, BE, LAC):
            out.append(tr(surname, t))
    for a in alt:
        if re.search("[а-яёіў]", a.lower()):
            for t in (RU, BE, LAC):
                out.append(tr(a, t))
    return out


def make_keys(forms):
    keys = []
    for v in forms:
        f = re.sub(r"[^a-z]", "", fold(v))
        if not f or any(key_matches_token(k, v) for k in keys):
            continue
        best = f
        for L in range(6, len(f) + 1):
            if len(skeleton(f[:L])) >= 4 or L >= 9:
                best = f[:L]
                break
        keys.append(best)
        assert key_matches_token(best, v), (best, v)
    return keys


def C(t, person=None, date=None, term=None, dest=None, count=None):
    return {"type": t, "person": person, "date": date, "destination_country": dest,
            "term_months": term, "count": count}


def M(t, person, why):
    return {"type": t, "person": person, "why": why}


# Alternative spellings of surnames (other script, other transliteration, inflected forms that
# the automatic transliteration does not produce).
ALT = {
    "Shypila": ["Шыпіла", "Шипила"],
    "Dubok": ["Дубок"],
    "Matsko": ["Мацко", "Macko"],
    "Сенкевич": ["Сянкевіч"],
    "Бобрик": ["Бобрык", "Бобрика"],
    "Кушнер": ["Кушнір"],
    "Стрельчик": ["Стральчык", "Strelchyk"],
    "Рубец": ["Рубца", "Rubiec"],
    "Zhuk": ["Жук", "Žuk"],
    "Sych": ["Сыч", "Syč"],
    "Karaliou": ["Каралёў", "Королёв", "Korolev", "Karalyou"],
    "Сідарэвіч": ["Сидоревич", "Сідарэвіча"],
    "Гурыновіч": ["Гуринович", "Гурыновіча"],
    "Kaptsiuh": ["Капцюх", "Kaptsiukh", "Kapciuch", "Kaptsyukh"],
    "Naumchyk": ["Наумчык", "Наумчик", "Naumchik", "Naumčyk"],
    "Ozols": ["Озолс"],
    "Шарко": ["Sharko"],
    "Ермак": ["Ярмак", "Yermak", "Jermak"],
    "Савчук": ["Саўчук", "Савчука", "Савчуку"],
    "Hrytskevich": ["Грыцкевіч", "Грицкевич", "Hryckievič"],
    "Lukin": ["Лукін", "Лукин"],
    "Ляхович": ["Ляховіч"],
    "Мартыненко": ["Мартыненка"],
    "Малей": ["Maley"],
    "Жаворонок": ["Жаваранак"],
    "Шостак": ["Шастак"],
    "Гордиенко": ["Гардзіенка", "Гордиенку"],
    "Вярбіцкі": ["Вярбіцкага", "Вярбіцкаму", "Вербицкий", "Verbitsky", "Viarbicki"],
    "Дзямідава": ["Дзямідавай", "Демидова", "Demidova"],
    "Rahachova": ["Рагачова", "Рогачёва", "Rogacheva", "Rahačova"],
    "Bystryk": ["Быстрык", "Быстрик", "Bystrik"],
    "Левчук": ["Леўчук"],
    "Гусак": ["Husak"],
    "Kastsiuk": ["Касцюк", "Костюк", "Kostyuk", "Kasciuk"],
    "Сушкевіч": ["Сушкевича", "Сушкевіча"],
    "Пракаповіч": ["Прокопович", "Пракаповіча"],
    "Ляўчэня": ["Ляўчэні", "Ляўчэню", "Левченя", "Levchenya"],
    "Гаўрылік": ["Гаврилик", "Gavrilik"],
    "Barysevich": ["Барысевіч", "Борисевич", "Borisevich"],
    "Tsvirko": ["Цвірко", "Цвирко", "Cvirko", "Tsvirka"],
    "Suhak": ["Сугак", "Sugak"],
    "Zhyhar": ["Жыгар", "Жигарь", "Zhigar", "Žyhar"],
    "Валюк": ["Valyuk"],
    "Шведов": ["Шведаў", "Shvedau"],
    "Savitski": ["Савіцкі", "Савицкий", "Savitsky", "Savicki"],
    "Piatrovich": ["Пятровіч", "Петрович", "Petrovich"],
    "Varanets": ["Варанец", "Воронец", "Voronets", "Varaniec"],
    "Arlou": ["Арлоў", "Орлов", "Orlov"],
    "Станкевич": ["Станкевіч"],
    "Жуков": ["Жукова", "Жукаў", "Zhukau"],
    "Сівец": ["Сивец", "Sivec"],
    "Шпак": ["Шпака"],
    "Лагун": ["Лагуна", "Lahun"],
    "Корзун": ["Корзуна"],
    "Rubin": ["Рубін", "Рубин"],
    "Leus": ["Леус"],
    "Lapitski": ["Лапіцкі", "Лапицкий", "Lapitsky"],
    "Tur": ["Тур"],
    "Ладутько": ["Ладутька", "Ladutka"],
    "Воронец": ["Варанец", "Varanets"],
    "Демидович": ["Дземідовіч", "Dzemidovich"],
    "Brzeziak": ["Бжезяк", "Bzhezyak", "Brzeziaka"],
    "Zhdanovich": ["Жданович", "Ždanovič"],
    "Бурак": ["Бураку"],
    "Пятроўскі": ["Пятроўскага", "Петровский", "Petrovsky"],
    "Касцючэнка": ["Касцючэнку", "Костюченко", "Kostyuchenko"],
    "Лабанок": ["Лобанок", "Labanak"],
    "Вайцяховіч": ["Войтехович", "Voitekhovich"],
    "Koshal": ["Кошаль"],
    "Zmitrovich": ["Змітровіч", "Змитрович"],
    "Shpileuskaya": ["Шпілеўская", "Шпилевская", "Shpilevskaya"],
    "Rusak": ["Русак"],
    "Яхно": ["Jachno"],
    "Пашкевич": ["Пашкевіч"],
    "Krupenka": ["Крупенька", "Крупенко", "Krupenko"],
    "Lysiuk": ["Лысюк", "Lysyuk"],
    "Babich": ["Бабіч", "Бабич", "Babič"],
    "Лобан": ["Лобана"],
    "Коваль": ["Каваль", "Коваля"],
    "Мирошниченко": ["Мірашнічэнка"],
    "Sitnik": ["Сітнік", "Sitnik"],
    "Zubar": ["Зубар"],
    "Barkouskaya": ["Баркоўская", "Барковская", "Barkovskaya"],
    "Lukashevich": ["Лукашэвіч", "Лукашевич"],
    "Tkachuk": ["Ткачук"],
    "Радзівонаў": ["Радзівонава", "Радивонов", "Radivonov"],
    "Мароз": ["Мороз", "Moroz"],
    "Падбярэзкі": ["Падбярэзкім", "Подберезский", "Podberezsky"],
    "Karpovich": ["Карповіч", "Карпович"],
    "Sakalova": ["Сакалова", "Соколова", "Sokolova"],
    "Литвин": ["Літвін", "Lytvyn"],
    "Ткач": ["Ткачу"],
    "Радкевич": ["Радкевіч"],
}

A = {}

A["01"] = dict(claims=[
    C("sentenced", "Raman Shypila", "2024-02-08", term=84),
    C("sentenced", "Viktar Dubok", "2024-02-08", term=66),
    C("sentenced", "Kiryl Matsko", "2024-02-08", term=48),
    C("charged", "Raman Shypila"), C("charged", "Viktar Dubok"), C("charged", "Kiryl Matsko"),
    C("detained", "Raman Shypila", "2022-10"), C("detained", "Viktar Dubok", "2022-10"),
    C("detained", "Kiryl Matsko", "2022-10"),
], must_not=[
    M("sentenced", "Valiantsina Hurko", "judge who read the verdict"),
    M("sentenced", "Ihar Lemesh", "prosecutor; his demand is not a sentence"),
    M("detained", "Tatsiana Shypila", "wife; questioned as a witness, explicitly not detained, reports denied"),
    M("transferred", "Viktar Dubok", "expected future transfer to a colony"),
    M("recognized", "Raman Shypila", "Opora will only decide later"),
    M("recognized", "Kiryl Matsko", "Opora will only decide later"),
])

A["02"] = dict(claims=[
    C("recognized", "Ольга Сенкевич", "2024-05-17"), C("recognized", "Денис Бобрик", "2024-05-17"),
    C("recognized", "Виталий Кушнер", "2024-05-17"), C("recognized", "Анастасия Стрельчик", "2024-05-17"),
    C("detained", "Ольга Сенкевич", "2024-03-12"), C("charged", "Ольга Сенкевич"),
    C("detained", "Денис Бобрик", "2024-02"), C("sentenced", "Денис Бобрик", "2024-04-30", term=36),
    C("sentenced", "Виталий Кушнер", term=24),
    C("detained", "Анастасия Стрельчик", "2024-04-03"), C("charged", "Анастасия Стрельчик"),
    C("detained", "Игорь Рубец", "2024-04"),
], must_not=[
    M("recognized", "Игорь Рубец", "case still under review, no decision"),
    M("detained", "Людмила Бобрик", "mother; questioned as a witness, not detained"),
    M("charged", "Кирилл Мотыль", "investigator"),
])

A["03"] = dict(claims=[
    C("group_release", None, "2024-09-11", count=30),
    C("pardoned", "Alena Zhuk", "2024-09-10"), C("released", "Alena Zhuk", "2024-09-11"),
    C("sentenced", "Alena Zhuk", "2022", term=36),
    C("pardoned", "Pavel Sych", "2024-09-10"), C("released", "Pavel Sych", "2024-09-11"),
    C("pardoned", "Dzmitry Karaliou", "2024-09-10"), C("released", "Dzmitry Karaliou", "2024-09-11"),
    C("solitary_confinement", "Dzmitry Karaliou", "2023"),
    C("sentenced", "Ihar Lazouski", term=96),
], must_not=[
    M("released", "Ihar Lazouski", "false Telegram report, lawyer says he remains in prison"),
    M("pardoned", "Ihar Lazouski", "false report"),
    M("released", "Nadzeya Sych", "daughter of a released prisoner"),
    M("pardoned", "Nadzeya Sych", "daughter of a released prisoner"),
    M("released", "Melissa Tran", "US diplomat"),
])

A["04"] = dict(claims=[
    C("detained", "Ігар Сідарэвіч", "2021-05"),
    C("sentenced", "Ігар Сідарэвіч", "2022", term=72),
    C("incommunicado", "Ігар Сідарэвіч", "2023-11"),
    C("solitary_confinement", "Ігар Сідарэвіч", "2024-02"),
    C("transferred", "Васіль Гурыновіч", "2024-03"),
], must_not=[
    M("released", "Рыгор Тамашэвіч", "rumour the author cannot check"),
    M("pardoned", "Рыгор Тамашэвіч", "rumour the author cannot check"),
    M("solitary_confinement", "Анатоль Кісель", "colony head who signed the order"),
    M("incommunicado", "Таццяна Сідарэвіч", "wife of the prisoner"),
])

A["05"] = dict(claims=[
    C("group_release", None, "2025-01-22", count=9),
    C("released", "Uladzimir Kaptsiuh", "2025-01-22"), C("deported", "Uladzimir Kaptsiuh", "2025-01-22", dest="LT"),
    C("released", "Volha Naumchyk", "2025-01-22"), C("deported", "Volha Naumchyk", "2025-01-22", dest="LT"),
    C("released", "Juris Ozols", "2025-01-22"), C("deported", "Juris Ozols", "2025-01-22", dest="LT"),
    C("sentenced", "Volha Naumchyk", "2023", term=48),
    C("solitary_confinement", "Volha Naumchyk"),
    C("detained", "Juris Ozols", "2023"),
], must_not=[
    M("released", "Siarhei Kaptsiuh", "son who came to meet his father"),
    M("deported", "Siarhei Kaptsiuh", "son who flew in from Warsaw"),
    M("released", "Aliaksandr Kruk", "listed by mistake, corrected: still in Hrodna prison"),
    M("deported", "Aliaksandr Kruk", "listed by mistake, corrected"),
    M("pardoned", "Aliaksandr Kruk", "not told of any pardon"),
    M("released", "Egle Vaitkute", "Lithuanian official"),
    M("released", "Gregory Paine", "US envoy"),
])

A["06"] = dict(claims=[
    C("sentenced", "Николай Шарко", "2024-07-02", term=96),
    C("sentenced", "Валентина Ермак", "2024-07-02", term=48),
    C("sentenced", "Пётр Савчук", "2024-07-02", term=36),
    C("detained", "Николай Шарко", "2023-09"), C("detained", "Валентина Ермак", "2023-09"),
    C("detained", "Пётр Савчук", "2023-09"),
    C("charged", "Николай Шарко"), C("charged", "Валентина Ермак"), C("charged", "Пётр Савчук"),
    C("solitary_confinement", "Пётр Савчук", "2024-06"),
], must_not=[
    M("sentenced", "Инна Дудко", "judge"),
    M("sentenced", "Олег Мазур", "prosecutor who asked for ten years"),
    M("detained", "Тимофей Шарко", "brother; led out of court but not detained"),
    M("transferred", "Николай Шарко", "conditional future transfer if the appeal fails"),
])

A["07"] = dict(claims=[
    C("died_in_custody", "Anatol Hrytskevich", "2025-06-26"),
    C("detained", "Anatol Hrytskevich", "2021-12"),
    C("sentenced", "Anatol Hrytskevich", "2022", term=60),
    C("transferred", "Anatol Hrytskevich", "2023"),
    C("solitary_confinement", "Anatol Hrytskevich", "2024"),
    C("recognized", "Anatol Hrytskevich", "2022-01"),
    C("released", "Stsiapan Lukin", "2025-05"),
    C("sentenced", "Stsiapan Lukin"),
    C("persecuted_after_release", "Stsiapan Lukin"),
], must_not=[
    M("died_in_custody", "Lidziya Hrytskevich", "daughter"),
    M("released", "Anatol Hrytskevich", "died in custody, never released"),
    M("pardoned", "Anatol Hrytskevich", "refused to ask for clemency"),
    M("persecuted_after_release", "Maksim Lukin", "brother living in Poland"),
    M("solitary_confinement", "Ruslan Bahdanau", "head of the colony"),
])

A["08"] = dict(claims=[
    C("detained", "Артём Ляхович", "2025-03-11"),
    C("detained", "Денис Мартыненко", "2025-03-11"),
    C("incommunicado", "Денис Мартыненко", "2025-03"),
    C("sentenced", "Зинаида Малей", "2025-03-12", term=24),
    C("sentenced", "Пётр Жаворонок", "2025-03-12", term=18),
    C("released", "Ирина Шостак", "2025-03-10"),
    C("sentenced", "Ирина Шостак", term=36),
    C("transferred", "Станислав Гордиенко"),
], must_not=[
    M("detained", "Светлана Ляхович", "wife; questioned, explicitly not detained"),
    M("sentenced", "Анатолий Пинчук", "judge"),
    M("detained", "Кирилл Бондарь", "rumour denied by relatives"),
])

A["09"] = dict(claims=[
    C("detained", "Павел Вярбіцкі", "2024-11-01"),
    C("released", "Павел Вярбіцкі", "2023-08"),
    C("sentenced", "Павел Вярбіцкі", term=30),
    C("persecuted_after_release", "Павел Вярбіцкі"),
    C("released", "Кацярына Дзямідава", "2022"),
    C("persecuted_after_release", "Кацярына Дзямідава"),
], must_not=[
    M("detained", "Мікалай Тарасюк", "unconfirmed report"),
    M("charged", "Павел Вярбіцкі", "charge only expected by acquaintances"),
    M("deported", "Павел Вярбіцкі", "said he would not leave"),
    M("persecuted_after_release", "Лідзія Дзямідава", "mother visited by police; the claim is the daughter's"),
    M("deported", "Кацярына Дзямідава", "left for Poland on her own"),
])

A["10"] = dict(claims=[
    C("group_release", None, "2026-02-01", count=11),
    C("pardoned", "Natallia Rahachova", "2026-01-30"), C("released", "Natallia Rahachova", "2026-02-01"),
    C("deported", "Natallia Rahachova", "2026-02-01", dest="PL"),
    C("pardoned", "Ihar Bystryk", "2026-01-30"), C("released", "Ihar Bystryk", "2026-02-01"),
    C("deported", "Ihar Bystryk", "2026-02-01", dest="PL"),
    C("sentenced", "Natallia Rahachova", term=84),
    C("detained", "Ihar Bystryk", "2021-08"),
], must_not=[
    M("released", "Siarhei Paulenka", "reported on the bus, lawyer says still in prison"),
    M("deported", "Siarhei Paulenka", "not part of the deal"),
    M("pardoned", "Siarhei Paulenka", "not part of the deal"),
    M("released", "Jonas Veldkamp", "EU envoy"),
    M("released", "Dzianis Rahachou", "husband, left Belarus in 2022"),
    M("deported", "Dzianis Rahachou", "husband, left Belarus in 2022"),
    M("released", "Agnieszka Lewandowska", "Polish official"),
])

A["11"] = dict(claims=[
    C("released", "Маргарита Левчук", "2025-07-28"),
    C("sentenced", "Маргарита Левчук", term=48),
    C("detained", "Маргарита Левчук", "2021-04"),
    C("transferred", "Маргарита Левчук", "2022"),
    C("solitary_confinement", "Маргарита Левчук"),
    C("incommunicado", "Маргарита Левчук"),
    C("persecuted_after_release", "Маргарита Левчук", "2025-08"),
    C("pardoned", "Алла Гусак", "2024"),
    C("released", "Алла Гусак", "2024"),
], must_not=[
    M("released", "Дарья Кот", "Telegram report called untrue"),
    M("persecuted_after_release", "Тамара Левчук", "mother summoned; the claim is the daughter's"),
    M("deported", "Маргарита Левчук", "says she will not leave"),
    M("released", "Артур Климович", "interviewer"),
])

A["12"] = dict(claims=[
    C("sentenced", "Ryhor Kastsiuk", "2022", term=120),
    C("transferred", "Ryhor Kastsiuk", "2024-04-03"),
    C("incommunicado", "Ryhor Kastsiuk", "2024-01"),
    C("released", "Valer Kastsiuk", "2024-04-10"),
    C("sentenced", "Valer Kastsiuk", term=36),
], must_not=[
    M("released", "Ryhor Kastsiuk", "false viral claim"),
    M("detained", "Inna Kastsiuk", "false viral claim, denied by her"),
])

A["13"] = dict(claims=[
    C("solitary_confinement", "Віктар Сушкевіч", "2025-09"),
    C("incommunicado", "Андрэй Пракаповіч", "2025-09"),
    C("sentenced", "Андрэй Пракаповіч", term=72),
    C("detained", "Андрэй Пракаповіч", "2021-11"),
    C("transferred", "Тарас Ляўчэня", "2025-10-07"),
    C("recognized", "Тарас Ляўчэня", "2025-10-07"),
    C("released", "Сяргей Гаўрылік", "2025-10-04"),
    C("sentenced", "Сяргей Гаўрылік", term=36),
], must_not=[
    M("released", "Віктар Сушкевіч", "unconfirmed anonymous rumour"),
    M("solitary_confinement", "Аліна Сушкевіч", "daughter who posted"),
    M("detained", "Вера Лапцёнак", "posts denied by her"),
])

A["14"] = dict(claims=[
    C("sentenced", "Maksim Barysevich", "2024-08", term=96),
    C("sentenced", "Aliaksei Tsvirko", "2024-08", term=72),
    C("sentenced", "Dzmitry Suhak", "2024-08", term=72),
    C("sentenced", "Kanstantsin Zhyhar", "2024-08", term=42),
    C("solitary_confinement", "Aliaksei Tsvirko", "2024-10"),
    C("recognized", "Maksim Barysevich"), C("recognized", "Aliaksei Tsvirko"),
    C("recognized", "Dzmitry Suhak"), C("recognized", "Kanstantsin Zhyhar"),
], must_not=[
    M("sentenced", "Tamara Barysevich", "mother at the hearing"),
    M("sentenced", "Alena Kryvets", "judge"),
    M("sentenced", "Viachaslau Kudrych", "prosecutor"),
    M("sentenced", "Ilya Matsiuk", "tried in absentia, verdict only expected"),
    M("detained", "Ilya Matsiuk", "left Belarus before the arrests"),
    M("transferred", "Kanstantsin Zhyhar", "future transfer / request"),
    M("transferred", "Maksim Barysevich", "future transfer to a colony"),
])

A["15"] = dict(claims=[
    C("group_release", None, "2025-06-21", count=14),
    C("group_release", None, "2025-09-11", count=52),
    C("group_release", None, "2026-02-01", count=11),
    C("group_release", None, "2026-03-04", count=31),
    C("group_release", None, "2026-03-31", count=37),
    C("pardoned", "Ирина Валюк", "2026-03-30"), C("released", "Ирина Валюк", "2026-03-31"),
    C("deported", "Ирина Валюк", "2026-03-31", dest="LT"), C("sentenced", "Ирина Валюк", term=60),
    C("pardoned", "Тарас Шведов", "2026-03-30"), C("released", "Тарас Шведов", "2026-03-31"),
    C("deported", "Тарас Шведов", "2026-03-31", dest="LT"), C("detained", "Тарас Шведов", "2023"),
], must_not=[
    M("released", "Игнат Зубрицкий", "release denied, still in Navapolatsk colony"),
    M("pardoned", "Игнат Зубрицкий", "release denied"),
    M("released", "Дэниел Уорд", "US envoy"),
    M("deported", "Дэниел Уорд", "US envoy"),
])

A["16"] = dict(claims=[
    C("recognition_withdrawn", "Artur Savitski", "2025-04-25"),
    C("sentenced", "Artur Savitski", "2024"),
    C("recognized", "Halina Piatrovich", "2025-04-25"),
    C("detained", "Halina Piatrovich", "2025-04-02"),
    C("charged", "Halina Piatrovich"),
    C("recognized", "Dzianis Varanets", "2025-04-25"),
    C("sentenced", "Dzianis Varanets", "2025-04-17", term=24),
    C("detained", "Kiryl Arlou", "2025-03"),
], must_not=[
    M("recognized", "Kiryl Arlou", "still under review, no decision"),
    M("recognized", "Ilona Savitskaya", "sister of a prisoner"),
    M("persecuted_after_release", "Ilona Savitskaya", "relative of a current prisoner, never jailed"),
])

A["17"] = dict(claims=[
    C("detained", "Инна Станкевич", "2024-10-21"),
    C("detained", "Инна Станкевич", "2020-08"),
    C("charged", "Инна Станкевич", "2024-10-22"),
    C("incommunicado", "Инна Станкевич", "2024-10"),
    C("detained", "Лев Жуков", "2024-10-21"),
    C("released", "Лев Жуков", "2024-10-22"),
], must_not=[
    M("detained", "Вера Станкевич", "mother; unconfirmed search"),
    M("detained", "Михаил Ганчар", "editor living in Vilnius"),
    M("sentenced", "Инна Станкевич", "only faces up to six years"),
    M("detained", "Кира Демченко", "police spokeswoman"),
])

A["18"] = dict(claims=[
    C("sentenced", "Марына Сівец", "2026-01-13", term=36),
    C("sentenced", "Віталь Шпак", "2026-01-13", term=60),
    C("sentenced", "Пётр Лагун", "2026-01-13", term=48),
    C("sentenced", "Уладзіслаў Корзун", "2026-01-13", term=24),
    C("detained", "Марына Сівец", "2025-03"), C("detained", "Віталь Шпак", "2025-03"),
    C("detained", "Пётр Лагун", "2025-03"), C("detained", "Уладзіслаў Корзун", "2025-03"),
    C("charged", "Марына Сівец"), C("charged", "Віталь Шпак"),
    C("charged", "Пётр Лагун"), C("charged", "Уладзіслаў Корзун"),
    C("released", "Уладзіслаў Корзун", "2026-01-13"),
], must_not=[
    M("sentenced", "Наталля Дзямчук", "judge"),
    M("sentenced", "Ігар Рак", "prosecutor"),
    M("detained", "Соф'я Шпак", "mother kept out of the courtroom"),
    M("transferred", "Марына Сівец", "conditional future transfer"),
    M("recognized", "Віталь Шпак", "recognition only planned"),
    M("recognized", "Марына Сівец", "recognition only planned"),
])

A["19"] = dict(claims=[
    C("incommunicado", "Viachaslau Rubin", "2026-03"),
    C("sentenced", "Viachaslau Rubin", term=72),
    C("sentenced", "Katsiaryna Leus", "2023", term=72),
    C("transferred", "Katsiaryna Leus", "2026-06"),
    C("died_in_custody", "Kazimir Lapitski", "2026-05"),
    C("released", "Andrei Tur", "2025-09"),
    C("deported", "Andrei Tur", "2025-09", dest="LT"),
    C("persecuted_after_release", "Andrei Tur", "2026"),
], must_not=[
    M("persecuted_after_release", "Mikhail Tur", "father pressured; the claim is the son's"),
    M("released", "Viachaslau Rubin", "author demands his release"),
    M("released", "Katsiaryna Leus", "conditional: 'if she is not freed soon'"),
])

A["20"] = dict(claims=[
    C("sentenced", "Вероника Ладутько", "2023", term=60),
    C("solitary_confinement", "Вероника Ладутько", "2025-10"),
    C("solitary_confinement", "Наталья Воронец"),
    C("sentenced", "Наталья Воронец", term=36),
    C("transferred", "Ольга Демидович", "2025-10"),
    C("detained", "Ольга Демидович", "2022"),
    C("sentenced", "Ольга Демидович", term=78),
], must_not=[
    M("pardoned", "Вероника Ладутько", "did not ask for a pardon"),
    M("released", "Вероника Ладутько", "amnesty rumour that excludes political prisoners"),
    M("pardoned", "Людмила Ладутько", "mother"),
    M("released", "Наталья Воронец", "only let out of the punishment cell, still in the colony"),
    M("recognized", "Вероника Ладутько", "no named group"),
    M("recognized", "Наталья Воронец", "no named group"),
    M("recognized", "Ольга Демидович", "no named group"),
])

A["21"] = dict(claims=[
    C("released", "Tomasz Brzeziak", "2024-06-04"),
    C("deported", "Tomasz Brzeziak", "2024-06-04", dest="PL"),
    C("detained", "Tomasz Brzeziak", "2022-04"),
    C("sentenced", "Tomasz Brzeziak", term=96),
    C("released", "Andrei Zhdanovich", "2024-06-04"),
    C("deported", "Andrei Zhdanovich", "2024-06-04", dest="PL"),
    C("sentenced", "Andrei Zhdanovich", "2023", term=48),
    C("solitary_confinement", "Andrei Zhdanovich"),
    C("detained", "Andrei Zhdanovich"),
], must_not=[
    M("released", "Ewa Brzeziak", "wife waiting at the border"),
    M("deported", "Ewa Brzeziak", "wife waiting at the border"),
    M("released", "Viktar Salei", "claimed exchange denied by Poland"),
    M("released", "Piotr Kaczmarczyk", "Polish spokesman"),
    M("detained", "Raman Zhdanovich", "brother; questioned, not detained"),
])

A["22"] = dict(claims=[
    C("detained", "Сцяпан Бурак", "2025-05-14"),
    C("charged", "Сцяпан Бурак"),
    C("detained", "Аляксандр Пятроўскі", "2025-05-15"),
    C("incommunicado", "Аляксандр Пятроўскі", "2025-05"),
    C("sentenced", "Аляксандр Пятроўскі", term=24),
    C("released", "Аляксандр Пятроўскі", "2023"),
    C("detained", "Ніна Касцючэнка", "2025-05-16"),
    C("released", "Ніна Касцючэнка", "2025-05-16"),
    C("detained", "Фёдар Лабанок", "2025-05-16"),
    C("detained", "Раман Вайцяховіч", "2025-05-18"),
], must_not=[
    M("detained", "Таццяна Бурак", "wife, explicitly not detained"),
    M("detained", "Сяргей Кулеш", "report turned out false"),
    M("detained", "Зянон Вайцяховіч", "father"),
])

A["23"] = dict(claims=[
    C("group_release", None, "2025-09-11", count=52),
    C("released", "Leanid Koshal", "2025-09-11"), C("deported", "Leanid Koshal", "2025-09-11", dest="LT"),
    C("released", "Veranika Zmitrovich", "2025-09-11"),
    C("deported", "Veranika Zmitrovich", "2025-09-11", dest="LT"),
    C("released", "Iryna Shpileuskaya", "2025-09-11"),
    C("deported", "Iryna Shpileuskaya", "2025-09-11", dest="LT"),
    C("sentenced", "Leanid Koshal", "2021", term=132),
    C("solitary_confinement", "Leanid Koshal"),
    C("transferred", "Leanid Koshal"),
    C("incommunicado", "Uladzislau Rusak", "2025-09"),
    C("sentenced", "Uladzislau Rusak", term=168),
], must_not=[
    M("released", "Uladzislau Rusak", "refused to cross and was driven away"),
    M("deported", "Uladzislau Rusak", "refused to cross"),
    M("pardoned", "Leanid Koshal", "unclear whether a pardon decree exists"),
    M("pardoned", "Veranika Zmitrovich", "unclear whether a pardon decree exists"),
    M("pardoned", "Iryna Shpileuskaya", "unclear whether a pardon decree exists"),
    M("released", "Alla Zmitrovich", "mother"),
    M("released", "Daniel Ward", "US envoy"),
    M("released", "Tsikhan Babrou", "wrongly reported on the bus"),
    M("deported", "Tsikhan Babrou", "wrongly reported on the bus"),
])

A["24"] = dict(claims=[
    C("released", "Кристина Яхно", "2024-08-27"),
    C("sentenced", "Кристина Яхно", term=30),
    C("solitary_confinement", "Кристина Яхно"),
    C("detained", "Вадим Яхно", "2024-08-27"),
    C("released", "Вадим Яхно", "2024-08-28"),
    C("transferred", "Роман Пашкевич", "2024-08"),
    C("sentenced", "Роман Пашкевич"),
], must_not=[
    M("released", "Роман Пашкевич", "corrected: he was not released"),
    M("deported", "Кристина Яхно", "says she will not leave"),
    M("persecuted_after_release", "Кристина Яхно", "unknown whether supervision will follow"),
])

A["25"] = dict(claims=[
    C("detained", "Pavel Krupenka", "2025-11-03"), C("detained", "Artsiom Lysiuk", "2025-11-03"),
    C("detained", "Siarhei Babich", "2025-11-03"),
    C("charged", "Pavel Krupenka", "2025-11-10"), C("charged", "Artsiom Lysiuk", "2025-11-10"),
    C("charged", "Siarhei Babich", "2025-11-10"),
    C("solitary_confinement", "Pavel Krupenka", "2026-02-02"),
    C("sentenced", "Pavel Krupenka", "2026-05-19", term=72),
    C("sentenced", "Artsiom Lysiuk", "2026-05-19", term=60),
    C("sentenced", "Siarhei Babich", "2026-05-19", term=48),
    C("transferred", "Artsiom Lysiuk", "2026-06-30"),
    C("pardoned", "Siarhei Babich", "2026-09-12"),
    C("released", "Siarhei Babich", "2026-09-14"),
], must_not=[
    M("released", "Pavel Krupenka", "unconfirmed Telegram rumour"),
    M("detained", "Volha Krupenka", "wife summoned by the KGB"),
    M("released", "Viktar Sasnouski", "mine director"),
])

A["26"] = dict(claims=[
    C("released", "Максим Лобан", "2025-02-11"),
    C("sentenced", "Максим Лобан", "2020", term=60),
    C("detained", "Максим Лобан", "2020-08"),
    C("solitary_confinement", "Максим Лобан"),
    C("incommunicado", "Максим Лобан"),
    C("released", "Дмитрий Коваль", "2023"),
    C("persecuted_after_release", "Дмитрий Коваль"),
    C("detained", "Олег Мирошниченко", "2025-02-10"),
    C("released", "Олег Мирошниченко", "2024-07"),
], must_not=[
    M("released", "Алина Лобан", "sister who met him"),
    M("deported", "Максим Лобан", "says he will not leave"),
    M("persecuted_after_release", "Семён Коваль", "father summoned; the claim is the son's"),
    M("deported", "Дмитрий Коваль", "left for Lithuania on his own"),
])

A["27"] = dict(claims=[
    C("recognized", "Halina Sitnik", "2024-01-16"),
    C("recognized", "Dzianis Zubar", "2024-01-16"),
    C("released", "Alena Barkouskaya", "2024-01-15"),
    C("sentenced", "Alena Barkouskaya", term=36),
    C("transferred", "Zmitser Lukashevich"),
    C("detained", "Ivan Tkachuk", "2024-01-17"),
    C("detained", "Ryhor Tkachuk", "2024-01-17"),
    C("charged", "Ryhor Tkachuk"),
    C("released", "Ivan Tkachuk", "2024-01-18"),
], must_not=[
    M("charged", "Ivan Tkachuk", "only the son was charged"),
    M("released", "Ryhor Tkachuk", "only the father was let go"),
    M("detained", "Arseni Dolhi", "report denied by his band"),
    M("released", "Uladzimir Barkouski", "husband"),
])

A["28"] = dict(claims=[
    C("released", "Антон Радзівонаў", "2026-03"),
    C("sentenced", "Антон Радзівонаў", term=36),
    C("persecuted_after_release", "Антон Радзівонаў", "2026"),
    C("released", "Святлана Мароз", "2024"),
    C("persecuted_after_release", "Святлана Мароз"),
    C("detained", "Святлана Мароз", "2026-06-03"),
    C("released", "Васіль Падбярэзкі", "2023"),
    C("persecuted_after_release", "Васіль Падбярэзкі", "2026-04"),
], must_not=[
    M("persecuted_after_release", "Ціхан Мароз", "son summoned; the claim is the mother's"),
    M("detained", "Ціхан Мароз", "son summoned, not detained"),
    M("deported", "Васіль Падбярэзкі", "left for Lithuania on his own"),
    M("persecuted_after_release", "Аляксей Шымко", "lawyer quoted"),
])

A["29"] = dict(claims=[
    C("released", "Vadzim Karpovich", "2023"),
    C("sentenced", "Vadzim Karpovich", term=36),
    C("persecuted_after_release", "Vadzim Karpovich"),
    C("detained", "Vadzim Karpovich", "2026-06"),
    C("sentenced", "Vadzim Karpovich", "2026-11-02", term=48),
    C("detained", "Iryna Sakalova", "2026-06"),
    C("sentenced", "Iryna Sakalova", "2026-11-02", term=24),
], must_not=[
    M("detained", "Leanid Karpovich", "corrected: brother questioned, not detained"),
    M("sentenced", "Dzianis Lutsevich", "judge"),
    M("transferred", "Vadzim Karpovich", "conditional future transfer"),
    M("transferred", "Iryna Sakalova", "family request only"),
])

A["30"] = dict(claims=[
    C("group_release", None, "2026-03-04", count=31),
    C("released", "Оксана Литвин", "2026-03-04"), C("deported", "Оксана Литвин", "2026-03-04", dest="UA"),
    C("released", "Богдан Ткач", "2026-03-04"), C("deported", "Богдан Ткач", "2026-03-04", dest="UA"),
    C("released", "Зиновий Радкевич", "2026-03-04"),
    C("deported", "Зиновий Радкевич", "2026-03-04", dest="UA"),
    C("detained", "Оксана Литвин", "2022"), C("sentenced", "Оксана Литвин", term=84),
    C("sentenced", "Богдан Ткач", term=36), C("detained", "Богдан Ткач", "2023-05"),
    C("sentenced", "Зиновий Радкевич", "2023", term=108),
    C("solitary_confinement", "Зиновий Радкевич"),
], must_not=[
    M("released", "Виктор Лещинский", "on the first list, but not handed over"),
    M("deported", "Виктор Лещинский", "not handed over"),
    M("released", "Андрей Гайдамака", "Ukrainian official"),
    M("released", "Людмила Радкевич", "wife living in Kyiv"),
    M("deported", "Людмила Радкевич", "wife living in Kyiv"),
])


def read_article(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), "\n".join(raw[3:])


def text_forms(text, surname):
    """Tokens of the article that look like forms of SURNAME (same start of skeleton)."""
    sk = skeleton(surname)
    f0 = fold(surname)[:2]
    out = set()
    for t in re.findall(r"[\w'’-]+", text):
        if len(t) >= 3 and t[0].isupper() and fold(t)[:2] == f0 and skeleton(t)[:3] == sk[:3]:
            out.add(t)
    return out


def main():
    keycache = {}
    for stem, spec in sorted(A.items()):
        published, lang, text = read_article(stem)
        claims = []
        for c in spec["claims"]:
            c = dict(c)
            if c["person"]:
                if c["person"] not in keycache:
                    sur = tokens_of(c["person"])[-1]
                    forms = variants(sur, ALT.get(sur, [])) + sorted(text_forms(text, sur))
                    keycache[c["person"]] = make_keys(forms)
                c["surname_keys"] = keycache[c["person"]]
            else:
                c["surname_keys"] = []
            claims.append({k: c[k] for k in ("type", "person", "surname_keys", "date",
                                             "destination_country", "term_months", "count")})
        gold = {"published": published, "language": lang, "claims": claims, "must_not": spec["must_not"]}
        with open(os.path.join(HERE, stem + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    for p, k in keycache.items():
        print(f"{p:28} {k}")


if __name__ == "__main__":
    main()
