from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from volia.domain.dates import DateError, PartialDate, Precision


@pytest.mark.parametrize(("text", "precision", "earliest", "latest"), [
    ("2020", Precision.YEAR, date(2020, 1, 1), date(2020, 12, 31)),
    ("2024-02", Precision.MONTH, date(2024, 2, 1), date(2024, 2, 29)),
    ("2025-12-13", Precision.DAY, date(2025, 12, 13), date(2025, 12, 13)),
    ("", Precision.UNKNOWN, None, None),
])
def test_parse_keeps_precision(text, precision, earliest, latest):
    d = PartialDate.parse(text)
    assert d.precision == precision
    assert d.earliest() == earliest
    assert d.latest() == latest


@pytest.mark.parametrize("bad", ["2020-13", "2021-02-30", "20x0", "1700", "2020/01/01"])
def test_parse_refuses_impossible_dates(bad):
    with pytest.raises(DateError):
        PartialDate.parse(bad)


def test_contains_overlapping_periods():
    assert PartialDate.parse("2025-12").contains(PartialDate.parse("2025-12-13"))
    assert not PartialDate.parse("2025-11").contains(PartialDate.parse("2025-12-13"))
    assert PartialDate.parse("").contains(PartialDate.parse("2020"))


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
       st.sampled_from([1, 2, 3]))
def test_iso_round_trip(day, parts):
    d = PartialDate(*[day.year, day.month, day.day][:parts])
    assert PartialDate.parse(d.iso()) == d
    assert d.earliest() <= day <= d.latest()
