"""Small wording cues the engine reads around a trigger, in English, Russian and Belarusian:
clauses that put an event outside a rumour, the named part of a counted group, removals from
custody, and words that show a person was once freed."""

from __future__ import annotations

import re

from volia.domain.model import EventType as E

FREED_ASIDE = re.compile(r",\s*(?:(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?)?"
                         r"(?:who|which|котор(?:ый|ая|ую|ого|ой|ым)|які|якая|якую|якога"
                          r"|якой|якім)\b[^,]{0,60}?(?:freed"
                          r"|released|walked\s+(?:free|out)|освобод\w+|вышл?\w*\s+на\s+свободу|вызвал\w+|выйшл?\w*)"
                          # «против Дмитрия Коваля, освобождённого в 2023 году, …»
                          r"|(?:освобожд[её]нн|вышедш\w+\s+на\s+свободу|вызвален)\w*)"
                          # "was released on Friday … and was placed under supervision the same
                          # day": freed first, then put under it
                          r"|\b(?:released|freed)\b[^.;]{0,80}?\band\s+(?:was\s+|were\s+)?(?:then\s+)?"
                          r"(?:placed|put)\s+under"
                          r"|(?:освобожден|освободил|вышл?\w*\s+на\s+свободу)[^.;]{0,80}?\bи\s+(?:сразу\s+)?"
                          r"(?:постав|помещ)\w*\s+под",
                          re.IGNORECASE)


# "…that X, sentenced to eight years, was freed": the participle after a comma is background.
APPOSED_TERM = re.compile(r"[\w»\"”)]\s*,\s*(?:who\s+(?:is|was)\s+|который\s+|которая\s+"
                           r"|які\s+|якая\s+"
                           # "X, a Moscow historian serving nine years, …"
                           r"|an?\s+(?:[\w-]+\s+){1,4}?(?:who\s+(?:is|was)\s+)?)?$",
                           re.IGNORECASE)


INCLUDING = {
    "en": re.compile(r"\b(?:including|among\s+them|among\s+whom)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:в\s+том\s+числе|среди\s+них|среди\s+которых)(?!\w)",
                     re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:у\s+тым\s+ліку|сярод\s+іх|сярод\s+якіх)(?!\w)",
                     re.IGNORECASE),
}
# "detained three workers — X, Y and Z": a counted group and its names after a dash
COUNTED_LIST = {
    "en": re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)"
                     r"{0,3}?[\w-]+\s*[—–:]", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:\d+|двое|двух|трое|троих|тр[её]х|четвер\w+|пят\w+|шест\w+)"
                     r"\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*[—–:]", re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:\d+|двое|дваіх|двух|трое|траіх|трох|чатыр\w+|пяц\w+|шэсц\w+)"
                     r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*[—–:]", re.IGNORECASE),
}
ONE_PERSON = {"he", "him", "she", "her", "он", "его", "она", "её", "ее", "ён", "яго", "яна",
               "яе"}
FREEING = {E.RELEASED.value, E.DEPORTED.value, E.PARDONED.value}
AFTER_FREEDOM = re.compile(r"release|former|freed|exchanged|swap|new\s+(?:criminal\s+)?case"
                            r"|освобо\w+|бывш\w+|вышл?\w*\s+(?:на\s+свободу|из\s+колонии)|обмен"
                            r"|нов\w+\s+(?:уголовн\w+\s+)?дел|вызвал\w+|выйшл?\w*|былы\w*|былая"
                            r"|былога|нов\w+\s+(?:крымінальн\w+\s+)?справ", re.IGNORECASE)


RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|які|якая|якія|который|которая|которые)\s+"
                              r"[^,]{0,40}$", re.IGNORECASE)
# "X was also released" right after a batch: one of its members.
ALSO = re.compile(r"(?<!\w)(?:also|также|тоже|таксама)(?!\w)", re.IGNORECASE)
# "So was X", "So were X and Y": the same events as the sentence before.
SO_WAS = re.compile(r"^\W*So\s+(?:was|were|is|are|did|has|had)\s+", re.IGNORECASE)
# A relative held for hours, for a talk, and let go: pressure, not an arrest ("kept until the
# evening", «продержали в РУВД до вечера», «затрымалі на тры гадзіны»)
SHORT_HOLD = re.compile(r"\b(?:for|until)\s+(?:(?:about|around|almost|nearly|some)\s+)?"
                        r"(?:(?:a\s+)?few|several|two|three|four|five|six"
                        r"|most\s+of\s+the|the|that)\s+(?:hours?|day|evening|night)\b"
                        r"|(?<!\w)(?:до\s+вечера|до\s+ночи|на\s+(?:несколько|пару|два|три|четыре|пять|шесть)\s+час"
                        r"|\b(?:after|within)\s+(?:a\s+few|several|two|three|four|five|six)\s+hours\b"
                        r"|\b(?:a\s+few|several|two|three|four|five|six|an)\s+hours?\s+later\b"
                        r"|\b(?:after|within|for)\s+(?:about\s+)?(?:an|half\s+an)\s+hour\b"
                        r"|(?<!\w)(?:через|праз)\s+(?:час|полчаса|гадзіну|паўгадзіны)(?!\w)"
                        r"|(?<!\w)на\s+(?:час|гадзіну)(?!\w)|(?<!\w)(?:через|праз)\s+(?:сутки|суткі)(?!\w)"
                        r"|(?<!\w)(?:вечером|к\s+вечеру|увечары|ўвечары|да\s+вечара)\s+(?:отпустили"
                        r"|адпусцілі)(?!\w)"
                        # "spent five hours in a police van", «провели пять часов в отделе»
                        r"|\bspent\s+(?:about\s+|some\s+|almost\s+|nearly\s+)?(?:a\s+few|several|two"
                        r"|three|four|five|six|seven|eight|\d)\s+hours\b"
                        r"|(?<!\w)(?:провел\w*|правял\w*|правёў)\s+(?:около\s+|каля\s+)?(?:пять|шесть|семь"
                        r"|пяць|шэсць|сем|\d)\s+(?:часов|гадзін)"
                        # «продержали около трёх часов», «трымалі каля трох гадзін»
                        r"|(?<!\w)(?:двух|трёх|трех|четыр[её]х|пяти|шести|нескольких)\s+часов(?!\w)"
                        r"|(?<!\w)(?:дзвюх|двух|трох|чатырох|пяці|шасці|некалькіх)\s+гадзін(?!\w)"
                        r"|(?:через|праз)\s+(?:несколько|пару|два|три|четыре|пять|шесть|некалькі"
                        r"|дзве|тры|чатыры|пяць|шэсць|\d)\s+(?:час|гадзін)"
                        r"|несколько\s+часов|да\s+вечара|на\s+(?:некалькі|пару|дзве|тры|чатыры|пяць|шэсць)"
                        r"\s+гадзін|некалькі\s+гадзін"
                        # let go the same evening: "released late in the evening", «отпустили
                        # поздно вечером», «на сутки … и отпустили без протокола»
                        r"|\b(?:released|let\s+go|freed)\s+(?:late\s+in\s+the\s+(?:evening|night)"
                        r"|(?:on\s+)?the\s+same\s+(?:evening|night)|(?:later\s+)?that\s+(?:evening|night))\b"
                        r"|(?<!\w)(?:отпустили|адпусцілі)\s+(?:только\s+|толькі\s+)?(?:поздно\s+|позна\s+)?"
                        r"(?:вечером|ночью|в\s+тот\s+же\s+день|увечары|ўвечары|уначы|ноччу"
                        r"|у\s+той\s+жа\s+дзень)|(?<!\w)на\s+(?:одни\s+)?сутки(?!\w)"
                        r"|(?<!\w)на\s+суткі(?!\w)"
                        r"|(?<!\w)(?:отпустили|адпусцілі)\s+без\s+(?:протокола|пратакола)(?!\w))\w*",
                        re.IGNORECASE)
# Held "for a talk", «для беседы»: pressure, not an arrest (the English words also keep the
# lexicon's "took him from his flat for a talk" from an arrest)
TALK_WORDS = r"(?:talk|conversation|chat|prophylactic|preventive)"
FOR_A_TALK = re.compile(rf"\bfor\s+(?:what\s+(?:[\w-]+\s+){{1,3}}?called\s+)?(?:an?\s+)?"
                        rf"(?:[\"“']\s*)?(?:preventive\s+|prophylactic\s+)?{TALK_WORDS}"
                        r"|(?<!\w)(?:для|на)\s+(?:[«\"]\s*)?(?:беседы|разговора|размовы"
                        r"|гутаркі)|(?<!\w)на\s+[«\"]?\s*(?:беседу|разговор|размову|гутарку)(?!\w)",
                        re.IGNORECASE)
# A member of a batch taken abroad who stayed home: no share in the batch's destination.
STAYED = re.compile(r"stay(?:ed|s)?\s+(?:in\s+(?:Belarus|Russia|the\s+country)|(?:at\s+)?home)"
                    r"|at\s+(?:his|her|their)\s+own\s+request"
                    r"|(?:allowed|permitted)\s+to\s+(?:stay|remain)"
                    r"|driven\s+(?:back\s+)?to\s+(?:his|her|their)\s+(?:flat|house|home|apartment)"
                    r"|(?:went|returned|allowed\s+to\s+go|allowed\s+to\s+return)"
                    r"\s+(?:to\s+(?:his|her|their)\s+)?home|refused\s+(?:it|the\s+(?:offer|seat|bus)|to\s+(?:leave|go|board|cross))"
                    r"|остал\w+\s+в\s+(?:Беларуси|России|стране)|верну(?:л|вш)\w+\s+домой"
                    r"|оста(?:ть|ва)\w*\s+дома|остал\w*\s+дома|(?:отправил|поехал|пош[её]л|пошл)\w*\s+домой"
                    r"|заста(?:ц|ва|л)\w*\s+дома|(?:паехаў|паехала|пайшоў|пайшла|адправіў?\w*)\s+дадому"
                    r"|заста(?:ў|л)\w*\s+[уў]\s+Беларусі|вярну(?:л|ўш|ў)\w*\s+дадому"
                    r"|(?:пакінул|оставил)\w*\s+[увў]\s+(?:Беларусі|Беларуси|России|Расіі)"
                    r"|(?:отвезли|отпустили|отпустить|адвезлі|адпусцілі|адпусціць|driven|taken|sent)"
                    r"\s+(?:\w+\s+)?(?:домой|дадому|дамоў|home)"
                    r"|отказал\w*\s+(?:садиться|уезжать|ехать)|адмовіў?\w*\s+(?:садзіцца|ехаць|з'?язджаць)"
                    # "her passport has been confiscated, so she cannot leave the country"
                    r"|(?:cannot|can\s*not|can't|not\s+allowed\s+to|banned\s+from)\s+(?:leave|leaving)"
                    r"\s+the\s+country|passport\s+(?:has\s+been\s+|was\s+)?confiscated"
                    r"|took\s+(?:a|the)\s+(?:train|bus|taxi)\s+home"
                    # "is at home in Minsk", «дома в Гомеле»: home, not abroad
                    r"|(?:is|are|was|were|stayed|remained|now|back)\s+(?:now\s+|back\s+)?(?:at\s+)?home"
                    r"\s+in\s+(?:Belarus|Minsk|Hrodna|Grodno|Brest|Homiel|Gomel|Mahiliou"
                    r"|Mogilev|Vitsebsk|Viciebsk|Vitebsk|Pinsk|Lida|Barysau|Babruisk|Bobruisk)\b"
                    r"|(?:уже|сейчас|теперь|ужо|цяпер)\s+дома,?\s+[вуў]\s+(?:Беларус|Минске|Мінску|Гродн|Брэсце"
                    r"|Бресте|Гомел|Могил|Магіл"
                    r"|Витебск|Віцебск)",
                    re.IGNORECASE)
# "refused to board the bus and was driven home": freed all the same, at home
TAKEN_HOME = re.compile(r"(?<!\w)(?:driven|taken|sent|went|returned|allowed\s+to\s+go|отвезли"
                        r"|отпустили|вернул\w*|адвезлі|адпусцілі|вярнул\w*)\s+(?:\w+\s+)?(?:home"
                        r"|домой|дадому)(?!\w)", re.IGNORECASE)
# A person still serving the term at the time of writing: no member of a freed batch.
STILL_SERVING = re.compile(r"(?<!been\s)(?<!was\s)(?<!were\s)\b(?:is\s+)?serving\s+(?:a\s+)?"
                           r"[\w-]+\s+(?:years?|months?|sentence|term)"
                           r"|(?<!\w)(?:отбывает|адбывае|отбывающ(?:ему|ий|ая|ей|его|ую)"
                           r"|адбываюч\w*)(?!\w)",
                           re.IGNORECASE)
# A sentence that goes on about the person of the sentence before.
GOES_ON = re.compile(r"^\W*(?:She|He|They|Она|Он|Они|Яна|Ён|Яны)\b"
                     # «Когда ему сказали, что его повезут в Вильнюс, он потребовал…»
                     r"|^\W*(?:[\w-]+\s+){0,2}(?:ему|его|ей|её|ёй|яму|яго|him|her)\b")
# A name right after a preposition is an object of its sentence ("detained with X"), not
# its subject
OBJECT_OF = {
    "en": re.compile(r"\b(?:with|alongside|to|from|for|by|against|about|than|as)\s+$",
                     re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:с|со|к|ко|у|о|об|для|за|при|от|про|против)\s+$", re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:з|са|да|к|ля|пра|для|за|пры|ад|супраць|[уў])\s+$", re.IGNORECASE),
}
# A clause right after a plural noun that says which people are meant ("the two men who were
# released"): new ones, not those just named
DEFINING_CLAUSE = re.compile(r"\s+(?:who|that)\s", re.IGNORECASE)
