"""A pardon is dated by its decree, not by the walk out of the gate.

Reports often give both: "released on 19 November under a pardon decree dated 18 November",
«помилованы указом от 16 сентября», «Указ подписан 12 августа, а вчера все вышли». The
release keeps the day the prisoners left; the pardon takes the day the decree was signed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from volia.domain.dates import PartialDate, Precision
from volia.extract.sentences import Sentence
from volia.extract.when import DateMention

_DECREE = re.compile(r"(?<!\w)(?:decrees?|указ(?:а|ом|у|е|ы|ов|ам|ами)?|ўказ(?:а|ам|у|е|ы)?)(?!\w)",
                     re.IGNORECASE)
# the sentence is about a pardon or a release (not a decree on citizenship or "extremism")
_PARDON_CONTEXT = re.compile(
    r"(?<!\w)(?:pardon\w*|clemency|помилова\w*|памілава\w*|releas\w*|freed|освобо\w*"
    r"|вызвал\w*|вышл\w*|выйшл\w*)", re.IGNORECASE)
# an amnesty is a law, not a decree of pardon
_AMNESTY = re.compile(r"(?<!\w)(?:amnest\w*|амнисти\w*|амністы\w*)", re.IGNORECASE)
# what ties a date to the decree: "dated", "signed (on)", «от», «подписан», «датаванага»
_SIGNED = re.compile(
    r"(?<!\w)(?:dated|signed|signs|подпис\w*|падпіс\w*|датирова\w*|датава\w*)(?!\w)",
    re.IGNORECASE)
# «указом от 16 сентября», "the decree of 3 July": only right before the date
_OF_DATE = re.compile(r"(?:\s+(?:о|об|аб)\s+(?:помиловании|памілаванні))?\s+(?:от|ад|of)\s+$",
                      re.IGNORECASE)
# a release between the decree and a date: that date is the release's
_RELEASE_BETWEEN = re.compile(
    r"(?<!\w)(?:releas\w*|freed|walked|left|освобо\w*|вышл\w*|выйшл\w*|вызвал\w*)(?!\w)",
    re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|и|і)\s", re.IGNORECASE)
# a decree "signed the day before" the release, or the same day
_DAY_BEFORE = re.compile(r"(?<!\w)(?:the\s+(?:day\s+before|previous\s+day)|накануне"
                         r"|напярэдадні)(?!\w)", re.IGNORECASE)
_SAME_DAY = re.compile(r"(?<!\w)(?:the\s+same\s+day|в\s+тот\s+же\s+день|у\s+той\s+жа\s+дзень)"
                       r"(?!\w)", re.IGNORECASE)
# a pardon told with its own day: "pardoned on 25 May", «помилован 25 мая»
_OWN_DATE = re.compile(r"(?<!\w)(?:pardoned|помилован\w*|памілаван\w*)\s+(?:on\s+|in\s+)?"
                       r"(?:\w+\s+)?\d", re.IGNORECASE)
# how far ahead of a pardon its decree may still be told (characters)
_AHEAD_REACH = 300
# how long after its decree a release still counts as the decree's
_DECREE_REACH = timedelta(days=45)


@dataclass(frozen=True)
class Decree:
    """A pardon decree at offset AT: its own date, or a day offset from the release's."""

    at: int
    when: PartialDate | None
    days_before_release: int | None = None


def find_decrees(text: str, sentences: list[Sentence],
                 dates: list[DateMention]) -> list[Decree]:
    """The pardon decrees TEXT dates, each with the date tied to it by a signing word."""
    found: list[Decree] = []
    for sent in sentences:
        if not _PARDON_CONTEXT.search(sent.text) or _AMNESTY.search(sent.text):
            continue
        for word in _DECREE.finditer(sent.text):
            at = sent.start + word.start()
            decree = _decree_date(text, sent, at, sent.start + word.end(), dates)
            if decree is not None:
                found.append(decree)
    return found


def _decree_date(text: str, sent: Sentence, start: int, end: int,
                 dates: list[DateMention]) -> Decree | None:
    best: tuple[int, DateMention] | None = None
    for mention in dates:
        if not (sent.start <= mention.start and mention.end <= sent.end):
            continue
        if mention.value.precision is not Precision.DAY:
            continue
        between = text[end:mention.start] if mention.start >= end else text[mention.end:start]
        if not _SIGNED.search(between) and not (mention.start >= end and (
                _OF_DATE.fullmatch(between) or not between.strip())):
            continue
        # (not a date of the next clause: "signed the day before, and the same day driven")
        if _RELEASE_BETWEEN.search(between) or len(between) > 80 or \
                _DAY_BEFORE.search(between) or _NEXT_CLAUSE.search(between):
            continue
        distance = len(between)
        if best is None or distance < best[0]:
            best = (distance, mention)
    if best is not None:
        return Decree(start, best[1].value)
    after = text[end:sent.end]
    if not (_SIGNED.search(after[:60]) or _SIGNED.search(text[sent.start:start][-40:])):
        return None
    offset = 1 if _DAY_BEFORE.search(after[:80]) else 0 if _SAME_DAY.search(after[:80]) else None
    if offset is None:
        return None
    # "freed last Thursday under a decree signed the day before": counted from that release,
    # the date told nearest before the decree
    days = [m.value.earliest() for m in dates if sent.start <= m.start and m.end <= start
            and m.value.precision is Precision.DAY]
    if days and days[-1] is not None:
        return Decree(start, PartialDate.of(days[-1] - timedelta(days=offset)))
    return Decree(start, None, offset)


def date_pardons(claims: list[dict[str, object]], text: str, sentences: list[Sentence],
                 dates: list[DateMention]) -> None:
    """Give each pardon the date of the decree nearest before it in the text (else one just
    after), unless the pardon is told with its own day; an undated pardon only when the
    report dates one decree, a dated one only when it falls a few weeks after the decree."""
    if not any(claim["type"] == "pardoned" for claim in claims):
        return  # (most reports: no need to read their decrees)
    decrees = find_decrees(text, sentences, dates)
    if not decrees:
        return
    one_date = len({d.when for d in decrees}) == 1
    for claim in claims:
        person = claim["person"]
        if claim["type"] != "pardoned" or not isinstance(claim["evidence"], dict) or \
                not isinstance(person, dict):
            continue
        if claim["date"] is None and not one_date:
            continue
        if _OWN_DATE.search(str(claim["evidence"]["text"])):
            continue  # "pardoned on 25 May": its own date
        at = int(claim["evidence"]["start"])
        before = [d for d in decrees if d.at <= at]
        if not before and decrees[0].at - at > _AHEAD_REACH:
            continue  # a decree told much later is another batch's
        decree = before[-1] if before else decrees[0]
        current = PartialDate.parse(claim["date"]) if claim["date"] else None  # type: ignore[arg-type]
        when = decree.when
        if when is None:
            if current is None or current.precision is not Precision.DAY:
                continue
            day = current.earliest()
            assert day is not None
            when = PartialDate.of(day - timedelta(days=decree.days_before_release or 0))
        elif current is not None:
            signed, freed = when.earliest(), current.latest()
            if signed is None or freed is None or not signed <= freed <= signed + _DECREE_REACH:
                continue
        claim["date"], claim["date_precision"] = when.iso(), when.precision.value
