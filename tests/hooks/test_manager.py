import logging

from gweb.hooks import hookimpl
from gweb.hooks.manager import plugin_host


class BrokenMenuPlugin:
    @hookimpl
    def gweb_menu_items(self, site, lang):
        raise RuntimeError("plugin bug")


class FooterLinkPlugin:
    @hookimpl
    def gweb_menu_items(self, site, lang):
        return [{"menu": "footer", "label": "ບໍລິການອອນລາຍ", "url": f"/{lang}/services/",
                 "lang": lang, "external": False, "order": 99}]


class HeadSlotPlugin:
    @hookimpl
    def gweb_tpl_head(self, site, lang, page):
        return '<meta name="plugin-head" content="yes">'


def test_a_plugin_that_raises_in_a_hook_is_logged_and_the_page_still_renders(
        app, site, client, caplog):
    plugin_host().pm.register(BrokenMenuPlugin(), name="broken")
    plugin_host().pm.register(FooterLinkPlugin(), name="footerlink")
    with caplog.at_level(logging.ERROR, logger="gweb.plugins"):
        response = client.get("/lo/")
    assert response.status_code == 200
    assert "ບໍລິການອອນລາຍ" in response.get_data(as_text=True)  # the healthy plugin's part
    assert any("broken" in r.getMessage() and "gweb_menu_items" in r.getMessage()
               for r in caplog.records)


def test_a_template_slot_shows_what_plugins_return(app, site, client):
    plugin_host().pm.register(HeadSlotPlugin(), name="headslot")
    assert '<meta name="plugin-head" content="yes">' in client.get("/en/").get_data(as_text=True)


def test_a_first_result_hook_lets_a_plugin_answer_instead_of_the_page(app, site, client):
    class Gate:
        @hookimpl
        def gweb_before_serve_page(self, page, lang):
            if page.key == "leadership":
                return "closed for maintenance", 503

    plugin_host().pm.register(Gate(), name="gate")
    assert client.get("/en/about/leadership").status_code == 503
    assert client.get("/en/about/history").status_code == 200


def test_core_packages_implement_hooks_through_the_same_manager(app):
    names = {name for name, _ in plugin_host().pm.list_name_plugin()}
    assert {"gweb.sites.hooks", "gweb.pages.hooks", "gweb.admin.hooks"} <= names
