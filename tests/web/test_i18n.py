"""Every UI string is translated into Belarusian and Russian."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import volia.web.public as pkg

ROOT = Path(pkg.__file__).parent


def _msgids() -> set[str]:
    found = extract_from_dir(
        str(ROOT), method_map=[("**.py", "python"), ("templates/**.html", "jinja2")],
        keywords={"_": None, "N_": None, "gettext": None})
    return {m[2] for m in found if isinstance(m[2], str)}


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_catalog_is_complete(lang: str) -> None:
    with (ROOT / "locale" / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        catalog = read_po(fh)
    translated = {m.id: m.string for m in catalog if m.id and m.string}
    missing = _msgids() - set(translated)
    assert not missing
    assert all("%s" not in k or "%s" in v for k, v in translated.items())
