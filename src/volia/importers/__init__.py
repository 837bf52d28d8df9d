"""Readers that turn other groups' registries (and Volia's own CSV) into PersonRecords.

Pure: no database, no network. The import service decides how records meet the ledger.

API (everything a caller needs)::

    from volia.importers import read_with_mapping, detect_preset, read_volia_csv

    preset = detect_preset(path)                  # "cecc", "viasna", "chrd", "china-list",
                                                  # "volia" or None
    result = read_with_mapping(path, preset)      # or a Mapping, or a path to a .toml file
    result.records     # list[PersonRecord] (system + external_id identify the person;
                       #   links {"cecc": "2011-00179"} name the same person elsewhere;
                       #   extra holds every unmapped column verbatim)
    result.problems    # list[RowProblem]: every field that could not be read (file, line,
                       #   column, value, why); records are still returned without it.
                       #   A --dry-run prints these; a strict import refuses on any.
    result.stats       # rows, records, events, events_by_type, problems, kept_columns,
                       #   facilities, status_codes, seconds
    result.facilities  # {facility key: FacilityRecord(name, kind, aliases, address)};
                       #   facility_key(details.facility, scope) finds an event's facility
    result.as_of       # the day the file describes (PartialDate; unknown if not stated).
                       #   Record the import "as of" this day, so that events whose date the
                       #   file does not give are placed on it, not on the import day.

    read_volia_csv(path)          # strict: raises InputError listing every bad field
    expected_cecc_figures(path)   # {"detained": n, "released": m, "died_in_custody": k, ...}
    load_mapping(toml_path) / load_preset(name)   # raise MappingError listing every fault

Parsing helpers: :func:`parse_date` (registry date forms), :func:`parse_sentence` (sentence
text to months), :func:`parse_articles` (code articles, canonical), :func:`facility_key`.
The mapping format is documented in ``docs/mappings.md``.
"""

from volia.importers.articles import ArticleError, parse_articles
from volia.importers.dates import parse_date
from volia.importers.engine import ReadResult, read_with_mapping
from volia.importers.facilities import FacilityRecord, FacilityRegistry, facility_key
from volia.importers.figures import expected_cecc_figures, expected_figures
from volia.importers.mapping import Mapping, MappingError, load_mapping, parse_mapping
from volia.importers.presets import PRESETS, detect_preset, load_preset
from volia.importers.sentences import Sentence, SentenceError, parse_sentence
from volia.importers.volia_csv import read_volia_csv

__all__ = [
    "PRESETS", "ArticleError", "FacilityRecord", "FacilityRegistry", "Mapping", "MappingError",
    "ReadResult", "Sentence", "SentenceError", "detect_preset", "expected_cecc_figures",
    "expected_figures", "facility_key", "load_mapping", "load_preset", "parse_articles",
    "parse_date", "parse_mapping", "parse_sentence", "read_volia_csv", "read_with_mapping",
]
