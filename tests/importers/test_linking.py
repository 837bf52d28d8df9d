"""Across sources: CHRD rows that carry a CECC record number join the CECC person; and the
Chinese list's dated deaths close custody instead of leaving the dead on the count."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from volia.services import counting, importing
from volia.services.reading import read_input
from volia.store import ledger
from volia.store.tables import external_ids
from volia.store.unit import Database

CECC = "cecc-steinert/cecc_ppd_2020-07-23.csv"
CHRD = "cecc-steinert/CHRD_fullinfo.csv"
CHINA = "china-political-prisoner/chinese-political-prisoners.csv"


def _import(db: Database, path: Path, preset: str) -> importing.ImportReport:
    outcome = read_input(path, preset=preset)
    return importing.import_records(db, outcome.records, label=path.name, as_of=outcome.as_of)


def _ids(db: Database, system: str) -> dict[str, str]:
    with db.read() as conn:
        return {e: p for e, p in conn.execute(select(
            external_ids.c.external_id, external_ids.c.person_id).where(
            external_ids.c.system == system))}


def test_chrd_after_cecc_attaches_linked_rows(db: Database, data: Path) -> None:
    _import(db, data / "cecc_sample.csv", "cecc")
    report = _import(db, data / "chrd_sample.csv", "chrd")
    assert report.persons_reused == 1 and report.persons_created == 2
    cecc, chrd = _ids(db, "cecc"), _ids(db, "chrd")
    assert chrd["9001"] == cecc["2099-00001"]  # the row whose cecc.num is 2099-00001
    assert chrd["9002"] not in cecc.values()
    with db.read() as conn:
        kinds = [str(e.type) for e in ledger.person_events(conn, cecc["2099-00001"])]
    # CECC's facts and CHRD's 2014 detention and release, on one person.
    assert kinds.count("detained") == 2 and kinds.count("released") == 1
    again = _import(db, data / "chrd_sample.csv", "chrd")
    assert sum(again.events_added.values()) == 0 and again.persons_created == 0


def test_china_list_death_closes_undated_custody(db: Database, data: Path) -> None:
    outcome = read_input(data / "china_list_sample.csv", preset="china-list")
    importing.import_records(db, outcome.records, label="china", as_of=outcome.as_of)
    # Four listed, one died on 2019-02-02: three held on the list's day, no data problems.
    assert counting.count(db, date(2020, 9, 22), all_detained=True) == 3
    assert counting.count(db, date(2020, 9, 22)) == 3
    dead = counting.person_status(db, "https://example.org/cppc/0001.html", date(2020, 9, 22))
    assert dead.status == "deceased" and dead.problems == []
    # The undated detention is placed by the death, not by the list's day.
    with db.read() as conn:
        pid = ledger.resolve_person_ref(conn, "https://example.org/cppc/0001.html")
        detained = [e for e in ledger.person_events(conn, pid) if e.type == "detained"]
    assert detained[0].details.known_by == "2019-02-02"


def test_real_chrd_after_cecc_links_eighteen(db: Database,
                                            raw_file: Callable[[str], Path]) -> None:
    cecc_path, chrd_path = raw_file(CECC), raw_file(CHRD)
    _import(db, cecc_path, "cecc")
    report = _import(db, chrd_path, "chrd")
    assert report.persons_reused == 18 and report.persons_created == 186 - 18
    cecc, chrd = _ids(db, "cecc"), _ids(db, "chrd")
    linked = {r.external_id: r.links["cecc"]
              for r in read_input(chrd_path, preset="chrd").records if r.links}
    assert len(linked) == 18
    assert all(chrd[c] == cecc[k] for c, k in linked.items())
    assert chrd["726"] == cecc["2011-00179"]  # Jiang Tianyong
    assert len(cecc) == 10271  # no CECC id was created twice


def test_real_china_list_counts_no_dead(db: Database, raw_file: Callable[[str], Path]) -> None:
    path = raw_file(CHINA)
    outcome = read_input(path, preset="china-list")
    importing.import_records(db, outcome.records, label=path.name, as_of=outcome.as_of)
    died = sum(1 for r in outcome.records if any(e.type == "died_in_custody" for e in r.events))
    assert died == 20
    assert counting.count(db, date(2020, 9, 22), all_detained=True) == 926 - died
