#!/usr/bin/env python3
"""Self-checks for the heldout41 gold files, built on the shared scorer's own functions.

Run: python3 verify.py   (exit status 0 when every check passes)

Checks
 1. every gold person is matched by a token of its article (surname_keys vs article tokens);
 2. surname_keys match every spelling listed in SPELL (Latin transliterations, Russian and
    Belarusian nominatives, inflected forms used in the texts);
 3. an oracle that prints exactly the gold claims scores P=R=F1=1 with 0 violations and 0 errors;
 4. no must_not entry is matched by a gold claim of the same type;
 5. every must_not person is named in the text;
 6. no date is later than publication, dates are YYYY, YYYY-MM or YYYY-MM-DD;
 7. every deported claim has a released claim for the same person and an ISO country code;
 plus format checks: header lines, body length 200-320 words, 14/10/6 languages, publication dates
 between 2024-01 and 2026-11-25, person names in the article's script, relatives sharing a surname
 have incompatible given names, keys of one person do not hit the name of another in the article,
 every event type of domain.md is covered.
"""
import glob
import importlib.util
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = "/work/shared/tools/score_claims.py"
spec = importlib.util.spec_from_file_location("score_claims", SCORER)
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement", "released",
         "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]

# Spellings each person's surname_keys must match: Latin (national system / BGN / English habit /
# Polish or Łacinka), Cyrillic Belarusian and Russian nominatives, and inflected forms.
SPELL = {
    "Mikhail Dubatouka": ["Dubatouka", "Dubatoŭka", "Dubatovka", "Дубатоўка", "Дубатоўкі", "Дубатовка", "Дубатовку", "Dubatouka's"],
    "Stanislau Karchak": ["Karchak", "Karčak", "Korchak", "Карчак", "Корчак", "Корчаку", "Карчака"],
    "Ina Palyvoda": ["Palyvoda", "Palivoda", "Палівода", "Паливода", "Паливоду"],
    "Aliaksei Hrybouski": ["Hrybouski", "Hryboŭski", "Gribovsky", "Grybovski", "Грыбоўскі", "Грибовский", "Грибовского"],
    "Nadzeya Ulasenka": ["Ulasenka", "Ulasienka", "Ulasenko", "Уласенка", "Уласенко", "Уласенку"],
    "Siarhei Lapko": ["Lapko", "Lapka", "Лапко", "Лапка", "Лапку"],
    "Paulina Sviryd": ["Sviryd", "Svirid", "Свірыд", "Свирид"],
    "Ihnat Maroz": ["Maroz", "Moroz", "Мароз", "Мороз", "Мароза"],
    "Ruslan Tkachenia": ["Tkachenia", "Tkačenia", "Tkachenya", "Ткачэня", "Ткаченя"],
    "Vital Zhauniarovich": ["Zhauniarovich", "Žaŭniarovič", "Zhavnerovich", "Жаўняровіч", "Жавнерович", "Жавнеровича"],
    "Halina Skryhan": ["Skryhan", "Skrygan", "Скрыган", "Скрыгана"],
    "Uladzislau Pyzh": ["Pyzh", "Pyž", "Pizh", "Пыж", "Пыжа"],
    "Timur Nestsiarenka": ["Nestsiarenka", "Niasciarenka", "Nesterenko", "Несцярэнка", "Нестеренко"],
    "Artsiom Nestsiarenka": ["Nestsiarenka", "Niasciarenka", "Nesterenko", "Несцярэнка", "Нестеренко"],
    "Kiryl Sakalouski": ["Sakalouski", "Sakaloŭski", "Sokolovsky", "Сакалоўскі", "Соколовский"],
    "Yan Krutsko": ["Krutsko", "Krućko", "Круцько", "Круцко"],
    "Zianon Barkouski": ["Barkouski", "Barkoŭski", "Borkovsky", "Баркоўскі", "Борковский"],
    "Volha Shypila": ["Shypila", "Šypila", "Shipilo", "Шыпіла", "Шипило"],
    "Darya Mitskevich": ["Mitskevich", "Mickievič", "Міцкевіч", "Мицкевич"],
    "Hleb Kurylovich": ["Kurylovich", "Kuryłovič", "Kurilovich", "Курыловіч", "Курилович"],
    "Aliaksandr Tsvirko": ["Tsvirko", "Cvirko", "Цвірко", "Цвирко"],
    "Ruslan Kuzhal": ["Kuzhal", "Kužal", "Кужаль"],
    "Zhanna Kuzhal": ["Kuzhal", "Kužal", "Кужаль"],
    "Leanid Varabei": ["Varabei", "Varabiej", "Vorobei", "Варабей", "Воробей", "Варабья"],
    "Mikalai Shchurko": ["Shchurko", "Ščurko", "Щурко", "Шчурко"],
    "Hanna Stsepanava": ["Stsepanava", "Ściapanava", "Stepanova", "Сцепанава", "Сцяпанава", "Степанова"],
    "Piotr Sianko": ["Sianko", "Sienko", "Senko", "Сянько", "Сенько"],
    "Yury Tsaruk": ["Tsaruk", "Caruk", "Царук"],
    "Vadzim Kaliada": ["Kaliada", "Koliada", "Каляда", "Коляда"],
    "Tsimafei Rudak": ["Rudak", "Рудак"],
    "Liza Shmyhaleva": ["Shmyhaleva", "Šmyhalova", "Shmygaleva", "Шмыгалёва", "Шмыгалева"],
    "Viachaslau Zhuk": ["Zhuk", "Žuk", "Жук", "Жука"],
    "Ihar Saladukha": ["Saladukha", "Saladucha", "Solodukha", "Саладуха", "Солодуха"],
    "Daniil Martsinkevich": ["Martsinkevich", "Marcinkievič", "Марцінкевіч", "Марцинкевич"],
    "Anton Prykhodzka": ["Prykhodzka", "Prychodźka", "Prikhodko", "Прыходзька", "Приходько"],
    "Arsen Dzianisevich": ["Dzianisevich", "Dzianisievič", "Denisevich", "Дзянісевіч", "Денисевич"],
    "Kanstantsin Myslivets": ["Myslivets", "Myslivec", "Мысливец", "Мысливца"],
    "Andrei Sarachuk": ["Sarachuk", "Saračuk", "Sorochuk", "Сарачук", "Сорочук"],
    "Iryna Khvastouskaya": ["Khvastouskaya", "Chvastoŭskaja", "Khvostovskaya", "Хвастоўская", "Хвостовская", "Хвастоўскую"],
    "Palina Khvastouskaya": ["Khvastouskaya", "Chvastoŭskaja", "Khvostovskaya", "Хвастоўская", "Хвостовская", "Хвастоўскую"],
    "Stefaniya Radzevich": ["Radzevich", "Radzievič", "Радзевіч", "Радзевич"],
    "Vadzim Sharanhovich": ["Sharanhovich", "Šaranhovič", "Sharangovich", "Шаранговіч", "Шарангович"],
    "Maryia Tsitova": ["Tsitova", "Citova", "Titova", "Цітова", "Титова"],
    "Kseniya Bandaruk": ["Bandaruk", "Bondaruk", "Бандарук", "Бондарук"],
    "Iryna Shalyha": ["Shalyha", "Šalyha", "Shaliga", "Шалыга"],
    "Ihar Makhnach": ["Makhnach", "Machnač", "Махнач"],
    "Valery Pryima": ["Pryima", "Pryjma", "Прыйма", "Прийма"],
    "Marharyta Lesnichaya": ["Lesnichaya", "Lesničaja", "Liasničaja", "Ляснічая", "Лесничая"],
    "Andrei Pushkarou": ["Pushkarou", "Puškaroŭ", "Pushkarev", "Пушкароў", "Пушкарёв"],
    "Raman Yakimchyk": ["Yakimchyk", "Jakimčyk", "Yakimchik", "Якімчык", "Якимчик"],
    "Mikita Pranko": ["Pranko", "Пранко"],
    "Bartosz Wilk": ["Wilk", "Vilk", "Вільк", "Вилк"],
    "Siamion Kruhlik": ["Kruhlik", "Kruglik", "Круглік", "Круглик"],
    "Halina Tkach": ["Tkach", "Tkač", "Ткач"],
    "Daryna Sauchuk": ["Sauchuk", "Saŭčuk", "Savchuk", "Саўчук", "Савчук"],
    "Marat Sheleh": ["Sheleh", "Šeleh", "Sheleg", "Шэлег", "Шелег"],
    "Sofia Lemiasheuskaya": ["Lemiasheuskaya", "Lemiašeŭskaja", "Lemeshevskaya", "Лемяшэўская", "Лемешевская"],
    "Taisa Buinitskaya": ["Buinitskaya", "Bujnickaja", "Буйніцкая", "Буйницкая"],
    "Fabian Rozhka": ["Rozhka", "Rožka", "Rozhko", "Рожка", "Рожко"],
    "Bohdan Yaskevich": ["Yaskevich", "Jaskievič", "Яскевіч", "Яскевич"],
    "Ulyana Bahdanava": ["Bahdanava", "Bogdanova", "Багданава", "Богданова"],
    "Zakhar Pilipchyk": ["Pilipchyk", "Pilipčyk", "Pilipchik", "Піліпчык", "Пилипчик"],
    "Олег Прокопчук": ["Прокопчук", "Пракапчук", "Prakapchuk", "Prokopchuk", "Prakapčuk"],
    "Илья Гатальский": ["Гатальский", "Гатальскі", "Гатальского", "Hatalski", "Gatalsky"],
    "Екатерина Садовская": ["Садовская", "Садоўская", "Садовскую", "Sadouskaya", "Sadoŭskaja", "Sadovskaya"],
    "Геннадий Терешко": ["Терешко", "Цярэшка", "Tereshko", "Tsiareshka", "Ciareška"],
    "Валентина Кошелева": ["Кошелева", "Кашалёва", "Kosheleva", "Kashaliova", "Kašaliova"],
    "Тимофей Жигар": ["Жигар", "Жыгар", "Zhyhar", "Žyhar", "Zhigar"],
    "Дмитрий Хмель": ["Хмель", "Хмеля", "Khmel", "Chmiel", "Hmel"],
    "Сергей Абрамчук": ["Абрамчук", "Abramchuk", "Abramčuk"],
    "Ольга Мацкевич": ["Мацкевич", "Мацкевіч", "Matskevich", "Mackievič"],
    "Анатолий Кухарчик": ["Кухарчик", "Кухарчык", "Kukharchyk", "Kucharčyk", "Kukharchik"],
    "Степан Гринкевич": ["Гринкевич", "Грынкевіч", "Hrynkevich", "Hrynkievič", "Grinkevich"],
    "Игнат Бельский": ["Бельский", "Бельскі", "Бельского", "Belski", "Bielski", "Belsky"],
    "Ян Рудковский": ["Рудковский", "Рудкоўскі", "Rudkouski", "Rudkoŭski", "Rudkovsky"],
    "Елизавета Трапезникова": ["Трапезникова", "Трапезнікава", "Трапезникову", "Trapeznikava", "Trapieznikava", "Trapeznikova"],
    "Алеся Шумская": ["Шумская", "Shumskaya", "Šumskaja"],
    "Михаил Драгун": ["Драгун", "Драгуну", "Drahun", "Dragun"],
    "Ефим Петрушкевич": ["Петрушкевич", "Пятрушкевіч", "Piatrushkevich", "Pietruškievič", "Petrushkevich"],
    "Роман Ляхович": ["Ляхович", "Ляховіч", "Liakhovich", "Lachovič", "Lyakhovich"],
    "Оскар Ляцкий": ["Ляцкий", "Ляцкі", "Liatski", "Lacki", "Lyatsky"],
    "Максим Лавринович": ["Лавринович", "Лаўрыновіч", "Laurynovich", "Laŭrynovič", "Lavrinovich"],
    "Дарья Стасевич": ["Стасевич", "Стасевіч", "Stasevich", "Stasievič"],
    "Игорь Кривец": ["Кривец", "Кривца", "Крывец", "Kryvets", "Kryviec", "Krivets"],
    "Остап Ярмолович": ["Ярмолович", "Ярмоловичей", "Ярмаловіч", "Yarmalovich", "Jarmalovič", "Yarmolovich"],
    "Глеб Ярмолович": ["Ярмолович", "Ярмоловичей", "Ярмаловіч", "Yarmalovich", "Jarmalovič", "Yarmolovich"],
    "Вадим Кульбицкий": ["Кульбицкий", "Кульбіцкі", "Kulbitski", "Kulbicki", "Kulbitsky"],
    "Валерий Судник": ["Судник", "Суднік", "Суднику", "Sudnik"],
    "Татьяна Жаворонкова": ["Жаворонкова", "Жаваранкава", "Жаворонковой", "Zhavarankava", "Žavarankava", "Zhavoronkova"],
    "Максим Зенкович": ["Зенкович", "Зянковіч", "Зенковича", "Zenkovich", "Ziankovich", "Zienkovič"],
    "Николай Дубовик": ["Дубовик", "Дубовік", "Дубовика", "Dubovik", "Dubowik"],
    "Леонид Шмаков": ["Шмаков", "Шмакоў", "Shmakau", "Šmakaŭ", "Shmakov"],
    "Кузьма Лещенко": ["Лещенко", "Ляшчэнка", "Leshchenko", "Liashchenka", "Liaščanka", "Leščanka"],
    "Назар Пилецкий": ["Пилецкий", "Пілецкі", "Пилецкого", "Pilecki", "Pilietski", "Piletsky"],
    "Аким Сорока": ["Сорока", "Сарока", "Сороку", "Soroka", "Saroka"],
    "Марк Лозинский": ["Лозинский", "Лазінскі", "Лозинского", "Lozinsky", "Lazinski"],
    "Альберт Грицук": ["Грицук", "Грыцук", "Hrytsuk", "Hrycuk", "Gritsuk"],
    "Ян Сечко": ["Сечко", "Сечка", "Sechka", "Sečka", "Sechko"],
    "Регина Шпак": ["Шпак", "Shpak", "Špak", "Szpak"],
    "Вячеслав Тарасевич": ["Тарасевич", "Тарасевіч", "Tarasevich", "Tarasievič"],
    "Юзеф Ковальчик": ["Ковальчик", "Кавальчык", "Kavalchyk", "Kavaĺčyk", "Kowalczyk", "Kovalchik"],
    "Полина Вербило": ["Вербило", "Вярбіла", "Verbilo", "Viarbila", "Verbila"],
    "Артур Гуз": ["Гуз", "Гуза", "Huz", "Guz"],
    "Павел Салавей": ["Салавей", "Соловей", "Салаўя", "Salavei", "Salaviej", "Solovey"],
    "Ірына Салавей": ["Салавей", "Соловей", "Salavei", "Salaviej", "Solovey"],
    "Уладзіслаў Мацюк": ["Мацюк", "Мацюка", "Matsiuk", "Maciuk", "Matsyuk"],
    "Алена Карпец": ["Карпец", "Karpets", "Karpiec"],
    "Кастусь Лабуз": ["Лабуз", "Лабуза", "Labuz"],
    "Зміцер Шаўчэня": ["Шаўчэня", "Шевченя", "Shauchenia", "Šaŭčenia", "Shevchenya"],
    "Лявон Гаркуша": ["Гаркуша", "Гаркушу", "Горкуша", "Harkusha", "Harkuša", "Gorkusha"],
    "Вадзім Дзербін": ["Дзербін", "Дзербіна", "Дербин", "Dzerbin", "Dzierbin", "Derbin"],
    "Алеся Кулеш": ["Кулеш", "Kulesh", "Kuleš"],
    "Тэрэза Шулейка": ["Шулейка", "Шулейко", "Shuleika", "Šulejka", "Shuleyko"],
    "Сымон Зайчонак": ["Зайчонак", "Зайчонка", "Зайчонок", "Zaichonak", "Zajčonak", "Zaychonok"],
    "Багдан Мурашка": ["Мурашка", "Мурашкі", "Мурашко", "Murashka", "Muraška"],
    "Фелікс Мурашка": ["Мурашка", "Мурашкі", "Мурашко", "Murashka", "Muraška"],
    "Якуб Дайнека": ["Дайнека", "Dajneka", "Daineka"],
    "Мікола Сушко": ["Сушко", "Сушка", "Sushko", "Suško"],
    "Вераніка Бандарэнка": ["Бандарэнка", "Бандарэнку", "Бондаренко", "Bandarenka", "Bondarenko"],
    "Зоя Ляшкевіч": ["Ляшкевіч", "Ляшкевич", "Liashkevich", "Laškievič", "Lyashkevich"],
    "Раман Клімук": ["Клімук", "Клімука", "Климук", "Klimuk"],
    "Алег Стральцоў": ["Стральцоў", "Стрельцов", "Straltsou", "Straĺcoŭ", "Streltsov"],
    "Вольга Стральцова": ["Стральцова", "Стрельцова", "Straltsova", "Straĺcova", "Streltsova"],
    "Інэса Бурдзейка": ["Бурдзейка", "Бурдейко", "Burdzeika", "Burdziejka", "Burdeiko"],
    "Лукаш Тамашэвіч": ["Тамашэвіч", "Тамашэвіча", "Томашевич", "Tamashevich", "Tamaševič", "Tomashevich"],
    "Міхал Жаркевіч": ["Жаркевіч", "Жаркевича", "Zharkevich", "Žarkievič"],
    "Алесь Глінскі": ["Глінскі", "Глинский", "Hlinski", "Glinsky"],
    "Тэкля Маркевіч": ["Маркевіч", "Маркевич", "Markevich", "Markievič"],
    "Барыс Кішкель": ["Кішкель", "Кішкелі", "Кишкель", "Kishkel", "Kiškiel"],
    "Генадзь Кішкель": ["Кішкель", "Кішкелі", "Кишкель", "Kishkel", "Kiškiel"],
    "Пётр Руднік": ["Руднік", "Рудник", "Rudnik"],
    "Вераніка Гайдамак": ["Гайдамак", "Haidamak", "Hajdamak", "Gaidamak"],
}

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
WORD_RE = re.compile(r"[\w'’ʼ-]+", re.UNICODE)
CYR_RE = re.compile(r"[\u0400-\u04FF]")


def article(nn):
    lines = open(os.path.join(HERE, nn + ".txt"), encoding="utf-8").read().split("\n")
    return lines[0].strip(), lines[1].strip(), lines[2], "\n".join(lines[3:])


def tokens(text):
    out = []
    for t in WORD_RE.findall(text):
        out.extend(sc.tokens_of(t))
    return out


def main():
    errors, warnings = [], []
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    langs, words = Counter(), Counter()
    types_seen = Counter()
    for gp in golds:
        nn = os.path.basename(gp)[:-len(".gold.json")]
        gold = json.load(open(gp, encoding="utf-8"))
        pub, lang, blank, body = article(nn)
        toks = tokens(body)
        nwords = len([w for w in body.split() if re.search(r"\w", w)])
        langs[lang] += 1
        words[lang] += nwords
        if blank.strip():
            errors.append(f"{nn}: line 3 not blank")
        if gold["published"] != pub or gold["language"] != lang:
            errors.append(f"{nn}: header/gold mismatch")
        if not ("2024-01-01" <= pub <= "2026-11-25"):
            errors.append(f"{nn}: publication date {pub} out of range")
        if not (200 <= nwords <= 320):
            errors.append(f"{nn}: body has {nwords} words")
        people = {}
        for c in gold["claims"]:
            types_seen[c["type"]] += 1
            for f in ("type", "person", "surname_keys", "date", "destination_country", "term_months", "count"):
                if f not in c:
                    errors.append(f"{nn}: claim missing {f}")
            if c["type"] not in TYPES:
                errors.append(f"{nn}: unknown type {c['type']}")
            d = c["date"]
            if d is not None:
                if not DATE_RE.match(d):
                    errors.append(f"{nn}: bad date {d}")
                elif d > pub[: len(d)]:
                    errors.append(f"{nn}: date {d} later than publication {pub}")
            if c["type"] == "group_release":
                if c["person"] is not None or not isinstance(c["count"], int):
                    errors.append(f"{nn}: group_release needs null person and a count")
                continue
            p, keys = c["person"], c["surname_keys"]
            if p in people and people[p] != keys:
                errors.append(f"{nn}: {p} has different keys in different claims")
            seen_before = p in people
            people[p] = keys
            # script of the name
            if (lang == "en") == bool(CYR_RE.search(p)):
                errors.append(f"{nn}: {p} not in the article's script")
            if keys != [k.lower() for k in keys] or any(re.search(r"[^a-z]", k) for k in keys):
                errors.append(f"{nn}: keys of {p} are not lowercase Latin: {keys}")
            if seen_before:
                pass
            # 1. matched by a token of the article
            elif not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errors.append(f"{nn}: gold person {p} not matched by any token of the article")
            # 2. spellings
            if seen_before:
                pass
            elif p not in SPELL:
                errors.append(f"{nn}: no spellings listed for {p}")
            else:
                for s in SPELL[p]:
                    if not any(sc.key_matches_token(k, s) for k in keys):
                        errors.append(f"{nn}: keys {keys} of {p} miss spelling {s}")
                    if not sc.person_matches(s, keys):
                        errors.append(f"{nn}: person_matches fails for {p} / {s}")
            if c["type"] == "deported":
                if not re.match(r"^[A-Z]{2}$", c["destination_country"] or ""):
                    errors.append(f"{nn}: deported {p} without ISO country")
                if not any(o["type"] == "released" and o["person"] == p for o in gold["claims"]):
                    errors.append(f"{nn}: deported {p} without released")
            elif c["destination_country"] is not None:
                errors.append(f"{nn}: destination_country on {c['type']}")
            if c["term_months"] is not None and c["type"] != "sentenced":
                errors.append(f"{nn}: term_months on {c['type']}")
        # the scorer must tell apart every pair of gold people of the article
        names = list(people)
        for a in names:
            for b in names:
                if a != b and sc.person_matches(b, people[a], a):
                    errors.append(f"{nn}: gold person {b} would match keys of {a}")
        # 4/5. must_not
        for m in gold["must_not"]:
            for f in ("type", "person", "why"):
                if not m.get(f):
                    errors.append(f"{nn}: must_not missing {f}")
            if m["type"] not in TYPES:
                errors.append(f"{nn}: must_not unknown type {m['type']}")
            mk = sc.keys_for(m["person"])
            if not any(sc.key_matches_token(k, t) for k in mk for t in toks):
                errors.append(f"{nn}: must_not person {m['person']} not named in the text")
            if (lang == "en") == bool(CYR_RE.search(m["person"])):
                errors.append(f"{nn}: must_not {m['person']} not in the article's script")
            for c in gold["claims"]:
                if c["type"] == m["type"] and c["person"] and sc.person_matches(c["person"], mk, m["person"]):
                    errors.append(f"{nn}: must_not {m['type']} {m['person']} matched by gold claim of {c['person']}")
            # a must_not person other than a gold person should not be caught by a gold person's keys
            for p, keys in people.items():
                if p != m["person"] and sc.person_matches(m["person"], keys, p):
                    errors.append(f"{nn}: must_not person {m['person']} matches gold person {p}")
        # relatives sharing a surname: given names must not be compatible
        allp = list(people) + [m["person"] for m in gold["must_not"]]
        for i, a in enumerate(allp):
            for b in allp[i + 1:]:
                ta, tb = sc.tokens_of(a), sc.tokens_of(b)
                if a != b and sc.skeleton(ta[-1])[:4] == sc.skeleton(tb[-1])[:4] and sc.surname_gender(ta[-1]) == sc.surname_gender(tb[-1]):
                    if sc.given_compatible(ta[0], tb[0]):
                        errors.append(f"{nn}: relatives {a} / {b} have compatible given names")
    for t in TYPES:
        if not types_seen[t]:
            errors.append(f"event type {t} not covered")
    if (langs["en"], langs["ru"], langs["be"]) != (14, 10, 6):
        errors.append(f"language split {dict(langs)}")
    # 3. oracle
    res = sc.score(HERE, f"{sys.executable} {os.path.join(HERE, 'oracle.py')}", 60)
    ok = (res["precision"], res["recall"], res["f1"], res["violations"], res["errors"]) == (1.0, 1.0, 1.0, 0, 0)
    if not ok:
        errors.append(f"oracle score {res['precision']} {res['recall']} {res['f1']} v={res['violations']} e={res['errors']}")
        errors.extend(res["details"][:20])
    a = res["attributes"]
    if a.get("date_ok") != a.get("date_total") or a.get("dest_ok") != a.get("dest_total") or a.get("term_ok") != a.get("term_total"):
        errors.append(f"oracle attributes {a}")
    print(f"articles={len(golds)} languages={dict(langs)} words={dict(words)}")
    print(f"claims by type: {dict(sorted(types_seen.items()))}")
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} errors={res['errors']} attributes={a}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("FAIL", e)
    print("ALL CHECKS PASSED" if not errors else f"{len(errors)} FAILURES")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
