# Hand-written gold for heldout41. C(type, person, date, term=, dest=, count=); M(type, person, why)
K = {
 # 01
 "Mikhail Dubatouka": ["dubatou", "dubatov"], "Stanislau Karchak": ["karch", "korch"], "Ina Palyvoda": ["palivod", "palyvod"],
 # 02
 "Aliaksei Hrybouski": ["hrybou", "gribov"], "Nadzeya Ulasenka": ["ulasen"], "Siarhei Lapko": ["lapk"],
 "Paulina Sviryd": ["svir"], "Ihnat Maroz": ["maroz"], "Ruslan Tkachenia": ["tkachen"],
 # 03
 "Vital Zhauniarovich": ["zhauniar", "zhavner"],
 # 04
 "Halina Skryhan": ["skryh"], "Uladzislau Pyzh": ["pyz", "piz"], "Timur Nestsiarenka": ["nestsiar", "nester"],
 "Artsiom Nestsiarenka": ["nestsiar", "nester"], "Kiryl Sakalouski": ["sakalou", "sokolov"], "Yan Krutsko": ["kruts"],
 # 05
 "Zianon Barkouski": ["barkou", "borkov"], "Volha Shypila": ["shypil"], "Darya Mitskevich": ["mitskev"], "Hleb Kurylovich": ["kurylov"],
 # 06
 "Aliaksandr Tsvirko": ["tsvirk"], "Ruslan Kuzhal": ["kuzhal"], "Zhanna Kuzhal": ["kuzhal"], "Leanid Varabei": ["varab"],
 "Mikalai Shchurko": ["shchur", "scur"],
 # 07
 "Hanna Stsepanava": ["stsepan", "stsiapan", "stepan"], "Piotr Sianko": ["siank", "senk"], "Yury Tsaruk": ["tsaruk"], "Vadzim Kaliada": ["kaliad"],
 # 08
 "Tsimafei Rudak": ["rudak"], "Liza Shmyhaleva": ["shmyh"], "Viachaslau Zhuk": ["zhuk", "zuk"], "Ihar Saladukha": ["saladukh", "saladuch"],
 "Daniil Martsinkevich": ["martsink"], "Anton Prykhodzka": ["prykhodz", "prikhod", "prychod"],
 # 09
 "Arsen Dzianisevich": ["dzianis", "denis"], "Kanstantsin Myslivets": ["mysliv"],
 # 10
 "Andrei Sarachuk": ["sarach"], "Iryna Khvastouskaya": ["khvast", "chvast"], "Palina Khvastouskaya": ["khvast", "chvast"],
 "Stefaniya Radzevich": ["radzev"], "Vadzim Sharanhovich": ["sharanh"],
 # 11
 "Maryia Tsitova": ["tsitov", "titov"], "Kseniya Bandaruk": ["bandar"], "Iryna Shalyha": ["shalyh"], "Ihar Makhnach": ["makhnach", "machnac"],
 "Valery Pryima": ["pryim"], "Marharyta Lesnichaya": ["lesnich"],
 # 12
 "Andrei Pushkarou": ["pushkar"], "Raman Yakimchyk": ["yakimch", "iakimch"], "Mikita Pranko": ["prank"], "Bartosz Wilk": ["wilk", "vilk"],
 "Siamion Kruhlik": ["kruhl"], "Halina Tkach": ["tkach"], "Daryna Sauchuk": ["sauchuk", "savchuk"],
 # 13
 "Marat Sheleh": ["sheleh"], "Sofia Lemiasheuskaya": ["lemiash"], "Taisa Buinitskaya": ["buinits"], "Fabian Rozhka": ["rozhk"],
 "Bohdan Yaskevich": ["yaskev"],
 # 14
 "Ulyana Bahdanava": ["bahdan"], "Zakhar Pilipchyk": ["pilipch"],
 # 15
 "Олег Прокопчук": ["prokop"], "Илья Гатальский": ["hatal"], "Екатерина Садовская": ["sadovs", "sadous"],
 # 16
 "Геннадий Терешко": ["teresh", "tsiaresh", "ciares"],
 # 17
 "Валентина Кошелева": ["koshel"], "Тимофей Жигар": ["zhigar"], "Дмитрий Хмель": ["khmel", "chmel"], "Сергей Абрамчук": ["abramch"],
 "Ольга Мацкевич": ["matskev"],
 # 18
 "Анатолий Кухарчик": ["kukhar", "kuchar"], "Степан Гринкевич": ["hrynkev"], "Игнат Бельский": ["belsk"], "Ян Рудковский": ["rudkou", "rudkov"],
 "Елизавета Трапезникова": ["trapezn"],
 # 19
 "Алеся Шумская": ["shumsk"], "Михаил Драгун": ["dragun"], "Ефим Петрушкевич": ["petrushk"], "Роман Ляхович": ["liakhov", "lachov"],
 "Оскар Ляцкий": ["liatsk"],
 # 20
 "Максим Лавринович": ["laurin", "lavrin"], "Дарья Стасевич": ["stasev"], "Игорь Кривец": ["krivts"], "Остап Ярмолович": ["iarmol"],
 "Глеб Ярмолович": ["iarmol"], "Вадим Кульбицкий": ["kulbits"],
 # 21
 "Валерий Судник": ["sudnik"], "Татьяна Жаворонкова": ["zhavor"], "Максим Зенкович": ["zenkov"],
 # 22
 "Николай Дубовик": ["dubovik"], "Леонид Шмаков": ["shmak"],
 # 23
 "Кузьма Лещенко": ["leshchen", "lescan"], "Назар Пилецкий": ["pilets"], "Аким Сорока": ["sorok"], "Марк Лозинский": ["lozin"],
 "Альберт Грицук": ["hryts"], "Ян Сечко": ["sechk"],
 # 24
 "Регина Шпак": ["shpak"], "Вячеслав Тарасевич": ["tarasev"], "Юзеф Ковальчик": ["koval"], "Полина Вербило": ["verbil"],
 "Артур Гуз": ["guz", "huz"],
 # 25
 "Павел Салавей": ["salav", "salau"], "Ірына Салавей": ["salav", "salau"], "Уладзіслаў Мацюк": ["matsiuk"], "Алена Карпец": ["karpets"],
 "Кастусь Лабуз": ["labuz"], "Зміцер Шаўчэня": ["shauchen", "shevchen"],
 # 26
 "Лявон Гаркуша": ["harkush"], "Вадзім Дзербін": ["dzerb", "derb"], "Алеся Кулеш": ["kulesh"],
 # 27
 "Тэрэза Шулейка": ["shuleik"], "Сымон Зайчонак": ["zaichon", "zaichen"], "Багдан Мурашка": ["murash"], "Фелікс Мурашка": ["murash"],
 "Якуб Дайнека": ["dainek"],
 # 28
 "Мікола Сушко": ["sushk", "susk"], "Вераніка Бандарэнка": ["bandaren", "bondaren"], "Зоя Ляшкевіч": ["liashk"], "Раман Клімук": ["klimuk"],
 # 29
 "Алег Стральцоў": ["stralts"], "Вольга Стральцова": ["stralts"], "Інэса Бурдзейка": ["burdz", "burdei"], "Лукаш Тамашэвіч": ["tamash"],
 "Міхал Жаркевіч": ["zharkev"],
 # 30
 "Алесь Глінскі": ["hlinsk"], "Тэкля Маркевіч": ["markev"], "Барыс Кішкель": ["kishk"], "Генадзь Кішкель": ["kishk"],
 "Пётр Руднік": ["rudnik"], "Вераніка Гайдамак": ["haidam"],
}


def C(t, person, date, term=None, dest=None, count=None):
    return {"type": t, "person": person, "surname_keys": list(K[person]) if person else [], "date": date,
            "destination_country": dest, "term_months": term, "count": count}


def G(count, date):
    return C("group_release", None, date, count=count)


def M(t, person, why):
    return {"type": t, "person": person, "why": why}


A = {}

A["01"] = ([
    C("detained", "Mikhail Dubatouka", "2023-03-09"),
    C("detained", "Stanislau Karchak", "2023-03-09"),
    C("detained", "Ina Palyvoda", "2023-03-09"),
    C("sentenced", "Mikhail Dubatouka", "2024-01-19", term=60),
    C("sentenced", "Stanislau Karchak", "2024-01-19", term=48),
    C("sentenced", "Ina Palyvoda", "2024-01-19", term=42),
    C("solitary_confinement", "Stanislau Karchak", "2023"),
    C("recognized", "Mikhail Dubatouka", "2024-01-19"),
    C("recognized", "Stanislau Karchak", "2024-01-19"),
    C("recognized", "Ina Palyvoda", "2024-01-19"),
], [
    M("sentenced", "Valeryia Tsurkan", "judge reading the verdict"),
    M("sentenced", "Arkadz Lipski", "prosecutor who asked for the terms"),
    M("detained", "Tereza Dubatouka", "daughter of a defendant; negated: 'was not detained'"),
    M("released", "Stanislau Karchak", "false channel claim of a courtroom release, corrected in the blog"),
    M("solitary_confinement", "Lidziya Karchak", "mother of a prisoner, only the source of the report"),
])

A["02"] = ([
    C("recognized", "Aliaksei Hrybouski", "2024-02"),
    C("detained", "Aliaksei Hrybouski", "2024-02-06"),
    C("recognized", "Nadzeya Ulasenka", "2024-02"),
    C("detained", "Nadzeya Ulasenka", "2024-01"),
    C("died_in_custody", "Siarhei Lapko", "2024-02-17"),
    C("sentenced", "Siarhei Lapko", None, term=84),
    C("transferred", "Paulina Sviryd", "2024-02"),
    C("incommunicado", "Paulina Sviryd", "2024-02"),
    C("released", "Ihnat Maroz", "2024-02-21"),
    C("sentenced", "Ihnat Maroz", None, term=36),
    C("persecuted_after_release", "Ihnat Maroz", "2024-02-23"),
    C("recognition_withdrawn", "Ruslan Tkachenia", "2024-02"),
], [
    M("died_in_custody", "Viktar Sheima", "head of the colony administration"),
    M("solitary_confinement", "Siarhei Lapko", "officially denied and unverified claim"),
    M("transferred", "Yury Sviryd", "husband of a prisoner, source of the report"),
    M("incommunicado", "Yury Sviryd", "husband of a prisoner, source of the report"),
])

A["03"] = ([
    C("detained", "Vital Zhauniarovich", "2020-08"),
    C("detained", "Vital Zhauniarovich", "2021-04-12"),
    C("charged", "Vital Zhauniarovich", "2021-05"),
    C("charged", "Vital Zhauniarovich", "2021"),
    C("sentenced", "Vital Zhauniarovich", "2021-12", term=78),
    C("transferred", "Vital Zhauniarovich", "2022-03"),
    C("transferred", "Vital Zhauniarovich", "2023"),
    C("solitary_confinement", "Vital Zhauniarovich", "2023"),
    C("incommunicado", "Vital Zhauniarovich", "2024-02"),
], [
    M("sentenced", "Ludmila Kaval", "judge"),
    M("incommunicado", "Natallia Zhauniarovich", "wife of the prisoner"),
    M("pardoned", "Vital Zhauniarovich", "unconfirmed claim of a pro-government channel"),
    M("released", "Vital Zhauniarovich", "unconfirmed claim of a pro-government channel; still in prison"),
    M("released", "Ihar Bulyha", "colony official"),
])

A["04"] = ([
    G(14, "2024-07-18"),
    C("pardoned", "Halina Skryhan", "2024-07"),
    C("released", "Halina Skryhan", "2024-07-18"),
    C("sentenced", "Halina Skryhan", None, term=36),
    C("pardoned", "Uladzislau Pyzh", "2024-07"),
    C("released", "Uladzislau Pyzh", "2024-07-18"),
    C("pardoned", "Timur Nestsiarenka", "2024-07"),
    C("released", "Timur Nestsiarenka", "2024-07-18"),
    C("sentenced", "Timur Nestsiarenka", None),
    C("pardoned", "Artsiom Nestsiarenka", "2024-07"),
    C("released", "Artsiom Nestsiarenka", "2024-07-18"),
    C("sentenced", "Artsiom Nestsiarenka", None),
    C("sentenced", "Kiryl Sakalouski", None, term=24),
    C("released", "Kiryl Sakalouski", "2023"),
    C("detained", "Kiryl Sakalouski", "2024-07-17"),
    C("solitary_confinement", "Yan Krutsko", "2024-07"),
], [
    M("pardoned", "Edvard Vyshkin", "false channel report; mother says he is still in the colony"),
    M("released", "Edvard Vyshkin", "false channel report; mother says he is still in the colony"),
    M("pardoned", "Pavel Hurynovich", "head of the pardon commission, official"),
])

A["05"] = ([
    G(10, "2024-09-06"),
    C("pardoned", "Zianon Barkouski", "2024-09-05"),
    C("released", "Zianon Barkouski", "2024-09-06"),
    C("sentenced", "Zianon Barkouski", "2022", term=96),
    C("pardoned", "Volha Shypila", "2024-09-05"),
    C("released", "Volha Shypila", "2024-09-06"),
    C("released", "Darya Mitskevich", "2024-03"),
    C("sentenced", "Darya Mitskevich", None),
    C("died_in_custody", "Hleb Kurylovich", "2023-11"),
], [
    M("released", "Fiodar Lahun", "negated: remains in prison"),
    M("released", "Hleb Kurylovich", "viral list claim; he died in custody"),
    M("released", "Yauhen Tsimoshka", "prosecutor, never imprisoned"),
    M("deported", "Darya Mitskevich", "moved abroad of her own accord"),
    M("deported", "Zianon Barkouski", "negated: neither has left the country"),
    M("deported", "Volha Shypila", "negated: neither has left the country"),
])

A["06"] = ([
    C("detained", "Aliaksandr Tsvirko", "2024-01"),
    C("sentenced", "Aliaksandr Tsvirko", "2024-10-03", term=120),
    C("sentenced", "Ruslan Kuzhal", "2024-10-10", term=84),
    C("sentenced", "Zhanna Kuzhal", "2024-10-10", term=60),
    C("sentenced", "Leanid Varabei", "2024-10-22", term=18),
    C("sentenced", "Mikalai Shchurko", "2024-10-29", term=12),
    C("released", "Mikalai Shchurko", "2024-10-29"),
], [
    M("sentenced", "Ivan Ramanchuk", "judge"),
    M("sentenced", "Kiryl Dashuk", "prosecutor"),
    M("sentenced", "Tamara Sakovich", "negated: trial postponed, not sentenced"),
])

A["07"] = ([G(26, "2025-01-10")] + [
    c for p in ["Hanna Stsepanava", "Piotr Sianko", "Yury Tsaruk", "Vadzim Kaliada"] for c in (
        C("pardoned", p, "2025-01-09"), C("released", p, "2025-01-10"), C("deported", p, "2025-01-10", dest="LT"))
] + [
    C("sentenced", "Hanna Stsepanava", None, term=48),
    C("incommunicado", "Vadzim Kaliada", None),
    C("solitary_confinement", "Vadzim Kaliada", None),
], [
    M("released", "Gregory Whitcombe", "US special envoy"),
    M("released", "Leanid Mazurkevich", "refused to leave the country and was driven back to the colony"),
    M("deported", "Leanid Mazurkevich", "refused to leave the country"),
    M("released", "Maksim Ivanchyk", "earlier wrong report, corrected"),
    M("deported", "Maksim Ivanchyk", "earlier wrong report, corrected"),
])

A["08"] = ([
    C("recognized", "Tsimafei Rudak", "2025-02"),
    C("recognized", "Liza Shmyhaleva", "2025-02"),
    C("detained", "Tsimafei Rudak", "2025-02-04"),
    C("detained", "Liza Shmyhaleva", "2025-02-04"),
    C("charged", "Tsimafei Rudak", None),
    C("charged", "Liza Shmyhaleva", None),
    G(8, "2025-02-14"),
    C("pardoned", "Viachaslau Zhuk", "2025-02-12"),
    C("released", "Viachaslau Zhuk", "2025-02-14"),
    C("sentenced", "Viachaslau Zhuk", "2022", term=60),
    C("released", "Ihar Saladukha", "2024"),
    C("persecuted_after_release", "Ihar Saladukha", "2025-02"),
    C("released", "Daniil Martsinkevich", "2025-01"),
    C("persecuted_after_release", "Daniil Martsinkevich", "2025-02"),
    C("recognition_withdrawn", "Anton Prykhodzka", "2025-02"),
], [
    M("persecuted_after_release", "Ryhor Martsinkevich", "father of a former prisoner, questioned"),
    M("recognition_withdrawn", "Heorhi Lomats", "question only; no decision taken"),
])

A["09"] = ([
    C("detained", "Arsen Dzianisevich", "2021-06"),
    C("sentenced", "Arsen Dzianisevich", "2021-11", term=36),
    C("sentenced", "Kanstantsin Myslivets", "2021-11", term=60),
    C("transferred", "Arsen Dzianisevich", "2022"),
    C("released", "Arsen Dzianisevich", "2024-06-04"),
    C("persecuted_after_release", "Arsen Dzianisevich", "2024-06-04"),
    C("persecuted_after_release", "Arsen Dzianisevich", "2024"),
    C("detained", "Arsen Dzianisevich", "2025-02"),
    C("charged", "Arsen Dzianisevich", "2025-03"),
    C("recognized", "Arsen Dzianisevich", "2025-05"),
], [
    M("persecuted_after_release", "Larysa Dzianisevich", "mother of the former prisoner, summoned"),
    M("released", "Kanstantsin Myslivets", "future: due to be released in August"),
    M("charged", "Ruslan Boika", "investigator"),
])

A["10"] = ([
    C("died_in_custody", "Andrei Sarachuk", "2025-08-11"),
    C("sentenced", "Andrei Sarachuk", None, term=72),
    C("detained", "Iryna Khvastouskaya", "2022"),
    C("detained", "Palina Khvastouskaya", "2022"),
    C("released", "Iryna Khvastouskaya", "2025-08-08"),
    C("released", "Palina Khvastouskaya", "2025-08-08"),
    C("sentenced", "Iryna Khvastouskaya", None, term=30),
    C("sentenced", "Palina Khvastouskaya", None, term=30),
    C("transferred", "Stefaniya Radzevich", "2025-08"),
    C("sentenced", "Stefaniya Radzevich", None),
    C("released", "Vadzim Sharanhovich", "2025-01"),
    C("persecuted_after_release", "Vadzim Sharanhovich", "2025-08"),
], [
    M("died_in_custody", "Kiryl Zhabinski", "channel report denied; lawyer saw him alive"),
    M("solitary_confinement", "Yahor Lyshchyk", "'reportedly', single unverified post"),
])

A["11"] = ([G(9, "2025-09-20")] + [
    c for p in ["Maryia Tsitova", "Kseniya Bandaruk", "Iryna Shalyha", "Ihar Makhnach", "Valery Pryima"] for c in (
        C("pardoned", p, "2025-09-18"), C("released", p, "2025-09-20"))
] + [
    C("deported", "Kseniya Bandaruk", "2025-09-20", dest="UA"),
    C("deported", "Ihar Makhnach", "2025-09-20", dest="UA"),
    C("released", "Marharyta Lesnichaya", "2023"),
    C("sentenced", "Marharyta Lesnichaya", None),
], [
    M("released", "Alesia Krauchanka", "viral post; still in the colony"),
    M("released", "Natallia Hlebava", "viral post; still in the colony"),
    M("pardoned", "Natallia Hlebava", "question left unanswered"),
    M("deported", "Marharyta Lesnichaya", "moved abroad on her own initiative"),
    M("pardoned", "Ihar Zhdanovich", "prison department spokesman"),
])

A["12"] = ([
    C("released", "Andrei Pushkarou", "2025-03-03"),
    C("sentenced", "Andrei Pushkarou", None, term=48),
    C("pardoned", "Raman Yakimchyk", "2025-06-21"),
    C("released", "Raman Yakimchyk", "2025-06-21"),
    C("deported", "Raman Yakimchyk", "2025-06-21", dest="PL"),
    C("sentenced", "Mikita Pranko", "2024", term=36),
    C("released", "Mikita Pranko", "2025-08"),
    C("detained", "Bartosz Wilk", "2023"),
    C("released", "Bartosz Wilk", "2025-10-02"),
    C("deported", "Bartosz Wilk", "2025-10-02", dest="PL"),
    C("died_in_custody", "Siamion Kruhlik", "2025-11"),
    C("recognition_withdrawn", "Halina Tkach", "2025-12"),
    C("sentenced", "Daryna Sauchuk", None),
], [
    M("released", "Zlata Yakimchyk", "wife of a prisoner, stayed in Minsk"),
    M("deported", "Zlata Yakimchyk", "wife of a prisoner, stayed in Minsk"),
    M("released", "Siamion Kruhlik", "row in the wrong sheet; he died in custody"),
    M("released", "Daryna Sauchuk", "typo; future release date"),
])

A["13"] = ([
    c for p in ["Marat Sheleh", "Sofia Lemiasheuskaya", "Taisa Buinitskaya", "Fabian Rozhka", "Bohdan Yaskevich"] for c in (
        C("detained", p, "2025-07"), C("recognized", p, "2025-08"))
] + [
    C("sentenced", "Marat Sheleh", "2026-06-12", term=36),
    C("sentenced", "Fabian Rozhka", "2026-06-12", term=36),
    C("sentenced", "Sofia Lemiasheuskaya", "2026-06-12", term=30),
    C("sentenced", "Bohdan Yaskevich", "2026-06-12", term=30),
    C("sentenced", "Taisa Buinitskaya", "2026-06-12", term=11),
    C("released", "Taisa Buinitskaya", "2026-06-12"),
    C("solitary_confinement", "Marat Sheleh", "2026"),
    C("incommunicado", "Marat Sheleh", "2026-03"),
    C("incommunicado", "Fabian Rozhka", "2026-03"),
    C("incommunicado", "Bohdan Yaskevich", "2026-03"),
], [
    M("sentenced", "Tsikhan Vasilevich", "judge"),
    M("released", "Fabian Rozhka", "earlier wrong report, corrected"),
    M("incommunicado", "Tamara Sheleh", "mother of a prisoner"),
])

A["14"] = ([
    C("detained", "Ulyana Bahdanava", "2020-08-09"),
    C("detained", "Ulyana Bahdanava", "2020-11"),
    C("charged", "Ulyana Bahdanava", "2020-11"),
    C("recognized", "Ulyana Bahdanava", "2021-01"),
    C("sentenced", "Ulyana Bahdanava", "2021-09", term=96),
    C("transferred", "Ulyana Bahdanava", "2023"),
    C("incommunicado", "Ulyana Bahdanava", "2024-03"),
    G(24, "2026-07-04"),
    C("pardoned", "Ulyana Bahdanava", "2026-07-03"),
    C("released", "Ulyana Bahdanava", "2026-07-04"),
    C("deported", "Ulyana Bahdanava", "2026-07-04", dest="LT"),
    C("pardoned", "Zakhar Pilipchyk", "2026-07-03"),
    C("released", "Zakhar Pilipchyk", "2026-07-04"),
    C("persecuted_after_release", "Ulyana Bahdanava", "2026-09"),
    C("persecuted_after_release", "Ulyana Bahdanava", "2026-09"),
], [
    M("sentenced", "Zarina Makei", "judge"),
    M("deported", "Zakhar Pilipchyk", "refused to leave the country"),
    M("persecuted_after_release", "Nina Bahdanava", "mother of the former prisoner, questioned"),
    M("persecuted_after_release", "Fiodar Kuchynski", "prosecutor's office head"),
])

A["15"] = ([
    C("detained", "Олег Прокопчук", "2024-02-12"),
    C("released", "Олег Прокопчук", "2023-05"),
    C("sentenced", "Олег Прокопчук", None, term=24),
    C("sentenced", "Илья Гатальский", "2024-02-12", term=48),
    C("transferred", "Екатерина Садовская", "2024-02"),
    C("incommunicado", "Екатерина Садовская", "2024-02"),
    C("recognized", "Илья Гатальский", "2024-02"),
    C("recognized", "Екатерина Садовская", "2024-02"),
], [
    M("sentenced", "Людмила Корзун", "judge"),
    M("transferred", "Вадим Ружевич", "colony head, official"),
    M("released", "Виктор Лазовский", "'якобы' channel claim, denied by his sister"),
])

A["16"] = ([
    C("detained", "Геннадий Терешко", "2020-05"),
    C("detained", "Геннадий Терешко", "2021-03"),
    C("charged", "Геннадий Терешко", "2021-03"),
    C("sentenced", "Геннадий Терешко", "2021-10", term=36),
    C("transferred", "Геннадий Терешко", "2022"),
    C("recognized", "Геннадий Терешко", "2023-01"),
    C("solitary_confinement", "Геннадий Терешко", "2023"),
    C("released", "Геннадий Терешко", "2024-03-10"),
    C("persecuted_after_release", "Геннадий Терешко", "2024-04"),
    C("persecuted_after_release", "Геннадий Терешко", "2024-05"),
], [
    M("persecuted_after_release", "Зоя Терешко", "daughter of the former prisoner, summoned"),
    M("deported", "Геннадий Терешко", "rumour denied: he is at home"),
    M("sentenced", "Ирина Шепель", "prosecutor"),
    M("sentenced", "Анатолий Глушко", "judge"),
])

A["17"] = ([G(16, "2024-08-16")] + [
    c for p in ["Валентина Кошелева", "Тимофей Жигар", "Дмитрий Хмель", "Сергей Абрамчук", "Ольга Мацкевич"] for c in (
        C("pardoned", p, "2024-08-15"), C("released", p, "2024-08-16"))
] + [
    C("sentenced", "Валентина Кошелева", None, term=36),
    C("incommunicado", "Тимофей Жигар", None),
    C("incommunicado", "Дмитрий Хмель", None),
], [
    M("released", "Лариса Гурская", "earlier wrong report, corrected"),
    M("pardoned", "Лариса Гурская", "earlier wrong report, corrected"),
    M("released", "Виталий Гурский", "husband of a prisoner"),
    M("deported", "Сергей Абрамчук", "refused to leave the country"),
    M("released", "Тамара Вербицкая", "opposition politician abroad making a demand"),
])

A["18"] = ([
    C("recognized", "Анатолий Кухарчик", "2024-09"),
    C("recognized", "Степан Гринкевич", "2024-09"),
    C("detained", "Анатолий Кухарчик", "2024-09-02"),
    C("detained", "Степан Гринкевич", "2024-09-02"),
    C("sentenced", "Игнат Бельский", "2024-09-19", term=72),
    C("transferred", "Игнат Бельский", "2024-09"),
    C("released", "Ян Рудковский", "2024-09-12"),
    C("sentenced", "Ян Рудковский", None, term=36),
    C("deported", "Ян Рудковский", "2024-09-12", dest="PL"),
    C("solitary_confinement", "Елизавета Трапезникова", "2024-09-14"),
], [
    M("sentenced", "Сергей Дроздович", "judge"),
    M("solitary_confinement", "Нина Трапезникова", "mother of a prisoner"),
    M("released", "Филипп Гайдук", "social-media report not confirmed; still in colony"),
])

A["19"] = ([G(23, "2025-02-10")] + [
    c for p in ["Алеся Шумская", "Михаил Драгун", "Ефим Петрушкевич", "Роман Ляхович"] for c in (
        C("pardoned", p, "2025-02-07"), C("released", p, "2025-02-10"), C("deported", p, "2025-02-10", dest="LT"))
] + [
    C("sentenced", "Михаил Драгун", "2022", term=60),
    C("released", "Оскар Ляцкий", "2023-08"),
    C("sentenced", "Оскар Ляцкий", None, term=24),
], [
    M("released", "Зинаида Ковш", "viral list; still in custody"),
    M("released", "Жанна Мороз", "judge, never imprisoned"),
    M("sentenced", "Жанна Мороз", "judge who passed a sentence"),
    M("transferred", "Денис Уласевич", "'якобы', denied by the prison department"),
    M("released", "Денис Уласевич", "viral list; not freed"),
])

A["20"] = ([
    C("solitary_confinement", "Максим Лавринович", "2025-01-03"),
    C("sentenced", "Максим Лавринович", None, term=60),
    C("incommunicado", "Дарья Стасевич", "2025-02"),
    C("transferred", "Игорь Кривец", "2025-03-11"),
    C("solitary_confinement", "Остап Ярмолович", "2025-02"),
    C("solitary_confinement", "Глеб Ярмолович", "2025-02"),
    C("sentenced", "Остап Ярмолович", None),
    C("sentenced", "Глеб Ярмолович", None),
    C("died_in_custody", "Вадим Кульбицкий", "2025-03-20"),
], [
    M("incommunicado", "Людмила Стасевич", "mother of a prisoner"),
    M("solitary_confinement", "Наталья Юркевич", "social-media report denied"),
    M("solitary_confinement", "Олег Бурак", "colony head, official"),
])

A["21"] = ([
    C("detained", "Валерий Судник", "2025-07-17"),
    C("sentenced", "Валерий Судник", None, term=30),
    C("released", "Валерий Судник", "2024-04"),
    C("charged", "Валерий Судник", "2025-07-17"),
    C("released", "Татьяна Жаворонкова", "2024-11"),
    C("persecuted_after_release", "Татьяна Жаворонкова", "2025-07-17"),
    C("released", "Максим Зенкович", None),
    C("persecuted_after_release", "Максим Зенкович", "2025-07-17"),
], [
    M("detained", "Татьяна Жаворонкова", "negated: not detained"),
    M("detained", "Антон Зенкович", "father of a former prisoner"),
    M("persecuted_after_release", "Антон Зенкович", "father of a former prisoner"),
    M("detained", "Ростислав Бубен", "earlier wrong report, corrected"),
    M("detained", "Ирина Кучинская", "police spokeswoman"),
])

A["22"] = ([
    C("detained", "Николай Дубовик", "2020-08"),
    C("detained", "Николай Дубовик", "2022-01-15"),
    C("charged", "Николай Дубовик", "2022-02"),
    C("sentenced", "Николай Дубовик", "2022-06", term=48),
    C("recognized", "Николай Дубовик", "2023"),
    C("transferred", "Николай Дубовик", "2024"),
    C("incommunicado", "Николай Дубовик", "2025-01"),
    C("died_in_custody", "Николай Дубовик", "2025-10-03"),
    C("released", "Леонид Шмаков", "2025-10"),
    C("sentenced", "Леонид Шмаков", None),
], [
    M("sentenced", "Вероника Сташкевич", "judge"),
    M("died_in_custody", "Тарас Дубовик", "son of the deceased"),
    M("solitary_confinement", "Николай Дубовик", "claim denied by the prison department"),
])

A["23"] = ([
    C("released", "Кузьма Лещенко", "2026-03-08"),
    C("sentenced", "Кузьма Лещенко", None, term=60),
    C("recognized", "Назар Пилецкий", "2026-03"),
    C("recognized", "Аким Сорока", "2026-03"),
    C("recognized", "Марк Лозинский", "2026-03"),
    C("detained", "Назар Пилецкий", "2026-02"),
    C("detained", "Аким Сорока", "2026-02"),
    C("detained", "Марк Лозинский", "2026-02"),
    C("released", "Альберт Грицук", "2024"),
    C("persecuted_after_release", "Альберт Грицук", "2026-03-09"),
    C("solitary_confinement", "Ян Сечко", "2026-03-09"),
], [
    M("deported", "Кузьма Лещенко", "rumour denied: he is in Mahilioŭ"),
    M("transferred", "Ольга Дедюля", "unconfirmed report"),
    M("released", "Ольга Дедюля", "demand by foreign parliamentarians only"),
])

A["24"] = ([G(31, "2026-08-21")] + [
    c for p in ["Регина Шпак", "Вячеслав Тарасевич", "Юзеф Ковальчик"] for c in (
        C("pardoned", p, "2026-08-20"), C("released", p, "2026-08-21"), C("deported", p, "2026-08-21", dest="LT"))
] + [
    C("persecuted_after_release", "Регина Шпак", "2026-08"),
    C("recognized", "Полина Вербило", "2026-08"),
    C("detained", "Полина Вербило", "2026-08-04"),
    C("recognition_withdrawn", "Артур Гуз", "2026-08"),
], [
    M("released", "Тимур Бахарев", "refused to cross the border, returned to the colony"),
    M("deported", "Тимур Бахарев", "refused to cross the border"),
    M("released", "Андрей Хорошко", "negated: not in the group"),
    M("persecuted_after_release", "Виктор Шпак", "husband of a former prisoner, summoned"),
])

A["25"] = ([
    C("recognized", "Павел Салавей", "2024-03"),
    C("recognized", "Ірына Салавей", "2024-03"),
    C("detained", "Павел Салавей", "2024-03-05"),
    C("detained", "Ірына Салавей", "2024-03-12"),
    C("sentenced", "Уладзіслаў Мацюк", "2024-03-14", term=72),
    C("released", "Алена Карпец", "2024-03-22"),
    C("sentenced", "Алена Карпец", None, term=36),
    C("transferred", "Кастусь Лабуз", "2024-03"),
    C("solitary_confinement", "Зміцер Шаўчэня", "2024-03"),
], [
    M("sentenced", "Сяргей Кашпур", "judge"),
    M("pardoned", "Кастусь Лабуз", "rumour, unconfirmed"),
    M("released", "Кастусь Лабуз", "rumour, unconfirmed"),
    M("pardoned", "Ігар Рамашка", "head of the pardon commission, official"),
])

A["26"] = ([
    c for p in ["Лявон Гаркуша", "Вадзім Дзербін", "Алеся Кулеш"] for c in (
        C("detained", p, "2021-10"), C("charged", p, "2021-11"), C("recognized", p, "2022-07"))
] + [
    C("sentenced", "Лявон Гаркуша", "2022-05", term=60),
    C("sentenced", "Вадзім Дзербін", "2022-05", term=48),
    C("sentenced", "Алеся Кулеш", "2022-05", term=36),
    C("transferred", "Вадзім Дзербін", "2023"),
    C("released", "Алеся Кулеш", "2024-10-03"),
    C("persecuted_after_release", "Алеся Кулеш", "2024-10"),
    C("incommunicado", "Лявон Гаркуша", "2024-09"),
    C("solitary_confinement", "Лявон Гаркуша", "2024-11"),
], [
    M("sentenced", "Ганна Варанец", "judge"),
    M("persecuted_after_release", "Рыгор Кулеш", "father of the former prisoner, summoned"),
    M("pardoned", "Вадзім Дзербін", "rumour, not confirmed by the lawyer"),
])

A["27"] = ([G(18, "2025-06-20")] + [
    c for p in ["Тэрэза Шулейка", "Сымон Зайчонак", "Багдан Мурашка", "Фелікс Мурашка"] for c in (
        C("pardoned", p, "2025-06-19"), C("released", p, "2025-06-20"), C("deported", p, "2025-06-20", dest="PL"))
] + [
    C("pardoned", "Якуб Дайнека", "2025-06-19"),
    C("released", "Якуб Дайнека", "2025-06-20"),
    C("sentenced", "Тэрэза Шулейка", None, term=36),
    C("solitary_confinement", "Сымон Зайчонак", None),
    C("incommunicado", "Сымон Зайчонак", None),
], [
    M("released", "Адам Кавальскі", "Polish deputy minister, official"),
    M("released", "Ксенія Лапа", "earlier wrong report, corrected"),
    M("deported", "Ксенія Лапа", "earlier wrong report, corrected"),
    M("deported", "Якуб Дайнека", "refused to leave, stayed in Belarus"),
    M("released", "Людміла Зайчонак", "mother of a freed prisoner"),
])

A["28"] = ([G(7, "2025-11-13")] + [
    c for p in ["Мікола Сушко", "Вераніка Бандарэнка", "Зоя Ляшкевіч"] for c in (
        C("pardoned", p, "2025-11-13"), C("released", p, "2025-11-13"))
] + [
    C("deported", "Мікола Сушко", "2025-11-13", dest="LT"),
    C("deported", "Вераніка Бандарэнка", "2025-11-13", dest="LT"),
    C("released", "Раман Клімук", "2023"),
    C("sentenced", "Раман Клімук", None, term=24),
], [
    M("deported", "Зоя Ляшкевіч", "refused to leave"),
    M("released", "Мікалай Грыневіч", "viral list; not freed"),
    M("transferred", "Варвара Дзенісюк", "'нібыта', unconfirmed"),
    M("released", "Аляксей Шчарбак", "prison head, official"),
])

A["29"] = ([
    C("recognized", "Алег Стральцоў", "2026-04"),
    C("recognized", "Вольга Стральцова", "2026-04"),
    C("detained", "Алег Стральцоў", "2026-03"),
    C("detained", "Вольга Стральцова", "2026-03"),
    C("charged", "Алег Стральцоў", None),
    C("released", "Інэса Бурдзейка", "2026-04-13"),
    C("sentenced", "Інэса Бурдзейка", None, term=54),
    C("persecuted_after_release", "Інэса Бурдзейка", "2026-04-15"),
    C("died_in_custody", "Лукаш Тамашэвіч", "2026-04-14"),
    C("released", "Міхал Жаркевіч", "2025"),
    C("persecuted_after_release", "Міхал Жаркевіч", "2026-04"),
], [
    M("charged", "Вольга Стральцова", "negated: not yet charged"),
    M("persecuted_after_release", "Станіслаў Бурдзейка", "husband of the former prisoner"),
    M("solitary_confinement", "Лукаш Тамашэвіч", "channel claim denied, unverifiable"),
    M("persecuted_after_release", "Віктар Саўчук", "prosecutor"),
    M("pardoned", "Юрка Драздоў", "rumour, unconfirmed"),
])

A["30"] = ([
    C("sentenced", "Алесь Глінскі", "2026-07-02", term=84),
    C("charged", "Тэкля Маркевіч", "2026-04"),
    C("sentenced", "Тэкля Маркевіч", "2026-07-09", term=24),
    C("sentenced", "Барыс Кішкель", "2026-07-15", term=60),
    C("sentenced", "Генадзь Кішкель", "2026-07-15", term=60),
    C("transferred", "Пётр Руднік", "2026-07-20"),
    C("released", "Вераніка Гайдамак", "2026-07-28"),
    C("deported", "Вераніка Гайдамак", "2026-07-29", dest="LT"),
    C("sentenced", "Вераніка Гайдамак", None),
], [
    M("sentenced", "Віталь Шапавал", "judge"),
    M("sentenced", "Язэп Мілеўскі", "table error; trial postponed, no verdict"),
    M("deported", "Людміла Гайдамак", "mother of the former prisoner, stayed in Belarus"),
])

if __name__ == "__main__":
    import json, os, sys
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for nn, (claims, mn) in sorted(A.items()):
        lines = open(os.path.join(out, nn + ".txt"), encoding="utf-8").read().split("\n")
        g = {"published": lines[0].strip(), "language": lines[1].strip(), "claims": claims, "must_not": mn}
        with open(os.path.join(out, nn + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(len(A), "gold files written")
