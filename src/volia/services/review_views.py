"""What a reviewer sees of one claim: its evidence in context, its candidates, its state.

Read-only helpers of :mod:`volia.services.review`; offsets are character offsets into the
source text, and ``highlight`` gives them relative to ``context`` for display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from volia.domain.dates import PartialDate
from volia.store import ledger
from volia.store.tables import review_candidates, review_claims, review_decisions, sources

CONTEXT_CHARS = 600  # around the evidence when its paragraph is longer than this
_FINAL = ("accepted", "edited", "rejected")


@dataclass(frozen=True)
class CandidateView:
    person_id: str
    name: str
    score: float
    reasons: tuple[str, ...] = ()


@dataclass
class ClaimView:
    """A claim as the review screens show it."""

    id: str
    source_id: str
    type: str
    name: str | None  # the person as proposed (nominative), None for a group release
    mention: str | None  # the words of the text that name them
    date: PartialDate
    confidence: float
    details: dict[str, Any]
    evidence_text: str | None
    evidence_start: int | None
    evidence_end: int | None
    person_id: str | None  # the person an accept would use (linked, then chosen)
    person_name: str | None
    candidates: list[CandidateView]
    state: str  # pending | linked | accepted | edited | rejected
    context: str  # the paragraph of the source holding the evidence
    highlight: tuple[int, int] | None  # the evidence, as offsets into ``context``
    mention_spans: list[tuple[int, int]] = field(default_factory=list)  # in ``context``
    source: dict[str, Any] = field(default_factory=dict)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    event_id: str | None = None  # the event record an accept produced
    reason: str | None = None  # why it was rejected
    proposed_at: str | None = None
    proposed_by: str | None = None

    @property
    def pending(self) -> bool:
        return self.state not in _FINAL

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["date"] = self.date.iso()
        out["date_precision"] = self.date.precision.value
        out["candidates"] = [c.__dict__ | {"reasons": list(c.reasons)} for c in self.candidates]
        out["highlight"] = list(self.highlight) if self.highlight else None
        out["mention_spans"] = [list(s) for s in self.mention_spans]
        return out


def pending_ids(conn: Connection, limit: int | None = None) -> list[str]:
    # Final decisions are terminal (the service refuses a second one), so "has a final
    # decision" is the same as "its newest decision is final".
    closed = select(review_decisions.c.claim_id).where(review_decisions.c.decision.in_(_FINAL))
    query = select(review_claims.c.id).where(review_claims.c.id.not_in(closed)).order_by(
        review_claims.c.seq)
    if limit:
        query = query.limit(limit)
    return list(conn.execute(query).scalars())


def resolve_claim_ref(conn: Connection, ref: str) -> str:
    """A claim id, or an unambiguous start or end of one (at least 6 characters).

    Ids begin with their creation time, so claims made in the same minute share a start;
    the short ids shown to reviewers are therefore the random end (``short_id``)."""
    ref = ref.strip()
    if conn.execute(select(review_claims.c.id).where(review_claims.c.id == ref)).first():
        return ref
    if len(ref) >= 6:
        found = list(conn.execute(select(review_claims.c.id).where(
            review_claims.c.id.startswith(ref, autoescape=True)
            | review_claims.c.id.endswith(ref, autoescape=True)).limit(3)).scalars())
        if len(found) == 1:
            return found[0]
        if found:
            raise ledger.Ambiguous(ref, found)
    raise ledger.NotFound(f"no claim {ref!r} in the review queue")


def _name(conn: Connection, person_id: str) -> str:
    try:
        return ledger.get_person(conn, person_id).primary_name
    except ledger.NotFound:
        return person_id


def context_of(text: str, start: int, end: int) -> tuple[str, int]:
    """The paragraph around [START, END) of TEXT and where it begins in TEXT."""
    lo = max(text.rfind("\n", 0, start) + 1, 0)
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if hi - lo > CONTEXT_CHARS + (end - start):
        lo = max(lo, start - CONTEXT_CHARS // 2)
        hi = min(hi, end + CONTEXT_CHARS // 2)
    return text[lo:hi], lo


def load_view(conn: Connection, claim_id: str) -> ClaimView:
    row = conn.execute(select(review_claims).where(review_claims.c.id == claim_id)).one()
    src = conn.execute(select(sources).where(sources.c.id == row.source_id)).one()
    decisions = conn.execute(select(review_decisions).where(
        review_decisions.c.claim_id == claim_id).order_by(review_decisions.c.seq)).all()
    candidates = [CandidateView(c.person_id, _name(conn, c.person_id), c.score,
                                tuple(c.reasons or ()))
                  for c in conn.execute(select(review_candidates).where(
                      review_candidates.c.claim_id == claim_id).order_by(
                      review_candidates.c.rank))]
    state, person_id, event_id, reason = "pending", row.person_id, None, None
    for d in decisions:
        state = d.decision
        if d.decision == "linked" or d.person_id:
            person_id = d.person_id
        event_id, reason = d.event_id or event_id, d.reason or reason
    claim = row.extraction or {}
    text = src.text or ""
    start, end = row.evidence_start, row.evidence_end
    valid = start is not None and end is not None and 0 <= start <= end <= len(text)
    if valid:
        context, offset = context_of(text, start, end)
        highlight: tuple[int, int] | None = (start - offset, end - offset)
    else:  # evidence without usable offsets: show the quote itself
        context, offset, highlight = row.evidence_text or "", 0, None
    spans = []
    if row.mention:
        spans = [(m.start(), m.end()) for m in re.finditer(
            rf"(?<!\w){re.escape(row.mention)}(?!\w)", context)]
    return ClaimView(
        id=row.id, source_id=row.source_id, type=row.type, name=row.name,
        mention=row.mention, date=PartialDate.parse(row.date), confidence=row.confidence,
        details={k: claim.get(k) for k in ("term_months", "destination_country", "count")
                 if claim.get(k) is not None},
        evidence_text=row.evidence_text, evidence_start=start, evidence_end=end,
        person_id=person_id, person_name=_name(conn, person_id) if person_id else None,
        candidates=candidates, state=state, context=context, highlight=highlight,
        mention_spans=spans,
        source={"title": src.title, "url": src.url, "publisher": src.publisher,
                "published": src.published, "language": src.language},
        decisions=[{"decision": d.decision, "by": d.recorded_by, "at": d.recorded_at.isoformat(),
                    "person_id": d.person_id, "event_id": d.event_id, "reason": d.reason,
                    "changes": d.changes or {}} for d in decisions],
        event_id=event_id, reason=reason, proposed_at=row.recorded_at.isoformat(),
        proposed_by=row.recorded_by)
