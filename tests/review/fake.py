"""A fake extractor (plain patterns, real offsets) so review tests do not need NLP models."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_PERSONAL = re.compile(
    r"(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) was (?P<verb>released|detained|deported|sentenced)"
    r"(?: to (?P<country>[A-Z]{2}))?(?: on (?P<date>\d{4}(?:-\d{2}){0,2}))?")
_GROUP = re.compile(r"(?P<count>\d+) political prisoners were released"
                    r"(?: on (?P<date>\d{4}(?:-\d{2}){0,2}))?")
_SENTENCE = re.compile(r"[^.\n]+\.?")


def fake_extract(text: str, *, published: date | None = None, lang: str | None = None,
                 known_names: Any = ()) -> dict[str, Any]:
    if "EXPLODE" in text:
        raise RuntimeError("the extractor broke on this text")
    claims = []
    for sent in _SENTENCE.finditer(text):
        evidence = {"start": sent.start(), "end": sent.end(), "text": sent.group(0)}
        for m in _PERSONAL.finditer(sent.group(0)):
            day = m.group("date")
            claims.append({
                "type": m.group("verb"),
                "person": {"name": m.group("name"), "mention": m.group("name"),
                           "person_id": None},
                "date": day, "date_precision": _precision(day),
                "destination_country": m.group("country"), "term_months": None,
                "count": None, "confidence": 0.9, "evidence": evidence})
        for m in _GROUP.finditer(sent.group(0)):
            day = m.group("date")
            claims.append({"type": "group_release", "person": None, "date": day,
                           "date_precision": _precision(day), "destination_country": None,
                           "term_months": None, "count": int(m.group("count")),
                           "confidence": 0.85, "evidence": evidence})
    return {"published": published.isoformat() if published else None,
            "language": lang or "en", "claims": claims}


def _precision(day: str | None) -> str:
    return {None: "unknown", 4: "year", 7: "month", 10: "day"}[len(day) if day else None]
