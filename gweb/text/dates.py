"""Dates for people: Babel's Lao and English formats, and through ICU the
Buddhist Era (ພ.ສ., year + 543) and Lao digits (໐–໙) a site may ask for."""
from datetime import date, datetime, timezone
from functools import lru_cache

import icu
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.dates import get_timezone

DEFAULT_TZ = "Asia/Vientiane"
_ICU_STYLES = {"short": icu.DateFormat.kShort, "medium": icu.DateFormat.kMedium,
               "long": icu.DateFormat.kLong, "full": icu.DateFormat.kFull}


def format_date(value: date | datetime | None, lang: str = "lo", style: str = "long",
                buddhist_era: bool = False, lao_digits: bool = False,
                tz: str = DEFAULT_TZ) -> str:
    """`value` as a date in `lang` ("9 ມັງກອນ 2020"); naive datetimes are UTC."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _local_day(value, tz)
    return _format_day(value, lang, style, buddhist_era, lao_digits)


@lru_cache(maxsize=4096)
def _local_day(value: datetime, tz: str) -> date:
    # Kept like the text: finding the zone and converting cost more than the rest.
    return _to_zone(value, tz).date()


@lru_cache(maxsize=4096)
def _format_day(value: date, lang: str, style: str, buddhist_era: bool, lao_digits: bool) -> str:
    # Kept: a page shows the same few days again and again (Babel and ICU
    # build the text afresh each time).
    if not (buddhist_era or lao_digits):
        return babel_format_date(value, style, locale=lang)
    moment = datetime(value.year, value.month, value.day, 12, tzinfo=timezone.utc)
    formatter = icu.DateFormat.createDateInstance(
        _ICU_STYLES[style], _icu_locale(lang, buddhist_era, lao_digits))
    formatter.setTimeZone(icu.TimeZone.getGMT())
    return formatter.format(moment.timestamp())


def format_datetime(value: datetime | None, lang: str = "lo", style: str = "medium",
                    buddhist_era: bool = False, lao_digits: bool = False,
                    tz: str = DEFAULT_TZ) -> str:
    """`value` (naive UTC) as a date and time in the site's time zone."""
    if value is None:
        return ""
    local = _to_zone(value, tz)
    if not (buddhist_era or lao_digits):
        return babel_format_datetime(local, style, locale=lang)
    formatter = icu.DateFormat.createDateTimeInstance(
        _ICU_STYLES[style], _ICU_STYLES["short"], _icu_locale(lang, buddhist_era, lao_digits))
    formatter.setTimeZone(icu.TimeZone.createTimeZone(tz))
    return formatter.format(local.timestamp())


def _to_zone(value: datetime, tz: str) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(get_timezone(tz))


def _icu_locale(lang: str, buddhist_era: bool, lao_digits: bool) -> "icu.Locale":
    keywords = []
    if buddhist_era:
        keywords.append("calendar=buddhist")
    if lao_digits and lang == "lo":
        keywords.append("numbers=laoo")
    base = "lo_LA" if lang == "lo" else "en_US"
    return icu.Locale(base + ("@" + ";".join(keywords) if keywords else ""))
