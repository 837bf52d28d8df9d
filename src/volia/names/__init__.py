"""Names across scripts: normalisation, transliteration, matching and duplicate detection.

Pure code (no database): the registry feeds a :class:`NameIndex` and asks it to
:meth:`~NameIndex.resolve` names; importers and the extractor use the same calls.

    >>> index = NameIndex()
    >>> index.add("p1", ["Maryia Kalesnikava", "Калеснікава Марыя"], birth_year=1982)
    >>> index.resolve("Марию Колесникову")[0].person_id
    'p1'
"""

from volia.names.dedupe import DuplicatePair, find_duplicates
from volia.names.errors import InvalidName
from volia.names.index import AUTO_LINK_THRESHOLD, REVIEW_THRESHOLD, Candidate, NameIndex
from volia.names.morph import normalise_mention
from volia.names.normalise import clean, fold_diacritics, key_form
from volia.names.phonetic import phon, skeleton
from volia.names.script import detect_language, detect_script
from volia.names.structure import ParsedName, parse
from volia.names.translit import SCHEMES, transliterate
from volia.names.variants import Variant, variants

__all__ = [
    "AUTO_LINK_THRESHOLD", "REVIEW_THRESHOLD", "SCHEMES", "Candidate", "DuplicatePair",
    "InvalidName", "NameIndex", "ParsedName", "Variant", "clean", "detect_language",
    "detect_script", "find_duplicates", "fold_diacritics", "key_form", "normalise_mention",
    "parse", "phon", "skeleton", "transliterate", "variants",
]
