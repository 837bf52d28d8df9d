"""Who a trigger's words belong to when no verb says: the owner of a nominal trigger
("Kolesnikova's release", "whose arrest", "release of X") and the one an incommunicado
trigger cuts off ("no news from her", "her family has had no letters"); and the owner a
relation noun names («коллегу Мезенцевой»), who is not the one the noun stands for."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from volia.extract.mentions import declined

if TYPE_CHECKING:  # attach imports this module; Slot is only named in annotations here
    from volia.extract.attach import Slot

# "the family has received no letters from him", "her family has had no letters": the one
# cut off is after "from/with" or owns the family, lawyer or relatives.
_FROM = re.compile(r"^\s*(?:from|with|to|of|about|от|с|со|ад|з|са)\s+$", re.IGNORECASE)
_KIN_AFTER = re.compile(r"^(?:['’]s?)?\s*(?:family|relatives|lawyers?|mother|wife|husband|parents"
                        r"|brother|sister|son|daughter|father|widow|partner|родн\w+"
                        r"|родственник\w*|адвокат\w*|семья|сям['’]я|сваяк\w*|бацьк\w*|брат\w*"
                        r"|сестр\w*|сястр\w*|мать|маці|жена|жонка|муж|сын|доч\w*|дачк\w*)\b",
                        re.IGNORECASE)

_BODY = re.compile(r"[^.;]{0,30}?\b(?:the|his|her|their)\s+(?:body|remains)\b"
                   r"|[^.;]{0,30}?(?<!\w)(?:тел[оа]|цела)(?!\w)",
                   re.IGNORECASE)


def incommunicado_person(text: str, t_start: int, t_end: int, slots: list[Slot]) -> list[Slot]:
    """The one cut off by an incommunicado trigger: after "from/with" ("no news from her"),
    or the owner of the family or lawyer who hears nothing."""
    for s in slots:
        if s.start >= t_end and s.start - t_end < 12 and _FROM.match(text[t_end:s.start]) and \
                not s.entry.non_prisoner:
            return [s]
        if t_start < s.start < t_end and _FROM.match(text[max(t_start, s.start - 6):s.start]) \
                and not s.entry.non_prisoner:
            return [s]  # "no news from her": the person inside the trigger's own words
    if _BODY.match(text, t_end):
        return []  # "the family was not allowed to see the body": after a death, not a silence
    for s in reversed(slots):
        if s.end <= t_start and s.possessive and _KIN_AFTER.match(text[s.end:s.end + 20]) and \
                not s.entry.non_prisoner and t_start - s.end < 60:
            return [s]
    return []


def noun_persons(text: str, t_start: int, t_end: int, slots: list[Slot]) -> list[Slot]:
    """The owner of a nominal trigger: "Kolesnikova's release", "whose arrest", "release of X"."""
    usable = [s for s in slots if not s.entry.non_prisoner]
    for s in slots:
        gap = text[s.end:t_start]
        if s.end <= t_start and s.possessive and re.fullmatch(r"\s*(?:['’]s?)?\s*(?:\w+\s+)?", gap):
            return [s] if not s.entry.non_prisoner else []
    whose = re.search(r"(?:whose|чей|чья|чыя|чый)\s+(?:\w+\s+)?$",
                      text[max(0, t_start - 20):t_start], re.IGNORECASE)
    if whose:
        owners = [s for s in usable if s.end <= t_start]
        return owners[-1:]
    if re.match(r"\s+of\s+", text[t_end:t_end + 6]):
        after = [s for s in usable if s.start >= t_end and s.start - t_end < 12]
        return after[:1]
    # «Срок Игоря Ермоловича истекает»: a declined name right after the noun owns it
    after = [s for s in usable if 0 < s.start - t_end <= 2 and not s.pronoun
             and declined(s.surface, s.entry.name)]
    return after[:1]


# A relation noun right before a name: the name is its owner («друга Никиты», "friend of X").
OWNED_BY = re.compile(r"(?<!\w)(?:друг\w*|подруг\w*|брат\w*|сестр\w*|мат\w*|отц\w*|сын\w*"
                      r"|доч\w*|жен\w*|муж\w*|коллег\w*|сосед\w*|адвокат\w*|сябр\w*|калег\w*"
                      r"|сястр\w*|маці|бацька|бацьку|(?:friend|brother|sister|mother|father|son"
                      r"|daughter|wife|husband|colleague|neighbou?r|lawyer|cellmate)\s+of)\s+$",
                      re.IGNORECASE)


def owner_before_apposition(text: str, g: Slot, group: list[Slot]) -> bool:
    """True when G is the owner in «коллегу X, фотографа Y»: a relation noun before it, and
    after it only a comma and a described name of the group."""
    later = [o for o in group if o.start > g.end]
    return bool(later) and OWNED_BY.search(text[max(0, g.start - 30):g.start]) is not None \
        and re.fullmatch(r"\s*,\s*[а-яёіў-]+\s+", text[g.end:later[0].start]) is not None
