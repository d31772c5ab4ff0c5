"""The notice plugin's one table. Its name starts with the plugin's name."""
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gweb.extensions import db
from gweb.timeutil import utcnow

LEVELS = ("info", "warning", "urgent")


class NoticeBanner(db.Model):
    """An announcement shown at the top of a site's public pages between
    `starts_at` and `ends_at` (naive UTC; either may be empty)."""

    __tablename__ = "notice_banner"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    text_lo: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    link_url: Mapped[str] = mapped_column(String(500), default="")
    level: Mapped[str] = mapped_column(String(16), default="info")
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def text(self, lang: str) -> tuple[str, str]:
        """The text in `lang`, or in the other language when it has none:
        (text, the language it is in)."""
        own = getattr(self, f"text_{lang}", "")
        if own:
            return own, lang
        other = "en" if lang == "lo" else "lo"
        return getattr(self, f"text_{other}", ""), other

    def state(self, now: datetime) -> str:
        """"scheduled", "showing" or "ended" at `now`."""
        if self.starts_at and now < self.starts_at:
            return "scheduled"
        if self.ends_at and now >= self.ends_at:
            return "ended"
        return "showing"
