"""One key per facility, however its name is spelled.

"Penal colony No. 3", "ИК-3", "исправительная колония №3", "Correctional colony #3 Vitebsk" and
"Калонія №3" are one place. In Belarus (and Russia's regional systems) colonies, prisons,
pre-trial centres and open facilities are numbered within one system, so kind plus number is
the identity; a ``scope`` (the country or region whose numbering applies) keeps Belarus's
colony 3 apart from another country's. Names without a number ("TAR Prison (Drapchi)") are keyed
by their normalised words, with uncertainty marks ("Det. Ctr?") and abbreviations evened out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from volia.domain.model import FacilityKind

# Order matters: the more specific words first ("open correctional facility" before "colony").
_KINDS: tuple[tuple[str, FacilityKind, re.Pattern[str]], ...] = (
    ("open", FacilityKind.OTHER, re.compile(
        r"open (correctional|penal) facilit|иуот|исправительн\w* учреждени\w* открыт|"
        r"выпраўч\w* установ\w* адкрыт|\bкуот\b", re.I)),
    ("pretrial", FacilityKind.PRETRIAL, re.compile(
        r"pre-?trial|\bsizo\b|\bсизо\b|\bсiза\b|\bсізо\b|следственн\w* изолятор|следчы ізалятар|"
        r"remand", re.I)),
    ("temporary", FacilityKind.TEMPORARY, re.compile(
        r"\bивс\b|\bцип\b|\bцiп\b|\bціп\b|temporary detention|isolation cent|offenders' isolat|"
        r"изолятор временного", re.I)),
    ("ltp", FacilityKind.OTHER, re.compile(r"\bлтп\b|\bltp\b|лечебно-трудов|medical.labou?r",
                                           re.I)),
    ("psychiatric", FacilityKind.PSYCHIATRIC, re.compile(
        r"psychiatr|психиатр|ankang|псіх", re.I)),
    ("colony", FacilityKind.COLONY, re.compile(
        r"colony|\bик\b|\bпк\b|\bik\b|колони|калоні|\bвк\b", re.I)),
    ("prison", FacilityKind.PRISON, re.compile(r"prison|тюрьм|турм|\bзонa\b", re.I)),
)
_NUMBER = re.compile(r"(?:№|#|\bno\.?|\bn\.?|\bnr\.?|[-‑–])\s*(\d{1,3})\b|\b(\d{1,3})\b", re.I)
_ABBREVIATIONS = {
    "det": "detention", "ctr": "centre", "center": "centre", "cntr": "centre",
    "auto": "autonomous", "reg": "region", "pref": "prefecture", "cty": "county",
    "no": "", "the": "", "of": "",
}


def _words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = re.findall(r"[\w]+", text)
    return [w for w in (_ABBREVIATIONS.get(w, w) for w in words) if w]


def facility_kind(name: str) -> tuple[str, FacilityKind] | None:
    """The kind of facility a name describes, or None when it names none."""
    for label, kind, pattern in _KINDS:
        if pattern.search(name):
            return label, kind
    return None


def facility_key(name: str | None, scope: str = "") -> str | None:
    """A stable key for the facility a name means; None for an empty name."""
    if name is None or not name.strip() or name.strip().upper() == "FALSE":
        return None
    prefix = f"{scope.lower()}:" if scope else ""
    found = facility_kind(name)
    if found is not None:
        number = _NUMBER.search(name)
        if number:
            return f"{prefix}{found[0]}-{int(number.group(1) or number.group(2))}"
    return prefix + "-".join(_words(name))


@dataclass
class FacilityRecord:
    """A facility as the imported files describe it: the store turns it into a Facility."""

    key: str
    name: str  # the first spelling met
    kind: FacilityKind = FacilityKind.OTHER
    aliases: list[str] = field(default_factory=list)  # every other spelling met
    country: str | None = None
    postal_address: str | None = None


@dataclass
class FacilityRegistry:
    """Collects the facilities named during a read, one record per key."""

    scope: str = ""
    country: str | None = None
    by_key: dict[str, FacilityRecord] = field(default_factory=dict)

    def add(self, name: str | None, address: str | None = None) -> str | None:
        key = facility_key(name, self.scope)
        if key is None or name is None:
            return None
        name = name.strip()
        record = self.by_key.get(key)
        if record is None:
            found = facility_kind(name)
            record = FacilityRecord(key, name, found[1] if found else FacilityKind.OTHER,
                                    country=self.country)
            self.by_key[key] = record
        elif name != record.name and name not in record.aliases:
            record.aliases.append(name)
        if address and not record.postal_address:
            record.postal_address = address.strip()
        return key


__all__ = ["FacilityRecord", "FacilityRegistry", "facility_key", "facility_kind"]
