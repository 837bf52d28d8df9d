"""The indexed scrubber finds exactly the texts a plain scan of every secret finds."""

from __future__ import annotations

import random

from volia.publish.redact_scrub import MIN_SECRET, _norm, _Scrubber


def _plain(secrets: list[str], value: str) -> bool:
    folded = _norm(value)
    return any(s in folded for s in secrets)


def test_index_agrees_with_a_scan_of_every_secret() -> None:
    rng = random.Random(11)
    alphabet = "abcéÉАБвгі ʼ'-\u00a0"
    secrets = {"".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 10)))
               for _ in range(2000)}
    scrubber = _Scrubber(secrets)
    assert scrubber.secrets and all(len(s) >= MIN_SECRET for s in scrubber.secrets)
    for _ in range(5000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 50)))
        expected = None if _plain(scrubber.secrets, value) else value
        assert scrubber.text(value) == expected
        assert scrubber.text(value) == expected  # answered again from the cache


def test_secret_at_the_very_end_and_case_folded() -> None:
    scrubber = _Scrubber({"Ivan Ivanau"})
    assert scrubber.text("said the wife of IVAN  ivanau") is None
    assert scrubber.text("said the wife of Ivan Ivana") == "said the wife of Ivan Ivana"
    assert scrubber.text(None) is None
