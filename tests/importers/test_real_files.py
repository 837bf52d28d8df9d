"""The real registry files, read in place when this machine has them (skipped otherwise)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from volia.domain.model import EventType
from volia.importers import detect_preset, expected_cecc_figures, read_with_mapping

CECC = "cecc-steinert/cecc_ppd_2020-07-23.csv"
CHRD = "cecc-steinert/CHRD_fullinfo.csv"
CHINA = "china-political-prisoner/chinese-political-prisoners.csv"
VIASNA = "viasna-framed-sample/prisoners_sample.json"
Raw = Callable[[str], Path]


def test_cecc_reads_whole(raw_file: Raw) -> None:
    # Its speed is measured by benchmarks/import_cecc.py, not here.
    path = raw_file(CECC)
    result = read_with_mapping(path, detect_preset(path) or "")
    assert len(result.records) == 10271 and result.mapping == "cecc"
    assert result.stats["status_codes"]["REL"] == 7537
    # Only the file's own defects: an impossible date, DET rows that carry a release date,
    # and ten rows whose release date comes before their detention date.
    assert len(result.problems) == 13
    assert all(p.column == "actual_date_released" for p in result.problems)
    assert all(r.extra.get("short_summary") for r in result.records[:100])


def test_cecc_events_agree_with_its_own_status_figures(raw_file: Raw) -> None:
    path = raw_file(CECC)
    figures = expected_cecc_figures(path)
    assert figures["records"] == 10271 and figures["unmapped"] == 0
    assert figures["detained"] + figures["released"] + figures["died_in_custody"] == 10271
    result = read_with_mapping(path, "cecc")
    ends: Counter[str] = Counter()
    for person in result.records:
        types = {e.type for e in person.events}
        ends["died_in_custody" if EventType.DIED_IN_CUSTODY in types else
             "released" if EventType.RELEASED in types else "detained"] += 1
    # A DEC record with a release date in it gets both events: counted as died, like its code.
    assert ends["detained"] == figures["detained"]
    assert ends["released"] == figures["released"]
    assert ends["died_in_custody"] == figures["died_in_custody"]


def test_chrd_links_eighteen_cecc_records(raw_file: Raw) -> None:
    result = read_with_mapping(raw_file(CHRD), "chrd")
    linked = {r.external_id: r.links["cecc"] for r in result.records if r.links}
    assert len(result.records) == 186 and len(linked) == 18
    assert linked["726"] == "2011-00179"  # Jiang Tianyong, per SOURCE.md
    cecc_ids = {r.external_id for r in read_with_mapping(raw_file(CECC), "cecc").records}
    assert set(linked.values()) <= cecc_ids


def test_china_list_and_viasna_sample(raw_file: Raw) -> None:
    china = read_with_mapping(raw_file(CHINA), "china-list")
    assert len(china.records) == 926
    assert {(p.line, p.column) for p in china.problems} == {
        (6, "Date of Birth"), (331, "Date of Birth"), (651, "Date of Birth")}
    viasna = read_with_mapping(raw_file(VIASNA), "viasna")
    assert len(viasna.records) == 32 and not viasna.problems
    assert viasna.stats["status_codes"] == {"former": 13, "active": 12, "np": 7}
    recognised = sum(1 for r in viasna.records
                     if any(e.type == EventType.RECOGNIZED for e in r.events))
    assert recognised == 25
