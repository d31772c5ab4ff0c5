"""Every action a plugin records is named in the audit log in Lao and English."""
from __future__ import annotations

import re

from flask_babel import force_locale

from gweb.audit.labels import action_label
from gweb.config import PROJECT_ROOT
from gweb.hooks.manager import plugin_host
from tests.conftest import ALL_PLUGINS, app_with_plugins

# The action codes the plugins' services write: record(site_id, user, "news.create", ...),
# including the two of a conditional ("news.create" if is_new else "news.update").
RECORDED = re.compile(r'record\(\s*site_id,\s*user,\s*([^\n]*)')
CODE = re.compile(r'"([a-z]+\.[a-z_]+)"')


def recorded_codes(plugin: str) -> set[str]:
    codes = set()
    for path in (PROJECT_ROOT / "plugins" / plugin).glob("*.py"):
        for call in RECORDED.findall(path.read_text(encoding="utf-8")):
            codes |= set(CODE.findall(call))
    return codes


def test_every_action_a_plugin_records_has_a_lao_name_in_the_audit_log(make_plugin_app):
    app_with_plugins(make_plugin_app, *ALL_PLUGINS)
    named = {}
    for labels in plugin_host().call("gweb_audit_labels"):
        named.update(labels)
    for plugin in ALL_PLUGINS:
        for code in recorded_codes(plugin):
            assert code.startswith(f"{plugin}."), code
            assert code in named, f"{code} has no label"
    for code in named:
        with force_locale("en"):
            english = action_label(code)
        with force_locale("lo"):
            lao = action_label(code)
        assert english != code and lao != code
        assert re.search("[\u0e80-\u0eff]", lao), f"{code} is not named in Lao: {lao}"
        assert not re.search("[\u0e80-\u0eff]", english)


def test_the_audit_log_names_a_news_article_saved_by_an_editor_in_lao(make_plugin_app):
    from gweb.extensions import db
    from plugins.news import services as news
    from tests.conftest import log_in_new_user, standard_site

    app = app_with_plugins(make_plugin_app, "news")
    site = standard_site()
    db.session.commit()
    admin, user = log_in_new_user(app, site, "admin")
    news.save_article(site.id, {"title_lo": "ຂ່າວທົດສອບ", "title_en": "Test news",
                                "published": True}, user=user)
    html = admin.get("/admin/audit/").get_data(as_text=True)
    assert "ສ້າງບົດຂ່າວ" in html and "news.create" not in html
