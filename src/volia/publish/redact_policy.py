"""The rules of redaction, as pure functions over what :mod:`redact_load` read.

Two questions are asked of every event, and they have different answers on purpose:

- *counted*: does it move the public figures?  Confirmed by a reviewer, not retracted, not under
  an embargo. Restricted events count (a person whose detention is restricted is still a
  political prisoner), embargoed ones do not (an embargoed release keeps the person counted as
  imprisoned until it is lifted; that is what an embargo on a release means).
- *shown*: may it appear as a fact? Counted, and public, about a person whose identity is public.

Anything not understood is treated as not public (fail closed).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from volia.domain.dates import UNKNOWN_DATE
from volia.domain.model import Event, EventDetails, Name, NameKind, Person, Verification, Visibility
from volia.publish.redact_load import PrivateState

# Only what a reviewer confirmed is published. "Corroborated" (two sources, no reviewer) is
# deliberately left out: a public figure is a statement the organisation stands behind.
PUBLISHABLE = frozenset({Verification.CONFIRMED})
# Detail fields blanked one by one (field name -> the blank value).
_BLANK: dict[str, object] = {
    "facility": None, "term_months": None, "destination_country": None, "reason": None,
    "articles": (), "court": None, "authority": None, "regime": None, "recognized_by": None,
    "note": None}
# Fields that only move numbers, never appear as labels: kept for counting even when hidden.
_NUMERIC = frozenset({"term_months"})
_WITHHOLDING = frozenset({"withheld", "withdrawn"})


_EVENT_FIELDS = frozenset({*_BLANK, "date", "quotes", "sources"})
_NONE: frozenset[str] = frozenset()


class Rules:
    def __init__(self, state: PrivateState) -> None:
        self.state = state
        # Indexes over the loaded rules, built once: the questions below are asked for every
        # event and person, and must not scan the rules each time.
        hidden: dict[str, set[str]] = {}
        for (entity, key, name), visibility in state.field_rules.items():
            if entity == "event" and name in _EVENT_FIELDS and visibility != Visibility.PUBLIC:
                hidden.setdefault(key, set()).add(name)
        self._hidden_event = {key: frozenset(names) for key, names in hidden.items()}
        self._merged_into: dict[str, list[str]] = {}
        for absorbed, into in state.absorbed.items():
            self._merged_into.setdefault(into, []).append(absorbed)

    # -- embargoes ---------------------------------------------------------------------
    def _column_lifted(self, target: str, key: str, since: datetime) -> bool:
        lifted = self.state.column_lifts.get((target, key))
        return lifted is not None and lifted >= since

    def event_embargoed(self, e: Event) -> bool:
        s = self.state
        if ("event", e.lineage_id) in s.embargoed:
            return True
        if e.group_id is not None and ("group", e.group_id) in s.embargoed:
            return True
        # An ``embargo_until`` day is a reminder for staff, never an automatic lift: the
        # condition ("safe departure confirmed") is something a person has to check.
        return e.visibility == Visibility.EMBARGOED and not self._column_lifted(
            "event", e.lineage_id, e.recorded_at)

    def counted(self, e: Event) -> bool:
        return (e.verification in PUBLISHABLE and not e.retracted
                and not self.event_embargoed(e))

    def event_public(self, e: Event) -> bool:
        """Public as a record (its person's identity is judged separately)."""
        return self.counted(e) and e.visibility in (Visibility.PUBLIC, Visibility.EMBARGOED)

    # -- fields ------------------------------------------------------------------------
    def field_public(self, entity: str, key: str, name: str) -> bool:
        return self.state.field_rules.get((entity, key, name), Visibility.PUBLIC) == \
            Visibility.PUBLIC

    def hidden_event_fields(self, e: Event) -> frozenset[str]:
        return self._hidden_event.get(e.lineage_id, _NONE)

    def blanked(self, e: Event, *, for_counting: bool, also: frozenset[str] = frozenset()
                ) -> Event:
        """The event with its hidden detail fields blanked (and internal ones dropped);
        ``also``: fields hidden for this person as a whole (consent to details withheld)."""
        hidden = self.hidden_event_fields(e) | also
        if for_counting:
            hidden -= _NUMERIC
        changes: dict[str, object] = {f: _BLANK[f] for f in hidden if f in _BLANK}
        if not for_counting and e.details.known_by is not None:
            changes["known_by"] = None
        if not changes:
            return e  # nothing to blank: the record as it is (never modified by redaction)
        details: EventDetails = replace(e.details, **changes)  # type: ignore[arg-type]
        if "date" in hidden and not for_counting:
            return replace(e, details=details, date=UNKNOWN_DATE)
        return replace(e, details=details)

    # -- persons -----------------------------------------------------------------------
    def _consent_withheld(self, pid: str, scope: str) -> bool:
        return (self.state.consents.get((pid, scope)) in _WITHHOLDING
                or self.state.consents.get((pid, "all")) in _WITHHOLDING)

    def _person_record_public(self, person: Person) -> bool:
        s = self.state
        if ("person", person.id) in s.embargoed:
            return False
        if person.visibility == Visibility.PUBLIC:
            return True
        return person.visibility == Visibility.EMBARGOED and self._column_lifted(
            "person", person.id, s.revised_at[person.id])

    def identity_public(self, person: Person) -> bool:
        """May this person be named? Every record merged into them must allow it too."""
        ids = [person.id, *self._merged_into.get(person.id, ())]
        for pid in ids:
            other = self.state.persons.get(pid)
            if other is None or not self._person_record_public(other):
                return False
            if self._consent_withheld(pid, "identity"):
                return False
        return (self.field_public("person", person.id, "names")
                and bool(self.public_names(person)))

    def details_public(self, person: Person, name: str) -> bool:
        return (not self._consent_withheld(person.id, "details")
                and self.field_public("person", person.id, name))

    def person_hidden_event_fields(self, person: Person) -> frozenset[str]:
        """Where a person is held identifies them as much as a birth date does."""
        return frozenset() if self.details_public(person, "facility") else frozenset(
            {"facility"})

    def public_names(self, person: Person) -> list[Name]:
        """Public names with exactly one primary: the first public Latin name stands in
        when the primary itself is withheld."""
        names = [n for n in person.names if n.visibility == Visibility.PUBLIC and n.text.strip()]
        if not names:
            return []
        primary = next((n for n in names if n.kind == NameKind.PRIMARY), None) or next(
            (n for n in names if n.script == "Latn"), names[0])
        rest = [replace(n, kind=NameKind.ALIAS) if n.kind == NameKind.PRIMARY else n
                for n in names if n is not primary]
        return [replace(primary, kind=NameKind.PRIMARY), *rest]

    def source_public(self, source_id: str) -> bool:
        source = self.state.sources.get(source_id)
        return source is not None and source.visibility == Visibility.PUBLIC
