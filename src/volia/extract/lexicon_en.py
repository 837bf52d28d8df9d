"""Event triggers in English: the rules for custody (``lexicon_en_custody``), for verdicts
(``lexicon_en_verdicts``) and for the way out (``lexicon_en_freedom``). A rule competes only
with rules of its own event type (the first to match a span claims it), so the tables are
independent."""

from __future__ import annotations

from volia.extract import lexicon_en_custody, lexicon_en_freedom, lexicon_en_verdicts
from volia.extract.rules import Rule

RULES: list[Rule] = (lexicon_en_custody.RULES + lexicon_en_verdicts.RULES
                     + lexicon_en_freedom.RULES)
