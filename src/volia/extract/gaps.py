"""Patterns over the text between a trigger and a name: objects, subjects, lists, short
descriptions ("the laureate"), fronted clauses, inverted subjects, relative clauses and
companions ("together with X"). The words ``attach`` reads, kept apart from its decisions."""

from __future__ import annotations

import re

_DESCRIPTORS = {
    "en": r"laureate|activist|blogger|journalist|politician|banker|opposition\s+figure"
          r"|human\s+rights\s+(?:defender|activist)|musician|flautist|lawyer|philosopher|artist"
          r"|priest|student|pensioner|former\s+candidate"
          # occupations a report describes its people by ("The rapper X …; … the rapper")
          r"|rapper|singer|poet|writer|novelist|playwright|actor|actress|photographer|editor"
          r"|reporter|teacher|lecturer|professor|doctor|surgeon|nurse|paramedic|engineer"
          r"|programmer|entrepreneur|businessman|businesswoman|advocate|anarchist|pastor"
          r"|volunteer|footballer|athlete|coach|scientist|historian|economist|translator"
          r"|librarian|veteran|retiree|driver|mechanic|electrician|farmer|builder|carpenter"
          r"|welder|miner|cook|barista|courier",
    "ru": r"лауреат\w*|активист\w*|блогер\w*|журналист\w*|политик\w*|правозащитни\w+|банкир\w*"
          r"|музыкант\w*|художни\w+|священни\w+|студент\w*|пенсионер\w*"
          r"|адвокат\w*|поэт\w*|писател\w*|рэпер\w*|певиц\w*|певца|певцу|певцом|актрис\w*"
          r"|режисс[её]р\w*|фотограф\w*|редактор\w*|учител\w*|преподавател\w*|профессор\w*"
          r"|врач\w*|медсестр\w*|хирург\w*|инженер\w*|программист\w*|предпринимател\w*"
          r"|бизнесмен\w*|анархист\w*|пастор\w*|волонт[её]р\w*|футболист\w*|спортсмен\w*"
          r"|тренер\w*|историк\w*|экономист\w*|переводчи\w+|библиотекар\w*|ветеран\w*"
          r"|водител\w*|механик\w*|электрик\w*|фермер\w*|строител\w*|столяр\w*|плотник\w*"
          r"|сварщик\w*|шахт[её]р\w*|повар\w*|курьер\w*|айтишник\w*",
    "be": r"лаўрэат\w*|актывіст\w*|блогер\w*|журналіст\w*|палітык\w*|праваабаронц\w+"
          r"|банкір\w*|музыкант\w*|мастак\w*|святар\w*|студэнт\w*|пенсіянер\w*"
          r"|адвакат\w*|паэт\w*|пісьменні\w+|рэпер\w*|спявачк\w*|спевак\w*|спевака|актрыс\w*"
          r"|рэжысёр\w*|фатограф\w*|рэдактар\w*|настаўні\w+|выкладчы\w+|прафесар\w*"
          r"|урач\w*|лекар\w*|медсяс\w*|хірург\w*|інжынер\w*|праграміст\w*|прадпрымальні\w+"
          r"|бізнесмен\w*|анархіст\w*|пастар\w*|валанцёр\w*|футбаліст\w*|спартсмен\w*"
          r"|трэнер\w*|гісторык\w*|эканаміст\w*|перакладчы\w+|бібліятэкар\w*|ветэран\w*"
          r"|вадзіцел\w*|механік\w*|электрык\w*|фермер\w*|будаўнік\w*|столяр\w*|цесл\w+"
          r"|зваршчык\w*|шахцёр\w*|повар\w*|кухар\w*|кур['’]ер\w*|айцішнік\w*",
}
# Plural endings: «правозащитники», «журналистам», «праваабаронцы» name a group.
_PLURAL_RU = r"ов|ев|ей|ами|ями|ах|ях|ам|ям|ки|ты|ры|цы|ии|ны|чи|ри"
_PLURAL_BE = r"аў|яў|ей|амі|ямі|ах|ях|ам|ям|кі|ты|ры|цы|ны|чы"
_SHORT_REF = {
    "en": re.compile(rf"\b(?:the|this)\s+(?:\w+\s+)?({_DESCRIPTORS['en']})\b", re.IGNORECASE),
    # a plural form («правозащитников», «праваабаронцаў») names a group, never one person
    "ru": re.compile(rf"(?<!\w)(?!\w+(?:{_PLURAL_RU})(?!\w))({_DESCRIPTORS['ru']})(?!\w)",
                     re.IGNORECASE),
    "be": re.compile(rf"(?<!\w)(?!\w+(?:{_PLURAL_BE})(?!\w))({_DESCRIPTORS['be']})(?!\w)",
                     re.IGNORECASE),
}
# The word a name is described by where it stands ("X, a 34-year-old rapper", "rapper X")
_DESCRIBED = {**_SHORT_REF,
              "en": re.compile(rf"\b({_DESCRIPTORS['en']})\b", re.IGNORECASE)}
# "and Polish citizen X", "and a German citizen, X": a nationality is a description too.
_NATIONALITY = r"[a-z]+(?:ish|ian|an|ese|ch|i)\s+(?:citizen|national|resident)"
_NATIONAL = rf"(?:[A-Z]{_NATIONALITY}\s*,?\s*)"
# (an age in brackets may stand after the first name: "X (45) and his wife Y (43)")
_CONNECTOR = re.compile(r"^\s*(?:\(\s*\d{1,3}\s*\)\s*)?"
                        r"(?P<term>(?:for|to|на|к|да)\s+[\w\s.,-]{1,30}?(?:years?|months?|лет|года?|годам"
                        r"|гадоў|гады)\s*)?(?:,|and|,\s*and|as\s+well\s+as|и|а\s+также|і|ды|та|&)\s*"
                        # not «Стасюка, которого они …»: a relative clause's subject is no member;
                        # not «Сафин, а Гурьянова увели»: a contrast starts another clause (but
                        # «на 10 гадоў, а Y — завочна» goes on with the verdict)
                        r"(?:(?:the|a|an)\s+)?(?(term)|(?!(?:а|но|але|аднак|однако|but|while|whereas)\b))"
                        r"(?:(?!котор|як(?:і|ая|ога|ую|ой|ім)\b|who|whom|which)"
                        rf"[a-zа-яёіў][\w-]*\s+){{0,2}}{_NATIONAL}?$")
# "X, a florist convicted in 2022, and Y were freed": an apposition between two joined names.
# «X, осуждённый за «шпионаж», а также белорусы Y и Z», «…, и 34-летняя фотограф Y».
_APPOSED_CONNECTOR = re.compile(r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:a|an|the)\s|[a-zа-яёіў\d])"
                                r"(?:[^,;:.()\n\"«»]|«[^»\n]{1,40}»){0,100},\s*(?:and|и|і|as\s+well\s+as"
                                r"|а\s+также|а\s+таксама)\s+(?:(?:the|a|an)\s+)?(?:\d+-[а-яёіў]+\s+)?"
                                r"(?:[а-яёіў][\w-]*\s+){0,2}$")
_OBJECT_GAP = re.compile(r"^\s*(?:(?:the|a|an|political|prisoner|activist|journalist|blogger"
                         r"|opposition|politician|leader|figure|former|candidate|lawyer"
                         r"|human|rights|defender|laureate|nobel|peace|prize|also|both"
                         r"|политзаключ\w+|активист\w*|журналист\w*|блогер\w*|правозащитни\w+"
                         r"|политик\w*|лидер\w*|лауреат\w*|также|палітвязн\w+|актывіст\w*"
                         r"|журналіст\w*|праваабаронц\w+|таксама|в|у|из|з|колонии|СИЗО"
                         r"|СІЗА)\s+){0,4}"
                         # "freed Estonian citizen X" (not "…, X said" after a comma)
                         rf"(?:(?-i:[A-Z]){_NATIONALITY}\s+)?$", re.IGNORECASE)
# "Seven months after he was freed, X...", «Через год после того как его освободили, X...»:
# a span of time may come before the conjunction
_SPAN_BEFORE = (r"(?:(?:just|only|barely|some|about|almost|nearly|[\w-]+\s+)?[\w-]+\s+"
                r"(?:hours?|days?|weeks?|months?|years?)\s+"
                r"|(?:через|спустя|праз)\s+(?:[\w-]+\s+){1,2}?)")
_FRONTED = re.compile(rf"^\s*{_SPAN_BEFORE}?(?:after|since|following|despite|before|upon|when|once"
                      r"|после|пасля|несмотря|з\s+моманту|с\s+момента)\b[^,]*$", re.IGNORECASE)
_LOOSE_GAP = {
    "en": re.compile(r"^\s*[—–:-]?\s*(?:(?:the|a|an)\s+)?(?:(?!(?:from|in|on|at|to|by|with|after|"
                     r"before|for|of|and|but|that|who|which|was|were|is|are|has|had|said)\b)"
                     r"[a-z0-9][\w-]*\s+){0,3}$"),
    "ru": re.compile(r"^\s*[—–:-]?\s*(?:(?!(?:в|во|на|из|по|за|к|с|со|от|и|а|но|что|после|до|"
                     r"для|о|об)\b)[а-яё][\w-]*\s+){0,3}$"),
    "be": re.compile(r"^\s*[—–:-]?\s*(?:(?!(?:у|ў|ва|на|з|са|па|за|да|і|а|але|што|пасля|для|аб|"
                     r"пра)\b)[а-яёіў][\w'’-]*\s+){0,3}$"),
}
_OWNER_APPOS = re.compile(r"^\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w-]*\s+){1,3}?"
                          r"[A-Z][\w-]*['’]s?\s+(?:[\w-]+\s+){0,2}[\w-]+,\s*$")
_SUBJECT_GAP = re.compile(r"^\s*(?:,[^,]{0,40},)?\s*(?:(?:was|were|has|had|have|been|is|are|also"
                          r"|later|then|not|never|himself|herself|был|была|были|было|также|тоже"
                          r"|быў|была|былі|таксама|сама|сам)\s+)*$", re.IGNORECASE)
_WHOSE = re.compile(r"\b(?:whose|чей|чья|чьи|чьего|чыя|чый|чые)\b", re.IGNORECASE)
# "detained the convict's brother, X", «задержали брата осуждённого, X»: the relative named
# right after the verb is its object, held in their own right
_KIN_OBJECT = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:brother|sister|wife|husband|son|daughter"
                         r"|mother|father|брат\w*|сестр\w*|жен[уаы]|муж\w*|сын\w*|доч\w*|мат\w*|отц\w*"
                         r"|бацьк\w*|жонк\w*|сястр\w*)(?:\s+[\w'’-]+){0,2}?\s*,\s*$", re.IGNORECASE)


# Companions: "together with X", «вместе с X», «разам з X»; told after a date or a place
# ("charged in June, together with X"), not after a relative clause of its own.
_COMPANION = re.compile(r"(?:alongside|with|together\s+with|вместе\s+с|разам\s+з)\s*$",
                        re.IGNORECASE)
_WITH_COMPANION = re.compile(r"(?:together\s+with|along\s+with|alongside|вместе\s+с|разам\s+з)\s+"
                             r"(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
_COMPANION_AFTER = re.compile(
    # (no clause between: "Minsk, a city he visited along with", "Vilnius, where he lived")
    r"(?:(?!\b(?:where|which|who|he|she|they|где|который|которая|он|она|дзе|які|якая|ён|яна)\b)"
    r"[^.;:!?—–,]){0,80}?,?\s*"
    r"(?:together\s+with|along\s+with|alongside|вместе\s+с|разам\s+з)\s+"
    # (not "with his wife X", «вместе с женой»: kin who went along are no co-defendants)
    r"(?:(?!(?:wife|husband|son|daughter|mother|father|brother|sister|жен|муж|сын|доч|мат|отц"
    r"|брат|сестр|жонк|бацьк|сястр|дачк)\w*\s)[\w-]+\s+){0,5}$", re.IGNORECASE)
# «задержали владельца автомастерской на улице Гагарина Андрея Кириллова», «затрымалі ў
# інтэрнаце студэнтку філалагічнага факультэта БДУ Вераніку Шамко»: a long description between
# an impersonal plural verb and its object; no clause ends and no other verb comes between
_LONG_OBJECT_GAP = re.compile(r"^(?:\s+(?!(?:и|і|а|но|але|что|што|который|которая|які|якая"
                              r"|после|пасля|когда|калі|вместе|разам|совместно|сумесна)(?!\w))"
                              r"[\w'’«»\"-]+){1,12}\s+$",
                              re.IGNORECASE)
_PLURAL_PAST = re.compile(r"\w{2,}(?:ли|лі)(?:сь|ся)?(?!\w)", re.IGNORECASE)
# an active past verb, whose object may stand after a long description («приговорил доцента
# кафедры … Григория Ветрова», «прысудзіў настаўніка фізікі … Мікалая Сцяпанава»)
_ACTIVE_PAST = re.compile(r"\w{3,}(?:ли|лі|ил|ал|ел|ла|іў|аў|еў)(?!\w)", re.IGNORECASE)
# "sentenced a 64-year-old resident of Seversk, Lyudmila Chervyakova, to 12 years": the
# object's description, then the name in apposition
_EN_APPOSED_OBJECT = re.compile(r"^\s+(?:a|an|another|the)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+,\s*$",
                                re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NAMED_COMPANION = re.compile(r"(?:alongside|together\s+with|along\s+with)\s+$", re.IGNORECASE)


# "Also freed was", "Released on Friday were": the verb first, the subject after a copula.
# ("Also freed under the decree was X": a short phrase may come before the verb)
_INVERTED = re.compile(r"^\s*(?:(?:under|by|on|in|from|at|after|during)\s+"
                       r"(?:the\s+|that\s+|this\s+)?"
                       r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+)?"
                       r"(?:(?:alongside|with|together\s+with)\s+(?:him|her|them)\s+|also\s+)?"
                       r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:the|a|an|his|her"
                       r"|their)\s+)?(?:[a-z0-9][\w-]*\s+){0,5}$")
_OWN_NOUN = re.compile(r"\b(?:a|an|the|another|one|other|his|her|their)\s+(?:[a-z-]+\s+)?(?:inmate"
                       r"|cellmate|prisoner|man|woman|person|detainee|colleague|friend|relative"
                       r"|neighbou?r)\s+$")
# A plural noun a bare participle describes ("inmates released since then"), unless names
# follow ("prisoners freed on Monday include X")
_PLURAL_HEAD = re.compile(r"\b(?:fellow|other|his|her|their)\s+(?:inmates|prisoners|cellmates"
                          r"|detainees)\s+$", re.IGNORECASE)
_NAMES_FOLLOW = re.compile(r"[^.;]{0,40}?\b(?:include[sd]?|including|among\s+them|such\s+as)\b",
                           re.IGNORECASE)
# A speech verb and its "that": what follows is told by the person before, not of them.
_REPORTED_THAT = re.compile(
    r"(?<!\w)(?:said|says|stated|claimed|declared|announced|insisted|recalled|noted|stressed"
    r"|added|explained|заявил\w*|сказал\w*|сообщил\w*|утвержда\w+|напомнил\w*|отметил\w*"
    r"|подчеркнул\w*|добавил\w*|пояснил\w*|заяві(?:ў|ла|лі)|сказа(?:ў|ла|лі)|паведамі(?:ў|ла|лі)"
    r"|сцвярджа\w+|нагада(?:ў|ла|лі)|адзначы(?:ў|ла|лі)|падкрэсл\w+|дада(?:ў|ла|лі))"
    r"(?:\s+[\w-]+){0,3}?,?\s+(?:что|that|што)(?!\w)"
    # … with a subject of its own that cannot be the speaker: «все они», "none", «ніякага»,
    # «тысячи человек»
    r"(?=.*?(?<!\w)(?:они|все|всех|никого|никакого|ни\s+одного|яны|усе|нікога|ніякага|they|all"
    r"|none|nobody|no\s+one|every|человек|людей|чалавек|людзей|people)(?!\w))",
    re.IGNORECASE | re.DOTALL)
# "A pardon without Rustamli", «кроме Рустамли»: the one left out takes no event.
# "Unlike Maksim, he was let out": the one set apart too
_LEFT_OUT = re.compile(r"(?<!\w)(?:without|except(?:\s+for)?|apart\s+from|unlike|in\s+contrast\s+to"
                       r"|без|кроме|акрамя|в\s+отличие\s+от|у\s+адрозненне\s+ад)\s+$",
                       re.IGNORECASE)
# «Паводле яго падлікаў», «по её словам», "according to his count": the source, no subject
_SOURCE_BEFORE = re.compile(r"(?<!\w)(?:паводле|по|па|according\s+to|со\s+слов|са\s+слоў)\s+$",
                            re.IGNORECASE)
# «По словам Абрамчика, …», "according to her lawyer, X": whoever tells it is no subject
_NAMED_SOURCE = re.compile(r"(?<!\w)(?:по\s+словам|со\s+слов|паводле|па\s+словах|са\s+слоў"
                           r"|according\s+to)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Detained alongside him was X": the pronoun after "alongside" is a companion, not the object.
_INVERTED_HEAD = re.compile(r"^\s*(?:[\w-]+\s+){0,3}$")
# A member list stops at a negation or at a new clause about someone else.
# (and a closing quote before a dash: «…», — пояснила X names the speaker, not a member)
_LIST_STOP = {
    "en": re.compile(r"\b(?:not|nor|but|except|while|whereas)\b|;|[»\"”],?\s*[—–]",
                     re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:не|ни|но|кроме|однако|хотя)(?!\w)|;|[»\"”],?\s*[—–]",
                     re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:не|ні|але|акрамя|аднак|хоць)(?!\w)|;|[»\"”],?\s*[—–]",
                     re.IGNORECASE),
}
# A relative of a prisoner can be the subject of these, in a passive clause of its own.
# The subject right before its verb, with at most an age between ("His wife, X, 38, received").
# Or a short apposition: «Её брат Максим Карпенко, 31-летний программист из Могилёва, был»
# (or both: "Her husband, X, 66, a specialist at a research institute in Novosibirsk, was")
_PASSIVE_SUBJECT = re.compile(r"^\s*(?:,\s*\d{1,3}\s*)?"
                              r"(?:,(?![^,;]*(?<!\w)(?:who|which|whose|котор\w+"
                              r"|як(?:і|ая|ія|ога|ой)|said|says|told|сказал\w*|сказаў|сказала)(?!\w))"
                              r"[^,;]{3,90}(?=,)){0,2},?\s*"
                              # «…, в ноябре 2022 года приговорили»: when, before the verb
                              r"(?:(?:в|во|у|ў|in|on|last)\s+(?:[\w-]+\s+){1,3}?)?(?:(?:also|later|then|has|had|have"
                              r"|тоже|также|таксама)\s+)*(?:(?:was|were|been|is|are|был|была|были|быў"
                              r"|былі)\s+)?(?:(?:also|later|then|тоже|также|таксама)\s+)?$",
                              re.IGNORECASE)
# ("X, a defender who has helped Y for years, was detained": Y is inside the clause)
_INSIDE_RELATIVE = re.compile(r",\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?)?"
                             r"(?:(?:о|об|про|пра|аб|с|з|у|ў|в|на|за|для|ад|от|of|with|about|for)\s+)?(?:who|whom|which|whose"
                             r"|который|которая|которые|которого|которой|які|якая|якія|якога|якой)"
                             r"\b[^,;]*$", re.IGNORECASE)
_PLURAL_WHO = re.compile(r"(?<!\w)(?:prisoners|inmates|people|others|detainees|cellmates|men|women"
                         r"|заключ[её]нн(?:ые|ых)|политзаключ[её]нн(?:ые|ых)|сокамерник(?:и|ов)"
                         r"|люд(?:и|ей)|зняволен(?:ыя|ых)|палітвязн(?:і|яў)|сукамернік(?:і|аў))"
                         r"\s*,?\s+(?:who|that|которые|которых|якія|якіх)\s+(?:[\w'’-]+\s+){0,3}$",
                         re.IGNORECASE)
# "the amnesties, which have freed thousands": the thing before did it to others
_WHICH_DID = re.compile(r",\s*which\s+(?:(?:has|have|had)\s+)?(?:also\s+|since\s+)?$",
                        re.IGNORECASE)
_ANYONE_WHO = re.compile(r"(?<!\w)(?:всех|тех|каждого|любого|усіх|тых|кожнага|anyone|everyone|those"
                         r"|all|others)\s*,?\s*(?:кто|хто|who)\s+(?:[\w-]+\s+){0,2}$",
                         re.IGNORECASE)
_WHO = re.compile(r"(?<!\w)(?:who|whom|which|whose|котор\w+|як(?:і|ая|ое|ія|ога|ой|ую|ім)"
                  r")(?!\w)", re.IGNORECASE)
# A participle in the singular agrees with one name only.
_ONE_AGREES = re.compile(r"(?:ого|ой|ую|ый|ая|ым|ом|ага|ай|ы)$", re.IGNORECASE)
# «праз чалавека, які выходзіць на волю», "a man who was freed last year": an unnamed one
_SOMEONE_WHO = re.compile(r"(?<!\w)(?:чалавек\w*|человек\w*|мужчын\w*|жанчын\w*|женщин\w*|someone"
                          r"|заключ[её]нн\w+|сокамерни\w+|узник\w*|зняволен\w+|сукамерні\w+|вязн\w+"
                          r"|somebody|a\s+man|a\s+woman|a\s+person)\s*,?\s+(?:які|якая|который"
                          r"|которая|who)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:the|those|these|other|newly|recently|a|an|both|all|two|three)\s+$",
                         re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+(?:ans?|ians?|ese|s)|prisoners?|people|men|women"
                         r"|(?:fellow\s+)?(?:inmates?|cellmates?|prisoners?)"
                         r"|detainees?|activists?|journalists?|citizens?|nationals?|persons?)\b")
_COORDINATED = {
    "en": re.compile(r"\band\s+(?:(?:was|were|had|has|been|later|then)\s+)*$"),
    # «который сидел с Ясюкевичем в одном отряде и вышел»: a few words, then «и»
    "ru": re.compile(r"^[^,;]{0,40}(?<!\w)и\s+(?:(?:был|была|были|потом|затем|уже)\s+)*$"),
    "be": re.compile(r"^[^,;]{0,40}(?<!\w)і\s+(?:(?:быў|была|былі|потым|ужо)\s+)*$"),
}
# A relative clause right after a name belongs to that name only.
_RELATIVE = re.compile(r"^\s*,\s*(?:who|whom|которы[йхе]|котор(?:ого|ому|ым|ая|ую|ой)|які|якая"
                       r"|якога|якую|якой|якія|якіх)\b", re.IGNORECASE)
# Russian/Belarusian: ordinals, ages and descriptions between a verb and its subject
# («умер 61-летний политзаключённый Вадим Сорокин»).
# «Задержаны двое — X и Y»: a count and a dash before the list; «пенсионерка из Гомеля X».
# A description, then the name in apposition: «задержали его знакомую, екатеринбурженку X»,
# «помещён другой политзаключённый, X» (not «переведена в другую колонию, сообщила её сестра X»)
_APPOSED = re.compile(
    r"^\s*(?:его|её|ее|их|яго|яе|іх|друг(?:ой|ого|ую|ая)|ещё\s+(?:один|одного|одну|одна)"
    r"|трет(?:ий|ьего|ью|ья)|іншы|іншага|іншую|яшчэ\s+(?:адзін|аднаго|адну|адна)|трэці|трэцяга"
    r"|трэцюю)\s+(?:[а-яёіў][\w-]*\s+){0,3}[а-яёіў][\w-]*(?:,|\s+[—–])\s+(?:\d+-[а-яёіў]+\s+)?"
    r"(?:(?![а-яёіў]*(?:л|ла|ли|ло|ў|лі)\s)[а-яёіў][\w-]*\s+)?$")
_AGE_WORDS = re.compile(r"^\s*(?:(?:двое|трое|четверо|пятеро|двух|троих|дваіх|траіх|трох"
                        r"|чацвёра)\s+(?:[а-яёіў]+\s+){0,2}?)?[—–:-]?\s*(?:[\d]+-[а-яёіў]+\s+)?"
                        r"(?:[а-яёіў][\w-]*\s+){0,3}(?:(?:из|з|са?)\s+[А-ЯЁІЎ][\w-]*\s+"
                        # «жителя Мелитополя X», «студента Кубанского госуниверситета X»
                        r"|(?<=[а-яёіў]\s)[А-ЯЁІЎ][а-яёіў-]*(?:ого|ой|ского|ской|ля|ска|ы|и|і|а)\s+"
                        r"(?:[а-яёіў][\w-]*\s+)?)?(?:[—–]\s*)?$")


# A relative named in apposition to the one whose relative he is: «брат Константина, X»
# (X is the subject of what follows).
_KIN_APPOSED = re.compile(
    r"(?:^|[^\w])(?:брат|сестр|жен|муж|сын|доч|мат|отц|сястр|жонк|бацьк)\w*\s+"
    r"[А-ЯЁІЎ][\w'’-]+(?:\s+[А-ЯЁІЎ][\w'’-]+)?\s*,\s*$")
# An active verb of recognition: its subject is the group that recognises, never the prisoner
_ACTIVE_RECOGNITION = re.compile(r"(?:призна(?:ём|ем|ют|ет|ёт)|прызна(?:ём|юць|е)|recogni[sz]es?"
                                 r"|recogni[sz]ing)(?!\w)", re.IGNORECASE)
# «X, как и Y, признан», "X, like Y, was detained": the same event for both
_ALIKE = re.compile(r"\s*,\s*(?:как\s+и|як\s+і|like|just\s+like|as\s+did)\s+", re.IGNORECASE)
_FINE = re.compile(r"fined|штраф", re.IGNORECASE)
# The verb's own subject or object right after it is a crowd, counted or not.
_COUNTED_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:\d+|десятк\w+|сотн\w+|нескольк\w+|многи\w+|дзясятк\w+|сотні"
    r"|некальк\w+|шмат|dozens|hundreds|scores|several|many|more\s+than\s+\d+)\s+(?:of\s+)?"
    r"(?:люд\w*|человек|чалавек|people|persons|activists|protesters|students|workers)(?!\w)",
    re.IGNORECASE)
# «вывезли, в частности, X и Y», "freed, among others, X": an aside before the object
_ASIDE = re.compile(r",?\s*(?:в\s+частности|в\s+том\s+числе|у\s+прыватнасці|у\s+тым\s+ліку"
                    r"|in\s+particular|among\s+others|среди\s+прочих|сярод\s+іншых)\s*,?\s*",
                    re.IGNORECASE)


# Before an object in Russian/Belarusian: where it happened and titles in quotes («задержали в
# собственной мастерской столяра X», «журналистку издания «Днепровский вестник» X»).
_PLACE_FIRST = re.compile(r"^\s*(?:в|во|на|у|ў|ля|каля|возле|около)\s+(?:[а-яёіў][\w-]*\s+){1,2}")
_QUOTED = re.compile(r"«[^»\n]{1,40}»|\"[^\"\n]{1,40}\"")

# "police detained a student …; he was fined": someone the report does not name, whom a pronoun
# after it in the same sentence means (not the last prisoner named)
UNNAMED_PERSON = re.compile(
    r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|student|teenager|pensioner|boy"
    r"|girl|youth|resident|local|activist|journalist|blogger|teacher|worker|driver|doctor|nurse"
    r"|priest|volunteer|person|protester|cyclist|schoolboy|schoolgirl|passer-by"
    r"|\d+-year-old)(?=\s*[,;.]|\s+(?:was|were|who|had|has|is|for|from|in|at|on|with|after|and)\b)",
    re.IGNORECASE)  # (not "a volunteer group")
