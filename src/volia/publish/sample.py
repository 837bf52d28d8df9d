"""A realistic :class:`PublicView` of fictional people, for tests, screenshots and benchmarks.

Everyone here is invented: names are drawn from common Belarusian given names and surnames,
dates, sentences, facilities' addresses and sources are made up (sources point to example.org).
The shape of the data follows the field: detentions with day/month/year precision, charges under
the articles most used against political prisoners, sentences, transfers, recognitions, releases
in batches with deportation abroad, a few deaths in custody, and people counted without a name.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta

from volia.domain.dates import PartialDate
from volia.domain.model import (
    Citation,
    Event,
    EventDetails,
    EventType,
    FacilityKind,
    Gender,
    NameKind,
    ReleaseReason,
    SourceKind,
    Verification,
)
from volia.domain.status import Status
from volia.publish.figures import compute_figures, person_facts
from volia.publish.view import (
    AnonymousCounts,
    PublicCitation,
    PublicEvent,
    PublicFacility,
    PublicName,
    PublicPerson,
    PublicSource,
    PublicView,
    ReleaseBatch,
)

F, M = Gender.FEMALE, Gender.MALE
GIVEN = [("Алена", "Елена", F), ("Вольга", "Ольга", F), ("Марыя", "Мария", F),
         ("Наталля", "Наталья", F), ("Ірына", "Ирина", F), ("Святлана", "Светлана", F),
         ("Ганна", "Анна", F), ("Таццяна", "Татьяна", F), ("Кацярына", "Екатерина", F),
         ("Аляксандр", "Александр", M), ("Андрэй", "Андрей", M), ("Сяргей", "Сергей", M),
         ("Павел", "Павел", M), ("Дзмітрый", "Дмитрий", M), ("Мікалай", "Николай", M),
         ("Ігар", "Игорь", M), ("Віктар", "Виктор", M), ("Юрый", "Юрий", M),
         ("Максім", "Максим", M), ("Уладзімір", "Владимир", M), ("Алесь", "Олесь", M),
         ("Раман", "Роман", M), ("Яўген", "Евгений", M), ("Васіль", "Василий", M)]
SURNAMES = [("Калеснікаў", "Калеснікава", "Колесников", "Колесникова"),
            ("Ціханоўскі", "Ціханоўская", "Тихановский", "Тихановская"),
            ("Навіцкі", "Навіцкая", "Новицкий", "Новицкая"),
            ("Шаўчэнка", "Шаўчэнка", "Шевченко", "Шевченко"),
            ("Кавалёў", "Кавалёва", "Ковалёв", "Ковалёва"),
            ("Лукашэвіч", "Лукашэвіч", "Лукашевич", "Лукашевич"),
            ("Жукоўскі", "Жукоўская", "Жуковский", "Жуковская"),
            ("Сцяпанаў", "Сцяпанава", "Степанов", "Степанова"),
            ("Васілеўскі", "Васілеўская", "Василевский", "Василевская"),
            ("Мароз", "Мароз", "Мороз", "Мороз"), ("Зайцаў", "Зайцава", "Зайцев", "Зайцева"),
            ("Пятроў", "Пятрова", "Петров", "Петрова"),
            ("Гурыновіч", "Гурыновіч", "Гуринович", "Гуринович"),
            ("Ляўчук", "Ляўчук", "Левчук", "Левчук"),
            ("Дашкевіч", "Дашкевіч", "Дашкевич", "Дашкевич"),
            ("Краўчанка", "Краўчанка", "Кравченко", "Кравченко"),
            ("Чарнышоў", "Чарнышова", "Чернышёв", "Чернышёва"),
            ("Шыманскі", "Шыманская", "Шиманский", "Шиманская"),
            ("Бялоў", "Бялова", "Белов", "Белова"), ("Сачко", "Сачко", "Сачко", "Сачко")]
CITIES = [("Minsk", "Minsk", 53.90, 27.56), ("Homiel", "Homiel region", 52.44, 30.98),
          ("Viciebsk", "Viciebsk region", 55.19, 30.20),
          ("Mahilioŭ", "Mahilioŭ region", 53.90, 30.33),
          ("Hrodna", "Hrodna region", 53.68, 23.83), ("Brest", "Brest region", 52.10, 23.70),
          ("Babrujsk", "Mahilioŭ region", 53.14, 29.22),
          ("Navapolack", "Viciebsk region", 55.53, 28.65),
          ("Orša", "Viciebsk region", 54.51, 30.42), ("Škloŭ", "Mahilioŭ region", 54.21, 30.29),
          ("Žodzina", "Minsk region", 54.10, 28.33),
          ("Svietlahorsk", "Homiel region", 52.63, 29.73),
          ("Ivacevičy", "Brest region", 52.71, 25.34),
          ("Hlybokaje", "Viciebsk region", 55.14, 27.69), ("Mazyr", "Homiel region", 52.05, 29.25)]
REGIONS = ["Minsk", "Minsk region", "Brest region", "Homiel region", "Hrodna region",
           "Mahilioŭ region", "Viciebsk region"]
ARTICLES = [("342", 30), ("361-1", 14), ("130", 12), ("369", 10), ("368", 9), ("361-4", 8),
            ("364", 6), ("293", 5), ("356", 3), ("357", 2), ("339", 4), ("423-1", 2)]
BATCHES = [("batch-2024-07", date(2024, 7, 3), "Pardon of July 2024"),
           ("batch-2025-06", date(2025, 6, 21), "Release of June 2025"),
           ("batch-2025-09", date(2025, 9, 11), "Release of September 2025"),
           ("batch-2025-12", date(2025, 12, 13), "Release of December 2025"),
           ("batch-2026-03", date(2026, 3, 19), "Release of March 2026"),
           ("batch-2026-09", date(2026, 9, 10), "Release of September 2026")]
DESTINATIONS = ["LT", "UA", "PL", "LT", "LT"]
_BE = {"а": "a", "б": "b", "в": "v", "г": "h", "д": "d", "е": "e", "ё": "io", "ж": "zh",
       "з": "z", "і": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
       "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts",
       "ч": "ch", "ш": "sh", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "'": ""}
_RU = {**_BE, "г": "g", "и": "i", "й": "y", "щ": "shch", "ъ": "", "е": "e", "ё": "yo",
       "ю": "yu", "я": "ya"}
_RU_ENDINGS = (("iy", "y"), ("ii", "y"))


def latin(text: str, table: dict[str, str]) -> str:
    out = "".join(table.get(c.lower(), c.lower()) for c in text)
    words = [w.capitalize() for w in out.split()]
    if table is _RU:
        for old, new in _RU_ENDINGS:
            words = [w[: -len(old)] + new if w.endswith(old) else w for w in words]
    return " ".join(words)


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max((end - start).days, 1)))


def _partial(rng: random.Random, day: date) -> PartialDate:
    roll = rng.random()
    if roll < 0.8:
        return PartialDate.of(day)
    return PartialDate(day.year, day.month) if roll < 0.95 else PartialDate(day.year)


class _Builder:
    def __init__(self, seed: int, as_of: date, sources: int) -> None:
        self.rng = random.Random(seed)
        self.as_of = as_of
        self.sources = [PublicSource(
            id=f"src-{i}", kind=SourceKind.NEWS if i % 4 else SourceKind.GROUP_STATEMENT,
            title=f"Sample report no. {i}", publisher=("Sample News Agency", "Example Rights "
                                                       "Centre", "Demo Daily")[i % 3],
            url=f"https://example.org/reports/{i}", published=PartialDate(2020 + i % 6, 1 + i % 12),
            language=("en", "ru", "be")[i % 3]) for i in range(sources)]
        self.facilities = [(f"fac-{i}", f"{kind} No. {i + 1}, {city}", kind_enum, region,
                            lat, lon, city)
                           for i, (city, region, lat, lon) in enumerate(CITIES)
                           for kind, kind_enum in [(("Penal colony", FacilityKind.COLONY),
                                                    ("Prison", FacilityKind.PRISON),
                                                    ("Pre-trial detention centre",
                                                     FacilityKind.PRETRIAL))[i % 3]]]
        self.counter = 0

    def cite(self, kind: EventType, who: str) -> tuple[Citation, ...]:
        src = self.rng.choice(self.sources)
        return (Citation(src.id, quote=f"{who}: {kind.replace('_', ' ')} (sample report)"),)

    def event(self, pid: str, kind: EventType, day: date, who: str,
              details: EventDetails | None = None, group: str | None = None) -> Event:
        self.counter += 1
        when = datetime.combine(day, datetime.min.time())
        return Event(id=f"{pid}-e{self.counter}", lineage_id=f"{pid}-l{self.counter}",
                     type=kind, person_id=pid, date=_partial(self.rng, day),
                     details=details or EventDetails(), citations=self.cite(kind, who),
                     verification=Verification.CONFIRMED, recorded_at=when, group_id=group)

    def timeline(self, pid: str, who: str) -> list[Event]:
        rng, as_of = self.rng, self.as_of
        detained = _day(rng, date(2020, 6, 1), as_of - timedelta(days=20))
        articles = tuple(sorted({rng.choices([a for a, _ in ARTICLES],
                                             [w for _, w in ARTICLES])[0]
                                 for _ in range(rng.choice((1, 1, 2, 3)))}))
        facility = rng.choice(self.facilities)
        out = [self.event(pid, EventType.DETAINED, detained, who,
                          EventDetails(authority="KGB" if rng.random() < 0.3 else "police")),
               self.event(pid, EventType.CHARGED, detained + timedelta(days=3), who,
                          EventDetails(articles=articles))]
        if rng.random() < 0.9:
            out.append(self.event(pid, EventType.RECOGNIZED, detained + timedelta(days=20), who,
                                  EventDetails(recognized_by="Sample Rights Centre")))
        if rng.random() < 0.85:
            sentenced = detained + timedelta(days=rng.randrange(60, 300))
            if sentenced < as_of:
                life = rng.random() < 0.004
                term = None if life else rng.choice((12, 18, 24, 30, 36, 48, 60, 72, 96,
                                                     120, 144, 180, 240))
                out.append(self.event(pid, EventType.SENTENCED, sentenced, who, EventDetails(
                    term_months=term, life_sentence=life, court="Sample district court",
                    facility=facility[1], regime="general" if rng.random() < 0.7 else "strict")))
                if term and detained + timedelta(days=term * 30) < as_of:
                    out.append(self.event(pid, EventType.RELEASED, detained + timedelta(
                        days=term * 30), who, EventDetails(reason=ReleaseReason.SERVED)))
                    return out
        roll = rng.random()
        if roll < 0.004:
            out.append(self.event(pid, EventType.DIED_IN_CUSTODY, _day(
                rng, detained + timedelta(days=30), as_of), who))
        elif roll < 0.2:
            batch = rng.choice([b for b in BATCHES if b[1] > detained + timedelta(days=60)]
                               or [BATCHES[-1]])
            if batch[1] <= as_of:
                out.append(self.event(pid, EventType.RELEASED, batch[1], who, EventDetails(
                    reason=ReleaseReason.PARDON), group=batch[0]))
                if rng.random() < 0.6:
                    out.append(self.event(pid, EventType.DEPORTED, batch[1], who, EventDetails(
                        destination_country=rng.choice(DESTINATIONS)), group=batch[0]))
        return out

    def names(self, gender: Gender | None = None) -> tuple[Gender, tuple[PublicName, ...]]:
        given = self.rng.choice([g for g in GIVEN if gender is None or g[2] == gender])
        sur = self.rng.choice(SURNAMES)
        female = given[2] == F
        be = f"{given[0]} {sur[1] if female else sur[0]}"
        ru = f"{given[1]} {sur[3] if female else sur[2]}"
        return given[2], (PublicName(latin(be, _BE), "Latn", "be", NameKind.PRIMARY),
                          PublicName(be, "Cyrl", "be", NameKind.NATIVE),
                          PublicName(ru, "Cyrl", "ru", NameKind.NATIVE),
                          PublicName(latin(ru, _RU), "Latn", "en", NameKind.TRANSLITERATION))


def _public_event(e: Event, facility_ids: dict[str, str]) -> PublicEvent:
    return PublicEvent(id=e.id, type=e.type, person_id=e.person_id, date=e.date,
                       details=e.details, facility_id=facility_ids.get(e.details.facility or ""),
                       group_id=e.group_id,
                       citations=tuple(PublicCitation(c.source_id, c.quote) for c in e.citations))


def sample_view(n: int = 400, *, seed: int = 7, as_of: date = date(2026, 11, 1),
                anonymous_share: float = 0.12, hostile: bool = False) -> PublicView:
    """A fictional PublicView of about ``n`` people (``n * anonymous_share`` of them unnamed).

    ``hostile=True`` adds a person whose names, event and source carry HTML/script payloads, to
    test escaping.
    """
    b = _Builder(seed, as_of, sources=max(20, n // 20))
    facility_ids = {f[1]: f[0] for f in b.facilities}
    persons: list[PublicPerson] = []
    counted: list[tuple[list[Event], Gender]] = []
    anon: Counter[str] = Counter()
    held: Counter[str] = Counter()
    held_named: Counter[str] = Counter()
    members: dict[str, list[str]] = {k: [] for k, _, _ in BATCHES}
    batch_count: Counter[str] = Counter()
    destinations: dict[str, set[str]] = {k: set() for k, _, _ in BATCHES}
    for i in range(n):
        pid = f"p{i:06d}{b.rng.getrandbits(24):06x}"
        gender, names = b.names()
        if i == 0:
            gender, names = F, _showcase_names()
        if hostile and i == 1:
            names = (PublicName('<script>alert("pwned")</script> Hostile Name', "Latn", "en",
                                NameKind.PRIMARY),
                     PublicName("<img src=x onerror=alert(1)>", "Latn", None, NameKind.ALIAS))
        events = b.timeline(pid, names[0].text)
        counted.append((events, gender))
        facts = person_facts(events, as_of)
        fid = facility_ids.get(facts.facility or "")
        named = i < 2 or b.rng.random() >= anonymous_share
        if fid and facts.status == Status.IMPRISONED:
            held[fid] += 1
            held_named[fid] += named
        for e in events:
            if e.group_id:
                batch_count[e.group_id] += e.type == EventType.RELEASED
                if e.details.destination_country:
                    destinations[e.group_id].add(e.details.destination_country)
                if named and e.type == EventType.RELEASED and b.rng.random() < 0.75:
                    members[e.group_id].append(pid)
        if not named:
            anon[str(facts.status)] += 1
            anon["recognised_imprisoned"] += facts.recognised and facts.status == Status.IMPRISONED
            continue
        public_events = [_public_event(e, facility_ids) for e in events]
        if hostile and i == 1:
            public_events[0] = PublicEvent(
                id=public_events[0].id, type=EventType.DETAINED, person_id=pid,
                date=public_events[0].date,
                details=EventDetails(note="<b>bold</b><script>alert(2)</script>"),
                citations=(PublicCitation(b.sources[0].id, '"><script>alert(3)</script>'),))
        persons.append(PublicPerson(
            id=pid, slug=names[0].text.lower().replace(" ", "-")[:60], names=names,
            gender=gender, birth_date=PartialDate(b.rng.randrange(1955, 2004)),
            region=b.rng.choice(REGIONS), status=facts.status, recognised=facts.recognised,
            detained_on=facts.detained_on, custody_since=facts.custody_since, facility_id=fid,
            articles=facts.articles, term_months=facts.term_months,
            life_sentence=facts.life_sentence, sentence_end=facts.sentence_end,
            left_custody_on=facts.left_custody_on,
            destination_country=facts.destination_country, events=tuple(public_events)))
    figures, stats = compute_figures(counted, as_of, datetime.combine(as_of, datetime.min.time()))
    facilities = tuple(PublicFacility(
        id=fid, name=name, kind=kind, region=region, latitude=lat, longitude=lon,
        postal_address=f"Sample street {k + 1}, {city}, Belarus (fictional address)",
        held=held[fid], held_named=held_named[fid])
        for k, (fid, name, kind, region, lat, lon, city) in enumerate(b.facilities))
    releases = tuple(ReleaseBatch(
        id=key, date=PartialDate.of(day), count=batch_count[key], title=title,
        member_ids=tuple(members[key]), destinations=tuple(sorted(destinations[key])),
        citations=(PublicCitation(b.sources[k % len(b.sources)].id,
                                  f"{batch_count[key]} people were released"),))
        for k, (key, day, title) in enumerate(BATCHES) if day <= as_of and batch_count[key])
    return PublicView(
        persons=tuple(persons),
        anonymous=AnonymousCounts(
            imprisoned=anon["imprisoned"], recognised_imprisoned=anon["recognised_imprisoned"],
            released=anon["released"], in_exile=anon["in_exile"], deceased=anon["deceased"],
            unknown=anon["unknown"]),
        sources=tuple(b.sources), facilities=facilities, releases=releases, figures=figures,
        statistics=stats, metadata={"publisher": "Volia sample data (fictional people)",
                                    "licence": "CC0-1.0"})


def _showcase_names() -> tuple[PublicName, ...]:
    return (PublicName("Alena Kalesnikava", "Latn", "be", NameKind.PRIMARY),
            PublicName("Алена Калеснікава", "Cyrl", "be", NameKind.NATIVE),
            PublicName("Елена Колесникова", "Cyrl", "ru", NameKind.NATIVE),
            PublicName("Elena Kolesnikova", "Latn", "en", NameKind.TRANSLITERATION))
