"""Header and footer menus whose items point at pages or URLs."""
from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gweb.extensions import db

MENU_KEYS = ("header", "footer")


class Menu(db.Model):
    """One of a site's menus, named by its place: header or footer."""

    __tablename__ = "menu"
    __table_args__ = (UniqueConstraint("site_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(32))

    items: Mapped[list["MenuItem"]] = relationship(
        back_populates="menu", cascade="all, delete-orphan", order_by="MenuItem.position")


class MenuItem(db.Model):
    """An entry of a menu: a page of the same site, or an external URL."""

    __tablename__ = "menu_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    menu_id: Mapped[int] = mapped_column(ForeignKey("menu.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    page_id: Mapped[int | None] = mapped_column(
        ForeignKey("page.id", ondelete="CASCADE"), nullable=True)
    url: Mapped[str] = mapped_column(String(2000), default="")

    menu: Mapped[Menu] = relationship(back_populates="items")
    translations: Mapped[list["MenuItemTranslation"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", lazy="selectin")

    def label(self, lang: str) -> str:
        """The label in `lang`; empty when the item takes its page's title."""
        for t in self.translations:
            if t.lang == lang:
                return t.label
        return ""


class MenuItemTranslation(db.Model):
    """The label of a menu item in one language."""

    __tablename__ = "menu_item_translation"
    __table_args__ = (UniqueConstraint("item_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("menu_item.id", ondelete="CASCADE"),
                                         index=True)
    lang: Mapped[str] = mapped_column(String(8))
    label: Mapped[str] = mapped_column(String(200), default="")

    item: Mapped[MenuItem] = relationship(back_populates="translations")
