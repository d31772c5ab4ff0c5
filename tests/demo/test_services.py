from gweb.demo.services import load_demo
from gweb.pages import editorial
from gweb.pages.models import Page
from gweb.sites.checks import check_site


def test_the_demo_fills_the_site_once_and_then_leaves_it_alone(site, db):
    first = load_demo(site)
    count = db.session.query(Page).count()
    second = load_demo(site)
    assert first.loaded and first.pages_added >= 10 and first.admin_password
    assert not second.loaded and second.admin_password is None
    assert db.session.query(Page).count() == count


def test_the_demo_site_meets_the_standard(site):
    load_demo(site)
    assert check_site(site) == []


def test_the_demo_news_is_dated_in_the_past(site):
    load_demo(site)
    news = editorial.page_by_key(site.id, "news")
    dates = [child.translation("lo").last_published_at for child in news.children]
    assert len(dates) >= 6 and len(set(dates)) == len(dates)
