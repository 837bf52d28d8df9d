"""When a silence began: the date of an ``incommunicado`` claim its own words leave out.

Monitors date a silence from the day contact stopped. Reports tell that day in three ways:
- by the last contact: "Her last letter came on 14 November. Since then nothing" — the
  silence begins the day after the letter («Последнее письмо пришло 14 ноября»);
- by the event before it: "no word from him since his arrest" («с момента задержания»), or
  "The family has had no contact with her since", «С тех пор о нём ничего не известно» — the
  silence begins with that person's arrest or transfer;
- by the arrest itself: "His lawyer has been unable to establish where he is held" — the
  silence begins when he was taken.
"""

from __future__ import annotations

import re
from datetime import timedelta

from volia.domain.dates import PartialDate, Precision
from volia.domain.model import EventType as E
from volia.extract.sentences import Sentence
from volia.extract.when import DateMention

# the last sign of life: "last letter", "last heard from him", «последнее письмо», «апошні ліст»
_LAST_CONTACT = re.compile(
    r"\blast\s+(?:letter|call|phone\s+call|message|note|postcard|visit|contact|news"
    r"|heard|spoke|sign\s+of\s+life)\w*"
    r"|(?<!\w)последн\w+\s+(?:[\w-]+\s+)?(?:письм|звон|весточк|свидани|визит|сообщени|открытк"
    r"|раз\s+(?:он|она|его|её|ее)\s+(?:видел|звонил|писал|выходил))\w*"
    r"|(?<!\w)апошн\w+\s+(?:[\w-]+\s+)?(?:ліст|пісьм|званок|званк|спатканн|паведамленн|паштоўк"
    r"|раз\s+(?:ён|яна|яго|яе)\s+(?:бачыл|тэлефанавал|пісал))\w*",
    re.IGNORECASE)
# a silence that runs from the event just told: "since then", "ever since", «с тех пор»
_SINCE_THEN = re.compile(
    r"\bsince(?:\s+then|\s+that\s+(?:day|time|moment))?\s*(?:[.;,)]|$)|\bever\s+since\b"
    r"|(?<!\w)(?:с\s+тех\s+пор|с\s+того\s+(?:дня|момента|времени)|з\s+таго\s+(?:часу|дня"
    r"|моманту)|з\s+тых\s+пор)(?!\w)", re.IGNORECASE)
# no one can find out where the person is held: silent from the arrest
_WHERE_HELD = re.compile(
    r"\bwhere\s+(?:he|she|they)\s+(?:is|was|are|were)\s+(?:being\s+)?(?:held|kept|detained)"
    r"|(?<!\w)где\s+(?:именно\s+)?(?:он|она|они)\s+(?:сейчас\s+)?(?:находится|находятся"
    r"|содержится|содержатся|держат)|(?<!\w)куда\s+(?:его|её|ее|их)\s+(?:увезли|этапировали"
    r"|перевели|доставили)|(?<!\w)дзе\s+(?:ён|яна|яны)\s+(?:цяпер\s+)?(?:знаходзіцца"
    r"|знаходзяцца|утрымліваецца|утрымліваюцца)|(?<!\w)куды\s+(?:яго|яе|іх)\s+"
    r"(?:павезлі|этапавалі|перавялі)", re.IGNORECASE)
# "no word from him since his arrest", «с момента задержания», «пасля этапу»
_SINCE_EVENT = re.compile(
    r"(?<!\w)(?:since\s+(?:his|her|their|the)\s+(?:arrest|detention|(?P<transfer>transfer))"
    r"|с\s+момента\s+(?:(?:его|её|ее|их)\s+)?(?:задержания|ареста|(?P<transfer2>этапа))"
    r"|после\s+(?:(?:его|её|ее|их)\s+)?(?:задержания|ареста)"
    r"|з\s+моманту\s+(?:(?:яго|яе|іх)\s+)?(?:затрымання|арышту)"
    r"|пасля\s+(?:(?:яго|яе|іх)\s+)?(?:затрымання|арышту))(?!\w)", re.IGNORECASE)
# how many sentences back the last contact or the event before may be told
_REACH = 2


def _sentence_at(sentences: list[Sentence], offset: int) -> int:
    for i, sent in enumerate(sentences):
        if sent.start <= offset < sent.end or offset < sent.start:
            return i
    return len(sentences) - 1


# a pronoun for someone, and a full name (two capitalised words)
# (or kin: «от брата», "from her son")
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|son|husband|brother|father|daughter|wife|sister"
                      r"|mother)\b|(?<!\w)(?:он|она|его|её|ее|ему|ей|ён|яна|яго|яе|яму|ёй|брата|сына"
                      r"|мужа|отца|дочери|жены|сестры|матери|бацькі|дачкі|жонкі|сястры|маці)(?!\w)",
                      re.IGNORECASE)
_FULL_NAME = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁІЎ][\w'’-]+\s+[A-ZА-ЯЁІЎ][\w'’-]+")


def _about(sent: Sentence, surname: str, own: bool) -> bool:
    """True when SENT can tell of the person with SURNAME: it is the claim's own sentence,
    names that surname, or speaks of someone by a pronoun and names no one else in full."""
    if own or surname[:4].lower() in sent.text.lower():
        return True
    return _PRONOUN.search(sent.text) is not None and _FULL_NAME.search(sent.text) is None


def _last_contact(text: str, sentences: list[Sentence], dates: list[DateMention],
                  index: int, surname: str) -> tuple[PartialDate, PartialDate] | None:
    """The date of the last contact with the person of SURNAME told in sentence INDEX or just
    before it, and the day the silence began (the day after, when the day is known)."""
    for i in range(index, max(-1, index - _REACH - 1), -1):
        sent = sentences[i]
        cues = list(_LAST_CONTACT.finditer(text, sent.start, sent.end))
        if not cues or not _about(sent, surname, i == index):
            continue
        cue = cues[-1]
        inside = [d for d in dates if sent.start <= d.start < sent.end and d.value.known]
        if not inside:
            continue
        # the date after the cue ("last letter of 8 November") before one ahead of it
        told = min(inside, key=lambda d: abs(d.start - cue.end()) + (
            0 if d.start >= cue.end() else 40))
        if told.value.precision == Precision.DAY:
            day = told.value.earliest()
            assert day is not None
            return told.value, PartialDate.of(day + timedelta(days=1))
        return told.value, told.value
    return None


def _event_before(claims: list[dict[str, object]], claim: dict[str, object],
                  kinds: tuple[str, ...], not_before: int) -> dict[str, object] | None:
    """The latest dated claim of KINDS for CLAIM's person told between NOT_BEFORE and it."""
    person, evidence = claim["person"], claim["evidence"]
    assert isinstance(person, dict) and isinstance(evidence, dict)
    found = None
    for other in claims:
        other_person, other_evidence = other["person"], other["evidence"]
        if other["type"] in kinds and other["date"] is not None and \
                isinstance(other_person, dict) and isinstance(other_evidence, dict) and \
                other_person["_entry"] is person["_entry"] and \
                not_before <= other_evidence["start"] <= evidence["start"]:
            found = other
    return found


def _since_the_event(claims: list[dict[str, object]]) -> None:
    """A silence "since his arrest" («с момента задержания», «пасля этапу») starts at that
    person's arrest (or transfer)."""
    for claim in claims:
        evidence, person = claim["evidence"], claim["person"]
        if claim["date"] is not None or claim["type"] != E.INCOMMUNICADO.value or \
                not isinstance(evidence, dict) or not isinstance(person, dict):
            continue
        since = _SINCE_EVENT.search(str(evidence["text"]))
        if since is None:
            continue
        moved = since["transfer"] or since["transfer2"]
        kind = E.TRANSFERRED.value if moved else E.DETAINED.value
        for other in claims:
            other_person = other["person"]
            if other["type"] == kind and other["date"] is not None and \
                    isinstance(other_person, dict) and other_person["_entry"] is person["_entry"]:
                claim["date"], claim["date_precision"] = other["date"], other["date_precision"]
                break


def date_silences(claims: list[dict[str, object]], text: str, sentences: list[Sentence],
                  dates: list[DateMention]) -> None:
    """Give each ``incommunicado`` claim the day its silence began, where the text tells it."""
    _since_the_event(claims)
    for claim in claims:
        evidence, person = claim["evidence"], claim["person"]
        if claim["type"] != E.INCOMMUNICADO.value or not isinstance(evidence, dict) or \
                not isinstance(person, dict) or not sentences:
            continue
        index = _sentence_at(sentences, int(evidence["start"]))
        surname = str(person["name"]).split()[-1]
        contact = _last_contact(text, sentences, dates, index, surname)
        if contact is not None:
            told, began = contact
            if claim["date"] is None or claim["date"] == told.iso():
                claim["date"], claim["date_precision"] = began.iso(), began.precision.value
            continue
        if claim["date"] is not None:
            continue
        own = str(evidence["text"])
        if _SINCE_THEN.search(own):
            kinds: tuple[str, ...] = (E.DETAINED.value, E.TRANSFERRED.value, E.SENTENCED.value)
        elif _WHERE_HELD.search(own):
            kinds = (E.DETAINED.value, E.TRANSFERRED.value)
        else:
            continue
        before = _event_before(claims, claim, kinds,
                               sentences[max(0, index - _REACH)].start)
        if before is not None:
            claim["date"], claim["date_precision"] = before["date"], before["date_precision"]
