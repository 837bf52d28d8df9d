"""Event triggers in Russian: the rules for custody (``lexicon_ru_custody``) and for the way
out (``lexicon_ru_freedom``). A rule competes only with rules of its own event type (the first
to match a span claims it), so the two tables are independent."""

from __future__ import annotations

from volia.extract import lexicon_ru_custody, lexicon_ru_freedom
from volia.extract.rules import Rule

RULES: list[Rule] = lexicon_ru_custody.RULES + lexicon_ru_freedom.RULES
