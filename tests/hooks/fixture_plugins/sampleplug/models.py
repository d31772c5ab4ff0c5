from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from gweb.extensions import db


class SampleplugNote(db.Model):
    __tablename__ = "sampleplug_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(200), default="")
