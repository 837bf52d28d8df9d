"""Second line of defence: no withheld name in any free-text field of a public view.

Redaction decides by record and by field; but people type names into quotes, notes and
titles ("... said the wife of Ivan Ivanau"). Every free-text value of the view is compared,
case- and accent-insensitively, with every withheld name, and blanked when it contains one.
Names that are public for someone else are not secrets (two people can share a name).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from volia.publish.view import PublicCitation, PublicEvent, PublicView

MIN_SECRET = 4  # shorter strings ("Li") would blank half the registry without protecting


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class _Scrubber:
    def __init__(self, secrets: set[str]) -> None:
        self.secrets = sorted({_norm(s) for s in secrets if len(_norm(s)) >= MIN_SECRET})
        # Secrets by their first MIN_SECRET characters: a text is checked at each of its
        # positions against the few secrets starting there, not against every secret.
        self.by_head: dict[str, list[str]] = {}
        for secret in self.secrets:
            self.by_head.setdefault(secret[:MIN_SECRET], []).append(secret)
        self.seen: dict[str, bool] = {}  # text -> contains a secret (texts recur)

    def contains_secret(self, value: str) -> bool:
        found = self.seen.get(value)
        if found is None:
            folded = _norm(value)
            heads = self.by_head
            found = any(
                folded.startswith(secret, i)
                for i in range(len(folded) - MIN_SECRET + 1)
                for secret in heads.get(folded[i:i + MIN_SECRET], ()))
            self.seen[value] = found
        return found

    def text(self, value: str | None) -> str | None:
        if value is None or not self.secrets:
            return value
        return None if self.contains_secret(value) else value

    def cites(self, cites: tuple[PublicCitation, ...]) -> tuple[PublicCitation, ...]:
        return tuple(replace(c, quote=self.text(c.quote)) for c in cites)

    def event(self, e: PublicEvent) -> PublicEvent:
        d = e.details
        details = replace(d, note=self.text(d.note), court=self.text(d.court),
                          authority=self.text(d.authority), regime=self.text(d.regime),
                          recognized_by=self.text(d.recognized_by),
                          facility=self.text(d.facility))
        return replace(e, details=details, citations=self.cites(e.citations))


def scrub(view: PublicView, secrets: set[str]) -> PublicView:
    s = _Scrubber(secrets)
    if not s.secrets:
        return view
    persons = tuple(replace(p, region=s.text(p.region), events=tuple(s.event(e) for e in p.events))
                    for p in view.persons)
    sources = tuple(replace(x, title=s.text(x.title), publisher=s.text(x.publisher),
                            url=s.text(x.url)) for x in view.sources)
    releases = tuple(replace(r, title=s.text(r.title), citations=s.cites(r.citations))
                     for r in view.releases)
    return replace(view, persons=persons, sources=sources, releases=releases)
