"""The accessibility statement reports what the site measures about itself:
the standard, whether the content meets it, the problems found, when the
statement was last reviewed, and whom to tell about a problem."""
from __future__ import annotations

import io
import re
from urllib.parse import quote

from gweb.pages.statement import statement_facts

STATEMENT_LO = "/lo/" + quote("ການເຂົ້າເຖິງ")


def html_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.get_data(as_text=True)


def image_without_english_alt(app, site):
    from PIL import Image

    from gweb.media import services as media

    data = io.BytesIO()
    Image.new("RGB", (40, 30), (0, 40, 104)).save(data, "PNG")
    data.seek(0)
    return media.upload(app.config["MEDIA_ROOT"], site.id, data, "chart.png",
                        alts={"lo": "ແຜນພູມ"})


def test_a_site_with_no_content_problem_fully_conforms(app, site):
    facts = statement_facts(site, None)
    assert facts.standard == "WCAG 2.1 AA" and facts.problems == [] and facts.conforms


def test_an_image_without_english_alt_text_makes_the_site_conform_only_partially(app, site):
    image_without_english_alt(app, site)
    facts = statement_facts(site, None)
    assert not facts.conforms
    [problem] = facts.problems
    assert "chart.png" in problem and "English" in problem


def test_the_statement_page_shows_the_measured_status_review_date_and_contacts(client, site):
    from gweb.pages import editorial

    html = html_of(client, "/en/accessibility")
    assert "<h2 id=\"statement-status\">Conformance status</h2>" in html
    assert '<dd lang="en">WCAG 2.1 AA</dd>' in html
    assert "Fully conforms" in html and "Known problems" not in html
    reviewed = editorial.page_by_key(site.id, "accessibility").translation("en").last_updated
    assert f'<time datetime="{reviewed:%Y-%m-%d}">' in html
    assert '<a href="mailto:info@ministry.test">info@ministry.test</a>' in html
    assert 'href="tel:+85621000000"' in html
    # The editors' own text stays above the measured part.
    assert html.index("What you can do") < html.index("Conformance status")


def test_the_statement_lists_the_problems_found_in_the_visitors_language(app, client, site):
    image_without_english_alt(app, site)
    html = html_of(client, "/en/accessibility")
    assert "Partially conforms" in html
    problems = re.search(r"<h3>Known problems</h3>\s*<ul>(.*?)</ul>", html, re.DOTALL).group(1)
    assert problems.count("<li>") == 1 and "chart.png" in problems


def test_publishing_the_statement_again_moves_its_review_date(client, site, db):
    from datetime import timedelta

    from gweb.pages import editorial
    from gweb.pages import services as pages
    from gweb.timeutil import utcnow

    page = editorial.page_by_key(site.id, "accessibility")
    row = page.translation("lo")
    row.last_published_at = row.publish_at = utcnow() - timedelta(days=400)
    db.session.commit()
    old = html_of(client, STATEMENT_LO)
    stale = (utcnow() - timedelta(days=400)).strftime("%Y-%m-%d")
    assert f'<time datetime="{stale}">' in old
    pages.save_translation(page, "lo", {"title": row.title, "slug": row.slug,
                                        "summary": row.summary, "body": row.body,
                                        "meta_description": row.meta_description}, publish=True)
    assert f'<time datetime="{utcnow():%Y-%m-%d}">' in html_of(client, STATEMENT_LO)


def test_an_editor_previews_the_statement_with_its_measured_facts(client, site, login):
    from gweb.pages import editorial

    login("editor")
    page = editorial.page_by_key(site.id, "accessibility")
    html = html_of(client, f"/admin/pages/{page.id}/preview/en")
    assert "WCAG 2.1 AA" in html and 'id="statement-status"' in html
