"""Persecution after release: cues that, said of someone already freed, make a
``persecuted_after_release`` claim.

The cues (a search of the family home, officers visiting relatives, summons for "preventive
talks", threats, a new case, supervision) are ordinary events; they mean persecution after
release only for a person the report has already shown as released (a ``released`` claim
earlier in the report, or "former political prisoner" next to the name). The person is the
one the cue's clause names (or points at with a pronoun, "her parents"); failing that, the
freed person the paragraph is about, when the paragraph names only one.
"""

from __future__ import annotations

import re

_CUES = {
    "en": r"search(?:ed|es)?\s+(?:of\s+)?(?:his|her|their|the\s+family['’]s?)\s+(?:home|flat|"
          r"apartment|house|parents)|(?:came|come|coming|went)\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+"
          r"|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:flat|home|house|apartment|parents)"
          r"|report\s+to\s+(?:the\s+|a\s+)?police|register\s+of\s+(?:people|persons)|visited\s+(?:his|her)\s+(?:parents|relatives"
          r"|family|home|mother|father)|threaten(?:ed|ing|s)\s+(?:him|her|them|his|her)"
          r"|preventive\s+supervision|police\s+supervision|new\s+(?:criminal\s+)?case"
          r"|summoned\s+(?:him|her)?\s*(?:for|to)\s+(?:a\s+)?['\"“‘]?(?:conversation|talk)"
          r"|called\s+(?:him|her)\s+in\s+for|fined\s+(?:him|her)"
          r"|search(?:ed|es)?\s+the\s+(?:home|flat|house|apartment)\s+of"
          r"|visited\s+(?:the\s+)?(?:parents|mother|father|relatives|family|home|flat)\s+of"
          r"|(?:questioned|summoned|interrogated)\s+(?:his|her)\s+(?:mother|father|parents|wife"
          r"|husband|sister|brother|son|daughter)"
          r"|(?:was|were|(?:has|have|had)\s+been)\s+summoned|summoned\s+(?:him|her)"
          r"|warned\s+(?:him|her)|called\s+at\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+)?(?:flat"
          r"|home|house|door|apartment)"
          r"|(?:preventive|police)\s+(?:register|conversation|talk)",
    "ru": r"обыск\w*|пришли\s+(?:сотрудники|силовики|милиционеры|полицейские)|нов\w+\s+"
          r"(?:уголовн\w+\s+)?дел\w*|профилактическ\w+\s+бесед\w*|угрожа\w+|запугива\w+"
          r"|превентивн\w+\s+надзор\w*|подписк\w+\s+о\s+невыезде"
          r"|(?:милиция|полиция|силовики|сотрудники|участковый)\s+(?:[\w-]+\s+){0,2}?"
          r"(?:пришл\w+|приходил\w+|пришёл|наведал\w+|навещал\w+)"
          r"|(?:вызыва|вызвал)\w*\s+(?:\w+\s+)?(?:в|на)\s+(?:милицию|полицию|беседу|допрос|РОВД|РУВД"
          r"|КГБ|СК|Следственный\s+комитет)|заочн\w+\s+(?:уголовн\w+\s+)?(?:дел\w*|процесс\w*|суд\w*)"
          r"|постав\w+\s+на\s+(?:профилактическ\w+\s+)?уч[её]т|(?<!медицинского\s)(?<!медицинский\s)осмотр\w*"
          r"|(?:пришли|приш[её]л|пришла|приходил\w*)\s+(?:[\w-]+\s+){0,2}?(?:сотрудники|силовики"
          r"|милиционеры|полицейские|участковый|(?:двое|трое)\s+(?:в\s+штатском|сотрудников))"
          r"|официальное\s+предупреждение"
          r"|вызвал\w*\s+(?:\w+\s+)?в\s+прокуратуру",
    "be": r"ператрус\w*|прыйшлі\s+(?:супрацоўнікі|сілавікі|міліцыянты)|нов\w+\s+(?:крымінальн\w+"
          r"\s+)?спра\w+|прафілактычн\w+\s+(?:гутар|размов)\w+|пагражал\w+|запалохва\w+|распытвалі"
          r"|пагроз(?:амі|ы|у)|прыйшлі\s+(?:двое|трое|некалькі)\s+[уў]\s+цывільным"
          r"|наведва\w+\s+(?:міліцыянты|сілавікі|супрацоўнікі)"
          r"|прэвентыўн\w+\s+нагляд\w*"
          r"|(?:міліцыя|сілавікі|супрацоўнікі|участковы)\s+(?:[\w'’-]+\s+){0,3}?"
          r"(?:прыйшлі|прыйшоў|прыйшла|прыходзіл\w+|наведва\w+|наведал\w+)"
          r"|выклік\w+\s+(?:\w+\s+)?(?:у|ў|на)\s+(?:міліцыю|РУУС|размову|гутарку|допыт|КДБ|СК)"
          r"|завочн\w+\s+(?:крымінальн\w+\s+)?(?:спра\w+|працэс\w*|суд\w*)"
          r"|паставіл\w*\s+на\s+(?:прафілактычны\s+)?[уў]лік|(?<!медыцынскага\s)(?<!медыцынскі\s)агляд\w*"
          # «да Клімовіча двойчы прыходзіў участковы», «пастаўленая на прафілактычны ўлік»,
          # «вынеслі афіцыйнае папярэджанне»
          r"|(?:прыйшлі|прыйшоў|прыйшла|прыходзіл\w*|прыходзіў)\s+(?:[\w'’-]+\s+){0,2}?"
          r"(?:міліцыянты|сілавікі|супрацоўнікі|участковы|(?:двое|трое)\s+[уў]\s+цывільным)"
          r"|пастаўлен\w*\s+на\s+(?:прафілактычны\s+)?[уў]лік|папярэджанн\w*"
          r"|выклікал\w*\s+(?:\w+\s+)?[уў]\s+пракуратуру",
}
CUE_RE = {k: re.compile(rf"(?<![\w-])(?:{v})(?![\w])", re.IGNORECASE) for k, v in _CUES.items()}
_FORMER = re.compile(r"(?:former|ex-)\s+political\s+prisoner|бывш\w+\s+политзаключ\w+"
                     r"|был\w+\s+палітвязн\w+", re.IGNORECASE)


def cues(sentence: str, lang: str) -> list[tuple[int, int]]:
    """Spans of persecution cues in SENTENCE."""
    return [(m.start(), m.end()) for m in CUE_RE.get(lang, CUE_RE["en"]).finditer(sentence)]


def former_prisoner(text: str, start: int) -> bool:
    """True when "former political prisoner" stands just before the name at START."""
    return _FORMER.search(text[max(0, start - 45):start]) is not None


def called_former(text: str, start: int, end: int) -> bool:
    """True when "former political prisoner" stands next to the name at START–END, before it
    or in the apposition after it («X, бывший политзаключённый»)."""
    return former_prisoner(text, start) or \
        _FORMER.match(text[end:end + 45].lstrip(" ,—–-")) is not None
