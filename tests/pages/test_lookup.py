"""The public lookups: a page's breadcrumbs and its children read in one
query are the same as read apart."""
from __future__ import annotations

from gweb.extensions import db
from gweb.pages import editorial, services
from gweb.pages.lookup import breadcrumbs, crumbs_and_children, find_public_page, live_tree
from gweb.timeutil import utcnow


def _both_ways(site, lang, path):
    now = utcnow()
    public, _canonical = find_public_page(site, lang, path, now)
    together = crumbs_and_children(site, public, now)
    apart = (breadcrumbs(public, now),
             live_tree(site, lang, now, parent_id=public.page.id, menus_only=True))
    return together, apart


def _flat(nodes):
    return [(n.page_id, n.lang, n.title, n.path, n.summary) for n in nodes]


def test_breadcrumbs_and_children_read_together_are_those_read_apart(site):
    about = editorial.page_by_key(site.id, "about")
    history = editorial.page_by_key(site.id, "history")
    # A child only in Lao (shown in Lao on the English side), one kept out of
    # menus, and a grandchild under history for its breadcrumbs.
    services.create_page(site, about, {"lo": {"title": "ພະແນກ", "slug": "ພະແນກ"}}, publish=True)
    services.create_page(site, about, {"en": {"title": "Hidden", "slug": "hidden"}},
                         publish=True, show_in_menus=False)
    services.create_page(site, history, {"en": {"title": "1975", "slug": "1975"},
                                         "lo": {"title": "໑໙໗໕", "slug": "1975"}}, publish=True)
    db.session.commit()
    for lang, path in (("en", "about"), ("en", "about/history/1975"), ("lo", ""), ("en", "")):
        (crumbs, children), (crumbs_apart, children_apart) = _both_ways(site, lang, path)
        assert crumbs == crumbs_apart, path
        assert _flat(children) == _flat(children_apart), path
    (crumbs, children), _ = _both_ways(site, "en", "about/history/1975")
    assert [path for _title, path in crumbs] == ["", "about", "about/history"]
    (_crumbs, children), _ = _both_ways(site, "en", "about")
    titles = [n.title for n in children]
    assert "ພະແນກ" in titles and "Hidden" not in titles


def test_a_public_page_is_a_read_only_copy_with_every_column_of_the_page_and_its_text(site):
    import pytest

    from gweb.pages.models import Page, PageTranslation

    public, _canonical = find_public_page(site, "en", "about/history", utcnow())
    history = db.session.get(Page, public.page.id)
    for column in Page.__table__.columns:
        assert getattr(public.page, column.key) == getattr(history, column.key), column.key
    live = history.translation("en")
    for column in PageTranslation.__table__.columns:
        assert getattr(public.translation, column.key) == getattr(live, column.key), column.key
    assert public.translation.page is public.page
    assert public.page.translation("lo").title == history.translation("lo").title
    assert public.translation.last_updated == live.last_updated
    with pytest.raises(AttributeError):
        public.translation.title = "Changed"


def test_a_page_ten_levels_down_has_all_its_breadcrumbs(site):
    parent, path = editorial.page_by_key(site.id, "about"), "about"
    for level in range(1, 11):
        parent = services.create_page(site, parent, {"en": {"title": f"Level {level}",
                                                            "slug": f"level-{level}"}},
                                      publish=True)
        path += f"/level-{level}"
    db.session.commit()
    (crumbs, _children), (crumbs_apart, _apart) = _both_ways(site, "en", path)
    assert crumbs == crumbs_apart
    assert [p for _title, p in crumbs[:2]] == ["", "about"]
    assert [title for title, _path in crumbs[2:]] == [f"Level {n}" for n in range(1, 10)]
