"""Leaving the country: by choice ("left for Poland", «уехал в Литву»), by force ("deported",
«выдворили»), or refusing to go ("refused the seat on the bus"). Only a forced removal from
custody is a ``deported`` claim; the rest decide that a trip abroad is none."""

from __future__ import annotations

import re

_VOLUNTARY = {
    "en": r"left\s+for|went\s+(?:abroad|to)|moved\s+(?:with\s+[\w\s]{1,30}?\s+)?to|emigrated"
          r"|relocated|fled"
          r"|on\s+(?:his|her|their)\s+own|by\s+(?:himself|herself|themselves)|voluntarily"
          r"|of\s+(?:his|her|their)\s+own\s+(?:accord"
          r"|free\s+will)|chose\s+to\s+leave|decided\s+to\s+leave|to\s+join\s+(?:his|her|their)"
          r"|(?:made|took)\s+the\s+decision\s+(?:herself|himself|themselves)|by\s+(?:his|her"
          r"|their)\s+own\s+(?:decision|choice)"
          # "crossed into Poland on a humanitarian visa, a decision he says he made alone"
          r"|(?:on|with)\s+an?\s+(?:humanitarian|tourist|work|student|national)\s+visa"
          r"|a\s+decision\s+(?:he|she|they)\s+(?:says?\s+(?:he|she|they)\s+)?made"
          # "walked out on 2 May and crossed into Lithuania six weeks later": a trip of his own
          r"|(?:crossed|left|moved|went|flew|travell?ed)\b[^.;]{0,40}?\b(?:weeks|months|years|days"
          r"|a\s+(?:week|month|year))\s+later|later\s+(?:crossed|left|moved)",
    "ru": r"уехал[аи]?|выехал[аи]?|переехал[аи]?|эмигрировал[аи]?|добровольно"
          r"|сам(?:а|и)?\s+уехал\w*"
          r"|по\s+собственно\w+\s+(?:желанию|воле|решению)|решил[аи]?\s+уехать"
          r"|(?:уехавш|выехавш|переехавш|эмигрировавш)\w+",
    "be": r"з'?ехаў|з'?ехала|з'?ехалі|выехаў|выехала|выехалі|пераехаў|пераехала|пераехалі"
          r"|эміграваў|эмігравала"
          r"|эмігравалі|добраахвотна|па\s+ўласным\s+(?:жаданні|рашэнні)|вырашыў\s+з'?ехаць"
          r"|(?:з'?ехаўш|выехаўш|пераехаўш|эміграваўш)\w+",
}
_FORCED = {
    "en": r"deported|expelled|taken\s+to\s+the\s+border|forced\s+(?:to\s+leave|out|into)"
          r"|forcibly|exiled|driven\s+to\s+the\s+border",
    "ru": r"вывез\w*|выдвор\w+|депортир\w+|выслан\w*|выслали|вынужден\w*\s+(?:был\w*\s+)?покинуть"
          r"|принудительно",
    "be": r"вывез\w*|выдвар\w+|дэпартав\w+|высланы|выслалі|вымушан\w*\s+пакінуць|прымусова",
}
_VOLUNTARY_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in
                 _VOLUNTARY.items()}
_FORCED_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in
              _FORCED.items()}


def voluntary_departure(text: str, lang: str) -> bool:
    """True when TEXT tells of leaving by choice and of no forced removal, or of refusing to
    go ("refused to board the bus to Lithuania")."""
    if _REFUSED_TO_GO.search(text) or LEFT_LATER.search(text):
        return True  # (or left days after the release, on a regular bus)
    if _VOLUNTARY_RE.get(lang, _VOLUNTARY_RE["en"]).search(text) is None:
        return False
    return not any(  # «его никто не выдворял», "nobody expelled him": no force at all
        not _NEGATED_BEFORE.search(text[max(0, m.start() - 15):m.start()])
        for m in _FORCED_RE.get(lang, _FORCED_RE["en"]).finditer(text))


# "He crossed into Poland four days after his release, on a regular bus": a departure of his own
LEFT_LATER = re.compile(r"\b(?:days?|weeks?|months?)\s+after\s+(?:his|her|their)\s+release\b"
                         r"|\bon\s+a\s+regular\s+(?:bus|train|flight)|\bbought\s+(?:the|a)\s+ticket"
                         r"|(?<!\w)(?:через|праз)\s+(?:\w+\s+)?(?:дн\w+|дзён|тыдн\w+|недел\w+|месяц\w*)"
                         r"\s+(?:после|пасля)\s+(?:освобождения|вызвалення)", re.IGNORECASE)
_REFUSED_TO_GO = re.compile(r"(?<!\w)(?:refused\s+to\s+(?:board|get\s+on|go|leave|cross)"
                            r"|(?:refused|turned\s+down|declined)\s+(?:the|a|his|her)\s+(?:seat|place|bus|offer)"
                            r"|отказал\w*\s+(?:садиться|ехать|уезжать|покидать|выезжать)"
                            r"|(?:от\s+(?:места|автобуса|выезда)\s+отказал\w*|отказал\w*\s+от\s+(?:места"
                            r"|автобуса|выезда))"
                            r"|адмовіл\w*\s+(?:садзіцца|ехаць|з['’]язджаць|пакідаць|выязджаць)"
                            r"|(?:ад\s+(?:месца|аўтобуса|выезду)\s+адмові\w*|адмові\w*\s+ад\s+(?:месца"
                            r"|аўтобуса|выезду)))",
                            re.IGNORECASE)


def refused_to_go(text: str) -> bool:
    """True when TEXT tells of refusing the way out ("turned down the seat on the bus")."""
    return _REFUSED_TO_GO.search(text) is not None


_NEGATED_BEFORE = re.compile(r"(?<!\w)(?:не|ні|not|never|nobody|no\s+one)\s+(?:\w+\s+)?$",
                             re.IGNORECASE)


def forced_removal(text: str, lang: str) -> bool:
    """True when TEXT (a trigger) itself names a forced removal."""
    return _FORCED_RE.get(lang, _FORCED_RE["en"]).search(text) is not None


def chose_to_leave(text: str, lang: str) -> bool:
    """True when TEXT has a word for leaving by choice ("emigrated", «уехал»)."""
    return _VOLUNTARY_RE.get(lang, _VOLUNTARY_RE["en"]).search(text) is not None


# "walked out of colony No. 2 in Baku", «вышел из колонии № 2 в Баку»: where the prison is
_PRISON_IN = re.compile(r"(?<!\w)(?:colony|prison|jail|SIZO|колони\w*|тюрьм\w*|СИЗО|ИК|калоні\w*"
                        r"|турм\w*|СІЗА)(?:\s+(?:No\.?|№)\s*\d+)?\s+(?:in|near|в|под|у|ў|пад)\s+$",
                        re.IGNORECASE)


def prison_place(text: str, start: int) -> bool:
    """True when the place named at START in TEXT is where a prison stands, not a destination."""
    return _PRISON_IN.search(text[max(0, start - 40):start]) is not None


# Staying behind in the prisoner's own words or the report's: "refused to be taken abroad",
# "turned down the offer", «отказалась уезжать», «осталась в стране», «Дома засталіся X і Y»,
# an offer to leave followed by a refusal («Ей предлагали уехать, но она отказалась»). A stay
# in another country («засталася ва Украіне») is not one: that is where the removal took her.
_STAYED_BEHIND = re.compile(
    r"(?<!\w)(?:refus\w*\s+to\s+(?:be\s+(?:taken|driven|sent|pushed|put|flown|deported|expelled"
    r"|bussed|moved)|leave(?!\s+(?:the\s+|his\s+|her\s+)?(?:cell|prison|colony|hospital))|go\b"
    r"|board|cross|get\s+on)"
    r"|(?:refused|declined|turned\s+down|rejected)\s+(?:it\b|(?:the|an?|his|her|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:offer|deal|seat|place|bus|proposal|arrangement)s?)"
    r"|(?:chose|decided|wanted|intends?|insisted\s+on\s+(?:his|her)\s+right)\s+to\s+(?:stay|remain)"
    r"|(?:stay(?:ed|s|ing)?|remain(?:ed|s)?)\s+in\s+(?:Belarus|Russia|the\s+country)(?!\w)"
    r"|(?:allowed|permitted)\s+to\s+(?:stay|remain|return\s+(?:to\s+)?(?:his|her)\s+home)"
    r"|(?:offered|suggested|proposed)\b[^!?]{0,80}?\b(?:leave|go\s+(?:to|abroad)|bus|seat|border"
    r"|abroad|Lithuania|Poland|Ukraine|Latvia)\b[^!?]{0,80}?\b(?:refused|declined"
    r"|turned\s+(?:it\s+)?down|said\s+no)"
    r"|refused\s+to\s+sign|(?:released|freed|let\s+go)\s+at\s+home"
    r"|(?:is|was)\s+now\s+(?:back\s+)?at\s+home"
    # "he was not taken abroad and is back home in Lida"
    r"|not\s+(?:taken|sent|driven|deported|expelled|flown)\s+(?:abroad|out\s+of\s+the\s+country)"
    r"|(?:is|was|are|were)\s+back\s+(?:at\s+)?home"
    r"|не\s+(?:вывез\w*|выслал\w*|выдвор\w*)|не\s+(?:вывезлі|выслалі|выдвар\w*)"
    r"|никуда\s+не\s+поеду|нікуды\s+не\s+паеду"
    r"|(?:выпустили|освободили|отпустили)\s+(?:\w+\s+){0,2}?(?:домой|дома)"
    r"|(?:адпусцілі|вызвалілі)\s+(?:\w+\s+){0,2}?(?:дадому|дома)"
    r"|отказал\w*\s+(?:от\s+(?:выезда|отъезда|депортации|предложения)|подписыва\w+|подписать"
    r"|уезжать|уехать|выезжать"
    r"|выехать|ехать|садиться|покидать|покинуть|пересекать)"
    r"|остал\w*\s+(?:в\s+(?:Беларуси|России|стране)|дома)(?!\w)|дома\s+остал\w*"
    r"|предла\w*\b[^!?]{0,120}?(?:уехать|выехать|уезжать)[^!?]{0,80}?отказал\w*"
    r"|адмові\w*\s+(?:ад\s+(?:выезду|ад'?езду|прапановы)|падпісваць|падпісаць|з['’]?язджаць"
    r"|з['’]?ехаць|выязджаць"
    r"|выехаць|ехаць|садзіцца|пакідаць|пакінуць|перасякаць)"
    r"|заста\w*\s+(?:[уў]\s+(?:Беларусі|Расіі|краіне)|дома)(?!\w)|дома\s+заста\w*"
    r"|прапан\w*\b[^!?]{0,120}?(?:выехаць|з['’]?ехаць|з['’]?язджаць)[^!?]{0,80}?адмові\w*)",
    re.IGNORECASE)
# Where one person's fate turns from another's: "X was taken to Vilnius, while Y stayed".
_CONTRAST = re.compile(r"\b(?:while|whereas|but|unlike|except)\b|;|,\s*(?:and|и|і)\s"
                       r"|(?<!\w)(?:а|но|однако|в\s+отличие|але|аднак|у\s+адрозненне)(?!\w)",
                       re.IGNORECASE)


# "was not allowed to stay", "not given the choice of staying": the opposite
_DENIED_CHOICE = re.compile(r"(?<!\w)(?:not|never|no|не|ні)\s+(?:[\w'’-]+\s+){0,4}$",
                            re.IGNORECASE)


# A refusal with nothing after it ("X, 64, refused.", «Он отказался.») right after an offer
# to leave or a paper to sign in the sentence before
_BARE_REFUSAL = re.compile(
    r"(?<!\w)(?:refused|declined|said\s+no|отказал\w*|адмові\w*)\s*[.;!]", re.IGNORECASE)
_OFFER = re.compile(r"(?<!\w)(?:offer\w*|suggest\w*|propos\w*"
                    r"|asked\s+(?:every|each|all|him|her|them)|предлага\w*|предложи\w*|прапан\w*)(?!\w)[^.!?]{0,120}?(?:leave|go\b|bus"
                    r"|sign|border|abroad|Lithuania|Poland|Ukraine|уехать|выезд|выехать|подпис|автобус"
                    r"|з['’]?ехаць|выезд|падпіс|аўтобус)", re.IGNORECASE)


def bare_refusals(text: str, before: str) -> list[int]:
    """Where TEXT refuses, with nothing after, the offer to leave made in BEFORE."""
    if not _OFFER.search(before):
        return []
    return [m.start() for m in _BARE_REFUSAL.finditer(text)]


def stayed_behind(text: str) -> list[tuple[int, int, int]]:
    """Where TEXT tells of someone staying behind or refusing the way out: (the start of its
    stretch between contrast words, the cue's start, the stretch's end). The one who stayed
    is the person named last before the cue in that stretch, or those named after it when
    none is («Дома засталіся X і Y»)."""
    out = []
    cuts = [0, *(m.start() for m in _CONTRAST.finditer(text)), len(text)]
    for m in _STAYED_BEHIND.finditer(text):
        if _DENIED_CHOICE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        lo = max(c for c in cuts if c <= m.start())
        hi = min((c for c in cuts if c >= m.end()), default=len(text))
        out.append((lo, m.start(), hi))
    return out
