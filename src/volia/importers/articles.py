"""Criminal and administrative code articles, split and written one canonical way.

Canonical form: ``"<CODE> <article>"`` plus ``"(<part>)"`` when a part is given, e.g.
``"CC 293(2)"``, ``"CC 361-1"``, ``"CAO 24.23(1)"``, ``"CL97 105(2)"``, ``"PSAPL 23(1)"``.
``CC`` is a criminal code, ``CAO`` a code of administrative offences; CECC's ``CL97`` / ``CL79``
(PRC Criminal Law of 1997 / 1979) and ``PSAPL`` (Public Security Administration Punishments Law)
keep their own names. Which country's code is meant is known from the source, not the string.
The description after a dash ("— Participation in riots") is not part of the article.
"""

from __future__ import annotations

import re


class ArticleError(ValueError):
    """A piece of an article list with no article number in it."""


_CODED = re.compile(r"\b([A-Z]{2,6}\d{0,2})-art(\d+(?:[-.]\d+)?)(?:\((\d+)\))?", re.IGNORECASE)
_CODE_WORDS = (
    (re.compile(r"administrative|КоАП|КаАП|админ", re.IGNORECASE), "CAO"),
    (re.compile(r"criminal|УК\b|КК\b|уголовн|крымінал", re.IGNORECASE), "CC"),
)
_DESCRIPTION = re.compile(r"\s+[—–]\s+.*$|\s+-\s+[^\d].*$")
_SPLIT = re.compile(r"\s*(?:;|,|/|\band\b|\bи\b|\bі\b|\+)\s*", re.IGNORECASE)
_PART = re.compile(r"(?:\bpart|\bp\.|\bч\.|\bчасть|\bчасти|\bчастка|\bчасткі)\s*(\d+)",
                   re.IGNORECASE)
_ARTICLE = re.compile(
    r"(?:\bart(?:icle)?s?\.?|\bст\.?|\bстатьи|\bстатья|\bстатті|\bартыкул\w*)\s*"
    r"(\d+(?:-\d+)?(?:\.\d+)?)", re.IGNORECASE)
_BARE = re.compile(r"^\s*(\d+(?:-\d+)?(?:\.\d+)?)\b")
_PART_AFTER = re.compile(r"^\s*\((\d+)\)")


def _code_of(text: str, default: str) -> str:
    for pattern, code in _CODE_WORDS:
        if pattern.search(text):
            return code
    return default


def _one(piece: str, code: str, previous_was_article: bool) -> str | None:
    part = _PART.search(piece)
    article = _ARTICLE.search(piece)
    number = article.group(1) if article else None
    if number is None and previous_was_article:
        bare = _BARE.match(piece)  # "ст. 342, 361-1, 130": the numbers after the first
        number = bare.group(1) if bare else None
    if number is None:
        return None
    part_number = part.group(1) if part else None
    if part_number is None:
        after = _PART_AFTER.match(piece[(article.end() if article else 0):])
        part_number = after.group(1) if after else None
    return f"{code} {number}" + (f"({part_number})" if part_number else "")


def parse_articles(text: str | None, default_code: str = "CC") -> list[str]:
    """Split an article list and write each article canonically (order kept, no repeats).

    Raises :class:`ArticleError` when a piece of the text names no article at all.
    """
    if text is None or not text.strip() or text.strip().upper() == "FALSE":
        return []
    out: list[str] = []
    coded = _CODED.findall(text)
    if coded:  # CECC style: "CL97-art103(2)/CL97-art111"
        for code, number, part in coded:
            out.append(f"{code.upper()} {number}" + (f"({part})" if part else ""))
        return list(dict.fromkeys(out))
    code = _code_of(text, default_code)
    body = _DESCRIPTION.sub("", text.strip())
    pending_part: str | None = None
    previous = False
    for piece in _SPLIT.split(body):
        if not piece.strip():
            continue
        found = _one(piece, code, previous)
        if found is None:
            only_part = _PART.search(piece)
            if only_part:  # "ч. 1, ч. 2 ст. 342": a part waiting for its article
                pending_part = only_part.group(1)
                continue
            if _CODE_WORDS[0][0].search(piece) or _CODE_WORDS[1][0].search(piece):
                continue  # "of the Criminal Code" on its own after a split
            raise ArticleError(f"{piece.strip()!r} in {text!r} names no article")
        if pending_part and "(" not in found:
            found = f"{found}({pending_part})"
        pending_part = None
        out.append(found)
        previous = True
    return list(dict.fromkeys(out))


__all__ = ["ArticleError", "parse_articles"]
