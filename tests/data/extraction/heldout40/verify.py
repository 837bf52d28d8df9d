#!/usr/bin/env python3
"""Self-checks for the heldout40 extraction set.

Run:  python3 verify.py            (all checks, then the oracle through the scorer)
      python3 verify.py --oracle FILE --published D --lang L   (used internally: prints the gold
      claims of the article whose text is FILE, in the extraction format of domain.md)
      python3 verify.py --adversary FILE ...    (used internally: gold claims plus every must_not
      entry as a claim; every trap must then be counted as a violation by the scorer)

Imports the scorer's own functions from /work/shared/tools/score_claims.py.
"""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/tools")
from score_claims import (fold, key_matches_token, keys_for, person_matches, score,  # noqa: E402
                          tokens_of)

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}

# Every spelling the scorer may meet for each gold person's surname: Belarusian and Russian
# Cyrillic (with some inflected forms), Belarusian Latin, English press / BGN, Polish.
SPELLINGS = {
    "Kiryl Savanevich": ["Savanevich", "Savanevič", "Savaniewicz", "Саваневіч", "Саваневич", "Саваневіча", "Саваневичем"],
    "Yauhen Lobach": ["Lobach", "Łobacz", "Labach", "Лобач", "Лабач", "Лобача"],
    "Alena Tsvirko": ["Tsvirko", "Cvirko", "Ćwirko", "Цвірко", "Цвирко", "Tsvirka", "Цвірка"],
    "Dzianis Hlushakou": ["Hlushakou", "Hlušakoŭ", "Glushakov", "Глушакоў", "Глушаков", "Глушакова"],
    "Valery Paleshchuk": ["Paleshchuk", "Paleščuk", "Paleszczuk", "Палешчук", "Палещук", "Палещука"],
    "Mikita Zaleuski": ["Zaleuski", "Zaleŭski", "Zalevsky", "Zalewski", "Залеўскі", "Залевский", "Залеўскага"],
    "Pavel Yakimovich": ["Yakimovich", "Jakimovič", "Jakimowicz", "Iakimovich", "Якімовіч", "Якимович"],
    "Artsiom Hrytsuk": ["Hrytsuk", "Hrycuk", "Grytsuk", "Gritsuk", "Grycuk", "Грыцук", "Грицук", "Грыцука"],
    "Leanid Bortnik": ["Bortnik", "Бортнік", "Бортник", "Бортніка"],
    "Palina Hil": ["Hil", "Gil", "Hiĺ", "Гіль", "Гиль"],
    "Siarhei Astapchuk": ["Astapchuk", "Astapčuk", "Astapczuk", "Астапчук", "Астапчука"],
    "Vadzim Khrapavitski": ["Khrapavitski", "Chrapavicki", "Khrapovitsky", "Chrapowicki", "Храпавіцкі", "Храповицкий", "Храповицкого"],
    "Yanina Astrouskaya": ["Astrouskaya", "Astroŭskaja", "Ostrovskaya", "Ostrowska", "Astrovskaya", "Астроўская", "Островская", "Астроўскую"],
    "Halina Dzemidovich": ["Dzemidovich", "Dziemidovič", "Dziamidovich", "Demidovich", "Dziemidowicz", "Дземідовіч", "Демидович"],
    "Tadevush Miranovich": ["Miranovich", "Miranovič", "Miranowicz", "Мірановіч", "Миранович"],
    "Ruslan Verabei": ["Verabei", "Vierabiej", "Vorobei", "Vorobey", "Wierabiej", "Верабей", "Воробей", "Воробья"],
    "Arkadz Shymanets": ["Shymanets", "Šymaniec", "Szymaniec", "Shimanets", "Шыманец", "Шиманец", "Шиманца"],
    "Iryna Matskevich": ["Matskevich", "Mackievič", "Mackiewicz", "Мацкевіч", "Мацкевич"],
    "Aliaksandr Tsiareshka": ["Tsiareshka", "Ciareška", "Tereshko", "Цярэшка", "Терешко", "Цярэшкі"],
    "Viachaslau Pinchuk": ["Pinchuk", "Pinčuk", "Pinczuk", "Пінчук", "Пинчук"],
    "Raisa Zhybul": ["Zhybul", "Žybul", "Zhibul", "Żybul", "Жыбуль", "Жибуль"],
    "Aleh Siankevich": ["Siankevich", "Siankievič", "Senkevich", "Sienkiewicz", "Сянкевіч", "Сенкевич"],
    "Kanstantsin Lahviniec": ["Lahviniec", "Lahvinets", "Logvinets", "Łahviniec", "Лагвінец", "Логвинец"],
    "Yury Ptashnik": ["Ptashnik", "Ptašnik", "Ptasznik", "Пташнік", "Пташник"],
    "Илья Метлицкий": ["Метлицкий", "Метлицкого", "Мятліцкі", "Metlitsky", "Metlitski", "Mietlicki", "Miatlicki"],
    "Станислав Кучинский": ["Кучинский", "Кучинского", "Кучынскі", "Kuchinsky", "Kuchynski", "Kučynski", "Kuczyński"],
    "Виталий Жук": ["Жук", "Жука", "Zhuk", "Žuk", "Żuk"],
    "Ксения Дроздович": ["Дроздович", "Драздовіч", "Drozdovich", "Drazdovič", "Drozdowicz"],
    "Артём Лабоха": ["Лабоха", "Лабохой", "Labokha", "Łabocha", "Laboha"],
    "Вероника Пашкевич": ["Пашкевич", "Пашкевіч", "Pashkevich", "Paškievič", "Paszkiewicz"],
    "Глеб Сафронов": ["Сафронов", "Сафронова", "Сафронаў", "Safronov", "Safronau", "Safronaŭ"],
    "Василий Гриц": ["Гриц", "Грица", "Грыц", "Hryts", "Hryc", "Grits"],
    "Михаил Жолудь": ["Жолудь", "Жолудзь", "Zholud", "Žoludź", "Zholudz"],
    "Татьяна Левковец": ["Левковец", "Лёўкавец", "Levkovets", "Liaŭkaviec", "Lewkowiec", "Leukavets"],
    "Аркадий Мисюк": ["Мисюк", "Місюк", "Misiuk", "Misyuk"],
    "Роман Гурин": ["Гурин", "Гурын", "Гурина", "Gurin", "Huryn"],
    "Тарас Будник": ["Будник", "Будника", "Буднік", "Budnik"],
    "Кирилл Навоша": ["Навоша", "Навоши", "Navosha", "Navoša", "Nawosza"],
    "Валентин Гайдук": ["Гайдук", "Гайдука", "Haiduk", "Hajduk", "Gaiduk"],
    "Ярослав Войтович": ["Войтович", "Войтовича", "Вайтовіч", "Voitovich", "Vojtovič", "Wójtowicz", "Vaitovich"],
    "Антон Хоменок": ["Хоменок", "Хоменка", "Хаменок", "Khomenok", "Chamianok", "Khamianok"],
    "Юлія Станкевіч": ["Станкевіч", "Станкевич", "Stankevich", "Stankievič", "Stankiewicz"],
    "Максім Кулеш": ["Кулеш", "Кулеша", "Kulesh", "Kuleš", "Kulesz"],
    "Уладзімір Лапука": ["Лапука", "Лапукі", "Лапуку", "Lapuka"],
    "Дзмітрый Шаўрук": ["Шаўрук", "Шаврук", "Шаўрука", "Shauruk", "Šaŭruk", "Shavruk", "Szawruk"],
    "Віктар Ясюкевіч": ["Ясюкевіч", "Ясюкевич", "Yasyukevich", "Jasiukievič", "Jasiukiewicz", "Yasiukevich"],
    "Кацярына Лузгіна": ["Лузгіна", "Лузгина", "Лузгінай", "Luzgina", "Luzhina", "Luzhyna"],
    "Ігар Бурак": ["Бурак", "Бурака", "Burak"],
    "Раман Дубіцкі": ["Дубіцкі", "Дубицкий", "Дубіцкага", "Dubitski", "Dubicki", "Dubitsky"],
    "Сяргей Мялешка": ["Мялешка", "Мелешко", "Мялешку", "Mialeshka", "Mialeška", "Meleshko"],
}


def load(nn):
    raw = open(os.path.join(HERE, nn + ".txt"), encoding="utf-8").read().split("\n")
    gold = json.load(open(os.path.join(HERE, nn + ".gold.json"), encoding="utf-8"))
    return raw, gold


def words(text):
    return [t for t in text.split() if re.search(r"\w", t)]


def text_tokens(text):
    return re.findall(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*", text)


def oracle(argv):
    flag = "--oracle" if "--oracle" in argv else "--adversary"
    path = argv[argv.index(flag) + 1]
    text = open(path, encoding="utf-8").read()
    for fname in sorted(os.listdir(HERE)):
        if fname.endswith(".txt"):
            raw, gold = load(fname[:-4])
            if "\n".join(raw[3:]) == text:
                claims = []
                for g in gold["claims"]:
                    d = g["date"]
                    prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
                    claims.append({"type": g["type"],
                                   "person": None if g["person"] is None else
                                   {"name": g["person"], "mention": g["person"], "person_id": None},
                                   "date": d, "date_precision": prec,
                                   "destination_country": g["destination_country"],
                                   "term_months": g["term_months"], "count": g["count"],
                                   "confidence": 1.0, "evidence": None})
                if flag == "--adversary":  # gold plus every trap: each must_not must count as a violation
                    for m in gold["must_not"]:
                        claims.append({"type": m["type"], "person": {"name": m["person"], "mention": m["person"],
                                       "person_id": None}, "date": None, "date_precision": None,
                                       "destination_country": None, "term_months": None, "count": None,
                                       "confidence": 1.0, "evidence": None})
                print(json.dumps({"published": gold["published"], "language": gold["language"],
                                  "claims": claims}, ensure_ascii=False))
                return 0
    print(json.dumps({"claims": []}))
    return 1


def main():
    errors = []

    def err(nn, msg):
        errors.append(f"{nn}: {msg}")

    stems = sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))
    langs = {}
    for nn in stems:
        raw, gold = load(nn)
        pub, lang = raw[0].strip(), raw[1].strip()
        body = "\n".join(raw[3:])
        langs[nn] = lang
        if raw[2].strip() != "":
            err(nn, "line 3 is not blank")
        if pub != gold["published"] or lang != gold["language"]:
            err(nn, "header and gold disagree")
        if not ("2024-01-01" <= pub <= "2026-11-25"):
            err(nn, f"publication date {pub} out of range")
        n = len(words(body))
        if not 200 <= n <= 320:
            err(nn, f"body has {n} words")
        toks = text_tokens(body)
        ftoks = {re.sub(r"[^a-z]", "", fold(t)) for t in toks}
        seen = set()
        for g in gold["claims"]:
            t = g["type"]
            if t not in TYPES:
                err(nn, f"bad type {t}")
            if set(g) != {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}:
                err(nn, f"bad claim fields {sorted(g)}")
            d = g["date"]
            if d is not None:
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                    err(nn, f"bad date {d}")
                else:
                    parts = [int(x) for x in d.split("-")]
                    date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
                    if d > pub[: len(d)]:
                        err(nn, f"date {d} later than publication {pub}")
            if t == "group_release":
                if g["person"] is not None or not isinstance(g["count"], int) or g["surname_keys"]:
                    err(nn, "group_release must have null person, no keys, an int count")
                continue
            p, keys = g["person"], g["surname_keys"]
            if not p or not keys:
                err(nn, f"{t} without person/keys")
                continue
            if (t, p) in seen:
                err(nn, f"duplicate claim {t} {p}")
            seen.add((t, p))
            script_ok = re.search(r"[A-Za-z]", p) if lang == "en" else re.search(r"[А-Яа-яІіЎўЁё]", p)
            if not script_ok:
                err(nn, f"{p} not in the article's script")
            for k in keys:
                if not re.fullmatch(r"[a-z]+", k):
                    err(nn, f"key {k!r} not lowercase Latin")
            if not person_matches(p, keys, p):
                err(nn, f"gold person {p} does not match its own keys")
            if not any(key_matches_token(k, tok) for k in keys for tok in toks):
                err(nn, f"gold person {p} not matched by any token of the article")
            given = fold(p.split()[0])[:3]
            if not any(ft.startswith(re.sub(r"[^a-z]", "", given)) for ft in ftoks):
                err(nn, f"given name of {p} not found in the text")
            if p not in SPELLINGS:
                err(nn, f"no spellings listed for {p}")
            else:
                for s in SPELLINGS[p]:
                    if not any(key_matches_token(k, s) for k in keys):
                        err(nn, f"keys {keys} miss spelling {s}")
            if t == "sentenced" and g["term_months"] is not None and not isinstance(g["term_months"], int):
                err(nn, "term_months not int")
            if t != "sentenced" and g["term_months"] is not None:
                err(nn, "term_months outside sentenced")
            if t == "deported":
                if not re.fullmatch(r"[A-Z]{2}", g["destination_country"] or ""):
                    err(nn, f"deported {p} without ISO country")
                if not any(o["type"] == "released" and o["person"] == p for o in gold["claims"]):
                    err(nn, f"deported {p} without released")
            elif g["destination_country"] is not None:
                err(nn, "destination_country outside deported")
            if g["count"] is not None:
                err(nn, "count outside group_release")
        # two gold claims of one type must not be able to take each other's prediction
        for a in gold["claims"]:
            for b in gold["claims"]:
                if a is b or a["type"] != b["type"] or a["person"] is None or a["person"] == b["person"]:
                    continue
                if person_matches(b["person"], a["surname_keys"], a["person"]):
                    err(nn, f"{a['type']}: {b['person']} would match gold {a['person']}")
        for m in gold["must_not"]:
            if set(m) != {"type", "person", "why"} or m["type"] not in TYPES:
                err(nn, f"bad must_not {m}")
            mk = keys_for(m["person"])
            if not any(key_matches_token(k, tok) for k in mk for tok in toks):
                err(nn, f"must_not person {m['person']} not named in the text")
            given = re.sub(r"[^a-z]", "", fold(m["person"].split()[0]))[:3]
            if not any(ft.startswith(given) for ft in ftoks):
                err(nn, f"given name of must_not {m['person']} not in the text")
            for g in gold["claims"]:
                if g["type"] == m["type"] and g["person"] and person_matches(g["person"], mk, m["person"]):
                    err(nn, f"must_not {m['type']} {m['person']} is matched by gold claim {g['person']}")
    # oracle through the scorer
    res = score(HERE, f"{sys.executable} {os.path.abspath(__file__)} --oracle", 60)
    ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
          and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == len(stems))
    if not ok:
        errors.append(f"oracle: {json.dumps({k: res[k] for k in ('precision', 'recall', 'f1', 'violations', 'errors', 'articles')})}")
        errors.extend(res["details"])
    a = res["attributes"]
    if a.get("date_ok") != a.get("date_total") or a.get("dest_ok") != a.get("dest_total") or a.get("term_ok") != a.get("term_total"):
        errors.append(f"oracle attributes disagree: {a}")
    n_traps = sum(len(load(nn)[1]["must_not"]) for nn in stems)
    adv = score(HERE, f"{sys.executable} {os.path.abspath(__file__)} --adversary", 60)
    if adv["violations"] != n_traps or adv["recall"] != 1.0:
        errors.append(f"adversary (gold + all traps) gave {adv['violations']} violations for {n_traps} traps")
    for e in errors:
        print("FAIL", e)
    print(f"articles={len(stems)} oracle P={res['precision']} R={res['recall']} F1={res['f1']} "
          f"violations={res['violations']} errors={res['errors']} attributes={a}")
    print(f"adversary (gold + every must_not as a claim): violations={adv['violations']} of {n_traps} traps")
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if "--oracle" in sys.argv or "--adversary" in sys.argv:
        sys.exit(oracle(sys.argv))
    sys.exit(main())
