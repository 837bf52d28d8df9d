#!/usr/bin/env python3
"""Self-checks for the heldout42 extraction set.

Run:  python3 verify.py            (all checks, exit status 1 on any failure)
      python3 verify.py --oracle FILE --published D --lang L   (used internally: prints the gold
      claims of the article whose text is FILE, in the extraction output shape)

Uses the scorer's own functions from /work/shared/tools/score_claims.py.
"""
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, "/work/shared/tools")
from score_claims import (fold, key_matches_token, keys_for, person_matches,  # noqa: E402
                          score, tokens_of)

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}

# Spellings each gold person's surname_keys must match: the article's own (inflected) forms plus
# Russian / Belarusian forms and common transliterations.
SPELLINGS = {
    "Dzianis Harbuz": ["Harbuz", "Harbuz's", "Гарбуз", "Гарбуза", "Гарбузам", "Garbuz"],
    "Ruslan Tsyvinski": ["Tsyvinski", "Цывінскі", "Цывінскага", "Цывинский", "Cyvinski", "Tsivinsky", "Tsyvinsky"],
    "Тимур Галиуллин": ["Галиуллин", "Галиуллина", "Галиуллину", "Galiullin", "Galiulin", "Галіулін", "Haliulin"],
    "Ольга Прядкина": ["Прядкина", "Прядкину", "Прядкиной", "Pryadkina", "Priadkina", "Прадкіна", "Pradkina"],
    "Виктор Лаптев": ["Лаптев", "Лаптева", "Лаптеву", "Laptev", "Лапцеў", "Laptsieu", "Laptseu"],
    "Антон Звягин": ["Звягин", "Звягина", "Звягину", "Zvyagin", "Zviagin", "Звягін", "Zviahin"],
    "Мікола Шаўчук": ["Шаўчук", "Шаўчука", "Шевчук", "Шевчука", "Shauchuk", "Šaŭčuk", "Shevchuk"],
    "Ганна Грыневіч": ["Грыневіч", "Гриневич", "Hrynevich", "Hrynievič", "Grinevich"],
    "Юрась Пташук": ["Пташук", "Пташука", "Пташуку", "Ptashuk", "Ptašuk"],
    "Аляксей Мароз": ["Мароз", "Мароза", "Марозу", "Мороз", "Moroz", "Maroz"],
    "Gennady Ostapenko": ["Ostapenko", "Остапенко", "Астапенка", "Astapenka"],
    "Veranika Kazlouskaya": ["Kazlouskaya", "Kazlouskaja", "Kazloŭskaja", "Казлоўская", "Козловская",
                             "Kozlovskaya", "Kazlouskaia", "Козловской"],
    "Andrei Kazlouski": ["Kazlouski", "Kazloŭski", "Казлоўскі", "Козловский", "Kozlovsky", "Kozlovskiy"],
    "Людмила Гайдук": ["Гайдук", "Haiduk", "Hajduk", "Gaiduk"],
    "Станислав Лобач": ["Лобач", "Лобача", "Lobach", "Lobač"],
    "Олег Рудь": ["Рудь", "Рудя", "Рудзь", "Rud", "Rud'", "Rudz"],
    "Дарья Ступак": ["Ступак", "Stupak"],
    "Kirill Shchetinin": ["Shchetinin", "Щетинин", "Щетинина", "Schetinin"],
    "Lilia Garaeva": ["Garaeva", "Garayeva", "Гараева", "Гараевой"],
    "Daniel Whitcombe": ["Whitcombe", "Уиткомб", "Уиткомба"],
    "Oleg Mamontov": ["Mamontov", "Мамонтов", "Мамонтова", "Мамонтаў"],
    "Сымон Лашкевіч": ["Лашкевіч", "Лашкевіча", "Лашкевічам", "Лашкевич", "Lashkevich", "Laškievič"],
    "Ціхан Бурак": ["Бурак", "Бураку", "Бурака", "Burak"],
    "Ксения Ладыгина": ["Ладыгина", "Ладыгину", "Ладыгиной", "Ladygina", "Ладыгіна", "Ladyhina"],
    "Артур Бадоев": ["Бадоев", "Badoyev", "Badoev"],
    "Ihar Maliauka": ["Maliauka", "Maliauka's", "Маляўка", "Малявка", "Malyauka", "Maljaŭka", "Malyavka"],
    "Alena Tsishkevich": ["Tsishkevich", "Цішкевіч", "Тишкевич", "Cishkievič", "Tishkevich"],
    "Yaroslav Kudelin": ["Kudelin", "Куделин", "Куделина"],
    "Polina Zaretskaya": ["Zaretskaya", "Зарецкая", "Зарецкой", "Zaretskaia", "Zaretskaja"],
    "Lev Dorofeev": ["Dorofeev", "Dorofeyev", "Дорофеев"],
    "Віталь Жыгалка": ["Жыгалка", "Жыгалку", "Жыгалкі", "Жигалко", "Zhyhalka", "Žyhalka", "Zhigalko"],
    "Пятро Сямашка": ["Сямашка", "Сямашкі", "Семашко", "Siamashka", "Semashko", "Siamaška"],
    "Юрий Вересов": ["Вересов", "Вересова", "Вересову", "Veresov", "Верасаў"],
    "Aliaksandr Hlushko": ["Hlushko", "Глушко", "Glushko", "Hluško"],
    "Natallia Bulyha": ["Bulyha", "Булыга", "Bulyga"],
    "Thomas Rennick": ["Rennick", "Ренник"],
    "Maksim Sauchyk": ["Sauchyk", "Саўчык", "Савчик", "Savchik", "Saŭčyk"],
    "Елизавета Громова": ["Громова", "Громовой", "Громову", "Gromova", "Hromava"],
    "Глеб Сорокин": ["Сорокин", "Сорокина", "Sorokin", "Сарокін"],
    "Степан Ахмедов": ["Ахмедов", "Akhmedov", "Ahmedov"],
    "Yegor Pankratov": ["Pankratov", "Pankratov's", "Панкратов"],
    "Alina Nurieva": ["Nurieva", "Nuriyeva", "Нуриева"],
    "Matvei Lisitsyn": ["Lisitsyn", "Lisitsyn's", "Lisitsin", "Лисицын"],
    "Аляксандр Кулеш": ["Кулеш", "Кулеша", "Kulesh", "Kuleš"],
    "Раман Пыльнікаў": ["Пыльнікаў", "Пыльнікава", "Пыльников", "Pylnikau", "Pyĺnikaŭ", "Pylnikov"],
    "Taisa Mialeshka": ["Mialeshka", "Мялешка", "Мелешко", "Meleshko", "Mialeška"],
    "Ilya Brouka": ["Brouka", "Броўка", "Бровко", "Brovko", "Broŭka"],
    "Kanstantsin Brouka": ["Brouka", "Броўка", "Бровко", "Brovko", "Broŭka"],
    "Andrei Sakalou": ["Sakalou", "Сакалоў", "Соколов", "Sokolov"],
    "Hleb Matskevich": ["Matskevich", "Мацкевіч", "Мацкевич", "Mackievič"],
    "Zmitser Lapun": ["Lapun", "Лапун"],
    "Марк Ядров": ["Ядров", "Ядрова", "Yadrov", "Jadrov"],
    "Алиса Тернер": ["Тернер", "Turner"],
    "Тарас Волошин": ["Волошин", "Voloshin", "Валошын"],
    "Artsiom Palchyk": ["Palchyk", "Пальчык", "Пальчик", "Palchik", "Paĺčyk"],
    "Valiantsina Kreidzich": ["Kreidzich", "Крэйдзіч", "Крейдич", "Kreydich", "Krejdzič"],
    "Леонид Дубовик": ["Дубовик", "Дубовика", "Дубовік", "Dubovik", "Dubowik"],
    "Геннадий Мороко": ["Мороко", "Moroko", "Марока"],
    "Boris Tumanov": ["Tumanov", "Tumanov's", "Туманов", "Туманаў"],
    "Yuri Lebedev": ["Lebedev", "Лебедев", "Лебедзеў"],
    "Юлія Садоўская": ["Садоўская", "Садоўскую", "Садовская", "Sadouskaya", "Sadovskaya", "Sadoŭskaja"],
    "Зміцер Гарбач": ["Гарбач", "Горбач", "Harbach", "Gorbach", "Harbač"],
    "Антаніна Лукша": ["Лукша", "Лукшы", "Лукшай", "Luksha", "Lukša"],
    "Valentina Shchukina": ["Shchukina", "Щукина", "Шчукіна", "Schukina"],
    "Nadezhda Gerasimova": ["Gerasimova", "Герасимова", "Герасімава"],
    "Илья Бурцев": ["Бурцев", "Burtsev", "Бурцаў"],
    "Руслан Хабибуллин": ["Хабибуллин", "Хабибуллина", "Khabibullin", "Habibullin", "Khabibulin"],
    "Денис Рыжов": ["Рыжов", "Рыжова", "Ryzhov", "Рыжоў"],
    "Анна Левченко": ["Левченко", "Levchenko", "Леўчанка"],
    "Yauhen Bandarchyk": ["Bandarchyk", "Бандарчык", "Бондарчик", "Bondarchik", "Bandarčyk"],
    "Alesia Sharko": ["Sharko", "Шарко", "Šarko"],
    "Рыгор Карповіч": ["Карповіч", "Карповіча", "Карпович", "Karpovich", "Karpovič"],
    "Зінаіда Мікуліч": ["Мікуліч", "Микулич", "Mikulich", "Mikulič"],
    "Кастусь Жук": ["Жук", "Жука", "Zhuk", "Žuk"],
    "Аркадий Суханов": ["Суханов", "Суханову", "Sukhanov", "Suchanow"],
    "Вера Крючкова": ["Крючкова", "Крючковой", "Kryuchkova", "Kriuchkova"],
    "Ефим Гольдин": ["Гольдин", "Гольдина", "Goldin"],
    "Enver Memetov": ["Memetov", "Memetov's", "Меметов", "Меметова"],
    "Iryna Danylenko": ["Danylenko", "Даниленко", "Danilenko"],
    "Наталья Ждан": ["Ждан", "Ždan", "Zhdan"],
    "Алеся Кривцова": ["Кривцова", "Krivtsova", "Крыўцова", "Kryutsova"],
    "Тамара Лысенко": ["Лысенко", "Lysenko", "Лысенка"],
}

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ISO2 = {"DE", "US", "LT", "UA", "PL", "TR", "AE"}


def read_article(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), "\n".join(raw[3:])


def text_tokens(text):
    return [t for t in re.split(r"[^\w'’-]+", text) if t] + tokens_of(text)


def oracle(path):
    text = open(path, encoding="utf-8").read()
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".txt") and read_article(f[:-4])[2] == text:
            gold = json.load(open(os.path.join(HERE, f[:-4] + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                d = c["date"]
                prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
                claims.append({"type": c["type"],
                               "person": None if c["person"] is None else
                               {"name": c["person"], "mention": c["person"], "person_id": None},
                               "date": d, "date_precision": prec,
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"claims": []}))
    return 1


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--oracle":
        return oracle(sys.argv[2])
    problems = []
    stats = Counter()
    stems = sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))
    for stem in stems:
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        pub, lang, text = read_article(stem)
        toks = text_tokens(text)
        nwords = len(text.split())
        if not 200 <= nwords <= 320:
            problems.append(f"{stem}: body has {nwords} words")
        if gold["published"] != pub or gold["language"] != lang:
            problems.append(f"{stem}: header/gold mismatch")
        if not ("2024-01-01" <= pub <= "2026-11-25"):
            problems.append(f"{stem}: publication date {pub} out of range")
        script_cyr = lang in ("ru", "be")
        for c in gold["claims"]:
            stats["claims"] += 1
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}:
                problems.append(f"{stem}: bad claim fields {c}")
            if c["type"] not in TYPES:
                problems.append(f"{stem}: unknown type {c['type']}")
            if c["date"] is not None and (not DATE_RE.match(c["date"]) or c["date"] > pub[:len(c["date"])]):
                problems.append(f"{stem}: bad or future date {c['date']} in {c['type']} {c['person']}")
            if c["type"] == "group_release":
                if c["person"] is not None or not isinstance(c["count"], int):
                    problems.append(f"{stem}: group_release needs null person and a count")
                continue
            p = c["person"]
            if bool(re.search("[А-Яа-яЁёІіЎў]", p)) != script_cyr:
                problems.append(f"{stem}: person {p} not in the article's script")
            if c["type"] == "deported" and c["destination_country"] not in ISO2:
                problems.append(f"{stem}: deported {p} without a country")
            if c["type"] != "deported" and c["destination_country"]:
                problems.append(f"{stem}: destination on non-deported claim {p}")
            if c["term_months"] is not None and c["type"] != "sentenced":
                problems.append(f"{stem}: term on non-sentenced claim {p}")
            keys = c["surname_keys"]
            if not keys or any(k != k.lower() or not re.fullmatch("[a-z]+", k) for k in keys):
                problems.append(f"{stem}: bad keys for {p}: {keys}")
            # 1. person is matched by a token of its article
            if not any(any(key_matches_token(k, t) for k in keys) for t in toks):
                problems.append(f"{stem}: gold person {p} not found in the text")
            # 2. keys match every listed spelling
            sp = SPELLINGS.get(p)
            if not sp:
                problems.append(f"{stem}: no spellings listed for {p}")
            else:
                for s in sp:
                    if not any(key_matches_token(k, s) for k in keys):
                        problems.append(f"{stem}: keys {keys} of {p} miss spelling {s}")
                if not any(key_matches_token(k, s) for s in sp for k in keys if s in text):
                    problems.append(f"{stem}: none of the listed spellings of {p} occurs in the text")
            # keys must not hit other capitalised words of the article (other people, places, groups)
            sur = fold(p.split()[-1])
            for t in set(re.split(r"[^\w'’-]+", text)):
                if t[:1].isupper() and any(key_matches_token(k, t) for k in keys) \
                        and re.sub("[^a-z]", "", fold(t))[:2] != re.sub("[^a-z]", "", sur)[:2]:
                    problems.append(f"{stem}: keys {keys} of {p} also match '{t}'")
            # the gold name itself must be matched with its own keys
            if not person_matches(p, keys, p):
                problems.append(f"{stem}: gold name {p} does not match its own keys")
        # each deported has a released for the same person
        rel = {c["person"] for c in gold["claims"] if c["type"] == "released"}
        for c in gold["claims"]:
            if c["type"] == "deported" and c["person"] not in rel:
                problems.append(f"{stem}: deported {c['person']} without released")
            if c["type"] == "pardoned" and c["person"] not in rel:
                problems.append(f"{stem}: pardoned {c['person']} without released")
        for m in gold["must_not"]:
            stats["must_not"] += 1
            if set(m) != {"type", "person", "why"} or m["type"] not in TYPES:
                problems.append(f"{stem}: bad must_not {m}")
            mk = keys_for(m["person"])
            # 4. must_not person is named in the text
            if not any(key_matches_token(k, t) for k in mk for t in toks):
                problems.append(f"{stem}: must_not person {m['person']} not named in the text")
            # 3. no gold claim of the same type matches the must_not entry (both directions)
            for c in gold["claims"]:
                if c["type"] != m["type"] or c["person"] is None:
                    continue
                if person_matches(c["person"], mk, m["person"]):
                    problems.append(f"{stem}: gold {c['type']} {c['person']} matches must_not {m['person']}")
                if person_matches(m["person"], c["surname_keys"], c["person"]):
                    problems.append(f"{stem}: must_not {m['person']} would match gold {c['type']} {c['person']}")
                # a bare surname of a different person must not hit the gold claim either
                m_sur, g_sur = m["person"].split()[-1], c["person"].split()[-1]
                if fold(m_sur) != fold(g_sur) and person_matches(m_sur, c["surname_keys"], c["person"]):
                    problems.append(f"{stem}: bare surname {m_sur} would match gold {c['type']} {c['person']}")
    # 5. oracle printing exactly the gold claims scores P=R=F1=1 with no violations
    res = score(HERE, f"{sys.executable} {os.path.abspath(__file__)} --oracle", 60)
    if (res["precision"], res["recall"], res["f1"], res["violations"], res["errors"]) != (1.0, 1.0, 1.0, 0, 0):
        problems.append(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
                        f"violations={res['violations']} errors={res['errors']} {res['details'][:10]}")
    a = res["attributes"]
    if (a.get("date_ok"), a.get("dest_ok"), a.get("term_ok")) != (a.get("date_total"), a.get("dest_total"), a.get("term_total")):
        problems.append(f"oracle attributes disagree: {a}")
    print(f"articles={len(stems)} claims={stats['claims']} must_not={stats['must_not']}")
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
          f"errors={res['errors']} attributes={a}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
