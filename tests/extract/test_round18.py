"""Round 18: the many ordinary ways a report says that a court sentenced someone, that police
took someone, that a prisoner was moved, silenced, put alone in a cell, recognised, charged,
freed or died, in English, Russian and Belarusian; and given names the name engine already
knows. Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest
from claim_pairs import claim_pairs

PUB = date(2025, 12, 1)

# (language, text, event type, person): each sentence alone must give that claim
WORDINGS = [
    # verdicts told from the court's side
    ("en", "Judge Ivanova gave a three-year suspended sentence to Maria Kozel.", "sentenced",
     "Maria Kozel"),
    ("en", "A court in Minsk jailed Ales Dvornik for 15 days on Tuesday.", "sentenced",
     "Ales Dvornik"),
    ("en", "An appeals court reduced the prison term of Timur Aliev from 14 to 12 years.",
     "sentenced", "Timur Aliev"),
    ("en", "The court ordered Yuri Volk to serve five years in a penal colony.", "sentenced",
     "Yuri Volk"),
    ("en", "A military court in Rostov sent Enver Kurt to prison for 13 years.", "sentenced",
     "Enver Kurt"),
    ("en", "The court imposed a sentence of six years on Dmitri Petrov.", "sentenced",
     "Dmitri Petrov"),
    ("en", "The court handed Olga Minich a fine of 500 roubles on Monday.", "sentenced",
     "Olga Minich"),
    ("en", "Nadia Brel was sentenced to four years.", "sentenced", "Nadia Brel"),
    ("ru", "Судья Иванова дала Марии Козел три года колонии.", "sentenced", "Мария Козел"),
    ("ru", "Суд в Минске арестовал Алеся Дворника на 15 суток.", "sentenced", "Алесь Дворник"),
    ("ru", "Юрия Волка отправили в колонию на пять лет.", "sentenced", "Юрий Волк"),
    ("ru", "Анне Паук дали три с половиной года колонии.", "sentenced", "Анна Паук"),
    ("be", "Суддзя Іванова дала Марыі Козел тры гады калоніі.", "sentenced", "Марыя Козел"),
    ("be", "Суд у Мінску арыштаваў Алеся Дворніка на 15 сутак.", "sentenced", "Алесь Дворнік"),
    ("be", "Юрыя Воўка адправілі ў калонію на пяць гадоў.", "sentenced", "Юрый Воўк"),
    # detentions
    ("en", "Police picked up Pavel Sidorenko at his flat on Tuesday.", "detained",
     "Pavel Sidorenko"),
    ("en", "KGB agents took Mikhail Zorin into custody on Monday.", "detained", "Mikhail Zorin"),
    ("en", "Timur Aliev was apprehended at Minsk airport on his return.", "detained",
     "Timur Aliev"),
    ("ru", "Во вторник силовики пришли за Павлом Сидоренко и увезли его.", "detained",
     "Павел Сидоренко"),
    ("ru", "Ольгу Минич забрали из дома в пятницу.", "detained", "Ольга Минич"),
    ("ru", "Сотрудники КГБ увезли Михаила Зорина в неизвестном направлении.", "detained",
     "Михаил Зорин"),
    ("be", "Вольгу Мініч забралі з дому ў пятніцу.", "detained", "Вольга Мініч"),
    ("be", "Андрэй Голуб апынуўся за кратамі ў сераду.", "detained", "Андрэй Голуб"),
    ("be", "Ігара Лосіка змясцілі ў ізалятар часовага ўтрымання.", "detained", "Ігар Лосік"),
    # transfers
    ("en", "Maria Kozel has been relocated to prison No. 4.", "transferred", "Maria Kozel"),
    ("en", "Prison officials shifted Nadia Brel to a stricter colony.", "transferred",
     "Nadia Brel"),
    ("ru", "Алеся Дворника отправили этапом в Новополоцк.", "transferred", "Алесь Дворник"),
    ("ru", "Юрий Волк прибыл в колонию в Ивацевичах.", "transferred", "Юрий Волк"),
    ("be", "Цімура Аліева этапам даставілі ў калонію.", "transferred", "Цімур Аліеў"),
    # silence, isolation
    ("en", "Nobody has seen Timur Aliev since he was taken away.", "incommunicado",
     "Timur Aliev"),
    ("en", "The whereabouts of Yuri Volk remain unknown.", "incommunicado", "Yuri Volk"),
    ("ru", "От Ольги Минич нет писем уже восемь месяцев.", "incommunicado", "Ольга Минич"),
    ("ru", "Михаил Зорин лишён доступа к адвокату.", "incommunicado", "Михаил Зорин"),
    ("be", "Лісты ад Надзеі Брэль перасталі прыходзіць у маі.", "incommunicado",
     "Надзея Брэль"),
    ("en", "Timur Aliev is being kept in isolation.", "solitary_confinement", "Timur Aliev"),
    ("en", "Sergei Lis has been held alone in a cell for three months.", "solitary_confinement",
     "Sergei Lis"),
    ("ru", "Юрия Волка посадили в одиночку.", "solitary_confinement", "Юрий Волк"),
    ("be", "Юрыя Воўка пасадзілі ў адзіночку.", "solitary_confinement", "Юрый Воўк"),
    # deaths
    ("en", "Ales Dvornik passed away in the prison hospital.", "died_in_custody",
     "Ales Dvornik"),
    ("en", "The death of Sergei Lis in prison was confirmed on Friday.", "died_in_custody",
     "Sergei Lis"),
    ("ru", "Тимура Алиева нашли мёртвым в камере в понедельник.", "died_in_custody",
     "Тимур Алиев"),
    ("be", "Вольга Мініч памерла пад вартай на мінулым тыдні.", "died_in_custody",
     "Вольга Мініч"),
    # recognition, charges
    ("en", "Maria Kozel was granted political prisoner status in May.", "recognized",
     "Maria Kozel"),
    ("ru", "Алеся Дворника внесли в список политзаключённых.", "recognized", "Алесь Дворник"),
    ("be", "Юрыя Воўка ўключылі ў спіс палітычных вязняў на мінулым тыдні.", "recognized",
     "Юрый Воўк"),
    ("en", "Investigators brought charges of terrorism against Ihar Losik.", "charged",
     "Ihar Losik"),
    ("en", "Police drew up an administrative report against Anna Pauk.", "charged", "Anna Pauk"),
    ("ru", "В отношении Марии Козел завели уголовное дело.", "charged", "Мария Козел"),
    ("ru", "Следователи предъявили Игорю Лосику обвинение в терроризме.", "charged",
     "Игорь Лосик"),
    ("be", "Супраць Алеся Дворніка ўзбудзілі крымінальную справу.", "charged", "Алесь Дворнік"),
    ("be", "Цімура Аліева абвінавацілі ў экстрэмізме.", "charged", "Цімур Аліеў"),
    # releases
    ("en", "Ilya Kazak stepped out of the jail to applause from friends.", "released",
     "Ilya Kazak"),
    ("en", "Yuri Volk was discharged from the prison hospital and went home.", "released",
     "Yuri Volk"),
    ("ru", "Надежда Брель вышла на волю на прошлой неделе.", "released", "Надежда Брель"),
    ("ru", "Игорь Лосик вернулся домой после четырёх лет заключения.", "released",
     "Игорь Лосик"),
    ("be", "Юрыя Воўка выпусцілі з СІЗА.", "released", "Юрый Воўк"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "person"), WORDINGS)
def test_an_ordinary_wording_gives_its_claim(lang: str, text: str, kind: str,
                                             person: str) -> None:
    assert (kind, person) in claim_pairs(text, lang, PUB)


# (language, text, event type, person): wordings near those above that must give no such claim
NOT_THESE = [
    # the court's remand after an arrest already told is no second detention
    ("en", "Mikhail Dorofeyev was detained in Kirov on Monday. On Thursday a court remanded "
           "him in custody for two months.", "detained", 1),
    # a prisoner brought to a hearing from his colony is moved, not arrested
    ("en", "For the hearing, Artsiom Palchyk was brought in from penal colony No. 17.",
     "detained", 0),
    # a wish in a quote and a return from a punishment cell are no release
    ("be", "«Я не прасіў, каб мяне садзілі, і не буду прасіць, каб выпусцілі», — сказаў "
           "Андрэй Піскун.", "released", 0),
    ("be", "З ШІЗА выпусцілі палітвязня Аляксандра Мазура.", "released", 0),
    # a case in absentia against someone abroad is persecution, not a charge
    ("be", "Супраць Кацярыны Дзямідавай завялі крымінальную справу ў завочным парадку.",
     "charged", 0),
    # a pet form is no given name («Слава» is glory), nor is a genitive a woman's name
    ("ru", "«Слава героям», — скандировали люди у суда, где осудили Ивана Петрова.",
     "sentenced", 1),
]


@pytest.mark.parametrize(("lang", "text", "kind", "count"), NOT_THESE)
def test_a_near_wording_gives_no_extra_claim(lang: str, text: str, kind: str,
                                             count: int) -> None:
    assert sum(1 for t, _ in claim_pairs(text, lang, PUB) if t == kind) == count


# -- from the first sealed pair, once opened -------------------------------------------------

def test_a_group_named_then_called_the_men() -> None:
    text = ("A court on Monday sentenced Dilyaver Emirsaliyev, Ayder Kurtveliyev and Eskender "
            "Tairov to between 11 and 13 years. The men were detained in June 2021.")
    detained = {p for t, p in claim_pairs(text, "en", PUB) if t == "detained"}
    assert detained == {"Dilyaver Emirsaliyev", "Ayder Kurtveliyev", "Eskender Tairov"}


def test_most_of_them_is_nobody_in_particular() -> None:
    text = ("Суд отправил Ризвана Аблаева и Эрфана Керимова в СИЗО на два месяца. Большинство "
            "из них получили сроки от 10 до 19 лет и отбывают их в колониях.")
    assert not any(t == "sentenced" for t, _ in claim_pairs(text, "ru", PUB))


def test_a_rights_group_lists_or_describes_them_as_political_prisoners() -> None:
    text = ("A court sentenced Azamat Toktorbaev and Aizhan Sydykova on Monday. The group Erkin "
            "Soz has described both as political prisoners.")
    recognized = {p for t, p in claim_pairs(text, "en", PUB) if t == "recognized"}
    assert recognized == {"Azamat Toktorbaev", "Aizhan Sydykova"}


def test_a_list_of_those_detained() -> None:
    text = ("Among those taken were Enver Kurtumerov, a builder, his neighbour Lenur Settarov "
            "and Ayder Mamutov.")
    detained = {p for t, p in claim_pairs(text, "en", PUB) if t == "detained"}
    assert detained == {"Enver Kurtumerov", "Lenur Settarov", "Ayder Mamutov"}
    moved = "Among those taken to Poland was Mikhail Rusak, a 39-year-old engineer."
    assert ("detained", "Mikhail Rusak") not in claim_pairs(moved, "en", PUB)


def test_outlets_and_peoples_are_not_persons() -> None:
    text = ("Kirill Lebedinsky, a correspondent for the regional daily Elbe Rundschau, was "
            "pardoned on Monday. An exiled Tajik activist deported from Russia has vanished.")
    people = {p for _, p in claim_pairs(text, "en", PUB)}
    assert "Kirill Lebedinsky" in people
    assert not people & {"Elbe Rundschau", "Rundschau", "Tajik"}


def test_what_an_amnesty_did_to_others_and_an_inverted_condition() -> None:
    text = ("Merdan Annaberdiyev was jailed in 2017. He has not been included in any of the "
            "amnesties, which have freed thousands of convicts. Had he been released on health "
            "grounds, he might be alive.")
    assert not any(t == "released" for t, _ in claim_pairs(text, "en", PUB))


# -- from the second sealed pair, once opened ------------------------------------------------

def test_a_dismissed_post_and_a_demanded_release_are_no_release() -> None:
    text = ("The group dismissed social media posts claiming that Alena Krautsova had been "
            "released. Anastasiya Kruk, who is serving eight years, is one of many whose release "
            "rights groups keep demanding.")
    assert not any(t == "released" for t, _ in claim_pairs(text, "en", PUB))


def test_those_expected_but_left_behind() -> None:
    text = ("Аднак Віталь Гаранін, якога сваякі чакалі ўбачыць сярод вызваленых, застаўся "
            "ў калоніі ў Наваполацку.")
    assert not any(t == "released" for t, _ in claim_pairs(text, "be", PUB))


def test_custody_extended_is_no_verdict() -> None:
    text = ("Судья продлила Айжан Сыдыковой срок содержания под стражей ещё на два месяца.")
    assert not any(t == "sentenced" for t, _ in claim_pairs(text, "ru", PUB))


def test_a_term_told_by_what_was_served() -> None:
    assert ("sentenced", "Ігар Лабановіч") in claim_pairs(
        "Ігар Лабановіч 3 лютага пакінуў калонію ў Віцебску пасля чатырох гадоў зняволення.",
        "be", PUB)
    assert ("sentenced", "Пётр Стрельчик") in claim_pairs(
        "Пётр Стрельчик 24 ноября покинул колонию в Ивацевичах после пяти лет заключения.",
        "ru", PUB)
    assert ("sentenced", "Iryna Bialkevich") in claim_pairs(
        "Iryna Bialkevich walked out of the colony in 2024 at the end of a three-year sentence.",
        "en", PUB)


def test_a_verdict_with_its_object_after_the_term_in_belarusian() -> None:
    text = ("Менскі гарадскі суд завочна асудзіў на 12 гадоў калоніі ўзмоцненага рэжыму блогера "
            "Кастуся Шыманскага.")
    assert ("sentenced", "Кастусь Шыманскі") in claim_pairs(text, "be", PUB)


def test_a_polish_name_in_belarusian_and_a_temporary_isolator() -> None:
    assert ("released", "Ежы Ваўжынскі") in claim_pairs(
        "У панядзелак Ежы Ваўжынскі выйшаў з калоніі ў Гродне.", "be", PUB)
    assert ("released", "Giorgi Tsiklauri") in claim_pairs(
        "Giorgi Tsiklauri was let out of the temporary detention isolator on Thursday.", "en",
        PUB)


def test_the_owner_before_a_described_name_is_not_the_subject() -> None:
    text = ("Коллегу Мезенцевой, фотографа Елену Скворцову, задержали в апреле, но через двое "
            "суток отпустили без предъявления обвинения.")
    released = {p for t, p in claim_pairs(text, "ru", PUB) if t == "released"}
    assert released == {"Елена Скворцова"}
