"""Languages of the public site: English (the msgids), Belarusian and Russian catalogs.

The catalogs are the ``.po`` files under ``locale/``; they are compiled in memory with Babel when
first used (a ``.mo`` beside a ``.po`` is preferred when present), so no build step is needed.
"""

from __future__ import annotations

import io
from datetime import date
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

LANGUAGES = {"en": "English", "be": "Беларуская", "ru": "Русский"}
DEFAULT = "en"
LOCALE_DIR = Path(__file__).parent / "locale"


def N_(message: str) -> str:  # noqa: N802 - the usual name of the extraction marker
    """Mark a string for translation where it is defined; translate where it is shown."""
    return message


@cache
def translations(lang: str) -> NullTranslations:
    if lang not in LANGUAGES or lang == DEFAULT:
        return NullTranslations()
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    mo = folder / "messages.mo"
    if mo.exists():
        with mo.open("rb") as fh:
            return Translations(fh)
    with (folder / "messages.po").open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer)


def choose(query_lang: str | None, cookie_lang: str | None, accept: str | None) -> str:
    """The language of a request: ``?lang=``, then the cookie, then Accept-Language."""
    for candidate in (query_lang, cookie_lang):
        if candidate in LANGUAGES:
            return candidate
    for part in (accept or "").split(",")[:10]:
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT


class Formatter:
    """Numbers and dates in one language, at the precision a date is known."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.locale = Locale.parse(lang)
        self.gettext = translations(lang).gettext

    def number(self, value: int | float | None) -> str:
        if value is None:
            return "–"
        return format_decimal(value, locale=self.locale)

    def date(self, iso: str | None, precision: str | None = "day") -> str:
        """A date from the snapshot (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) in words."""
        if not iso:
            return self.gettext("date unknown")
        try:
            parts = [int(p) for p in iso.split("-")]
        except ValueError:
            return iso
        if len(parts) == 1 or precision == "year":
            return str(parts[0])
        if len(parts) == 2 or precision == "month":
            return format_date(date(parts[0], parts[1], 1), "LLLL y", locale=self.locale)
        return format_date(date(parts[0], parts[1], parts[2]), "long", locale=self.locale)

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        return str(self.locale.territories.get(code.upper(), code))

    def month(self, key: str) -> str:
        year, month = key.split("-")
        return format_date(date(int(year), int(month), 1), "LLL y", locale=self.locale)
