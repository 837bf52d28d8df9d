"""Random registries for the redaction proof, and an oracle of what must stay secret.

Every value a registry holds is a unique token (no token is part of another), so finding a
token in public bytes means that exact value leaked. The oracle decides secrecy from the
generated choices alone, not from the redaction code it checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hypothesis import strategies as st

from volia.domain.dates import PartialDate
from volia.domain.model import (
    Citation,
    EventDetails,
    EventType,
    Name,
    NameKind,
    Verification,
    Visibility,
)
from volia.safety import protection as p
from volia.services import registry
from volia.store.unit import Database

AS_OF = date(2026, 6, 1)
VIS = st.sampled_from([Visibility.PUBLIC, Visibility.PUBLIC, Visibility.RESTRICTED,
                       Visibility.EMBARGOED])
_CYR_DIGITS = "абвгдежзик"


def cyr(n: int) -> str:
    return "".join(_CYR_DIGITS[int(d)] for d in f"{n:03d}")


@dataclass
class EventSpec:
    kind: EventType
    day: date
    visibility: Visibility
    confirmed: bool
    embargo: bool  # an embargo record on this event
    group: str | None
    facility_hidden: bool
    source_visibility: Visibility
    quote_hidden: bool


@dataclass
class PersonSpec:
    visibility: Visibility
    consent: str  # none | given | identity | details
    cyr_vis: Visibility
    birth_hidden: bool
    detained: date
    events: list[EventSpec]


@dataclass
class Built:
    secrets: set[str] = field(default_factory=set)
    imprisoned: int = 0  # the oracle's public figure
    anonymous: int = 0


def _event(kind: EventType, day: st.SearchStrategy[date]) -> st.SearchStrategy[EventSpec]:
    return st.builds(EventSpec, kind=st.just(kind), day=day, visibility=VIS,
                     confirmed=st.booleans(), embargo=st.booleans(),
                     group=st.sampled_from([None, "g1", "g2"]), facility_hidden=st.booleans(),
                     source_visibility=VIS.filter(lambda v: v != Visibility.EMBARGOED),
                     quote_hidden=st.booleans())


def person_spec() -> st.SearchStrategy[PersonSpec]:
    detained = st.dates(date(2019, 1, 1), date(2023, 12, 31))
    later = st.dates(date(2024, 1, 1), date(2026, 5, 1))
    return st.builds(
        PersonSpec, visibility=VIS,
        consent=st.sampled_from(["none", "none", "given", "identity", "details"]),
        cyr_vis=VIS, birth_hidden=st.booleans(), detained=detained,
        events=st.tuples(_event(EventType.TRANSFERRED, later),
                         st.lists(_event(EventType.RELEASED, later), max_size=1)
                         ).map(lambda t: [t[0], *t[1]]))


registries = st.tuples(st.lists(person_spec(), min_size=1, max_size=5),
                       st.booleans(), st.booleans())  # persons, embargo on g1, on g2


def build(db: Database, people: list[PersonSpec], embargo_g1: bool, embargo_g2: bool
          ) -> Built:
    out = Built()
    seen_groups: set[str] = set()
    previous = "nobody in particular"
    for i, spec in enumerate(people):
        latin, cyrillic = f"Ivan Qxlat{i:03d}", f"Іван Схав{cyr(i)}"
        birth = date(1931 + i, 1 + i % 12, 3 + i)
        with db.write("gen") as unit:
            # The primary name takes the person's visibility; the native name its own.
            person = registry.create_person(
                unit, latin, visibility=spec.visibility, birth_date=PartialDate.of(birth),
                extra_names=[Name(cyrillic, "Cyrl", "be", NameKind.NATIVE, spec.cyr_vis)])
            pid = person.id
            for kind in (EventType.DETAINED, EventType.RECOGNIZED):
                registry.record_event(unit, type=kind, person_id=pid,
                                      date=PartialDate.of(spec.detained),
                                      verification=Verification.CONFIRMED)
            event_ids = []
            for k, ev in enumerate(spec.events):
                tag = f"{i:03d}{k}"
                sid = registry.store_source(
                    unit, url=f"https://example.org/Urlq{tag}", title=f"Titleq{tag}",
                    visibility=ev.source_visibility)
                details = EventDetails(facility=f"Colony Facq{tag}") \
                    if ev.kind == EventType.TRANSFERRED else EventDetails()
                e = registry.record_event(
                    unit, type=ev.kind, person_id=pid, date=PartialDate.of(ev.day),
                    details=details, visibility=ev.visibility,
                    verification=Verification.CONFIRMED if ev.confirmed
                    else Verification.REPORTED,
                    # The name of the person before: if they are withheld, the scrubber
                    # must catch it even in a quote that is otherwise public.
                    citations=[Citation(sid, f"Quoteq{tag} with {previous}")],
                    group_id=ev.group if ev.kind == EventType.RELEASED else None)
                event_ids.append(e.id)
                if ev.group and ev.kind == EventType.RELEASED:
                    seen_groups.add(ev.group)
        if spec.consent != "none":
            scope = {"given": p.ConsentScope.ALL, "identity": p.ConsentScope.IDENTITY,
                     "details": p.ConsentScope.DETAILS}[spec.consent]
            p.record_consent(db, pid, given_by="family", scope=scope,
                             decision=p.Decision.GIVEN if spec.consent == "given"
                             else p.Decision.WITHHELD)
        if spec.birth_hidden:
            p.set_field_visibility(db, p.Entity.PERSON, pid, "birth_date",
                                   Visibility.RESTRICTED, reason="gen")
        for eid, ev in zip(event_ids, spec.events, strict=True):
            if ev.embargo:
                p.impose_embargo(db, p.EmbargoTarget.EVENT, eid, reason="gen")
            if ev.facility_hidden and ev.kind == EventType.TRANSFERRED:
                p.set_field_visibility(db, p.Entity.EVENT, eid, "facility",
                                       Visibility.RESTRICTED, reason="gen")
            if ev.quote_hidden:
                p.set_field_visibility(db, p.Entity.EVENT, eid, "quotes",
                                       Visibility.RESTRICTED, reason="gen")
        _oracle(out, spec, i, (latin.split()[1], cyrillic.split()[1], pid, person.slug),
                birth, {"g1": embargo_g1, "g2": embargo_g2})
        previous = latin
    for group, embargoed in (("g1", embargo_g1), ("g2", embargo_g2)):
        if group in seen_groups and embargoed:
            p.impose_embargo(db, p.EmbargoTarget.GROUP, group, reason="gen")
    return out


def _oracle(out: Built, spec: PersonSpec, i: int, who: tuple[str, str, str, str],
            birth: date, groups: dict[str, bool]) -> None:
    latin, cyrillic, pid, slug = who
    # Names: the primary takes the person's visibility (create_person), the native its own.
    latin_public = spec.visibility == Visibility.PUBLIC
    cyr_public = spec.cyr_vis == Visibility.PUBLIC
    named = (spec.visibility == Visibility.PUBLIC and spec.consent != "identity"
             and (latin_public or cyr_public))
    details = named and spec.consent != "details"
    released = False
    for k, ev in enumerate(spec.events):
        tag = f"{i:03d}{k}"
        embargoed = (ev.embargo or ev.visibility == Visibility.EMBARGOED
                     or (ev.kind == EventType.RELEASED and ev.group is not None
                         and groups[ev.group]))
        counted = ev.confirmed and not embargoed
        shown = named and counted and ev.visibility == Visibility.PUBLIC
        if ev.kind == EventType.RELEASED and counted:
            released = True
        source_shown = shown and ev.source_visibility == Visibility.PUBLIC
        if not source_shown:
            out.secrets |= {f"Urlq{tag}", f"Titleq{tag}"}
        if not source_shown or ev.quote_hidden:
            out.secrets.add(f"Quoteq{tag}")
        if ev.kind == EventType.TRANSFERRED and not (shown and details
                                                     and not ev.facility_hidden):
            out.secrets.add(f"Facq{tag}")
    if not named:
        out.secrets |= {pid, slug}
    if not named or not latin_public:
        out.secrets.add(latin)
    if not named or not cyr_public:
        out.secrets.add(cyrillic)
    if not details or spec.birth_hidden:
        out.secrets.add(birth.isoformat())
    out.imprisoned += not released
    out.anonymous += not named
