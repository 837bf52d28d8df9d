"""Extraction of sourced claims from report text (pure: no database, no network).

``extract(text, published=..., lang=..., known_names=..., linker=...)`` returns the JSON
object of the extraction contract in ``shared/docs/domain.md``.
"""

from volia.extract.engine import ExtractionError, extract
from volia.extract.language import detect_language

__all__ = ["ExtractionError", "detect_language", "extract"]
