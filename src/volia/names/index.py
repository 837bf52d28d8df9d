"""The person-name index: add persons with their names, resolve a name to ranked candidates.

Names are parsed once when added. Each person is filed under the consonant skeleton of its
surname stems (the blocking key) and, for typo tolerance, under the skeletons with one letter
deleted. A query is parsed the same way, looks up its own keys, and only the persons found
there are scored; a full scan never happens. The typo table is only consulted when the exact
blocks give no good surname, so a clean query touches one or two small blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from volia.names.errors import InvalidName
from volia.names.morph import has_oblique_given_reading, looks_inflected, mention_readings
from volia.names.phonetic import deletions
from volia.names.scoring import Evidence, compare, reasons
from volia.names.script import detect_script
from volia.names.structure import ParsedName, parse, swap

#: At or above this score a match is safe to link without a human (precision ≥ 0.995 on the
#: benchmark, see benchmarks/RESULTS-names.md).
AUTO_LINK_THRESHOLD = 0.98
#: Between this and the auto-link threshold a candidate is a near miss for review.
REVIEW_THRESHOLD = 0.6
# Below this a candidate is not worth showing at all.
_MIN_SCORE = 0.1
# When the runner-up is this close to the winner, neither is safe to link automatically.
_AMBIGUITY_MARGIN = 0.02
# The typo lookup never scores more than this many persons for one query.
_MAX_TYPO_CANDIDATES = 200
# An exact block whose best surname is at least this similar makes the typo lookup pointless.
_GOOD_SURNAME = 0.9


@dataclass(frozen=True, slots=True)
class Candidate:
    person_id: str
    score: float
    reasons: tuple[str, ...]
    matched_name: str


@dataclass(frozen=True, slots=True)
class _Entry:
    text: str
    parsed: ParsedName


def _keys(parsed: ParsedName, with_swap: bool = True) -> list[str]:
    """Blocking keys of a name; ``with_swap`` adds those of the other word-order reading."""
    keys: list[str] = []
    readings = [parsed]
    other = swap(parsed) if with_swap else None
    if other is not None:
        readings.append(other)
    for reading in readings:
        if reading.surname is None:
            continue
        for key in (reading.surname.key, *reading.surname.part_keys):
            if key and key not in keys:
                keys.append(key)
    return keys


def _share_patronymic(entries: list[_Entry]) -> list[_Entry]:
    """Copy a person's patronymic onto their names that lack it.

    "Ivan Sidorov" (a press name) and "Сидоров Иван Петрович" (the registry name) are one
    person, so the press name also says "son of Piotr": that keeps a father and a son with
    the same name apart even when one of them is compared through his short name.
    """
    known = {(e.parsed.given_ids, e.parsed.patronymic) for e in entries
             if e.parsed.patronymic and len(e.parsed.patronymic) > 1 and e.parsed.given_ids}
    if len(known) != 1:
        return entries
    (gids, patronymic), = known
    out = []
    for entry in entries:
        p = entry.parsed
        if p.patronymic is None and p.given_ids & gids:
            entry = _Entry(entry.text, replace(p, patronymic=patronymic))
        out.append(entry)
    return out


class NameIndex:
    """An in-memory index over persons' names; updates as persons and names are added."""

    def __init__(self) -> None:
        self._ids: list[str | None] = []
        self._num: dict[str, int] = {}
        self._entries: dict[int, list[_Entry]] = {}
        self._years: dict[int, int | None] = {}
        self._blocks: dict[str, set[int]] = {}
        self._typos: dict[str, set[str]] = {}
        # Finer blocks: surname key + canonical given name, and surname key for persons with
        # a name whose given name is unknown or missing. A query with a known given name
        # needs only these two, which are a few persons even for the commonest surnames.
        self._given_blocks: dict[str, set[int]] = {}
        self._open_blocks: dict[str, set[int]] = {}
        self._person_keys: dict[int, set[str]] = {}
        self._person_given: dict[int, set[str]] = {}

    # -- building -----------------------------------------------------------------------------

    def add(self, person_id: str, names: Iterable[str], birth_year: int | None = None) -> None:
        """Add a person, or more names for one already present.

        Unusable names (empty, digits, another script) are skipped; if none of the names is
        usable and the person is new, :class:`InvalidName` is raised.
        """
        num = self._num.get(person_id)
        parsed: list[_Entry] = []
        for text in names:
            try:
                parsed.append(_Entry(text, parse(text)))
            except InvalidName:
                continue
        if num is None:
            if not parsed:
                raise InvalidName(f"person {person_id!r} has no usable name")
            num = len(self._ids)
            self._ids.append(person_id)
            self._num[person_id] = num
            self._entries[num] = []
            self._person_keys[num] = set()
            self._person_given[num] = set()
            self._years[num] = birth_year
        elif birth_year is not None:
            self._years[num] = birth_year
        entries = self._entries[num]
        parsed = _share_patronymic(entries + parsed)[len(entries):]
        seen = {self._signature(e.parsed) for e in entries}
        for entry in parsed:
            signature = self._signature(entry.parsed)
            if signature in seen:
                continue  # Мария Колесникова and Maria Kolesnikova fold to one entry
            seen.add(signature)
            entries.append(entry)
            gids = entry.parsed.given_ids
            for key in _keys(entry.parsed):
                self._file(num, key)
                for gid in gids:
                    self._file_fine(self._given_blocks, f"{key}|{gid}", num)
                if not gids:
                    self._file_fine(self._open_blocks, key, num)

    @staticmethod
    def _signature(p: ParsedName) -> tuple[object, ...]:
        return (p.surname.form if p.surname else None, p.given, p.patronymic, p.certain)

    def _file_fine(self, table: dict[str, set[int]], key: str, num: int) -> None:
        table.setdefault(key, set()).add(num)
        self._person_given[num].add(("open:" if table is self._open_blocks else "") + key)

    def _file(self, num: int, key: str) -> None:
        keys = self._person_keys[num]
        if key in keys:
            return
        keys.add(key)
        members = self._blocks.get(key)
        if members is None:
            members = self._blocks[key] = set()
            # The typo table holds block keys, not persons: a new surname skeleton is filed
            # under each of its one-letter deletions once, whoever else carries it.
            for typo in deletions(key) | {key}:
                self._typos.setdefault(typo, set()).add(key)
        members.add(num)

    def remove(self, person_id: str) -> None:
        """Forget a person (no error if unknown)."""
        num = self._num.pop(person_id, None)
        if num is None:
            return
        for key in self._person_keys.pop(num, set()):
            self._discard(self._blocks, key, num)
            if key not in self._blocks:
                for typo in deletions(key) | {key}:
                    typos = self._typos.get(typo)
                    if typos is not None:
                        typos.discard(key)
                        if not typos:
                            del self._typos[typo]
        for key in self._person_given.pop(num, set()):
            if key.startswith("open:"):
                self._discard(self._open_blocks, key[5:], num)
            else:
                self._discard(self._given_blocks, key, num)
        self._entries.pop(num, None)
        self._years.pop(num, None)
        self._ids[num] = None

    @staticmethod
    def _discard(table: dict[str, set[int]], key: str, num: int) -> None:
        members = table.get(key)
        if members is not None:
            members.discard(num)
            if not members:
                del table[key]

    def __len__(self) -> int:
        return len(self._num)

    def __contains__(self, person_id: object) -> bool:
        return person_id in self._num

    # -- querying -----------------------------------------------------------------------------

    def _readings(self, name: str) -> list[ParsedName]:
        first = parse(name)
        readings = [first]
        other = swap(first)
        if other is not None:
            readings.append(other)
        return readings

    @staticmethod
    def _nominative(first: ParsedName) -> list[ParsedName]:
        """Readings of a Cyrillic mention brought to the nominative, where they differ."""
        if detect_script(first.text) != "Cyrl" or not looks_inflected(first.text):
            return []
        out = []
        try:
            for text in mention_readings(first.text):
                if text != first.text:
                    out.append(parse(text))
        except InvalidName:
            return out
        return out

    def _best(self, num: int, readings: list[ParsedName], year: int | None
              ) -> tuple[Evidence, ParsedName, _Entry]:
        c_year = self._years.get(num)
        entries = self._entries[num]
        if len(entries) == 1 and len(readings) == 1:
            return compare(readings[0], entries[0].parsed, year, c_year), readings[0], entries[0]
        best: tuple[Evidence, ParsedName, _Entry] | None = None
        for entry in entries:
            for reading in readings:
                ev = compare(reading, entry.parsed, year, c_year)
                if best is None or ev.z > best[0].z:
                    best = (ev, reading, entry)
        assert best is not None
        return best

    def resolve(self, name: str, *, birth_year: int | None = None, limit: int = 5
                ) -> list[Candidate]:
        """Ranked candidates for ``name``; [] when the name is unusable or nothing is close.

        Scores are comparable across queries: at or above :data:`AUTO_LINK_THRESHOLD` link,
        between :data:`REVIEW_THRESHOLD` and that, show to a reviewer.
        """
        if limit <= 0:
            return []
        try:
            readings = self._readings(name)
        except InvalidName:
            return []
        scored = self._score(readings, birth_year)
        best = max((ev.score for ev, _, _ in scored.values()), default=0.0)
        if best < AUTO_LINK_THRESHOLD or has_oblique_given_reading(readings[0].text):
            # Only now pay for morphology: most queries are nominative already, and an
            # inflected one rarely scores high before it is brought back.
            nominative = self._nominative(readings[0])
            if nominative:
                for num, found in self._score(nominative, birth_year).items():
                    if num not in scored or found[0].z > scored[num][0].z:
                        scored[num] = found
        ranked = sorted(scored.items(), key=lambda item: -item[1][0].z)
        out: list[Candidate] = []
        tied = 0
        if len(ranked) >= 2:
            top = ranked[0][1][0].score
            tied = sum(1 for _, (ev, _, _) in ranked
                       if ev.score >= top - _AMBIGUITY_MARGIN and ev.score >= AUTO_LINK_THRESHOLD)
        for num, (ev, reading, entry) in ranked[:limit]:
            score = ev.score
            why = reasons(ev, reading, entry.parsed)
            if tied >= 2 and score >= AUTO_LINK_THRESHOLD:
                # Two people fit equally well (a father and son without patronymics, a
                # registry duplicate): a human has to choose.
                score = AUTO_LINK_THRESHOLD - 0.01
                why = (*why, f"ambiguous: {tied} persons match about equally well")
            if score < _MIN_SCORE:
                break
            person_id = self._ids[num]
            assert person_id is not None
            out.append(Candidate(person_id, round(score, 4), why, entry.text))
        return out

    def _score(self, readings: list[ParsedName], year: int | None
               ) -> dict[int, tuple[Evidence, ParsedName, _Entry]]:
        found = self._members(readings, None)
        scored = {num: self._best(num, readings, year) for num in found}
        if not scored or max(ev.surname for ev, _, _ in scored.values()) < _GOOD_SURNAME:
            # Surname keys one typo away: a deletion shared between the query's key and a
            # block's key covers one inserted, deleted or replaced consonant on either side.
            near: set[str] = set()
            for reading in readings:
                for key in _keys(reading, with_swap=False):
                    for typo in deletions(key) | {key}:
                        near |= self._typos.get(typo, set())
            extra = self._members(readings, near) - found
            if len(extra) > _MAX_TYPO_CANDIDATES:
                # A query without a known given name next to a common surname skeleton:
                # keep the persons whose given name starts like the query's.
                initials = {r.given[0] for r in readings if r.given}
                extra = {num for num in extra if self._initials(num) & initials}
            for num in list(extra)[:_MAX_TYPO_CANDIDATES]:
                scored[num] = self._best(num, readings, year)
        return scored

    def _initials(self, num: int) -> set[str]:
        return {e.parsed.given[0] for e in self._entries[num] if e.parsed.given}

    def _members(self, readings: list[ParsedName], near: set[str] | None) -> set[int]:
        """Persons in the blocks of the readings' keys (or of ``near`` keys when given).

        With a known given name only persons filed under that name (or with no known given
        name) are taken: a different given name cannot reach the review threshold anyway.
        """
        found: set[int] = set()
        empty: set[int] = set()
        for reading in readings:
            keys = _keys(reading, with_swap=False) if near is None else near
            for key in keys:
                if reading.given_ids:
                    for gid in reading.given_ids:
                        found |= self._given_blocks.get(f"{key}|{gid}", empty)
                    found |= self._open_blocks.get(key, empty)
                else:
                    found |= self._blocks.get(key, empty)
        return found

    # -- for duplicate detection ----------------------------------------------------------------

    def blocks(self) -> Iterator[tuple[str, list[str]]]:
        """(key, person ids) for every block with two or more persons."""
        for key, members in self._blocks.items():
            if len(members) > 1:
                ids = [self._ids[m] for m in sorted(members)]
                yield key, [i for i in ids if i is not None]

    def pair_evidence(self, a: str, b: str) -> tuple[Evidence, ParsedName, ParsedName]:
        """The best evidence between any name of ``a`` and any name of ``b``."""
        na, nb = self._num[a], self._num[b]
        best: tuple[Evidence, ParsedName, ParsedName] | None = None
        for ea in self._entries[na]:
            for eb in self._entries[nb]:
                ev = compare(ea.parsed, eb.parsed, self._years.get(na), self._years.get(nb))
                if best is None or ev.z > best[0].z:
                    best = (ev, ea.parsed, eb.parsed)
        assert best is not None
        return best

    def given_initials(self, person_id: str) -> set[str]:
        """First letters of the person's given names in phonetic form ('' when none)."""
        entries = self._entries.get(self._num.get(person_id, -1), [])
        return {e.parsed.given[0] for e in entries if e.parsed.given}

    def names_of(self, person_id: str) -> list[str]:
        return [e.text for e in self._entries.get(self._num.get(person_id, -1), [])]
