"""Whether a sentence says the person is still (or again) inside: "remains in the colony",
«по-прежнему в колонии», "was not on the list", "refused to cross". No release, pardon or
removal abroad is claimed from such a sentence."""

from __future__ import annotations

import re

from volia.extract.countries import find_countries

# The same sentence says the person is still inside: no release, no removal abroad from it.
_STILL_INSIDE = {
    "en": r"claim(?:ed|s)?\s+that|(?:was|were)\s+returned\s+to\s+(?:the\s+)?(?:prison|colony|jail"
          r"|cell)|(?:taken|sent|brought|driven)\s+back\s+to\s+(?:the\s+|his\s+|her\s+)?(?:prison"
          r"|colony|jail|cell)|remain(?:s|ed)?\s+(?:in|behind)\s+(?:the\s+)?(?:(?:Russian|Belarusian)\s+)?(?:colony|prison|jail"
          r"|custody|bars)|(?:is|was)\s+still\s+(?:in|behind)\s+(?:the\s+)?(?:colony|prison"
          r"|jail|custody|bars)|(?:is|are|was|were)\s+still\s+(?:in|at)\s+(?P<place>(?-i:[A-Z])\w+)"
          r"(?=\s*[.;,]|\s+(?:colony|prison))"
          r"|(?:is|are|was|were)\s+still\s+(?:inside|imprisoned|jailed|behind\s+bars)"
          # "refused to cross the border" keeps the prisoner inside; "freed but refused to
          # cross" does not, nor does refusing to leave the country (a freed man's choice:
          # "also pardoned, refused to leave the country and went home")
          r"|(?<!freed\sbut\s)(?<!released\sbut\s)refused\s+to\s+(?:cross|leave\s+(?:the\s+)?"
          r"(?:colony|prison|jail|cell))|(?:was|were)\s+not\s+(?:on|in)\s+the"
          r"\s+list|(?:was|were|is|are|has|have)\s+(?:not|never)\s+(?:been\s+)?(?:on|in)\s+any\s+"
          r"(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?lists?\b"
          # "Yet 980 remain", "hundreds remain": those still held, counted
          r"|\b(?:\d[\d,.]*|the\s+rest)\s+(?:still\s+)?remain\b(?!\s+(?:unknown|unclear|abroad|in\s+exile))|(?:was|were)\s+not\s+included|not\s+among\s+(?:those|the)\s+(?:\w+\s+)?"
          r"(?:freed|released|pardoned)"
          # "had been freed as well, but he was not among those who arrived"
          r"|not\s+among\s+(?:those|the\s+\w+)\s+who\s+(?:arrived|crossed|came|reached|landed"
          r"|were\s+(?:brought|handed\s+over|flown|driven|taken))"
          # "whose names had appeared on early lists remained in Belarus" (not "freed but …")
          r"|(?<!freed\sand\s)(?<!released\sand\s)remained\s+in\s+(?:Belarus|Russia)\b"
          # "named in the lists of the pardoned, but he did not walk free"
          r"|(?:did|does|has|have|had)\s+not\s+(?:walk(?:ed)?|go(?:ne)?|come|been)\s+(?:free|out"
          r"|home|released|freed)|(?:is|are|was|were)\s+still\s+serving|continues?\s+to\s+serve"
          # "was not part of the exchange"; "two applications for his release were rejected"
          r"|(?:was|were)\s+not\s+(?:part\s+of|included\s+in)|(?:application|request|petition|appeal)s?"
          r"\s+for\s+(?:his|her|their)\s+(?:early\s+)?release\b[^.;]{0,40}?\b(?:rejected|refused"
          r"|denied|turned\s+down)",
    "ru": r"(?<!не\s)(?:вернули|возвращ[её]н\w*|отправили\s+обратно)\s+в\s+(?:колонию|тюрьму|СИЗО)"
          r"|в\s+списке\s+нет|нет\s+в\s+списке"
          r"|среди\s+(?:помилованных|освобожд\w+)\s+(?:(?:его|её|ее|их)\s+)?(?:нет|не\s+оказал\w*"
          r"|не\s+было)|нет\s+среди\s+(?:помилованных|освобожд\w+)"
          # «выпускают на сутки и снова сажают» (in and out of a punishment cell)
          r"|и\s+снова\s+(?:сажа|водвор|помеща)\w*"
          r"|по-прежнему\s+в\s+(?:колонии|тюрьме|СИЗО)"
          r"|не\s+попал\w*\s+в\s+спис\w*"
          r"|в\s+спис\w+\s+(?:\w+\s+)?не\s+(?:попал\w*|вош\w+)"
          r"|отказал\w*\s+(?:пересекать|покидать\s+(?:колонию|тюрьму|камеру))|оста(?:[её]|ю)тся\s+(?:в\s+(?:колонии|тюрьме|СИЗО|заключении)|за\s+решёткой"
          r"|за\s+решеткой)|по-прежнему\s+(?:находится|остаётся|остается)\s+в"
          r"|в\s+списк\w*\s+(?:\w+\s+)?не\s+оказал\w*|не\s+оказал\w*\s+в\s+списк\w*"
          r"|не\s+было\s+(?:и\s+|даже\s+)?в\s+списк\w*|в\s+списк\w*\s+(?:\w+\s+)?не\s+было"
          r"|отказал\w*\s+от\s+предложени\w+\s+(?:выехать|уехать|покинуть)"
          r"|остал(?:ся|ась|ись)\s+в\s+(?:колонии|тюрьме|СИЗО)"
          r"|на\s+свободу\s+(?:\w+\s+)?не\s+вы(?:шел|шла|шли|пустили)|не\s+вы(?:шел|шла|шли)\s+на"
          r"\s+свободу|продолжа\w+\s+отбывать",
    "be": r"(?<!не\s)(?:вярнулі|вернут\w*|адправілі\s+назад)\s+[уў]\s+(?:калонію|турму|СІЗА)"
          r"|не\s+трапі(?:л\w*|ў)\s+[уў]\s+спіс"
          r"|[уў]\s+спіс\w*\s+(?:\w+\s+)?не\s+трапі(?:л\w*|ў)"
          r"|на\s+волю\s+(?:\w+\s+)?не\s+вый(?:шаў|шла|шлі)|не\s+вый(?:шаў|шла|шлі)\s+на\s+волю"
          r"|[уў]\s+спіс\w*\s+(?:\w+\s+)?не\s+аказал\w*|працягва\w+\s+адбываць"
          r"|не\s+было\s+(?:і\s+|нават\s+)?[уў]\s+спіс\w*|[уў]\s+спіс\w*\s+(?:\w+\s+)?не\s+было"
          r"|сярод\s+(?:вызвален\w+|памілаван\w+)\s+(?:(?:яго|яе|іх)\s+)?(?:няма|не\s+аказал\w*"
          r"|не\s+было)|і\s+зноў\s+(?:саджа|змяшча)\w*"
          r"|адмовіл\w*\s+(?:перасякаць|пакідаць\s+(?:калонію|турму|камеру))|заста(?:е|ю)цца\s+(?:[уў]\s+(?:калоніі|турме|СІЗА|зняволенні)|за\s+кратамі)",
}
# A pardon that only shortens the term: «сократил срок», "commuted", «скараціў тэрмін».
_REDUCED = re.compile(r"(?<!\w)(?:reduc\w+|commut\w+|shorten\w*|сократ\w+|сокращ\w+|смягч\w+"
                      r"|скарац\w+|скараці\w+|змякч\w+)(?!\w)", re.IGNORECASE)

_STILL_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in
             _STILL_INSIDE.items()}


def still_inside(sentence: str, lang: str) -> bool:
    """True when SENTENCE says the person is still (or again) inside."""
    match = _STILL_RE.get(lang, _STILL_RE["en"]).search(sentence)
    if match is not None and match.groupdict().get("place"):
        # "is still in Navapolatsk" (a colony town), not "is still in Warsaw" (abroad)
        return not find_countries(match["place"])
    return match is not None


def pardon_frees(sentence: str, lang: str) -> bool:
    """True when a pardon told in SENTENCE let the person out (the usual case): not when the
    sentence says the person is still inside or that only the term was cut."""
    return not still_inside(sentence, lang) and _REDUCED.search(sentence) is None


# one of those a batch left behind: "Among those who remain is X", «Сярод тых, хто застаўся»
_LEFT_BEHIND = re.compile(
    r"\bamong\s+(?:those|the\s+ones)\s+(?:who\s+(?:remain(?:ed)?|are\s+still)|still\s+(?:held"
    r"|inside|behind\s+bars)|left\s+behind|remaining)\b"
    r"|(?<!\w)(?:среди\s+(?:тех,?\s+кто\s+(?:остал\w+|по-прежнему)|оставш\w+)"
    r"|сярод\s+(?:тых,?\s+хто\s+(?:заста\w+|па-ранейшаму)|астатніх))", re.IGNORECASE)


def left_behind(sentence: str) -> bool:
    """True when SENTENCE names one of those a batch left behind («Сярод тых, хто застаўся, —
    X»): no member of the batch."""
    return _LEFT_BEHIND.search(sentence) is not None
