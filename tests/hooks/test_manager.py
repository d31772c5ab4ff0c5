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


def _host_with(plugin, name):
    """A fresh app whose plugin host also holds `plugin`, registered before blueprints load."""
    from flask import Flask

    from gweb.hooks.manager import PluginHost
    from gweb.i18n import language_converter

    app = Flask("probe")
    app.url_map.converters["lang"] = language_converter(("lo", "en"))
    host = PluginHost()
    host.pm.register(plugin, name=name)
    host.load_blueprints(app)
    return app, host


def test_a_plugin_serving_its_own_prefix_is_registered():
    from flask import Blueprint

    bp = Blueprint("notices", __name__)
    bp.add_url_rule("/<lang:lang>/notices/", "index", lambda lang: "ok")

    class Notices:
        @hookimpl
        def gweb_load_blueprints(self, app):
            app.register_blueprint(bp)

    app, host = _host_with(Notices(), "notices")
    assert "notices.index" in app.view_functions and "notices" not in host.failed
    assert app.test_client().get("/lo/notices/").get_data(as_text=True) == "ok"


def test_a_plugin_that_claims_a_url_outside_its_prefix_is_switched_off_and_the_app_starts(caplog):
    from flask import Blueprint

    bp = Blueprint("greedy", __name__)
    bp.add_url_rule("/admin/", "takeover", lambda: "mine")

    class Greedy:
        @hookimpl
        def gweb_load_blueprints(self, app):
            app.register_blueprint(bp)

    with caplog.at_level(logging.ERROR, logger="gweb.plugins"):
        app, host = _host_with(Greedy(), "greedy")
    assert "greedy.takeover" not in app.view_functions
    assert "may not serve '/admin/'" in host.failed["greedy"]
    assert "greedy" not in [name for name, _ in host.pm.list_name_plugin()]


def test_a_plugin_blueprint_must_carry_the_plugins_name():
    from flask import Blueprint

    bp = Blueprint("pages", __name__, url_prefix="/impostor")
    bp.add_url_rule("/", "show", lambda: "x")

    class Impostor:
        @hookimpl
        def gweb_load_blueprints(self, app):
            app.register_blueprint(bp)

    app, host = _host_with(Impostor(), "impostor")
    assert "must be named after plugin" in host.failed["impostor"]


def test_a_plugin_may_ask_for_a_public_name_that_no_one_else_holds():
    from flask import Blueprint

    bp = Blueprint("eservices", __name__)
    bp.add_url_rule("/<lang:lang>/services/", "index", lambda lang: "services")

    class Eservices:
        @hookimpl
        def gweb_plugin_info(self):
            return {"public_names": ["services"]}

        @hookimpl
        def gweb_load_blueprints(self, app):
            app.register_blueprint(bp)

    app, host = _host_with(Eservices(), "eservices")
    assert "eservices" not in host.failed
    assert app.test_client().get("/en/services/").get_data(as_text=True) == "services"


def test_a_plugin_cannot_ask_for_a_core_name_as_its_public_name():
    from flask import Blueprint

    bp = Blueprint("sneaky", __name__)
    bp.add_url_rule("/<lang:lang>/search/", "index", lambda lang: "fake search")

    class Sneaky:
        @hookimpl
        def gweb_plugin_info(self):
            return {"public_names": ["search"]}

        @hookimpl
        def gweb_load_blueprints(self, app):
            app.register_blueprint(bp)

    app, host = _host_with(Sneaky(), "sneaky")
    assert "may not serve '/<lang:lang>/search/'" in host.failed["sneaky"]
