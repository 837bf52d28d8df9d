"""Compatibility shims for NLP libraries written for older Pythons.

natasha's ``MorphVocab`` subclasses pymorphy2's analyser, whose units call
``inspect.getargspec`` (removed in Python 3.11) when they describe themselves. The shim
puts back a function with the old four-field result, built on ``getfullargspec``.
"""

from __future__ import annotations

import inspect
from collections import namedtuple
from typing import Any

ArgSpec = namedtuple("ArgSpec", ["args", "varargs", "keywords", "defaults"])


def _getargspec(func: Any) -> ArgSpec:
    full = inspect.getfullargspec(func)
    return ArgSpec(full.args, full.varargs, full.varkw, full.defaults)


def install_getargspec_shim() -> bool:
    """Add ``inspect.getargspec`` when the running Python lacks it. True when added."""
    if hasattr(inspect, "getargspec"):
        return False
    inspect.getargspec = _getargspec  # type: ignore[attr-defined]
    return True
