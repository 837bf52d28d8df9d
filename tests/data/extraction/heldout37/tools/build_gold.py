import json, os
OUT=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
# claim: (type, person, keys, date, extra) ; extra may hold dest/term/count
def C(t, p, k, d=None, dest=None, term=None, count=None):
    return {"type": t, "person": p, "surname_keys": k if p else [], "date": d,
            "destination_country": dest, "term_months": term, "count": count}
def G(count, d): return C("group_release", None, [], d, count=count)
def M(t, p, why): return {"type": t, "person": p, "why": why}
A = {}
# 01
k1=["stralk","strelk"]; k1b=["shamk"]
A["01"]=([C("detained","Paval Stralkou",k1,"2024-01-16"),
 C("charged","Paval Stralkou",k1,"2024-01-17"),
 C("detained","Paval Stralkou",k1,"2020-08"),
 C("released","Viktar Shamko",k1b,"2024-01-16"),
 C("sentenced","Viktar Shamko",k1b,None,term=36)],
 [M("detained","Iryna Stralkova","wife questioned as a witness, explicitly not detained"),
  M("charged","Iryna Stralkova","wife, witness only"),
  M("released","Paval Stralkou","demand for release, not a release"),
  M("sentenced","Paval Stralkou","only faces up to six years if convicted"),
  M("detained","Alina Dzeravianka","unconfirmed Telegram report, denied by relatives"),
  M("detained","Aleh Tsitou","police spokesman")])
# 02
ks=["sorokin","sarokin"]; kk=["krivets","kryvets"]; kl=["ladygin","ladyhin"]
A["02"]=([C("recognized","Глеб Сорокин",ks,"2024-02-22"),
 C("recognized","Наталья Кривец",kk,"2024-02-22"),
 C("recognized","Тимур Ладыгин",kl,"2024-02-22"),
 C("sentenced","Глеб Сорокин",ks,"2024-02-14",term=60),
 C("sentenced","Наталья Кривец",kk,"2024-02-14",term=36),
 C("sentenced","Тимур Ладыгин",kl,"2024-02-14",term=54),
 C("detained","Глеб Сорокин",ks,"2023-09"),
 C("detained","Наталья Кривец",kk,"2023-09"),
 C("detained","Тимур Ладыгин",kl,"2023-09")],
 [M("recognized","Светлана Ладыгина","mother of a prisoner"),
  M("recognized","Олег Мазур","recognition only to be considered after a verdict"),
  M("detained","Олег Мазур","explicitly not taken into custody, travel ban only"),
  M("sentenced","Аркадий Полуян","judge"),
  M("sentenced","Виктория Жданович","prosecutor"),
  M("released","Глеб Сорокин","demand for release")])
# 03
kv=["vorsa"]; kp=["pyatrov","piatrov"]; kh=["lahoik","lagoik"]
A["03"]=([C("sentenced","Halina Vorsa",kv,"2024-03-27",term=84),
 C("sentenced","Ruslan Pyatrovich",kp,"2024-03-27",term=72),
 C("detained","Halina Vorsa",kv,"2023-07-04"),
 C("detained","Ruslan Pyatrovich",kp,"2023-07-11"),
 C("solitary_confinement","Halina Vorsa",kv,None),
 C("detained","Maksim Lahoika",kh,"2023-08")],
 [M("sentenced","Siarhei Khvastou","judge"),
  M("sentenced","Lilia Daneika","prosecutor"),
  M("sentenced","Dzmitry Pyatrovich","brother of a defendant, attended the hearing"),
  M("released","Maksim Lahoika","rumoured acquittal denied; remains in custody"),
  M("sentenced","Maksim Lahoika","case returned to prosecutors, no verdict"),
  M("sentenced","Tsimafei Vorsa","husband of a defendant")])
# 04
kb=["barodk","borodk"]
A["04"]=([C("sentenced","Зміцер Бародка",kb,"2023-11",term=48),
 C("transferred","Зміцер Бародка",kb,"2024-03"),
 C("solitary_confinement","Зміцер Бародка",kb,"2024-03"),
 C("recognized","Зміцер Бародка",kb,"2023-12")],
 [M("released","Мікола Астроўскі","rumour of a pardon ('толькі плёткі')"),
  M("pardoned","Мікола Астроўскі","rumour of a pardon"),
  M("sentenced","Ларыса Бародка","mother who saw her son at the trial"),
  M("recognized","Ларыса Бародка","mother of the prisoner")])
# 05
kz=["zhylev","zhilev"]; kka=["kasko"]; ku=["ulasik"]; kba=["bahun","bagun"]; ksa=["sadousk","sadovsk"]
A["05"]=([G(18,"2024-05-30"),
 C("pardoned","Anatol Zhylevich",kz,"2024-05-29"), C("released","Anatol Zhylevich",kz,"2024-05-30"),
 C("pardoned","Maryna Kasko",kka,"2024-05-29"), C("released","Maryna Kasko",kka,"2024-05-30"),
 C("pardoned","Piotr Ulasik",ku,"2024-05-29"), C("released","Piotr Ulasik",ku,"2024-05-30"),
 C("pardoned","Tatsiana Bahun",kba,"2024-05-29"), C("released","Tatsiana Bahun",kba,"2024-05-30"),
 C("pardoned","Kiryl Sadouski",ksa,"2024-05-29"), C("released","Kiryl Sadouski",ksa,"2024-05-30"),
 C("sentenced","Anatol Zhylevich",kz,None,term=36),
 C("persecuted_after_release","Maryna Kasko",kka,"2024-05-30"),
 C("persecuted_after_release","Piotr Ulasik",ku,"2024-05-30")],
 [M("released","Yury Lapitski","false social-media claim; still in the colony"),
  M("pardoned","Yury Lapitski","explicitly not pardoned"),
  M("released","Sviatlana Zhylevich","daughter of a freed prisoner")])
# 06
kko=["kondrash","kandrash"]; kst=["stasev","stasiev"]
A["06"]=([C("died_in_custody","Василий Кондрашук",kko,"2024-06-09"),
 C("detained","Василий Кондрашук",kko,"2022-10"),
 C("sentenced","Василий Кондрашук",kko,"2023-04",term=42),
 C("solitary_confinement","Василий Кондрашук",kko,None),
 C("transferred","Василий Кондрашук",kko,"2024-01"),
 C("released","Игорь Стасевич",kst,"2024-05"),
 C("sentenced","Игорь Стасевич",kst,None)],
 [M("died_in_custody","Эдуард Гринкевич","unconfirmed social-media report"),
  M("deported","Павел Кондрашук","son who left for Poland on his own in 2021"),
  M("persecuted_after_release","Павел Кондрашук","summons to a son who was never imprisoned"),
  M("died_in_custody","Раиса Кондрашук","widow")])
# 07
kt=["tsvirk","cvirk"]; km=["misiuk","misyuk"]
A["07"]=([C("sentenced","Veranika Tsvirko",kt,"2022",term=96),
 C("transferred","Veranika Tsvirko",kt,"2024-07-15"),
 C("released","Henadz Misiuk",km,"2024-07-20"),
 C("sentenced","Henadz Misiuk",km,None,term=30)],
 [M("released","Veranika Tsvirko","viral claim rated false"),
  M("pardoned","Veranika Tsvirko","explicitly not pardoned"),
  M("deported","Veranika Tsvirko","false claim of being flown to Vilnius"),
  M("deported","Henadz Misiuk","left for Lithuania on his own, 'not expelled'"),
  M("released","Stanislau Tsvirko","husband who shared the false post"),
  M("transferred","Ihar Rubets","lawyer")])
# 08
kma=["malinov","malinou"]; kbe=["belous","bialous","belavus"]; kd=["drobysh","drabysh"]; kr=["rogach","rahach"]; ksh=["shutk"]
A["08"]=([C("detained","Зоя Малиновская",kma,"2024-08-13"),
 C("sentenced","Артём Белоус",kbe,"2024-08-14",term=24),
 C("recognized","Артём Белоус",kbe,"2024-08-16"),
 C("transferred","Ксения Дробыш",kd,"2024-08"),
 C("released","Николай Рогач",kr,"2024-08"),
 C("sentenced","Николай Рогач",kr,None,term=36),
 C("released","Денис Шутько",ksh,"2024-08"),
 C("sentenced","Денис Шутько",ksh,None,term=18),
 C("sentenced","Евгений Шутько",ksh,None),
 C("sentenced","Виталий Ермаков",["ermakov","yermakov","iermakov"],None)],
 [M("released","Евгений Шутько","brother of a freed prisoner, still in the colony"),
  M("solitary_confinement","Виталий Ермаков","relatives' report, explicitly unconfirmed"),
  M("sentenced","Инна Кулеш","judge")])
# 09
ksv=["shauchuk","shevchuk"]
A["09"]=([C("released","Алег Шаўчук",ksv,"2024-03"),
 C("sentenced","Алег Шаўчук",ksv,None,term=36),
 C("solitary_confinement","Алег Шаўчук",ksv,None),
 C("persecuted_after_release","Алег Шаўчук",ksv,"2024-08"),
 C("persecuted_after_release","Алег Шаўчук",ksv,"2024-09")],
 [M("persecuted_after_release","Тамара Шаўчук","mother threatened; the claim belongs to the former prisoner"),
  M("transferred","Раман Кучынскі","rumoured transfer, not confirmed"),
  M("deported","Алег Шаўчук","left for Poland on his own"),
  M("released","Раман Кучынскі","still in the colony")])
# 10
kha=["harkush"]; kkz=["karzhov"]; ksi=["siamashk","semashk"]
A["10"]=([C("sentenced","Leanid Harkusha",kha,"2021",term=168),
 C("incommunicado","Leanid Harkusha",kha,"2023-02"),
 C("incommunicado","Alesia Karzhova",kkz,"2024-03"),
 C("transferred","Alesia Karzhova",kkz,"2024-03"),
 C("incommunicado","Uladzimir Siamashka",ksi,"2023-02")],
 [M("died_in_custody","Leanid Harkusha","question answered: no evidence, said to be alive"),
  M("incommunicado","Natallia Harkusha","wife of a prisoner"),
  M("released","Uladzimir Siamashka","a letter arrived; he remains in custody"),
  M("incommunicado","Ihar Kostka","deputy minister quoted")])
# 11
kva=["vashchenk","vashchank"]; kte=["tereshchenk","tereshchank","tsiaresh"]
A["11"]=([C("detained","Кирилл Ващенко",kva,"2024-11-12"),
 C("detained","Ольга Терещенко",kte,"2024-11-12"),
 C("detained","Максим Терещенко",kte,"2024-11-12"),
 C("released","Ольга Терещенко",kte,"2024-11-13")],
 [M("charged","Кирилл Ващенко","mother expects Article 342; explicitly not yet charged"),
  M("detained","Людмила Ващенко","mother who posted the news"),
  M("detained","Арсений Гущ","detention denied by the border committee"),
  M("detained","Леонид Стрельченко","users' question, no confirmation"),
  M("released","Максим Терещенко","remains in custody"),
  M("detained","Антон Бычок","border committee spokesman")])
# 12
kku=["kuzmenk","kuzmiank"]; kli=["lisousk","lisovsk"]; kpa=["paulau","pavlov"]
A["12"]=([G(18,"2024-05-30"), G(22,"2024-07-04"), G(30,"2024-08-16"), G(37,"2024-09-17"), G(31,"2024-11-07"),
 C("pardoned","Aliaksei Kuzmenka",kku,"2024-07-04"), C("released","Aliaksei Kuzmenka",kku,"2024-07-04"),
 C("released","Edvard Lisouski",kli,"2024-08-16"), C("deported","Edvard Lisouski",kli,"2024-08-16",dest="PL"),
 C("pardoned","Ryhor Paulau",kpa,"2024-09-17"), C("released","Ryhor Paulau",kpa,"2024-09-17"),
 C("detained","Ryhor Paulau",kpa,"2024-12-02")],
 [M("released","Marat Shybeka","reports of his release turned out false"),
  M("released","Alena Mankevich","head of the pardon commission"),
  M("pardoned","Alena Mankevich","head of the pardon commission")])
# 13
kka13=["karpenk","karpiank"]
A["13"]=([C("persecuted_after_release","Юрась Карпенка",kka13,"2025-01-21"),
 C("persecuted_after_release","Юрась Карпенка",kka13,"2025-01"),
 C("charged","Юрась Карпенка",kka13,None),
 C("detained","Юрась Карпенка",kka13,"2021-05"),
 C("sentenced","Юрась Карпенка",kka13,"2021-10",term=24),
 C("released","Юрась Карпенка",kka13,"2023-05")],
 [M("persecuted_after_release","Вольга Карпенка","sister summoned; the claim belongs to the former prisoner"),
  M("deported","Юрась Карпенка","left for Lithuania on his own"),
  M("persecuted_after_release","Даніла Сурвіла","never imprisoned, so not 'after release'"),
  M("sentenced","Даніла Сурвіла","verdict only expected next week"),
  M("sentenced","Інэса Пракаповіч","judge")])
# 14
kpa14=["pashkev"]; kdo=["doubn","dubn"]
A["14"]=([C("transferred","Arseni Pashkevich",kpa14,"2025-02-15"),
 C("sentenced","Arseni Pashkevich",kpa14,None,term=48),
 C("detained","Arseni Pashkevich",kpa14,"2022-11"),
 C("solitary_confinement","Arseni Pashkevich",kpa14,"2024"),
 C("released","Yan Doubnia",kdo,"2025-02-14"),
 C("sentenced","Yan Doubnia",kdo,None)],
 [M("released","Arseni Pashkevich","retracted in the appended correction; supporters' demand"),
  M("released","Lidziya Pashkevich","sister"),
  M("transferred","Lidziya Pashkevich","sister"),
  M("released","Mikhail Rakitski","colony official")])
# 15
kle=["lebed"]; kstr=["strelts"]; kkr=["karas"]; kiv=["ivashkev"]; kgo=["gordei","hardzei"]; kme=["melnik","melnyk"]
P15=[("Анна Лебедь",kle,36),("Виктор Стрельцов",kstr,48),("Юлия Карась",kkr,30),("Степан Ивашкевич",kiv,36),("Инна Гордей",kgo,None),("Тарас Мельник",kme,12)]
A["15"]=([C("sentenced",n,k,"2025-03",term=t) for n,k,t in P15]+[C("detained",n,k,"2024-10") for n,k,t in P15],
 [M("sentenced","Валентина Прокопенко","judge"),
  M("sentenced","Роман Агеев","prosecutor"),
  M("charged","Роман Агеев","prosecutor ('обвинение поддерживал')"),
  M("sentenced","Борис Лебедь","husband, witness only"),
  M("released","Тарас Мельник","Telegram claim denied by his lawyer"),
  M("recognized","Анна Лебедь","recognition only planned")])
# 16
kza=["zaretsk"]; ksav=["savitsk","savick"]; khu=["huk","guk"]
A["16"]=([C("sentenced","Pavel Zaretski",kza,"2025-01",term=36),
 C("released","Inha Savitskaya",ksav,"2025-02"),
 C("sentenced","Inha Savitskaya",ksav,None),
 C("persecuted_after_release","Inha Savitskaya",ksav,"2025-02"),
 C("died_in_custody","Anatol Huk",khu,"2023")],
 [M("pardoned","Pavel Zaretski","whispered possibility"),
  M("released","Pavel Zaretski","rhetorical demand"),
  M("sentenced","Halina Zaretskaya","wife of a prisoner"),
  M("released","Vadzim Alsheuski","minister quoted"),
  M("sentenced","Marta Hlinskaya","author of the op-ed")])
# 17
kko17=["kovalen","kavalen"]; koz=["ozols"]
A["17"]=([C("released","Марина Ковалёнок",kko17,"2025-05-19"),
 C("deported","Марина Ковалёнок",kko17,"2025-05-19",dest="LT"),
 C("sentenced","Марина Ковалёнок",kko17,None,term=72),
 C("detained","Марина Ковалёнок",kko17,"2021-08"),
 C("incommunicado","Марина Ковалёнок",kko17,"2024-01"),
 C("released","Янис Озолс",koz,"2025-05-19"),
 C("deported","Янис Озолс",koz,"2025-05-19",dest="LT"),
 C("sentenced","Янис Озолс",koz,None),
 C("detained","Денис Ковалёнок",kko17,"2021-08"),
 C("sentenced","Денис Ковалёнок",kko17,None)],
 [M("pardoned","Марина Ковалёнок","no decree published; she says she asked for nothing"),
  M("released","Денис Ковалёнок","husband remains in the colony"),
  M("deported","Денис Ковалёнок","rumour, unconfirmed"),
  M("released","Флориан Ремер","EU envoy")])
# 18
kna=["navumenk","naumenk"]; kdz=["dzenisen","denisen"]; kru=["rudak"]; kmo=["maroz","moroz"]
A["18"]=([C("recognized","Арцём Навуменка",kna,"2025-06-04"),
 C("recognized","Кацярына Дзенісеня",kdz,"2025-06-04"),
 C("recognition_withdrawn","Вадзім Рудак",kru,"2025-06-04"),
 C("sentenced","Арцём Навуменка",kna,"2025-05-20",term=24),
 C("detained","Арцём Навуменка",kna,"2025-02"),
 C("detained","Кацярына Дзенісеня",kdz,"2025-03"),
 C("released","Яўген Мароз",kmo,"2025-05-30"),
 C("sentenced","Яўген Мароз",kmo,None),
 C("sentenced","Вадзім Рудак",kru,None)],
 [M("recognized","Лізавета Сапун","recognition to be considered later"),
  M("recognized","Тамара Дзенісеня","mother of a prisoner"),
  M("released","Вадзім Рудак","statement stresses he is not released"),
  M("recognized","Вадзім Рудак","recognition withdrawn, not granted")])
# 19
ksi19=["sivets"]; kby=["bychkov","bychkou"]; kle19=["lenart"]
A["19"]=([G(14,"2025-07-02"),
 C("released","Andrei Sivets",ksi19,"2025-07-02"), C("deported","Andrei Sivets",ksi19,"2025-07-02",dest="PL"),
 C("pardoned","Andrei Sivets",ksi19,"2025-07-01"), C("sentenced","Andrei Sivets",ksi19,None,term=120),
 C("released","Palina Bychkova",kby,"2025-07-02"), C("deported","Palina Bychkova",kby,"2025-07-02",dest="PL"),
 C("released","Krzysztof Lenart",kle19,"2025-07-02"), C("deported","Krzysztof Lenart",kle19,"2025-07-02",dest="PL"),
 C("detained","Krzysztof Lenart",kle19,"2023"),
 C("sentenced","Mikhail Bychkou",kby,None)],
 [M("released","Charles Whitmore","US envoy"),
  M("pardoned","Palina Bychkova","unclear whether pardoned; she 'signed nothing'"),
  M("released","Mikhail Bychkou","husband not on the list, still serving"),
  M("deported","Mikhail Bychkou","husband not on the list"),
  M("released","Tomasz Wrona","Polish spokesman")])
# 20
kmi=["misevic"]; kkv=["koval"]; kch=["chepik","chapik"]; kbo=["borodich","barodzich"]
P20=[("Анастасия Мисевич",kmi),("Фёдор Коваль",kkv),("Роман Чепик",kch),("Ульяна Бородич",kbo)]
A["20"]=([G(11,"2025-08-21")]+[C("pardoned",n,k,"2025-08-19") for n,k in P20]+[C("released",n,k,"2025-08-21") for n,k in P20]
 +[C("sentenced","Виктория Мисевич",kmi,None)],
 [M("released","Богдан Коваль","son of a freed prisoner"),
  M("released","Виктория Мисевич","sister; not known whether freed"),
  M("pardoned","Виктория Мисевич","sister; not known whether pardoned"),
  M("released","Глеб Трофимчик","retracted earlier report"),
  M("pardoned","Глеб Трофимчик","not in the decree"),
  M("deported","Ульяна Бородич","says she will not leave"),
  M("pardoned","Оксана Деменчук","press secretary")])
# 21
kdu=["dubovik","dubavik"]; kkr21=["kreidzich","kreidich"]
A["21"]=([C("detained","Mikalai Dubovik",kdu,"2021-10"),
 C("sentenced","Mikalai Dubovik",kdu,"2022",term=132),
 C("incommunicado","Mikalai Dubovik",kdu,"2023-03"),
 C("transferred","Mikalai Dubovik",kdu,"2023-04"),
 C("released","Stas Kreidzich",kkr21,"2025-06"),
 C("sentenced","Stas Kreidzich",kkr21,None)],
 [M("solitary_confinement","Mikalai Dubovik","reports the family cannot confirm"),
  M("released","Mikalai Dubovik","hypothetical question"),
  M("deported","Mikalai Dubovik","hypothetical exile"),
  M("persecuted_after_release","Yana Dubovik","daughter, never imprisoned"),
  M("deported","Yana Dubovik","left Belarus on her own")])
# 22
kya=["iarashev","yarashev"]; kst22=["stsepanch","stepanch"]; kkaz=["kazlousk","kozlovsk"]; kmel=["melnichuk"]; klo=["loik","loyk"]
A["22"]=([C("detained","Міхась Ярашэвіч",kya,"2025-09-30"),
 C("detained","Ігар Сцепанчук",kst22,"2025-07"),
 C("charged","Ігар Сцепанчук",kst22,"2025-10-01"),
 C("sentenced","Ніна Казлоўская",kkaz,"2025-10-02",term=36),
 C("transferred","Андрэй Мельнічук",kmel,"2025"),
 C("released","Дар'я Лойка",klo,"2025-10-03"),
 C("sentenced","Дар'я Лойка",klo,None,term=30)],
 [M("detained","Ганна Ярашэвіч","wife questioned as a witness, not detained"),
  M("released","Ігар Сцепанчук","lawyer expects no release before trial"),
  M("solitary_confinement","Ігнат Дзюба","relatives' report, unconfirmed"),
  M("sentenced","Алена Шымко","judge")])
# 23
kra=["rakovich","rakavich"]
A["23"]=([C("released","Ales Rakovich",kra,"2025-06"),
 C("deported","Ales Rakovich",kra,"2025-06",dest="LT"),
 G(16,"2025-06"),
 C("detained","Ales Rakovich",kra,"2021-12"),
 C("sentenced","Ales Rakovich",kra,"2022",term=60),
 C("solitary_confinement","Ales Rakovich",kra,None)],
 [M("died_in_custody","Ales Rakovich","died in a Vilnius hospital months after release"),
  M("released","Zinaida Rakovich","widow"),
  M("released","Uladzislau Hrynko","remains in the colony")])
# 24
kla=["lazarev"]
A["24"]=([C("detained","Степан Лазаревич",kla,"2023-03-12"),
 C("charged","Степан Лазаревич",kla,"2023-03-15"),
 C("recognized","Степан Лазаревич",kla,"2023-07"),
 C("sentenced","Степан Лазаревич",kla,"2023-11-02",term=30),
 C("transferred","Степан Лазаревич",kla,"2024-01"),
 C("solitary_confinement","Степан Лазаревич",kla,"2024"),
 C("released","Степан Лазаревич",kla,"2025-09-11"),
 C("persecuted_after_release","Степан Лазаревич",kla,"2025-10"),
 C("persecuted_after_release","Степан Лазаревич",kla,"2025-12-03")],
 [M("persecuted_after_release","Валентина Лазаревич","mother summoned; the claim belongs to the former prisoner"),
  M("charged","Валентина Лазаревич","explicitly not accused of anything"),
  M("deported","Степан Лазаревич","reports that he left are denied"),
  M("sentenced","Элла Бурак","judge")])
# 25
kfi=["filonch","filanch"]; kmz=["mazanik"]
A["25"]=([C("detained","Taras Filonchyk",kfi,"2026-01-08"),
 C("charged","Taras Filonchyk",kfi,"2026-01-10"),
 C("pardoned","Taras Filonchyk",kfi,"2024-09"),
 C("released","Taras Filonchyk",kfi,"2024-09"),
 C("sentenced","Taras Filonchyk",kfi,None,term=48),
 C("persecuted_after_release","Taras Filonchyk",kfi,"2024-09"),
 C("released","Vital Mazanik",kmz,"2024-09"),
 C("persecuted_after_release","Vital Mazanik",kmz,"2026-01")],
 [M("detained","Olha Filonchyk","partner questioned, not detained"),
  M("solitary_confinement","Taras Filonchyk","Telegram claim the lawyer cannot support"),
  M("sentenced","Kiryl Semchanka","prosecutor"),
  M("sentenced","Viktar Lahun","judge")])
# 26
kste=["stefanov","stsiafan"]; ksta=["stashevsk","stasheusk"]
A["26"]=([C("solitary_confinement","Аркадий Стефанович",kste,"2026-03-02"),
 C("sentenced","Аркадий Стефанович",kste,"2021",term=108),
 C("died_in_custody","Леонид Сташевский",ksta,"2026-02"),
 C("sentenced","Леонид Сташевский",ksta,"2023",term=72)],
 [M("died_in_custody","Аркадий Стефанович","viral death claim rated false"),
  M("died_in_custody","Людмила Стефанович","wife"),
  M("solitary_confinement","Лилия Гончар","lawyer")])
# 27
kgu=["gursk"]; kyu=["iurkev","yurkev"]; kzh=["zhmail","zhmayl"]; knv=["navitsk","navick"]
A["27"]=([C("released","Алена Гурская",kgu,"2026-05-14"),
 C("sentenced","Алена Гурская",kgu,None,term=36),
 C("persecuted_after_release","Алена Гурская",kgu,"2026-05-14"),
 C("released","Зміцер Юркевіч",kyu,"2026-02"),
 C("persecuted_after_release","Зміцер Юркевіч",kyu,"2026-04"),
 C("detained","Віталь Навіцкі",knv,"2026-05"),
 C("released","Віталь Навіцкі",knv,"2025"),
 C("sentenced","Стас Жмайла",kzh,None)],
 [M("persecuted_after_release","Кастусь Юркевіч","father summoned; the claim belongs to the former prisoner"),
  M("detained","Кастусь Юркевіч","father summoned for questioning"),
  M("released","Стас Жмайла","channel report denied by his lawyer"),
  M("deported","Алена Гурская","says she will not leave")])
# 28
kram=["ramanchuk","romanchuk"]; kbar=["baravik","borovik"]; kkl=["klimovich","klimavich"]
P28=[("Sviatlana Ramanchuk",kram),("Ihnat Baravik",kbar),("Dzianis Klimovich",kkl)]
A["28"]=([G(52,"2026-07-07")]+[C("released",n,k,"2026-07-07") for n,k in P28]
 +[C("deported",n,k,"2026-07-07",dest="LT") for n,k in P28]
 +[C("pardoned",n,k,"2026-07-06") for n,k in P28]
 +[C("sentenced","Dzianis Klimovich",kkl,None,term=180)],
 [M("released","Paulina Ramanchuk","daughter living in Vilnius"),
  M("released","Henadz Zhyhar","earlier media reports wrong; not on the list"),
  M("released","Daniel Brooke-Harris","US envoy"),
  M("deported","Ruta Balciuniene","Lithuanian minister")])
# 29
kku29=["kudriavts","kudrauts"]; kgol=["golubev","halubeu"]; kvi=["vishnevsk","vishneusk"]
A["29"]=([C("transferred","Ирина Кудрявцева",kku29,"2026-08"),
 C("transferred","Андрей Голубев",kgol,"2026-09-10"),
 C("incommunicado","Андрей Голубев",kgol,"2026-09-10"),
 C("transferred","Марк Вишневский",kvi,"2026-07"),
 C("released","Марк Вишневский",kvi,"2026-07"),
 C("sentenced","Марк Вишневский",kvi,None)],
 [M("transferred","Павел Синица","promised transfer never happened"),
  M("transferred","Галина Кудрявцева","mother of a prisoner"),
  M("transferred","Олег Пашук","prison department official")])
# 30
khr=["hrabets","grabets"]; kzai=["zaitsa","zaitse","zaytse","zaytsa"]; kbel=["belsk","bielsk"]; klz=["lazutk"]; ktsv=["tsvetk","tsviatk"]; ksha=["sharko","sharka"]
A["30"]=([C("released","Zoya Hrabets",khr,"2026-11-03"),
 C("sentenced","Zoya Hrabets",khr,None,term=24),
 C("recognized","Anton Zaitsau",kzai,"2026-11"),
 C("recognized","Volha Belskaya",kbel,"2026-11"),
 C("detained","Kiryl Lazutkin",klz,"2026-11-14"),
 C("charged","Kiryl Lazutkin",klz,"2026-11-16"),
 C("died_in_custody","Andrus Tsvetkou",ktsv,"2026-11-21"),
 C("sentenced","Maryia Sharko",ksha,None)],
 [M("transferred","Yevhen Kalita","unconfirmed channel reports"),
  M("released","Maryia Sharko","earlier digest corrected: still in custody"),
  M("died_in_custody","Liudmila Tsvetkova","widow"),
  M("recognized","Piotr Hlushak","case to be considered in December")])

for nn,(claims,mn) in A.items():
    txt=open(os.path.join(OUT,nn+".txt"),encoding="utf-8").read().split("\n")
    g={"published":txt[0].strip(),"language":txt[1].strip(),"claims":claims,"must_not":mn}
    json.dump(g,open(os.path.join(OUT,nn+".gold.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(A))
