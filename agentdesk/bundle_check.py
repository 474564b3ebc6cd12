"""Data files the app reads besides its window, used once each: what `agentdesk self-test` checks in an installed
build, where the installer leaves most locale data out (installer/prune.py) and a missing file shows only when a
feature is first used.

- Babel's locale data: a canned reply's dates in each team language, and English for any other language;
- py3langid's model (and numpy): a German and a Hindi sentence are recognised;
- the `holidays` catalogues: public-holiday calendars for Germany, India and Indonesia.
"""

from __future__ import annotations

from datetime import date

from agentdesk.domain.business_hours import BusinessCalendar, CalendarError
from agentdesk.domain.language import TEAM_LANGUAGES, detect_language
from agentdesk.domain.templates import TemplateContext, render

_DAY = date(2026, 3, 2)
_TEMPLATE = '{{ today | date("long") }}'
# Languages that are not shipped, or not languages at all: dates must fall back to English, not fail.
FALLBACK_TAGS = ("fr-CA", "pt-BR", "xx-YY", "")
SENTENCES = {
    "de": "Guten Tag, meine Bestellung ist leider noch immer nicht angekommen.",
    "hi": "नमस्ते, मेरा ऑर्डर अभी तक नहीं पहुँचा है। कृपया बताइए कि यह कब तक आएगा।",
}
HOLIDAY_COUNTRIES = ("DE", "IN", "ID")
_WEEKDAYS = {day: [["09:00", "17:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}


class BundleCheckError(Exception):
    pass


def _date_in(language: str) -> str:
    result = render(_TEMPLATE, TemplateContext(language=language, today=_DAY))
    if not result.ok or not result.text:
        raise BundleCheckError(f"a date in {language!r} could not be formatted: {result.explanation()}")
    return result.text


def check_dates() -> str:
    english = _date_in("en")
    for language in TEAM_LANGUAGES:
        text = _date_in(language)
        if language != "en" and text == english:
            raise BundleCheckError(f"dates in {language!r} come out in English ({text!r}): Babel's data is missing")
        for region in ("AT", "MX", "IN", "ID"):  # regional variants load through their parents
            _date_in(f"{language}-{region}")
    for tag in FALLBACK_TAGS:
        _date_in(tag)
    unknown = _date_in("xx-YY")
    if unknown != english:
        raise BundleCheckError(f"an unknown language gave {unknown!r} instead of English {english!r}")
    return f"dates in {', '.join(TEAM_LANGUAGES)}"


def check_language_detection() -> str:
    for expected, sentence in SENTENCES.items():
        found = detect_language(sentence)
        if found != expected:
            raise BundleCheckError(f"language detection said {found!r} for a {expected!r} sentence")
    return "language detection"


def check_holidays() -> str:
    for country in HOLIDAY_COUNTRIES:
        try:
            calendar = BusinessCalendar.create("UTC", _WEEKDAYS, country=country)
            days = calendar.holidays_in(_DAY.year)
        except CalendarError as exc:
            raise BundleCheckError(f"the public holidays of {country} cannot be built: {exc}") from exc
        if not days:
            raise BundleCheckError(f"no public holidays found for {country} in {_DAY.year}")
    return f"holidays of {', '.join(HOLIDAY_COUNTRIES)}"


def check_bundled_data() -> str:
    """Run every check; a short summary, or BundleCheckError saying which data is missing."""
    return "; ".join([check_dates(), check_language_detection(), check_holidays()])
