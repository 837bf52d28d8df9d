"""The registry's names in the extractor: finding them in a report, and linking a claim's
person to a registry person through the name engine (``volia.names``).

A registry holds up to ~100,000 persons with several name variants each. Nothing here costs
per name and per document: ``KnownNames`` is built once (a token index), then each report
is scanned once, token by token; the linker caches its answers per name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, overload

from volia.extract.mentions import Mention, guess_gender

_TOKEN = re.compile(r"[\w'’-]+")
_CACHE: dict[tuple[int, int], KnownNames] = {}


class KnownNames(Sequence[str]):
    """Name variants from the registry, indexed by their first word for one-pass lookup."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = sorted({" ".join(n.split()) for n in names if n and n.strip()})
        self._tuples: set[tuple[str, ...]] = set()
        self._longest: dict[str, int] = {}  # first word -> most words of a name it opens
        self._stems: dict[str, set[str]] = {}
        for name in self._names:
            words = tuple(_TOKEN.findall(name))
            if not words:
                continue
            self._tuples.add(words)
            self._longest[words[0]] = max(self._longest.get(words[0], 0), len(words))
            surname = words[-1]
            if len(surname) >= 4 and len(words) > 1 and not surname.isascii():
                self._stems.setdefault(surname.lower()[:4], set()).add(surname)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[str]: ...
    def __getitem__(self, i: int | slice) -> str | Sequence[str]:
        return self._names[i]

    def __len__(self) -> int:
        return len(self._names)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def mentions(self, text: str) -> list[Mention]:
        """Every known name written out in TEXT exactly (longest first at each word)."""
        tokens = list(_TOKEN.finditer(text))
        out: list[Mention] = []
        i = 0
        while i < len(tokens):
            found = None
            for n in range(min(self._longest.get(tokens[i].group(0), 0), len(tokens) - i), 0,
                           -1):
                words = tuple(t.group(0) for t in tokens[i:i + n])
                if words in self._tuples:
                    found = words
                    break
            if found is None:
                i += 1
                continue
            start, end = tokens[i].start(), tokens[i + len(found) - 1].end()
            name = " ".join(found)
            out.append(Mention(start, end, text[start:end], name, guess_gender(name),
                               sources={"known"}))
            i += len(found)
        return out

    def surnames_in(self, text: str) -> list[str]:
        """Known surnames that may stand (inflected) in TEXT: a shortlist for the rules."""
        out: set[str] = set()
        for token in set(_TOKEN.findall(text)):
            if len(token) < 4 or not token[:1].isupper():
                continue
            low = token.lower()
            out |= {s for s in self._stems.get(low[:4], ()) if low.startswith(
                s.lower()[:max(4, len(s) - 3)]) and abs(len(s) - len(low)) <= 4}
        return sorted(out)


def known_names_of(names: Iterable[str]) -> KnownNames:
    """NAMES as a ``KnownNames``: passed through when it is one, else built (and cached)."""
    if isinstance(names, KnownNames):
        return names
    listed = tuple(names)
    key = (len(listed), hash(listed))
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 8:
            _CACHE.clear()
        found = _CACHE[key] = KnownNames(listed)
    return found


def registry_linker(index: Any, threshold: float | None = None
                    ) -> Callable[[str], str | None]:
    """A linker for ``extract(linker=...)`` over a ``volia.names.NameIndex``: the person id
    when the best candidate is at or above the auto-link threshold and not ambiguous."""
    if threshold is None:
        from volia.names import AUTO_LINK_THRESHOLD

        threshold = AUTO_LINK_THRESHOLD

    @lru_cache(maxsize=4096)
    def link(name: str) -> str | None:
        try:
            found = index.resolve(name, limit=1)
        except ValueError:
            return None
        if found and found[0].score >= threshold:
            return str(found[0].person_id)
        return None

    return link
