"""Several stints in a punishment cell told in one sentence: "twice: in November, for ten
days, and in December, for another seven", «двойчы трапляў у ШІЗА — у траўні … і ў ліпені».
Each stint is its own claim."""

from __future__ import annotations

import re

from volia.domain.dates import PartialDate, Precision
from volia.extract.when import DateMention

# words that say there was more than one stint
_MANY = re.compile(r"\b(?:twice|three\s+times|another\s+(?:\d+|[a-z]+)\s+days?|another\s+"
                   r"(?:\d+|[a-z]+)(?=\s*[,.;]))"
                   r"|(?<!\w)(?:дважды|трижды|два\s+раза|три\s+раза|ещё\s+(?:на\s+)?\d+|двойчы"
                   r"|тройчы|два\s+разы|тры\s+разы|яшчэ\s+(?:на\s+)?\d+)(?!\w)", re.IGNORECASE)


def later_stints(sentence: str, start: int, dates: list[DateMention],
                 when: PartialDate | None) -> list[PartialDate]:
    """The months of the further stints SENTENCE (starting at START in the text) tells of,
    beside WHEN, the trigger's own date."""
    if when is None or not _MANY.search(sentence):
        return []
    end = start + len(sentence)
    seen = {when.iso()}
    out = []
    for mention in dates:
        value = mention.value
        if start <= mention.start < end and value.precision in (Precision.MONTH, Precision.DAY) \
                and value.iso() not in seen:
            seen.add(value.iso())
            out.append(value)
    return out
