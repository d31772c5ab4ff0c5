"""Time in one convention: naive datetimes in UTC in the database and in code;
conversion to Asia/Vientiane happens only when a date is shown."""
from datetime import datetime, timezone


def utcnow() -> datetime:
    """The current time as a naive UTC datetime (how every column stores it)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def local_to_utc(value: datetime | None, tz: str = "Asia/Vientiane") -> datetime | None:
    """A naive local wall-clock time (what a datetime-local field gives) as naive UTC."""
    if value is None:
        return None
    from zoneinfo import ZoneInfo

    return value.replace(tzinfo=ZoneInfo(tz)).astimezone(timezone.utc).replace(tzinfo=None)


def utc_to_local(value: datetime | None, tz: str = "Asia/Vientiane") -> datetime | None:
    """A naive UTC time as naive local wall-clock time (for datetime-local fields)."""
    if value is None:
        return None
    from zoneinfo import ZoneInfo

    return value.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(tz)).replace(tzinfo=None)
