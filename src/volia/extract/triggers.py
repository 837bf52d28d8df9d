"""Event trigger lexicons for English, Russian and Belarusian.

Each rule is a regular expression over one sentence. A rule may need a destination country
(``taken to Lithuania``), a term (``a 10-year sentence``) or an owner (``his release``), and
some carry their own negation (``no contact with``, ``нет связи``) so the negation check skips
them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from volia.domain.model import EventType as E


@dataclass(frozen=True)
class Rule:
    type: E
    pattern: re.Pattern[str]
    inherent_negation: bool = False
    needs_country: bool = False
    needs_term: bool = False
    noun: bool = False
    needs_group: bool = False  # "among them": only right after a batch release
    enumerates: bool = False  # takes every named prisoner listed after it
    batch_only: bool = False  # states a batch ("the decree on their pardon"), never a person


@dataclass(frozen=True)
class Trigger:
    type: E
    start: int
    end: int
    rule: Rule


def _r(kind: E, regex: str, **flags: bool) -> Rule:
    return Rule(kind, re.compile(r"(?<![\w-])(?:" + regex + r")(?![\w])", re.IGNORECASE),
                **flags)


_NOT_RELEASE_OBJ = (r"(?!\s+(?:a|an|the|its|his|her|their|new|this|that)?\s*(?:statement|video|"
                    r"report|footage|list|photos?|names|details|figures|data|book|album|"
                    r"letter|appeal|documents?|information|recording)s?\b)")
_FACILITY_EN = (r"(?:a |the |another |[\w-]+ ){0,3}(?:penal colony|colony|prison|jail|detention"
                r"|pre-trial|remand|facility|psychiatric|hospital|correctional|sizo)")

EN: list[Rule] = [
    _r(E.RELEASED, r"among\s+(?:those|the\s+\w+)\s+(?:freed|released|pardoned|set\s+free)"
                   r"(?:\s+(?:was|were|are|is))?", enumerates=True),
    _r(E.RELEASED, r"among\s+them(?:\s+(?:was|were|are|is))?", needs_group=True,
       enumerates=True),
    _r(E.RELEASED, r"also\s+(?:on\s+(?:the|that)\s+(?:bus|plane|flight|list)|in\s+the\s+(?:group"
                   r"|convoy))\s+(?:was|were|is|are)", needs_group=True, enumerates=True),
    # "Among those who crossed into Lithuania were X", "including X and Y": members of the
    # batch just stated; they take its kinds
    _r(E.RELEASED, r"among\s+(?:those|the\s+(?:prisoners|people|group|men|women))\s+(?:(?:who|whom"
                   r"|that)\s)?[^:;.—]{3,80}?\b(?:were|was|are|is)",
       needs_group=True, enumerates=True),
    _r(E.RELEASED, r"(?:released|freed)" + _NOT_RELEASE_OBJ),
    _r(E.RELEASED, r"set\s+free|walked\s+free|let\s+out\s+of\s+(?:prison|jail|custody)"
                   r"|walked\s+out\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:prison|jail"
                   r"|colony|detention)"
                   r"|(?:left|came\s+out\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:prison|jail"
                   r"|penal\s+colony|colony)"
                   r"|regained\s+(?:his|her|their)\s+freedom|released\s+from\s+custody"),
    _r(E.RELEASED, r"release", noun=True),
    _r(E.RELEASED, r"(?:served|completed)\s+(?:his|her|their|the)\s+(?:full|entire|whole)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:sentence|term)"),
    _r(E.PARDONED, r"pardon\s+decrees?|(?:decree|decision)\s+(?:on|to)\s+(?:their\s+)?pardon"
                   r"|announced\s+(?:the\s+)?pardon(?:ing)?\s+of", batch_only=True),
    _r(E.PARDONED, r"pardoned|granted\s+(?:a\s+)?(?:pardon|clemency)|pardon(?:ing)?\s+(?=[A-Z])"
                   r"|pardoning(?=\s+(?:\d|\w+\s+(?:people|prisoners|persons|convicts)))"
                   r"|(?:signed|issued)\s+(?:a\s+)?pardon\s+decrees?\s+for"),
    _r(E.SENTENCED, r"sentenced|re-sentenced|handed\s+(?:an?\s+|down\s+an?\s+)?[\w\s-]{0,30}?"
                    r"(?:sentence|term)|given\s+(?:a\s+)?[\w\s-]{0,20}?(?:sentence|jail\s+term|"
                    r"prison\s+term|term|years)|received\s+(?:a\s+)?[\w\s-]{0,20}?"
                    r"(?:sentence|jail\s+term|prison\s+term)|jailed\s+for|(?:was|were|been)\s+convicted"
                    r"|found\s+(?:[\w'’.-]+,?\s+){0,8}?guilty"),
    _r(E.SENTENCED, r"(?:sentence|jail\s+term|prison\s+term|term|serving|jailed|imprisoned"
                    r"|received|got|handed(?!\s+over)|gave|went\s+to)", needs_term=True),
    # "spent three years and three months in prison", "had served four of her six years"
    _r(E.SENTENCED, r"(?:spent|served)(?=[^.;]{0,50}?(?:in\s+(?:prison|jail|a\s+colony|the\s+colony"
                    r"|custody|detention)|behind\s+bars|of\s+(?:his|her|their|a)\s+[\w-]+\s+"
                    r"(?:years?|sentence|term)))", needs_term=True),
    _r(E.DETAINED, r"(?:detained|arrested)(?!\s+(?:protesters|people|persons|activists|journalists"
                   r"|prisoners|relatives|men|women|students|workers|demonstrators))"
                   r"|re-arrested|rearrested|imprisoned|jailed"
                   r"|taken\s+into\s+custody|placed\s+in\s+custody|put\s+behind\s+bars"),
    _r(E.DETAINED, r"(?:arrest|detention)", noun=True),
    # custody stated as a state since a date: "has been in custody since January"
    _r(E.DETAINED, r"(?:has|have|had)\s+been\s+(?:in\s+custody|behind\s+bars|held|in\s+"
                   r"(?:pre-trial\s+)?detention|jailed)(?=[^.;]{0,60}?\bsince\b)|(?:held|in\s+custody)\s+[^.;]{0,50}?"
                   r"\bsince\b(?=\s+(?:\d|January|February|March|April|May|June|July|August|September"
                   r"|October|November|December|last|the\s+(?:spring|summer|autumn|winter)))"
                   r"|taken\s+from\s+(?:his|her|their)\s+(?:flat|home|house|workplace|office|apartment)"),
    # a conviction under a named article implies the charge
    _r(E.CHARGED, r"found\s+guilty\s+(?:of\s+[^.;]{3,80}?\s+)?under\s+(?:part\s+\d+\s+of\s+)?"
                  r"Article"),
    _r(E.CHARGED, r"charged\s+(?:[\w'’-]+\s+){0,3}?(?:with|under)|accused\s+of|indicted"
                  r"|(?:opened|launched|initiated|brought)\s+(?:a\s+)?(?:new\s+)?criminal\s+(?:case"
                  r"|proceedings)(?:\s+in\s+absentia)?\s+against|criminal\s+(?:case|proceedings)"
                  r"\s+(?:had\s+been|has\s+been|was|were)\s+(?:opened|launched|brought)\s+against"
                  r"|(?:faces|facing)\s+(?:criminal\s+)?charges"
                  r"|(?:was|were|been|is|are)\s+(?:\w+ly\s+)?charged|criminal\s+case\s+(?:was\s+|has\s+been\s+)?opened"),
    _r(E.TRANSFERRED, r"transferred(?!\s+(?:(?:the|an?|some|over|about|nearly|almost)\s+)?"
                      r"(?:equivalent|money|funds?|sums?|amount|donations?|payments?|property"
                      r"|shares|rights|ownership|[\d$€£]))"
                      r"|moved\s+to\s+" + _FACILITY_EN
                      + r"|moved\s+from\s+" + _FACILITY_EN + r"(?:\s+[\w№.-]+){0,4}?\s+to"
                      + r"|(?:taken|sent|transported)\s+to\s+" + _FACILITY_EN),
    _r(E.DEPORTED, r"deported|expelled\s+(?:from\s+(?:Belarus|Russia|the\s+country)|abroad)"
                   r"|forcibly\s+(?:removed|taken|sent)|forced\s+(?:to\s+leave|"
                   r"into\s+exile|out\s+of\s+the\s+country)|exiled"),
    _r(E.DEPORTED, r"(?:taken|brought|transported|driven|flown|sent|escorted|handed\s+over|"
                   r"expelled|bused|moved|handed\s+(?:him|her|them)(?:\s+over)?|put\s+on\s+a\s+"
                   r"(?:flight|plane|bus))\s+(?:across\s+the\s+border\s+|(?:straight|directly)\s+"
                   r"from\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:in)?to", needs_country=True),
    _r(E.INCOMMUNICADO, r"incommunicado|deprived\s+of\s+(?:any\s+)?(?:communication|contact|"
                        r"correspondence|letters|visits)|cut\s+off\s+from\s+(?:his|her|their)?\s*"
                        r"(?:family|lawyer|relatives|the\s+outside)"),
    _r(E.INCOMMUNICADO, r"(?:no|without)\s+(?:any\s+)?(?:contact|communication|news|word|access)"
                        r"\s+(?:with|from|to|of|about)(?:\s+(?:him|her|them|(?:his|her|their|the)"
                        r"\s+(?:family|lawyers?|relatives)|relatives|family))?"
                        r"|(?:no|without)\s+(?:any\s+)?(?:letters|visits|phone\s+calls|calls)\b",
       inherent_negation=True),
    _r(E.INCOMMUNICADO, r"nothing\s+(?:has|had)\s+been\s+heard\s+from|(?:has|have|had)\s+not\s+"
                        r"(?:been\s+able\s+to\s+(?:contact|speak\s+to|see|reach|visit)|heard\s+from)"
                        r"|(?:lawyer|lawyers|attorney|relatives|family)\s+(?:was|were|has\s+been|have"
                        r"\s+been|had\s+been)\s+not\s+(?:been\s+)?(?:admitted|allowed|let\s+in)"
                        r"|(?:lawyer|lawyers|attorney|relatives|family)\s+(?:has|have|had)\s+not\s+been"
                        r"\s+(?:admitted|allowed|let\s+in)|received\s+no\s+(?:letters|news|word)"
                        r"|letters\s+(?:\w+\s+){0,4}?(?:are|were)\s+returned"
                        r"|(?:not|never)\s+received\s+(?:a\s+single\s+|any\s+)?(?:letters?|word|news"
                        r"|calls?)|(?:lawyer|lawyers|attorney|family|relatives)\s+(?:\w+\s+){0,3}?"
                        r"(?:refused|denied)\s+(?:access|visits?|a\s+visit)|not\s+(?:been\s+)?admitted"
                        r"\s+to\s+(?:him|her|them)|did\s+not\s+know\s+where\s+(?:he|she|they)\s+(?:was"
                        r"|were|is|are)|whereabouts\s+(?:\w+\s+){0,2}?unknown",
       inherent_negation=True),
    _r(E.INCOMMUNICADO, r"(?:barred|banned|prevented)\s+from\s+(?:visiting|seeing|contacting)"
                        r"|denied\s+(?:all\s+)?(?:visits|access\s+to\s+(?:a\s+|his\s+|her\s+)?"
                        r"lawyers?)"),
    # "moved to a punishment cell": a placement, not a transfer (the transfer is dropped)
    _r(E.SOLITARY_CONFINEMENT, r"(?:placed|put|sent|moved|transferred|taken|thrown)\s+(?:back\s+)?"
                               r"(?:in|into|to)\s+(?:a\s+|the\s+)?(?:punishment|isolation|solitary)"
                               r"\s+cell|(?:placed|put|sent|moved|transferred)\s+(?:back\s+)?(?:in|into|to)"
                               r"\s+(?:the\s+)?(?:SHIZO|PKT|solitary\s+confinement|cell-type\s+premises)"),
    _r(E.SOLITARY_CONFINEMENT, r"solitary(?:\s+confinement)?|punishment\s+cell|isolation\s+cell"
                               r"|shizo|pkt|cell-type\s+(?:premises|room)"),
    _r(E.DIED_IN_CUSTODY, r"died\s+(?:(?:on|last|this|early|late)\s+\w+\s+(?:morning\s+|night\s+"
                          r"|evening\s+)?|overnight\s+|suddenly\s+)?(?:in|at|behind|while\s+in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
                          r"(?:custody|prison|jail|colony|detention|bars|hospital\s+of\s+the\s+colony"
                          r"|cell)|died\s+while\s+(?:serving|imprisoned|detained|in\s+custody)"
                          r"|death\s+in\s+(?:custody|prison|the\s+colony)|found\s+dead\s+in\s+"
                          r"(?:his|her)\s+cell"),
    _r(E.RECOGNIZED, r"(?:recogni[sz]ed|declared|named|adopted)\s+(?:[\w'’-]+\s+){0,4}?(?:as\s+)?"
                     r"(?:a\s+)?(?:political\s+prisoners?|prisoners?\s+of\s+conscience)",
       enumerates=True),
    # the name and its apposition between verb and complement: "recognised X, a teacher, as a"
    _r(E.RECOGNIZED, r"recogni[sz]ed\s+(?=[A-Z])[^.;:?!]{3,120}?\s+as\s+(?:a\s+)?political"
                     r"\s+prisoners?"),
    _r(E.RECOGNIZED, r"among\s+(?:the\s+)?(?:new(?:ly\s+recogni[sz]ed)?)\s+political\s+prisoners"
                     r"(?:\s+(?:are|were|is|was))?", enumerates=True),
    # list headers: "The newly recognised are: X; Y", "Those recognised include X"
    _r(E.RECOGNIZED, r"(?:newly|also)\s+recogni[sz]ed\s+(?:are|were|include|included)"
                     r"|(?:those|people)\s+recogni[sz]ed\s+(?:are|were|include|included)",
       enumerates=True),
    # "X, a former deputy, was also recognised" after a recognised batch
    _r(E.RECOGNIZED, r"(?:was|were|has\s+been|have\s+been)\s+also\s+recogni[sz]ed|also\s+"
                     r"recogni[sz]ed\s+(?:was|were)", needs_group=True),
    # the earlier recognition of someone now struck off: "Zhuk, who had been recognised in 2023"
    _r(E.RECOGNIZED, r"(?:who(?:m\s+(?:it|they|the\s+\w+))?\s+(?:had\s+)?|(?:had|has)\s+)"
                     r"(?:been\s+)?recogni[sz]ed(?:\s+as\s+a\s+political\s+prisoner)?\s+in\s+(?:(?:\w+\s+)?\d{4}"
                     r"|January|February|March|April|May|June|July|August|September|October"
                     r"|November|December)"),
    _r(E.RECOGNITION_WITHDRAWN, r"(?:no\s+longer|ceased\s+to\s+be)\s+(?:considered|recogni[sz]ed|"
                                r"regarded)\s+(?:as\s+)?(?:a\s+)?political\s+prisoner|removed\s+from"
                                r"\s+the\s+list\s+of\s+political\s+prisoners|political[-\s]prisoner"
                                r"\s+status\s+(?:was\s+|has\s+been\s+)?(?:withdrawn|revoked)"
                                r"|stripped\s+of\s+(?:the\s+|his\s+|her\s+)?political[-\s]prisoner"
                                r"\s+status|withdr(?:ew|awn|awing)\s+(?:its\s+|the\s+|their\s+)?"
                                r"(?:recognition\s+of|political[-\s]prisoner\s+status\s+from)"
                                r"|removed\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:its|the"
                                r"|their)\s+(?:[\w-]+\s+)?list", inherent_negation=True),
    # a plain verb: "did not withdraw the status of X" is a negation like any other
    _r(E.RECOGNITION_WITHDRAWN, r"(?:withdr(?:ew|awn|aw|awing)|revok\w+|strip\w*|rescind\w*"
                                r"|cancel\w*)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:political[-\s]"
                                r"prisoner\s+)?status(?:\s+of\s+(?:a\s+)?political\s+prisoner)?"
                                r"(?:\s+(?:of|from))?"),
    _r(E.PERSECUTED_AFTER_RELEASE, r"in\s+absentia|since\s+(?:his|her)\s+release"),
]

RU: list[Rule] = [
    _r(E.RELEASED, r"среди\s+(?:них|прочих|других)|в\s+(?:том|их)\s+числе", needs_group=True,
       enumerates=True),
    _r(E.RELEASED, r"среди\s+(?:тех|них|прочих|других)?,?\s*(?:кого|кто|которых)\s[^:;.—]{3,60}?"
                   r"(?=\s*[—–:,])|в\s+частности", needs_group=True, enumerates=True),
    _r(E.RELEASED, r"среди\s+(?:освобожд[её]нных|вышедших\s+на\s+свободу)", enumerates=True),
    _r(E.RECOGNIZED, r"среди\s+(?:новых|вновь\s+признанных)\s+политзаключ[её]нных",
       enumerates=True),
    _r(E.RELEASED, r"на\s+свободе\s+оказал(?:ся|ась|ись)|оказал(?:ся|ась|ись)\s+на\s+свободе"),
    _r(E.RELEASED, r"полностью\s+отбы(?:в|л|ла|ли)\w*|отбыл[аи]?\s+(?:весь|полный)\s+срок"
                   r"|освободил(?:ся|ась|ись)|^\W*на\s+свободе\s+(?:также|и|тоже)"),
    _r(E.RELEASED, r"освобожд[её]н[аоы]?|освободил[аи]?|освобождены|выпущен[аы]?|выпустили"
                   r"|отпущен[аы]?|отпустили|вы(?:шел|шла|шли)\s+на\s+свободу"
                   r"|вы(?:шел|шла|шли)\s+из\s+(?:[\w-]+\s+){0,2}?(?:колонии|тюрьмы|СИЗО)"
                   r"|из\s+(?:[\w-]+\s+){0,2}?(?:колонии|тюрьмы|СИЗО)(?:\s+[№\w-]+){0,2}?\s+вы(?:шел"
                   r"|шла|шли)"
                   r"|покинул[аи]?\s+(?:колонию|тюрьму|СИЗО|исправительную\s+колонию)"
                   r"|оказал(?:ся|ась|ись)\s+на\s+свободе|освободил(?:ся|ась|ись)"
                   r"|на\s+свободу\s+вы(?:шел|шла|шли)|вышедш(?:ий|ая|ие|его|ую|ей)\s+на\s+свободу"
                   r"|освобожд[её]нн(?:ый|ая|ого|ую|ой)"),
    _r(E.PARDONED, r"среди\s+помилованных", enumerates=True),
    _r(E.PARDONED, r"(?:указ\w*\s+)?о\s+(?:их\s+)?помиловании", batch_only=True),
    _r(E.PARDONED, r"помилован[аы]?|помиловал[аи]?|указ\w*\s+о\s+помиловании|по\s+помилованию"),
    # «приговорил к шести годам колонии усиленного режима X»: the term before the object
    _r(E.SENTENCED, r"приговорил[аи]?\s+к\s+[^.,;:]{3,60}?(?:колонии|тюрьмы|свободы|заключения)"
                    r"(?:\s+(?:общего|усиленного|строгого|особого)\s+режима)?(?=\s+(?-i:[А-ЯЁ]))"),
    _r(E.SENTENCED, r"приговор[её]н[аы]?|приговорил[аи]?|осужд[её]н[аы]?|осудил[аи]?"
                    r"|получил[аи]?(?=(?:\s+\S+){1,3}\s+(?:лет|года?)\b)|назначил[аи]?\s+(?:\w+\s+)?"
                    r"наказание"),
    _r(E.SENTENCED, r"приговор\w*|срок\w*|отбыва\w+|отбыл\w*|отбыв|отбытия|назначил[аи]?",
       needs_term=True),
    # the apposition "X, осуждённая в 2022 году на шесть лет"
    _r(E.SENTENCED, r"(?:осужд|приговор)[её]нн(?:ая|ый|ого|ую|ой|ому|ые|ых)", needs_term=True),
    _r(E.DETAINED, r"задержан[аы]?|задержали|арестован[аы]?|арестовали|взят[аы]?\s+под\s+стражу"
                   r"|заключ[её]н[аы]?\s+под\s+стражу|помещ[её]н[аы]?\s+в\s+СИЗО"
                   r"|задержанн(?:ого|ую|ой|ый|ая|ые)|арестованн(?:ого|ую|ой|ый|ая|ые)"),
    _r(E.CHARGED, r"вменя\w+|инкриминиру\w+|дело\s+(?:[\w-]+\s+){0,4}?возбужден[оа]?\s+"
                  r"(?:и\s+)?(?:против|в\s+отношении)|возбуд\w+\s+(?:[\w-]+\s+){0,3}?дел[оа]\s+"
                  r"(?:[\w-]+\s+){0,2}?(?:против|в\s+отношении)"),
    _r(E.CHARGED, r"обвин[её]н[аы]?|обвиняется|обвиняют|предъявлен[оа]?\s+обвинение"
                  r"|предъявил[аи]?\s+(?:\w+\s+)?обвинени[ея]|обвинени[ея]\s+(?:\w+\s+)?"
                  r"предъявил[аи]?|обвинени[ея]\s+[^.;]{0,120}?\s(?:им|ему|ей)\s+предъявил[аи]?"
                  r"|признал[аи]?\s+(?:\w+\s+)?виновн\w+\s+по\s+(?:\w+\s+){0,3}?стать\w+"
                  r"|возбуждено\s+(?:\w+\s+)?(?:уголовное\s+)?дело|возбудили\s+(?:\w+\s+)?(?:уголовное\s+)?дело"),
    _r(E.TRANSFERRED, r"этапирован[аы]?|этапировали|перевед[её]н[аы]?\s+в|перевели\s+в"
                      r"|перевезли\s+в\s+(?:колонию|тюрьму|СИЗО|ИК)"
                      r"|перев(?:ели|ед[её]н[аы]?|езли)\s+из\s+(?:[\w№-]+\s+){1,6}?в(?=\s)"),
    _r(E.DEPORTED, r"выслан[аы]?|выслали|депортирован[аы]?|депортировали|выдворен[аы]?"
                   r"|выдворили|вынужден[аы]?\s+(?:был[аи]?\s+)?покинуть"),
    _r(E.DEPORTED, r"вывезен[аы]?|вывезли|доставлен[аы]?|доставили|переправлен[аы]?"
                   r"|переправили|отправлен[аы]?|отправили|передал[аи]?|передан[аы]?",
       needs_country=True),
    _r(E.INCOMMUNICADO, r"инкоммуникадо|лиш[её]н[аы]?\s+(?:переписки|свиданий|связи|звонков)"),
    _r(E.INCOMMUNICADO, r"(?:нет|без)\s+(?:никакой\s+|никаких\s+)?(?:связи|вестей|известий)"
                        r"|(?:связи|вестей)\s+(?:\w+\s+){0,3}?нет"
                        r"|не\s+(?:получают|получала|получал|получали)\s+(?:от\s+\w+\s+)?(?:писем|"
                        r"вестей)|не\s+допускают\s+адвоката"
                        r"|не\s+(?:пускают|допускали|пускали|пустили|допустили)\s+(?:к\s+\w+\s+)?"
                        r"(?:ни\s+)?(?:адвокат\w*|защитник\w*|родн\w+|родственник\w*)"
                        r"|без\s+(?:какой-либо|всякой)\s+связи|пис[ье]м\w*\s+(?:\w+\s+){0,3}?не\s+"
                        r"(?:доход\w+|дошл\w+|приход\w+)|не\s+(?:могут|может|смогли|удаётся|удается)"
                        r"\s+связаться|информационн\w+\s+изоляци\w+"
                        r"|не\s+(?:получа|переда)\w+\s+(?:\w+\s+){0,3}?(?:известий|вестей|писем"
                        r"|письма)"
                        r"|нет\s+ни\s+(?:одного\s+)?письма|(?:адвоката|защитника)\s+(?:к\s+\w+\s+)?не\s+"
                        r"(?:пускают|пустили|допускают)|не\s+име\w+\s+(?:с\s+\w+\s+)?(?:никакой\s+)?"
                        r"связи|ничего\s+не\s+зна\w+\s+о\s+(?:его|её|ее)\s+(?:состоянии|судьбе"
                        r"|местонахождении)", inherent_negation=True),
    _r(E.SOLITARY_CONFINEMENT, r"(?:перевели|переведен\w*|поместили|помещен\w*|водвор\w+"
                               r"|отправили|отправлен\w*)\s+(?:\w+\s+)?в\s+(?:ШИЗО|ПКТ|карцер|штрафно\w+"
                               r"\s+изолятор|одиночн\w+\s+камер\w*|помещени\w+\s+камерного\s+типа)"),
    _r(E.SOLITARY_CONFINEMENT, r"ШИЗО|ПКТ|одиночн\w+\s+камер\w*|карцер\w*|штрафно\w+\s+изолятор\w*"
                               r"|помещени\w+\s+камерного\s+типа"),
    _r(E.DIED_IN_CUSTODY, r"(?:умер|умерла|скончал(?:ся|ась)|погиб|погибла)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:в|во|за|под)\s+(?:[\w-]+\s+)?(?:колонии|тюрьме|СИЗО|заключении|ИК"
                          r"|изоляторе|ИВС"
                          r"|местах\s+лишения|решёткой|решеткой|стражей|больнице\s+колонии)"
                          r"|смерть\s+в\s+(?:колонии|тюрьме|заключении)"),
    _r(E.DIED_IN_CUSTODY, r"(?:в|во)\s+(?:[\w-]+\s+){0,3}?(?:колонии|тюрьме|СИЗО|ИК|изоляторе"
                          r"|заключении|тюремной\s+больнице|больнице\s+(?:для\s+)?(?:колонии|заключ[её]нных|"
                          r"осужд[её]нных))(?:\s+[\w№-]+){0,4}?\s+(?:умер|умерла|скончал(?:ся|ась)"
                          r"|погиб|погибла)"),
    _r(E.RECOGNIZED, r"признать\s+(?:политзаключ\w+|политическ\w+\s+заключ\w+)",
       enumerates=True),
    # the historic present of timelines: «Ведерникова задерживают», «суд приговаривает его»
    _r(E.RECOGNIZED, r"призна[её]т\s+(?:\w+\s+){0,3}?(?:политзаключ\w+|политическ\w+\s+заключ\w+)"),
    _r(E.DETAINED, r"задержива(?:ют|ет)|арестовыва(?:ют|ет)"),
    _r(E.DETAINED, r"(?:находится|находился|находилась|содержится|содержался|содержалась)\s+"
                   r"(?:под\s+стражей|в\s+(?:СИЗО|изоляторе|ИВС))(?=[^.;]{0,40}?\s+с\s)"),
    _r(E.SENTENCED, r"приговарива(?:ют|ет)"),
    _r(E.CHARGED, r"предъявля(?:ют|ет)\s+(?:\w+\s+)?обвинени\w+"),
    _r(E.TRANSFERRED, r"этапиру(?:ют|ет)|перевод(?:ят|ит)\s+в"),
    _r(E.RELEASED, r"освобожда(?:ют|ет)|выпуска(?:ют|ет)"),
    _r(E.RECOGNIZED, r"признан[аы]?\s+политзаключ\w+|признал[аи]?\s+(?:\w+\s+){0,3}?"
                     r"политзаключ\w+|признан[аы]?\s+политическ\w+\s+заключ\w+"
                     r"|признал[аи]?\s+(?:\w+\s+){0,3}?политическ\w+\s+заключ\w+"
                     r"|политзаключ[её]нн?(?:ыми|ым|ой)\s+(?:был[аи]?\s+)?(?:также\s+|тоже\s+)?"
                     r"признан[аы]?(?:\s+(?:и|также|тоже))?"
                     r"|среди\s+признанных|признанн(?:ого|ую|ой|ых)\s+политзаключ\w+"
                     r"|котор(?:ого|ую|ых)\s+признал[аи]?\s+(?:\w+\s+)?в\s+\d{4}",
       enumerates=True),
    # «Статус (политзаключённого) получили X; Y»: a list of the newly recognised
    _r(E.RECOGNIZED, r"статус\s+(?:политзаключ\w+\s+|политическ\w+\s+заключ\w+\s+)?получил[аи]?"
                     r"|новые\s+политзаключ[её]нные\s*(?:[—–:-]|это)", enumerates=True),
    _r(E.RECOGNITION_WITHDRAWN, r"лиш[её]н[аы]?\s+статуса\s+политзаключ\w+|исключ[её]н[аы]?\s+из"
                                r"\s+списка\s+политзаключ\w+|(?:сняли|снят)\s+статус\s+"
                                r"политзаключ\w+|больше\s+не\s+(?:считается|является)\s+"
                                r"политзаключ\w+|отозвал[аи]?\s+(?:\w+\s+)?признание"
                                r"(?:\s+политзаключ\w+)?|исключил[аи]?\s+(?:\w+\s+){0,3}?из"
                                r"\s+(?:своего\s+)?списка|лиш\w+\s+(?:\w+\s+)?статуса\s+политзаключ\w+"
                                r"|прекра(?:ща|ти)\w*\s+(?:\w+\s+)?признание",
       inherent_negation=True),
    _r(E.PERSECUTED_AFTER_RELEASE, r"заочно"),
]

BE: list[Rule] = [
    _r(E.RELEASED, r"сярод\s+(?:іх|якіх|іншых)|у\s+(?:тым|іх)\s+ліку", needs_group=True,
       enumerates=True),
    _r(E.RELEASED, r"сярод\s+(?:тых|іх)?,?\s*(?:каго|хто|якіх)\s[^:;.—]{3,60}?(?=\s*[—–:,])"
                   r"|у\s+прыватнасці", needs_group=True, enumerates=True),
    _r(E.RELEASED, r"сярод\s+(?:вызваленых|тых,?\s+каго\s+вызвалілі)", enumerates=True),
    _r(E.RECOGNIZED, r"сярод\s+(?:новых|нова\s+прызнаных)\s+палітвязняў", enumerates=True),
    _r(E.RELEASED, r"на\s+волі\s+апынул(?:іся|ася)|на\s+волі\s+апынуўся|апынуўся\s+на\s+волі"),
    _r(E.RELEASED, r"цалкам\s+адбы(?:ў|ла|лі)\w*|адбы(?:ў|ла|лі)\s+(?:увесь|поўны)\s+тэрмін"
                   r"|вызваліў(?:ся|ася)|вызваліліся|^\W*на\s+волі\s+(?:таксама|і)"),
    _r(E.RELEASED, r"вызвален[аы]?|вызваленая|вызваленыя|вызвалілі|вызваліў|вызваліла"
                   r"|вый(?:шаў|шла|шлі)\s+на\s+(?:волю|свабоду)|вый(?:шаў|шла|шлі)\s+з\s+(?:[\w-]+\s+){0,2}?(?:калоніі"
                   r"|турмы|СІЗА)|пакінул[аі]?\s+(?:калонію|турму|СІЗА)|апынул(?:ся|ася|іся)\s+на\s+волі"
                   r"|адпушчан\w*|адпусцілі|на\s+(?:волю|свабоду)\s+вый(?:шаў|шла|шлі)"
                   r"|вый(?:шаў|шла|шлі)\s+на\s+(?:волю|свабоду)|вызваленн(?:ы|ая|ага|ую)"),
    _r(E.PARDONED, r"сярод\s+памілаваных", enumerates=True),
    _r(E.PARDONED, r"(?:указ\w*\s+)?аб\s+(?:іх\s+)?памілаванні", batch_only=True),
    _r(E.PARDONED, r"памілаван(?!н)\w*|памілаваў|памілавалі|па\s+памілаванні"),  # not the noun
    _r(E.SENTENCED, r"асуджан\w*|асудзілі|асудзіў|прысудзілі|прыгавораны|прыгаворана"
                    r"|прыгавораная|прыгаварыў|прыгаварылі|атрыма(?:ў|ла|лі)(?=(?:\s+\S+){1,3}\s+гад)"),
    _r(E.SENTENCED, r"прысуд\w*|тэрмін\w*|адбыва\w+|адбыў\w*|адбыл\w*|прызначы\w+",
       needs_term=True),
    _r(E.DETAINED, r"(?:знаходзіцца|знаходзіўся|знаходзілася|утрымліваецца|утрымліваўся)\s+"
                   r"(?:пад\s+вартай|[уў]\s+(?:СІЗА|ізалятары|ІЧУ))(?=[^.;]{0,40}?\s+з\s)"),
    _r(E.DETAINED, r"затрыман\w*|затрымалі|затрымаў|арыштаван\w*|арыштавалі"
                   r"|узят[аы]?\s+пад\s+варту"),
    _r(E.CHARGED, r"абвінавач\w+|узбудзілі\s+(?:крымінальную\s+)?справу|інкрымін\w+"
                  r"|справ[аы]\s+(?:[\w'’-]+\s+){0,4}?узбуджан\w+\s+(?:і\s+)?супраць"),
    _r(E.TRANSFERRED, r"этапаван\w*|этапавалі|перавед(?:зены|зена|зеная|зеныя|лі)\s+[уў]"
                      r"|перавялі\s+[уў]|перавезлі\s+[уў]"
                      r"|перав(?:ялі|езлі|едзены|едзена)\s+з\s+(?:[\w№-]+\s+){1,6}?[уў](?=\s)"),
    _r(E.DEPORTED, r"дэпартаван\w*|дэпартавалі|высланы|выслалі|вымушан\w*\s+пакінуць"),
    _r(E.DEPORTED, r"вывезен\w*|вывезлі|дастаўлен\w*|адпраўлен\w*|пераправілі|перадалі"
                   r"|перададзен\w*", needs_country=True),
    _r(E.INCOMMUNICADO, r"інкамунікада|пазбаўлен\w*\s+(?:перапіскі|спатканняў|сувязі)"),
    _r(E.INCOMMUNICADO, r"(?:няма|без)\s+(?:ніякай\s+|ніякіх\s+)?(?:сувязі|вестак|звестак)"
                        r"|(?:сувязі|вестак|звестак)\s+(?:\w+\s+){0,3}?няма"
                        r"|не\s+маюць\s+(?:з\s+\w+\s+)?сувязі|без\s+(?:ніводнага\s+)?лістоў"
                        r"|інфармацыйн\w+\s+ізаляцы\w+|не\s+(?:пускаюць|пусцілі|дапускаюць)\s+"
                        r"(?:ні\s+)?(?:адваката|абаронцу|сваякоў)|лісты\s+(?:\w+\s+){0,3}?не\s+"
                        r"(?:даходзяць|дайшлі|прыходзяць)"
                        r"|не\s+ма(?:е|юць|ла|лі)\s+(?:(?:з|ад)\s+\w+(?:\s+\w+)?\s+)?(?:ніякай\s+|ніякіх\s+)?"
                        r"(?:сувязі|вестак|звестак|лістоў)|ні\s+лістоў|(?:адваката|абаронцу)\s+"
                        r"(?:да\s+\w+\s+)?не\s+(?:пускаюць|пусцілі|дапускаюць)|адмаўля\w+\s+[уў]\s+"
                        r"(?:візітах|спатканнях)",
       inherent_negation=True),
    _r(E.SOLITARY_CONFINEMENT, r"(?:перавялі|пераведзен\w*|змясцілі|зьмясцілі|змешчан\w*"
                               r"|адправілі|адпраўлен\w*|кінулі)\s+(?:\w+\s+)?[уў]\s+(?:ШІЗА|ШИЗО|ПКТ"
                               r"|карцэр|штрафн\w+\s+ізалятар|адзіночн\w+\s+камер\w*)"),
    _r(E.SOLITARY_CONFINEMENT, r"ШІЗА|ШИЗО|ПКТ|адзіночн\w+\s+камер\w*|карцэр\w*"
                               r"|штрафн\w+\s+ізалятар\w*"),
    _r(E.DIED_IN_CUSTODY, r"(?:памёр|памерла|загінуў|загінула)\s+(?:[\w-]+\s+){0,3}?[уў]\s+"
                          r"(?:[\w-]+\s+)?(?:калоніі|турме"
                          r"|СІЗА|зняволенні|няволі|ізалятары)|смерць\s+[уў]\s+(?:калоніі|турме|"
                          r"зняволенні)"),
    _r(E.DIED_IN_CUSTODY, r"[уў]\s+(?:[\w-]+\s+){0,3}?(?:калоніі|турме|СІЗА|ізалятары|зняволенні"
                          r"|няволі|турэмнай\s+бальніцы|турэмным\s+шпіталі|(?:шпіталі|бальніцы)\s+(?:для\s+)?(?:калоніі|"
                          r"асуджаных|зняволеных))(?:\s+[\w№-]+){0,4}?\s+(?:памёр|памерла|загінуў"
                          r"|загінула)"),
    _r(E.RECOGNIZED, r"прызнан\w*\s+палітвязн\w+|прызнал[аі]?\s+(?:\w+\s+){0,3}?палітвязн\w+"
                     r"|палітвязн(?:ямі|ем|кай)\s+(?:былі?\s+|была\s+)?(?:таксама\s+)?прызнан\w*"
                     r"(?:\s+(?:і|таксама))?|сярод\s+прызнаных"
                     r"|прызнан(?:ага|ую|ай|ых)\s+палітвязн\w+"
                     r"|як(?:ога|ую|іх)\s+прызналі\s+[уў]\s+\d{4}",
       enumerates=True),
    _r(E.RECOGNIZED, r"статус\s+(?:палітвязн\w+\s+)?атрымал[аі]?|новыя\s+палітвязні\s*[—–:-]",
       enumerates=True),
    _r(E.RECOGNITION_WITHDRAWN, r"пазбаўлен\w*\s+статусу\s+палітвязн\w+|выключан\w*\s+са\s+спісу"
                                r"\s+палітвязн\w+|адклікал[аі]?\s+(?:\w+\s+)?прызнанне"
                                r"|выключыл[аі]?\s+(?:\w+\s+){0,3}?са\s+(?:свайго\s+)?спісу"
                                r"|пазбав\w+\s+(?:\w+\s+)?статусу\s+палітвязн\w+"
                                r"|спын\w+\s+(?:\w+\s+)?прызнанне",
       inherent_negation=True),
    _r(E.PERSECUTED_AFTER_RELEASE, r"завочна"),
]

RULES = {"en": EN, "ru": RU, "be": BE}


def find_triggers(sentence: str, lang: str) -> list[Trigger]:
    """Every trigger in SENTENCE, in order; a span claimed for one type is not reused for it."""
    out: list[Trigger] = []
    for rule in RULES.get(lang, EN):
        for match in rule.pattern.finditer(sentence):
            if any(t.start < match.end() and match.start() < t.end and t.type == rule.type
                   for t in out):
                continue
            out.append(Trigger(rule.type, match.start(), match.end(), rule))
    out.sort(key=lambda t: t.start)
    return out


_ANY = {lang: re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules), re.IGNORECASE)
        for lang, rules in RULES.items()}


def has_trigger(sentence: str, lang: str) -> bool:
    """Cheap test used to pick the sentences worth the heavy models."""
    return _ANY.get(lang, _ANY["en"]).search(sentence) is not None
