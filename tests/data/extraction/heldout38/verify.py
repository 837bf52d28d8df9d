#!/usr/bin/env python3
"""Self-checks for the heldout38 gold files, using the graders' own scorer functions.

  python3 verify.py            # static checks
  python3 verify.py --oracle   # also run score_claims.py with an oracle that prints the gold claims
  (internal) verify.py --emit FILE --published D --lang L   # the oracle command itself
"""
import json, os, re, subprocess, sys, datetime
sys.path.insert(0, "/work/shared/tools")
from score_claims import (key_matches_token, person_matches, keys_for, tokens_of, fold,
                          claim_person_name)

INFO = set()
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"detained", "charged", "sentenced", "transferred", "solitary_confinement", "incommunicado",
         "released", "pardoned", "deported", "died_in_custody", "group_release", "recognized",
         "recognition_withdrawn", "persecuted_after_release"}

# Extra spellings an extractor may reasonably output (transliterations / other-language forms).
VARIANTS = {
    "Kiryl Astapenka": ["Kirill Ostapenko"], "Ruslan Tsyhankou": ["Ruslan Tsygankov", "Ruslan Cyhankoŭ"],
    "Тимофей Ласкович": ["Timofei Laskovich", "Tsimafei Laskovich"], "Вероника Стасюк": ["Veronika Stasyuk"],
    "Геннадий Пыжик": ["Gennady Pyzhik", "Henadz Pyzhyk"], "Анжела Буйницкая": ["Anzhela Buinitskaya", "Anžela Bujnickaja"],
    "Виталий Корзун": ["Vitaly Korzun", "Vitaly Karzun"], "Stanislau Mialeshka": ["Stanislav Meleshko", "Станіслаў Мялешка"],
    "Valery Ramanchuk": ["Valery Romanchuk"], "Aksana Dolbik": ["Oksana Dolbik"],
    "Павел Вайцяховіч": ["Павел Войцехович", "Paval Vaitsiakhovich", "Paval Vajciachovič", "Pavel Voitsekhovich"],
    "Аляксей Гурыновіч": ["Алексей Гуринович", "Aliaksei Hurynovich"], "Anatol Sidarenka": ["Anatoly Sidorenko"],
    "Эдуард Кравец": ["Eduard Kravets", "Эдуарда Кравца"], "Людмила Гайдукевич": ["Lyudmila Gaidukevich", "Liudmila Haidukevich"],
    "Станислав Рудько": ["Stanislav Rudko", "Stanislau Rudzko"], "Вадим Хмелевский": ["Vadim Khmelevsky", "Vadzim Khmialeuski"],
    "Артур Дещеня": ["Artur Deshchenya", "Artur Dzeshchania"], "Leanid Barysevich": ["Leonid Borisevich"],
    "Дарья Кулеш": ["Darya Kulesh", "Daria Kulesz"], "Наталья Лобач": ["Natalya Lobach", "Natallia Labach"],
    "Мікола Сцешыц": ["Николай Стешиц", "Mikola Stseshyts", "Mikola Sciešyc", "Nikolai Steshits"],
    "Ірына Сцешыц": ["Ирина Стешиц", "Iryna Stseshyts"], "Вольга Пракаповіч": ["Ольга Прокопович", "Volha Prakapovich"],
    "Тадэвуш Грыц": ["Tadevush Hryts", "Tadeusz Gryc"], "Yauhen Lukhtan": ["Evgeny Lukhtan", "Yevgeny Lukhtan"],
    "Сергей Ковш": ["Siarhei Kovsh", "Sergei Kovsh", "Сяргей Коўш"], "Алина Тарасевич": ["Alina Tarasevich", "Alina Tarasievič"],
    "Марат Юшкевич": ["Marat Yushkevich", "Marat Jushkievič"], "Hleb Sarachuk": ["Gleb Sorochuk"],
    "Stsiapan Ulasau": ["Stepan Ulasov"], "Zinaida Mikhniuk": ["Zinaida Mikhnyuk"], "Feliks Hapon": ["Feliks Gapon"],
    "Арцём Салавей": ["Артём Соловей", "Artsiom Salavei", "Artyom Solovei", "Arciom Salaviej"],
    "Мікіта Карась": ["Никита Карась", "Mikita Karas"], "Yury Bakhanovich": ["Yuri Bakhanovich"],
    "Nadzeya Kruhlik": ["Nadezhda Kruglik"], "Viktar Kruhlik": ["Viktor Kruglik"],
    "Игорь Бондарь": ["Igor Bondar", "Ihar Bandar"], "Олег Пашкевич": ["Oleg Pashkevich", "Aleh Pashkevich"],
    "Руслан Горелик": ["Ruslan Gorelik", "Ruslan Harelik"], "Ryhor Kastsiuk": ["Grigory Kostyuk", "Rygor Kasciuk"],
    "Денис Ярошевич": ["Denis Yaroshevich", "Dzianis Yarashevich", "Dzianis Jaraševič"], "Артём Лисовский": ["Artyom Lisovsky", "Artsiom Lisouski"],
    "Лявон Мароз": ["Leon Moroz", "Liavon Maroz"], "Кацярына Шыдлоўская": ["Екатерина Шидловская", "Katsiaryna Shydlouskaya", "Ekaterina Shidlovskaya"],
    "Зміцер Сакалоў": ["Дмитрий Соколов", "Zmitser Sakalou", "Dmitry Sokolov"], "Тэрэза Яцкевіч": ["Tereza Yatskevich", "Tereza Jackievič"],
    "Раман Каліта": ["Roman Kalita", "Raman Kalita"], "Maksim Zhaleznik": ["Maxim Zheleznik"], "Ruslan Kotau": ["Ruslan Kotov"],
    "Глеб Радкевич": ["Gleb Radkevich", "Hleb Radkievič"], "Зоя Лапицкая": ["Zoya Lapitskaya", "Zoja Lapickaja"],
    "Фёдор Маркевич": ["Fyodor Markevich", "Fiodar Markievich"], "Вера Радкевич": ["Vera Radkevich"],
    "Hanna Makouskaya": ["Anna Makovskaya"], "Uladzislau Kapusta": ["Vladislav Kapusta"],
    "Уладзіслаў Мазурэнка": ["Владислав Мазуренко", "Uladzislau Mazurenka", "Vladislav Mazurenko"],
    "Ягор Шапавал": ["Егор Шаповал", "Yahor Shapaval", "Yegor Shapoval"], "Jānis Ozoliņš": ["Janis Ozolins"],
    "Alyaksei Dubrouski": ["Aleksei Dubrovsky", "Aliaksei Dubrouski"], "Юрий Баханович": ["Yury Bakhanovich"],
    "Надежда Круглик": ["Nadzeya Kruhlik"], "Максим Железник": ["Maksim Zhaleznik"], "Станислав Мелешко": ["Stanislau Mialeshka"],
    "Kanstantsin Ramaniuk": ["Konstantin Romanyuk", "Kastus Ramaniuk"], "Valeryia Tkachova": ["Valeria Tkacheva"],
    "Светлана Цвирко": ["Svetlana Tsvirko", "Sviatlana Tsvirka"], "Игнат Бобрик": ["Ignat Bobrik", "Ihnat Babrik"],
    "Аркадий Лось": ["Arkady Los", "Arkadz Los"], "Ольга Бобрик": ["Olga Bobrik"],
    "Аляксандр Гаўрусь": ["Александр Гаврусь", "Aliaksandr Haurus", "Aleksandr Gavrus"],
    "Вераніка Жукоўская": ["Вероника Жуковская", "Veranika Zhukouskaya", "Veronika Zhukovskaya"],
    "Ціхан Барэйша": ["Тихон Барейша", "Tsikhan Bareisha", "Tikhon Bareysha"], "Ларыса Лапко": ["Larisa Lapko"],
    "Arseni Kuzniatsou": ["Arseny Kuznetsov", "Арсений Кузнецов"], "Mikhail Tsyrkun": ["Mikhail Cyrkun"],
    "Yan Lapitski": ["Ian Lapitsky"], "Marharyta Vaitsekhouskaya": ["Margarita Voitsekhovskaya"],
    "Paval Stsiapanau": ["Pavel Stepanov"], "Василий Жарко": ["Vasily Zharko", "Vasil Zharka"],
    "Эдуард Лозовский": ["Eduard Lozovsky", "Eduard Lazouski"], "Mikalai Sharko": ["Nikolai Sharko"],
    "Piotr Sidarenka": ["Pyotr Sidorenko"], "Joel Harcourt": [], "Tsimafei Mialeshka": ["Timofei Meleshko"],
}


def articles():
    for fname in sorted(os.listdir(HERE)):
        if fname.endswith(".gold.json"):
            stem = fname[:-10]
            raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
            yield stem, raw[0].strip(), raw[1].strip(), "\n".join(raw[3:]), json.load(open(os.path.join(HERE, fname)))


def text_tokens(text):
    toks = set(tokens_of(text))
    toks |= set(re.findall(r"[\w’'\-]+", text))
    return toks


def check():
    problems = []
    for stem, pub, lang, text, gold in articles():
        toks = text_tokens(text)
        if gold["published"] != pub or gold["language"] != lang:
            problems.append(f"{stem}: header mismatch")
        for c in gold["claims"]:
            if c["type"] not in TYPES:
                problems.append(f"{stem}: bad type {c['type']}")
            if c["date"]:
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", c["date"]):
                    problems.append(f"{stem}: bad date {c['date']}")
                if c["date"] > pub[: len(c["date"])]:
                    problems.append(f"{stem}: date after publication {c}")
                if len(c["date"]) == 10:
                    datetime.date.fromisoformat(c["date"])
            if c["type"] == "group_release":
                if c["person"] is not None or not c["count"]:
                    problems.append(f"{stem}: bad group_release {c}")
                continue
            name, keys = c["person"], c["surname_keys"]
            script_cyr = bool(re.search(r"[А-Яа-яЁёІіЎў]", name))
            if (lang in ("ru", "be")) != script_cyr:
                problems.append(f"{stem}: person script does not fit language: {name}")
            if not any(key_matches_token(k, t) for k in keys for t in toks):
                problems.append(f"{stem}: no token of the article matches keys {keys} of {name}")
            for form in [name, fold(name)]:
                if not person_matches(form, keys, name):
                    problems.append(f"{stem}: form {form!r} does not match gold {name} {keys}")
            for form in VARIANTS.get(name, []):
                if not person_matches(form.split()[-1], keys):
                    problems.append(f"{stem}: surname of {form!r} not matched by keys {keys} of {name}")
                elif not person_matches(form, keys, name):
                    INFO.add(f"given-name variant {form!r} rejected by the scorer for gold {name!r} (GIVEN_EQUIV)")
            if c["type"] == "deported" and not c["destination_country"]:
                problems.append(f"{stem}: deported without country {name}")
        # released abroad -> released + deported; pardoned -> released
        have = {(c["type"], c["person"]) for c in gold["claims"]}
        for c in gold["claims"]:
            if c["type"] == "deported" and ("released", c["person"]) not in have:
                problems.append(f"{stem}: deported without released {c['person']}")
        for m in gold["must_not"]:
            mkeys = keys_for(m["person"])
            if not any(key_matches_token(k, t) for k in mkeys for t in toks):
                problems.append(f"{stem}: must_not person not in the text: {m['person']}")
            for c in gold["claims"]:
                if c["type"] == m["type"] and c["person"] and person_matches(c["person"], mkeys, m["person"]):
                    problems.append(f"{stem}: must_not {m} is matched by gold claim {c['person']}")
    return problems


def emit(path, published, lang):
    text = open(path, encoding="utf-8").read()
    for stem, pub, lg, body, gold in articles():
        if body == text and pub == published:
            claims = []
            for c in gold["claims"]:
                claims.append({"type": c["type"],
                               "person": {"name": c["person"], "mention": c["person"], "person_id": None} if c["person"] else None,
                               "date": c["date"], "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"], "confidence": 1.0,
                               "evidence": {"start": 0, "end": 0, "text": ""}})
            print(json.dumps({"published": published, "language": lang, "claims": claims}, ensure_ascii=False))
            return
    print(json.dumps({"published": published, "language": lang, "claims": []}))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--emit":
        emit(sys.argv[2], sys.argv[4], sys.argv[6])
        sys.exit(0)
    probs = check()
    for p in probs:
        print("PROBLEM", p)
    for i in sorted(INFO):
        print("INFO", i)
    print(f"static checks: {len(probs)} problems")
    if "--oracle" in sys.argv:
        out = subprocess.run([sys.executable, "/work/shared/tools/score_claims.py", HERE, "--json",
                              "--cmd", f"{sys.executable} {os.path.abspath(__file__)} --emit"],
                             capture_output=True, text=True)
        res = json.loads(out.stdout)
        print({k: res[k] for k in ("precision", "recall", "f1", "violations", "errors", "articles")},
              res["attributes"])
        for d in res["details"]:
            print("  ", d)
    sys.exit(1 if probs else 0)
