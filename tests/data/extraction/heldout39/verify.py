#!/usr/bin/env python3
"""Self-checks for the heldout39 extraction set (hand-written reports + gold).

Usage: python3 verify.py            run every check, exit 1 on any failure
       python3 verify.py --oracle FILE --published D --lang L
                                    (internal) print the gold claims of the article whose text is
                                    in FILE, in the `volia extract` output shape; used to score an
                                    oracle with the scorer's own score() function.
Imports the scorer's functions from /work/shared/tools/score_claims.py.
"""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/tools")
from score_claims import (fold, key_matches_token, keys_for, person_matches, score,  # noqa: E402
                          tokens_of, given_compatible)

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]

# Every spelling of each gold person's surname that the scorer may meet: Belarusian and Russian
# Cyrillic (nominative and inflected forms used in the articles), Belarusian national Latin /
# Lacinka, BGN/ICAO-style, Russian-based English press spelling, Polish where plausible.
SPELLINGS = {
 "Kiryl Sadouski": ["Sadouski", "Sadoŭski", "Sadovsky", "Sadovskiy", "Sadowski", "Садоўскі", "Садовский", "Садоўскага", "Садовскому"],
 "Hanna Lapitskaya": ["Lapitskaya", "Lapitskaja", "Lapickaja", "Lapitskaia", "Лапіцкая", "Лапицкая", "Лапицкой", "Lapicka"],
 "Артём Гайдукевич": ["Гайдукевич", "Гайдукевіч", "Гайдукевичу", "Гайдукевича", "Haidukevich", "Gaidukevich", "Hajdukievič", "Gajdukevich"],
 "Ольга Семенчук": ["Семенчук", "Сямянчук", "Semenchuk", "Siamianchuk", "Siamiančuk", "Semenczuk"],
 "Виктор Ломако": ["Ломако", "Ламака", "Lomako", "Lamaka"],
 "Ryhor Klimovich": ["Klimovich", "Klimovič", "Klimowicz", "Клімовіч", "Климович", "Климовича"],
 "Iryna Tsitova": ["Tsitova", "Titova", "Cit'ova", "Цітова", "Титова", "Титовой"],
 "Natallia Dzemidovich": ["Dzemidovich", "Dziamidovich", "Demidovich", "Dziamidovič", "Дзямідовіч", "Демидович"],
 "Uladzimir Barsukou": ["Barsukou", "Barsukoŭ", "Barsukov", "Барсукоў", "Барсуков", "Барсукова"],
 "Maksim Yarmolenka": ["Yarmolenka", "Jarmolenka", "Yermolenko", "Ermolenko", "Ярмоленка", "Ермоленко"],
 "Pavel Siamionau": ["Siamionau", "Siamionaŭ", "Semenov", "Semyonov", "Сямёнаў", "Семёнов", "Семенов"],
 "Зміцер Шаўчук": ["Шаўчук", "Шаўчука", "Шевчук", "Shauchuk", "Shevchuk", "Šaŭčuk"],
 "Марына Лузан": ["Лузан", "Luzan"],
 "Сяргей Ганчарык": ["Ганчарык", "Ганчарыка", "Гончарик", "Hancharyk", "Goncharik", "Hančaryk"],
 "Тамара Рубец": ["Рубец", "Rubets", "Rubiec", "Rubec"],
 "Aliaksei Kuzmich": ["Kuzmich", "Kuźmič", "Kuzmicz", "Кузьміч", "Кузьмич", "Кузьмичу", "Кузьмича"],
 "Алексей Кузьмич": ["Kuzmich", "Kuźmič", "Kuzmicz", "Кузьміч", "Кузьмич", "Кузьмичу", "Кузьмича", "Кузьмичом"],
 "Veranika Sobal": ["Sobal", "Sobol", "Собаль", "Соболь"],
 "Siarhei Pilipenka": ["Pilipenka", "Pilipenko", "Піліпенка", "Пилипенко"],
 "Tatsiana Marchuk": ["Marchuk", "Marčuk", "Marczuk", "Марчук"],
 "Евгений Малашевич": ["Малашевич", "Малашевича", "Малашэвіч", "Malashevich", "Malaševič"],
 "Светлана Кирейчик": ["Кирейчик", "Кірэйчык", "Kireichyk", "Kireychik", "Kirejčyk"],
 "Анатолий Рудак": ["Рудак", "Рудака", "Rudak"],
 "Алина Жданович": ["Жданович", "Ждановіч", "Zhdanovich", "Ždanovič"],
 "Карина Жданович": ["Жданович", "Ждановіч", "Zhdanovich", "Ždanovič"],
 "Leanid Vaskevich": ["Vaskevich", "Vaskievič", "Васькевіч", "Васькевич"],
 "Yahor Lisouski": ["Lisouski", "Lisoŭski", "Lisovsky", "Lisowski", "Лісоўскі", "Лисовский"],
 "Valery Lysenka": ["Lysenka", "Lysenko", "Łysenka", "Лысенка", "Лысенко"],
 "Валерий Лысенко": ["Lysenka", "Lysenko", "Łysenka", "Лысенка", "Лысенко"],
 "Наталья Левкович": ["Левкович", "Ляўковіч", "Леўковіч", "Levkovich", "Liaukovich", "Laŭkovič"],
 "Геннадий Пашкевич": ["Пашкевич", "Пашкевіч", "Pashkevich", "Paškievič"],
 "Олег Витко": ["Витко", "Вітко", "Vitko"],
 "Дарья Коноплёва": ["Коноплёва", "Коноплевой", "Коноплёвой", "Канаплёва", "Konopleva", "Konoplyova", "Kanapliova"],
 "Raman Bahdanovich": ["Bahdanovich", "Bahdanovič", "Bogdanovich", "Багдановіч", "Богданович"],
 "Halina Maroz": ["Maroz", "Moroz", "Мароз", "Мороз"],
 "Dzianis Kalenik": ["Kalenik", "Каленік", "Каленик"],
 "Алесь Карпенка": ["Карпенка", "Карпенко", "Karpenka", "Karpenko"],
 "Вольга Дубоўская": ["Дубоўская", "Дубоўскую", "Дубовская", "Dubouskaya", "Dubovskaya", "Duboŭskaja", "Dubowska"],
 "Міхаіл Жарнасек": ["Жарнасек", "Жарносек", "Zharnasek", "Zharnosek", "Žarnasiek"],
 "Андрэй Пракаповіч": ["Пракаповіч", "Пракаповіча", "Прокопович", "Prakapovich", "Prokopovich", "Prakapovič"],
 "Вячеслав Гулевич": ["Гулевич", "Гулевича", "Гулевіч", "Hulevich", "Gulevich", "Hulevič"],
 "Viachaslau Hulevich": ["Гулевич", "Гулевіч", "Hulevich", "Gulevich", "Hulevič"],
 "Yury Khadasevich": ["Khadasevich", "Khodasevich", "Chadasievič", "Хадасевіч", "Ходасевич"],
 "Дзяніс Кавалеўскі": ["Кавалеўскі", "Кавалеўскага", "Ковалевский", "Kavaleuski", "Kavaleŭski", "Kovalevsky", "Kowalewski"],
 "Яна Палуйка": ["Палуйка", "Полуйко", "Paluika", "Paluyka", "Poluyko"],
 "Katsiaryna Rusak": ["Rusak", "Русак"],
 "Tomas Vaitkus": ["Vaitkus", "Вайткус"],
 "Виталий Осипчик": ["Осипчик", "Осипчике", "Асіпчык", "Osipchik", "Asipchyk", "Asipčyk"],
 "Марина Щербак": ["Щербак", "Шчарбак", "Shcherbak", "Shcharbak", "Ščarbak"],
 "Андрей Новик": ["Новик", "Навік", "Novik", "Navik"],
 "Mikalai Hurski": ["Hurski", "Gursky", "Gurski", "Гурскі", "Гурский"],
 "Alesia Tkachova": ["Tkachova", "Tkacheva", "Tkačova", "Tkaczowa", "Ткачова", "Ткачёва"],
 "Yauhen Drabovich": ["Drabovich", "Drobovich", "Drabovič", "Драбовіч", "Дробович"],
 "Ганна Корбут": ["Корбут", "Карбут", "Korbut", "Karbut"],
 "Людмила Ракевич": ["Ракевич", "Ракевіч", "Rakevich", "Rakievič"],
 "Валентина Гацко": ["Гацко", "Гацка", "Hatsko", "Gatsko", "Hacko"],
 "Ihar Bandarenka": ["Bandarenka", "Bondarenko", "Бандарэнка", "Бондаренко"],
 "Siarhei Kharytonau": ["Kharytonau", "Kharitonov", "Charytonaŭ", "Харытонаў", "Харитонов"],
 "Елена Гнатюк": ["Гнатюк", "Гнацюк", "Hnatsiuk", "Gnatyuk", "Hnaciuk"],
 "Вадим Лешкевич": ["Лешкевич", "Ляшкевіч", "Leshkevich", "Liashkevich", "Laškievič"],
 "Uladzimir Kavalchuk": ["Kavalchuk", "Kovalchuk", "Kavalčuk", "Kowalczuk", "Кавальчук", "Ковальчук"],
 "Dzmitry Zaleuski": ["Zaleuski", "Zaleŭski", "Zalevsky", "Zalewski", "Залеўскі", "Залевский"],
 "Mikhas Lapeika": ["Lapeika", "Lapeyka", "Lapiejka", "Лапейка", "Лапейко"],
 "Станислав Радкевич": ["Радкевич", "Радкевіч", "Radkevich", "Radkievič"],
 "Пётр Новаковский": ["Новаковский", "Новаковского", "Навакоўскі", "Novakovsky", "Nowakowski", "Navakouski"],
 "Назар Пашук": ["Пашук", "Пашука", "Pashuk", "Pašuk"],
 "Кристина Осмоловская": ["Осмоловская", "Осмоловскую", "Асмалоўская", "Osmolovskaya", "Asmalouskaya", "Asmaloŭskaja", "Osmołowska"],
 "Юрий Стасюк": ["Стасюк", "Стасюка", "Stasiuk", "Stasyuk"],
 "Васіль Кухарчык": ["Кухарчык", "Кухарчыка", "Кухарчик", "Kukharchyk", "Kukharchik", "Kucharčyk"],
 "Ніна Бараноўская": ["Бараноўская", "Бараноўскай", "Барановская", "Baranouskaya", "Baranovskaya", "Baranoŭskaja", "Baranowska"],
 "Aleh Tsvirko": ["Tsvirko", "Cvirko", "Цвірко", "Цвирко"],
 "Maryia Aliakhnovich": ["Aliakhnovich", "Olekhnovich", "Alekhnovich", "Alachnovič", "Аляхновіч", "Олехнович"],
 "Pavel Ramanovich": ["Ramanovich", "Romanovich", "Рамановіч", "Романович"],
}

FAIL = []


def fail(msg):
    FAIL.append(msg)


def articles():
    for gpath in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        stem = os.path.basename(gpath)[: -len(".gold.json")]
        raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
        yield stem, raw, json.load(open(gpath, encoding="utf-8"))


def text_tokens(text):
    return [t for t in re.split(r"[^\w'’ʼ-]+", text) if t]


def key_hits_text(keys, text):
    return any(key_matches_token(k, t) for k in keys for t in text_tokens(text))


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem, raw, gold in articles():
        if "\n".join(raw.split("\n")[3:]) == text:
            claims = []
            for c in gold["claims"]:
                p = c["person"]
                claims.append({"type": c["type"],
                               "person": None if p is None else {"name": p, "mention": p, "person_id": None},
                               "date": c["date"], "date_precision": None,
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": claims},
                             ensure_ascii=False))
            return 0
    return 1


def date_ok(d):
    return bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d))


def main():
    langs, words = {}, {}
    stems = []
    for stem, raw, gold in articles():
        stems.append(stem)
        lines = raw.split("\n")
        pub, lang = lines[0].strip(), lines[1].strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or lines[2].strip() != "":
            fail(f"{stem}: bad header")
        if not ("2024-01-01" <= pub <= "2026-11-25"):
            fail(f"{stem}: publication date {pub} out of range")
        if gold.get("published") != pub or gold.get("language") != lang:
            fail(f"{stem}: gold published/language differ from the .txt header")
        if set(gold) != {"published", "language", "claims", "must_not"}:
            fail(f"{stem}: gold top-level keys {sorted(gold)}")
        body = "\n".join(lines[3:])
        n = len([t for t in body.split() if re.search(r"\w", t)])
        if not 200 <= n <= 320:
            fail(f"{stem}: body has {n} words")
        langs[lang] = langs.get(lang, 0) + 1
        words[lang] = words.get(lang, 0) + n
        script_latin = lang == "en"
        people = {}
        for c in gold["claims"]:
            if list(c) != CLAIM_FIELDS:
                fail(f"{stem}: claim fields {list(c)}")
            if c["type"] not in TYPES:
                fail(f"{stem}: unknown type {c['type']}")
            d = c["date"]
            if d is not None:
                if not date_ok(d):
                    fail(f"{stem}: bad date {d}")
                elif d > pub[: len(d)]:
                    fail(f"{stem}: date {d} later than publication {pub}")
            if c["type"] == "group_release":
                if c["person"] is not None or not isinstance(c["count"], int) or c["surname_keys"]:
                    fail(f"{stem}: group_release must have null person, no keys and a count")
                continue
            p, keys = c["person"], c["surname_keys"]
            if not p or not keys or c["count"] is not None:
                fail(f"{stem}: claim without person/keys or with a count: {c}")
                continue
            if any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                fail(f"{stem}: keys must be lowercase Latin: {keys}")
            if script_latin != bool(re.search(r"[A-Za-z]", p)) or (not script_latin and re.search(r"[A-Za-z]", p)):
                fail(f"{stem}: person {p} not in the article's script")
            if c["type"] != "deported" and c["destination_country"] is not None:
                fail(f"{stem}: destination on a non-deported claim")
            if c["type"] != "sentenced" and c["term_months"] is not None:
                fail(f"{stem}: term on a non-sentenced claim")
            # the gold name matches its own keys
            if not person_matches(p, keys, p):
                fail(f"{stem}: {p} does not match its own keys {keys}")
            # every gold person is matched by a token of its article
            if not key_hits_text(keys, body):
                fail(f"{stem}: no token of the article matches {p} {keys}")
            # keys match every listed spelling
            if p not in SPELLINGS:
                fail(f"{stem}: no spelling list for {p}")
            else:
                for s in SPELLINGS[p]:
                    if not any(key_matches_token(k, s) for k in keys):
                        fail(f"{stem}: keys {keys} miss spelling {s} of {p}")
            if p in people and people[p] != keys:
                fail(f"{stem}: {p} has two different key lists")
            people[p] = keys
        # distinct gold people in one article do not match each other's keys
        for a, ka in people.items():
            for b in people:
                if a != b and person_matches(b, ka, a):
                    fail(f"{stem}: keys of {a} also match {b}")
        # deported needs released (same person) and a country
        for c in gold["claims"]:
            if c["type"] == "deported":
                if not re.fullmatch(r"[A-Z]{2}", c["destination_country"] or ""):
                    fail(f"{stem}: deported {c['person']} without ISO country")
                if not any(x["type"] == "released" and x["person"] == c["person"] for x in gold["claims"]):
                    fail(f"{stem}: deported {c['person']} without released")
            if c["type"] == "pardoned" and not any(x["type"] == "released" and x["person"] == c["person"]
                                                   for x in gold["claims"]):
                fail(f"{stem}: pardoned {c['person']} without released")
        # must_not checks
        for mn in gold["must_not"]:
            if set(mn) != {"type", "person", "why"} or mn["type"] not in TYPES or not mn["why"]:
                fail(f"{stem}: bad must_not {mn}")
                continue
            mk = keys_for(mn["person"])
            for c in gold["claims"]:
                if c["type"] == mn["type"] and c["person"] and person_matches(c["person"], mk, mn["person"]):
                    fail(f"{stem}: must_not {mn['type']} {mn['person']} is matched by gold claim of {c['person']}")
            # named in the text: surname (scorer's keys_for) and the given name's stem
            if not key_hits_text(mk, body):
                fail(f"{stem}: must_not person {mn['person']} surname not in text")
            given = fold(tokens_of(mn["person"])[0])[:3]
            if not any(fold(t).startswith(given) for t in text_tokens(body)):
                fail(f"{stem}: must_not person {mn['person']} given name not in text")
            # a relative sharing a surname with a gold person has a given name of another letter
            for p in people:
                if p != mn["person"] and person_matches(p, mk, ""):
                    if given_compatible(tokens_of(p)[0], tokens_of(mn["person"])[0]):
                        fail(f"{stem}: {mn['person']} and {p} share a surname and compatible given names")
    if len(stems) != 30 or stems != [f"{i:02d}" for i in range(1, 31)]:
        fail(f"expected 01..30, got {stems}")
    if langs != {"en": 14, "ru": 10, "be": 6}:
        fail(f"language split {langs}")
    # oracle printing exactly the gold claims scores 1/1/1 with 0 violations
    res = score(HERE, f"{sys.executable} {os.path.abspath(__file__)} --oracle", 60)
    if (res["precision"], res["recall"], res["f1"], res["violations"], res["errors"]) != (1.0, 1.0, 1.0, 0, 0):
        fail(f"oracle: {res['precision']} {res['recall']} {res['f1']} viol={res['violations']} "
             f"err={res['errors']} {res['details'][:10]}")
    a = res["attributes"]
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
          f"errors={res['errors']} date {a.get('date_ok')}/{a.get('date_total')} "
          f"dest {a.get('dest_ok')}/{a.get('dest_total')} term {a.get('term_ok')}/{a.get('term_total')}")
    print("articles per language:", langs, "words:", words)
    for f in FAIL:
        print("FAIL", f)
    print("OK" if not FAIL else f"{len(FAIL)} failure(s)")
    return 1 if FAIL else 0


if __name__ == "__main__":
    if "--oracle" in sys.argv:
        sys.exit(oracle(sys.argv))
    sys.exit(main())
