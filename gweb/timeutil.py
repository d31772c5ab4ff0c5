"""Time in one convention: naive datetimes in UTC in the database and in code;
conversion to Asia/Vientiane happens only when a date is shown."""
from datetime import datetime, timezone


def utcnow() -> datetime:
    """The current time as a naive UTC datetime (how every column stores it)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)
