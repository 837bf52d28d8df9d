"""natasha's pymorphy2 calls inspect.getargspec, removed in Python 3.11: the shim path."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

from volia.extract.compat import install_getargspec_shim


def test_shim_adds_a_working_getargspec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(inspect, "getargspec", raising=False)
    assert install_getargspec_shim() is True

    def sample(self: object, a: int, b: int = 2, *rest: int, **kw: int) -> None:
        return None

    spec = inspect.getargspec(sample)  # type: ignore[attr-defined]
    assert spec.args == ["self", "a", "b"]
    assert spec.varargs == "rest" and spec.keywords == "kw" and spec.defaults == (2,)
    assert install_getargspec_shim() is False  # idempotent


def test_natasha_morph_vocab_describes_itself_with_the_shim(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("natasha")
    monkeypatch.delattr(inspect, "getargspec", raising=False)
    install_getargspec_shim()
    from natasha import MorphVocab

    vocab = MorphVocab()
    # repr walks pymorphy2's analyser units, which call inspect.getargspec
    assert "MorphVocab" in repr(vocab) or "Analyzer" in repr(vocab)
    assert vocab.parse("Беляцкого")[0].normal_form == "беляцкий"


_PROBE = """
import sys
{shim}
from pymorphy2.units.by_analogy import KnownPrefixAnalyzer
print(KnownPrefixAnalyzer._get_param_names())
"""


def _probe(shim: str) -> subprocess.CompletedProcess[str]:
    # a fresh interpreter: importing natasha/yargy in this process patches pymorphy2 already
    return subprocess.run([sys.executable, "-c", _PROBE.format(shim=shim)],
                          capture_output=True, text=True, timeout=60)


def test_pymorphy2_needs_the_shim_on_python_311() -> None:
    pytest.importorskip("pymorphy2")
    bare = _probe("")
    assert bare.returncode != 0 and "getargspec" in bare.stderr  # Python >= 3.11
    fixed = _probe("from volia.extract.compat import install_getargspec_shim\n"
                   "install_getargspec_shim()")
    assert fixed.returncode == 0, fixed.stderr
    assert "known_prefixes" in fixed.stdout
