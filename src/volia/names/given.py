"""Given names: equivalents across languages and diminutives, keyed by phonetic form.

Aliaksandr (be), Aleksandr (ru), Oleksandr (uk), Ales (be short form), Alexander (en),
Sasha (diminutive) are one name for matching; Aleksandr and Aleksei are not, however close
the letters. The list is the names that occur in East Slavic registries; a name that is not
here falls back to fuzzy comparison of its phonetic form.
"""

from __future__ import annotations

from functools import lru_cache

from volia.names.normalise import fold_diacritics
from volia.names.phonetic import phon

# canonical, gender (m/f), then every spelling that phonetic folding does not already unify.
_TABLE = """
aleksandr m Александр Аляксандр Олександр Алесь Олесь Саша Шура Санька Alexander Alexandre
  Aleksander Alex Ales Aleś Aliaksandr Alyaksandr Oleksandr Sasha Aleksandar
aleksandra f Александра Аляксандра Олександра Алеся Олеся Саша Alexandra Aleksandra Alesia
  Alesya Sasha Olesya Леся Lesia Lesya
aleksei m Алексей Аляксей Олексій Алёша Лёша Alexei Alexey Aleksei Aliaksei Oleksii Oleksiy
  Alexis Lesha Liosha
anatoli m Анатолий Анатоль Анатолій Толя Anatoly Anatol Anatolii
andrei m Андрей Андрэй Андрій Андрусь Andrei Andrey Andrew Andrzej Анджей Andrii Andriy Andrej
anton m Антон Антось Antos
arkadi m Аркадий Аркадзь Arkady Arkadz
artem m Артём Арцём Артем Тёма Artyom Artem Artsiom Artsem Tsiom
boris m Борис Барыс Borys Barys
vadim m Вадим Вадзім Vadzim
valentin m Валентин Валянцін Валентин Valiantsin Valentyn Walenty
valeri m Валерий Валерый Валерій Valery Valeriy Valer
vasili m Василий Васіль Василь Вася Vasily Vasil Vasyl Wasyl
viktor m Виктор Віктар Віктор Витя Victor Viktar Wiktor Vitya
vitali m Виталий Віталь Віталій Vitaly Vital Vitalii Witalij
vladimir m Владимир Уладзімір Володимир Вова Володя Vladimir Uladzimir Volodymyr
  Włodzimierz Vova Volodya Uladzimer
vladislav m Владислав Уладзіслаў Владислав Влад Vladyslav Uladzislau Wladyslaw Vlad
vyacheslav m Вячеслав Вячаслаў В'ячеслав Слава Viachaslau Vyacheslav Slava
gennadi m Геннадий Генадзь Геннадій Гена Gennady Hienadz Henadz Hennadii
georgi m Георгий Георгій Юрась Георгі Heorhi Heorhii George Georgy Jerzy
grigori m Григорий Рыгор Григорій Гриша Grigory Ryhor Hryhorii Grisha
gleb m Глеб Гліб Gleb Hleb Hlib
denis m Денис Дзяніс Dzianis Denys Denis
dmitri m Дмитрий Дзмітрый Дмитро Зміцер Змітро Дима Dmitry Dzmitry Dmytro Zmitser Zmicier
  Dima Dmitri Dmitriy Dzmitryi
evgeni m Евгений Яўген Євген Женя Yevgeny Evgeny Eugene Yauhen Yevhen Zhenya Jauhien
  Evgenii Yevgeniy Eugeniusz
evgenia f Евгения Яўгенія Євгенія Женя Yevgenia Evgenia Zhenya Yauheniya Eugenia
egor m Егор Ягор Yegor Yahor Egor
ivan m Иван Іван Ваня Янка Ivan Janka Iwan
igor m Игорь Ігар Ігор Igor Ihar Ihor
ilya m Илья Ілля Ilya Illia Ilia Ilja
kirill m Кирилл Кірыл Кирило Kirill Kiryl Kyrylo Cyril
konstantin m Константин Канстанцін Кастусь Костя Kostya Kanstantsin Kastus Kostiantyn
  Konstantin Konstanty
leonid m Леонид Леанід Леонід Leanid Leonid Lionia
maksim m Максим Максім Maxim Maksim Maksym Max Maksimilian
mikhail m Михаил Міхаіл Міхась Михайло Миша Mikhail Mikhas Mykhailo Michał Misha Michael
  Mikhal Michail
nikolai m Николай Мікалай Микола Коля Nikolai Nikolay Mikalai Mikola Mykola Kolya Nicholas
  Mikałaj Mikolaj Mikołaj
oleg m Олег Алег Aleh Oleh Oleg
pavel m Павел Павал Павло Паша Pavel Paval Pavlo Paul Paweł Pasha
petr m Пётр Пятро Петро Петя Pyotr Piotr Pyatro Petro Peter Petr Piatro
roman m Роман Раман Raman Roman
ruslan m Руслан Ruslan
sergei m Сергей Сяргей Сергій Серёжа Sergei Sergey Siarhei Serhii Serhiy Sergiy Serge
  Siarhiej Seryozha
stanislav m Станислав Станіслаў Стась Stanislau Stanislav Stas Stanisław
stepan m Степан Сцяпан Stsiapan Stepan Scapan
taras m Тарас Taras
fedor m Фёдор Фядор Федір Fyodor Fiodar Fedir Fedor Teodor
yuri m Юрий Юрый Юрій Юра Юрась Yuri Yury Yurii Yuras Iury Jurij
yaroslav m Ярослав Яраслаў Yaroslav Yaraslau
eduard m Эдуард Едуард Eduard Edward Edvard
artur m Артур Artur Arthur
timofei m Тимофей Цімафей Tsimafei Timofey Tsimafey
nikita m Никита Мікіта Микита Mikita Nikita Mykyta
semyon m Семён Сямён Семен Semyon Siamion Semen
yakov m Яков Якаў Yakov Yakau Jakub
vitold m Вітольд Витольд Vitold Witold
server m Сервер Server
nariman m Нариман Nariman
emil m Эмиль Еміль Emil
azat m Азат Azat
evan m Эван Evan
marat m Марат Marat
vladlen m Владлен Vladlen
ramil m Рамиль Ramil
anzhelika f Анжелика Анжаліка Andżelika Anzhelika Angelika
maria f Мария Марыя Марія Маша Маруся Maria Maryia Mariya Mariia Masha Marya Marija Maryja
  Mary Marie Maryja Maryia
anna f Анна Ганна Аня Anna Hanna Ania Anya Hanka
olga f Ольга Вольга Оля Olga Volha Olha Olya Wolha
elena f Елена Алена Олена Лена Алёна Elena Yelena Alena Olena Lena Helena Alyona Aliona
svetlana f Светлана Святлана Світлана Света Sviatlana Svetlana Svitlana Sveta Swiatlana
tatiana f Татьяна Таццяна Тетяна Таня Tatiana Tatsiana Tetiana Tatyana Tanya Tacciana
ekaterina f Екатерина Кацярына Катерина Катя Ekaterina Yekaterina Katsiaryna Kateryna Katya
  Katia Katarzyna Catherine
natalia f Наталья Наталля Наталія Наташа Natalia Natallia Nataliya Natasha Natalya
irina f Ирина Ірына Ірина Ира Irina Iryna Ira
yulia f Юлия Юлія Юля Yulia Yuliya Iuliia Julia Yulya Julija
lyudmila f Людмила Людміла Люда Liudmila Lyudmila Liudmyla Ludmila
galina f Галина Галіна Галя Halina Galina Halyna
nadezhda f Надежда Надзея Надія Надя Nadezhda Nadzeya Nadiya Nadia Nadzeja
lyubov f Любовь Любоў Любов Люба Lyubov Liubou Liubov
valentina f Валентина Валянціна Valiantsina Valentyna Valentina
daria f Дарья Дар'я Дарія Даша Daria Darya Dasha Dariya Daryia
ksenia f Ксения Ксенія Ксюша Ksenia Kseniya Xenia Ksenija
polina f Полина Паліна Palina Polina Paulina
sofia f София Софья Сафія Соня Sofia Sofya Sophia Sofiya Sonya Safiya
marfa f Марфа Marfa
anastasia f Анастасия Анастасія Настя Наста Anastasia Nastassia Nasta Nastya Anastasiya
alla f Алла Alla
viktoria f Виктория Вікторыя Вікторія Вика Viktoria Viktoryia Viktoriia Victoria
veronika f Вероника Вераніка Veranika Veronika
larisa f Лариса Ларыса Larysa Larisa
marina f Марина Марына Maryna Marina
oksana f Оксана Аксана Aksana Oksana
valeria f Валерия Валерыя Valeria Valeryia Valeriya
kristina f Кристина Крысціна Krystsina Kristina Khrystsina
liliya f Лилия Лілія Liliya Lilia
raisa f Раиса Raisa
nina f Нина Ніна Nina
vera f Вера Vera Viera
antonina f Антонина Антаніна Antonina Antanina
inna f Инна Inna
zhanna f Жанна Zhanna
alsu f Алсу Alsu
leniie f Ление Leniie Lenie
emilia f Эмилия Emilia
margarita f Маргарита Марго Margarita Marharyta Рита Рыта Rita
zinaida f Зинаида Зінаіда Зінаїда Zinaida Zinaida
tamara f Тамара Tamara
elvira f Эльвира Elvira
diana f Диана Дыяна Diana
alina f Алина Аліна Alina
karina f Карина Karina
bogdan m Богдан Багдан Bogdan Bohdan
ostap m Остап Astap Ostap
nazar m Назар Nazar
solomiya f Соломія Solomiia Solomiya
yaroslava f Ярослава Yaroslava
khrystyna f Христина Khrystyna
"""

_BY_FORM: dict[str, frozenset[str]] = {}
# Exact spellings win over phonetic forms: Ihar and Yahor fold to one form but are Igor and Egor.
_BY_SPELLING: dict[str, frozenset[str]] = {}
GENDER: dict[str, str] = {}


def _load() -> None:
    grouped: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    canon = ""
    for line in _TABLE.strip().splitlines():
        fields = line.split()
        if not line.startswith(" "):
            canon, gender, fields = fields[0].split("_")[0], fields[1], fields[2:]
            GENDER.setdefault(canon, gender)
            fields.append(canon)
        for spelling in fields:
            exact.setdefault(fold_diacritics(spelling.casefold()), set()).add(canon)
            form = phon(spelling)
            if form:
                grouped.setdefault(form, set()).add(canon)
    for form, names in grouped.items():
        _BY_FORM[form] = frozenset(names)
    for spelling, names in exact.items():
        _BY_SPELLING[spelling] = frozenset(names)


_load()


@lru_cache(maxsize=16384)
def given_ids(word: str) -> frozenset[str]:
    """Canonical given names a word can be (empty when it is not a known given name)."""
    hit = _BY_SPELLING.get(fold_diacritics(word.casefold()))
    if hit is not None:
        return hit
    return _BY_FORM.get(phon(word), frozenset())


def given_ids_exact(word: str) -> frozenset[str]:
    """Canonical names for a listed spelling only (no phonetic folding): Марыі is not Mary."""
    return _BY_SPELLING.get(fold_diacritics(word.casefold()), frozenset())


def known_form(form: str) -> frozenset[str]:
    """Like :func:`given_ids` for an already phonetic form."""
    return _BY_FORM.get(form, frozenset())


def all_spellings() -> frozenset[str]:
    """Every listed spelling, folded to lower case without diacritics."""
    return frozenset(_BY_SPELLING)


def gender_of(ids: frozenset[str]) -> str | None:
    genders = {GENDER[i] for i in ids}
    return genders.pop() if len(genders) == 1 else None


def spellings(canon: str) -> list[str]:
    """All listed spellings of one canonical name, in table order (for variants())."""
    out: list[str] = []
    current = ""
    for line in _TABLE.strip().splitlines():
        fields = line.split()
        if not line.startswith(" "):
            current, fields = fields[0].split("_")[0], fields[2:]
        if current == canon:
            out.extend(f for f in fields if f not in out)
    return out
