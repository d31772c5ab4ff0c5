"""`gweb demo` gives the feedback inbox fictional messages in Lao and English."""
from __future__ import annotations

from gweb.hooks.manager import call_hook

from .conftest import standard_site, submissions


def test_the_demo_fills_the_inbox_once_with_lao_and_english_messages(fb_app):
    from plugins.feedback import inbox, services

    site = standard_site()
    added = sum(call_hook("gweb_demo_content", site=site))
    assert added == len(services.SUGGESTED_TOPICS) + 5
    assert sum(call_hook("gweb_demo_content", site=site)) == 0  # a second run adds nothing
    stored = submissions()
    assert {s.lang for s in stored} == {"lo", "en"}
    assert {s.status for s in stored} == {"new", "answered", "closed"}
    assert all(s.reference.startswith("FB-") and s.topic is not None for s in stored)
    assert inbox.count_new(site.id) == 3
    assert any(n.kind == "note" for s in stored for n in s.notes)
