"""Presets: mappings shipped with Volia for registries it knows, and guessing which one fits.

Each preset is a TOML file in this folder, in the format of ``docs/mappings.md``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from volia.importers.mapping import Mapping, MappingError, load_mapping, parse_mapping
from volia.importers.rows import headers

PRESETS = ("volia", "viasna", "cecc", "chrd", "china-list")


def preset_path(name: str) -> Path:
    if name not in PRESETS:
        raise MappingError(name, [f"no preset {name!r}; presets: {', '.join(PRESETS)}"])
    return Path(str(resources.files(__package__).joinpath(f"{name.replace('-', '_')}.toml")))


_CACHE: dict[str, Mapping] = {}


def load_preset(name: str) -> Mapping:
    """The mapping of a shipped preset (checked once, then cached)."""
    if name not in _CACHE:
        _CACHE[name] = load_mapping(preset_path(name))
    return _CACHE[name]


def detect_preset(path: str | Path) -> str | None:
    """The preset whose signature headers the file carries, or None.

    A signature is a set of columns (or JSON paths) that must all be present; the preset with
    the largest matching signature wins, so a layout that extends another is told apart.
    """
    path = Path(path)
    best: tuple[int, str] | None = None
    for name in PRESETS:
        mapping = load_preset(name)
        try:
            found = headers(path, mapping)
        except Exception:  # a file one preset cannot parse (JSON vs CSV) is simply not its
            continue
        for signature in mapping.signatures:
            if signature <= found and (best is None or len(signature) > best[0]):
                best = (len(signature), name)
    return best[1] if best else None


__all__ = ["PRESETS", "detect_preset", "load_preset", "parse_mapping", "preset_path"]
