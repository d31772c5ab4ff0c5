"""What a plugin sees of the app while it registers its pages: only its own
URL space, never a core endpoint."""
from __future__ import annotations

from flask import Flask


class PluginRuleError(Exception):
    """A plugin tried to register a URL or an endpoint that is not its own."""


class PluginApp:
    """What a plugin's `gweb_load_blueprints` sees instead of the app: it can
    register blueprints, checked against the plugin's own URL space first."""

    def __init__(self, app, plugin: str, public_names: tuple[str, ...] = ()):
        self._app, self.plugin = app, plugin
        self.config = app.config
        self.public_names = public_names  # extra public URL segments granted to the plugin
        self.blueprints: set[str] = set()  # names registered, nested ones included

    def allowed_prefixes(self) -> tuple[str, ...]:
        name = self.plugin
        extra = [p for segment in self.public_names
                 for p in (f"/{segment}/", f"/<lang:lang>/{segment}/")]
        return (f"/{name}/", f"/<lang:lang>/{name}/", f"/admin/{name}/", *extra)

    def register_blueprint(self, blueprint, **options) -> None:
        """Register `blueprint` if its name and every URL rule are the plugin's own."""
        if blueprint.name != self.plugin and not blueprint.name.startswith(self.plugin + "_"):
            raise PluginRuleError(f"blueprint {blueprint.name!r} must be named after plugin "
                                  f"{self.plugin!r}")
        # Register on a scratch app first, to see the rules before the real app does.
        probe = Flask(f"gweb-probe-{self.plugin}", static_folder=None)
        probe.url_rule_class = self._app.url_rule_class  # rules of the same kind, builders lazy
        probe.url_map.converters.update(self._app.url_map.converters)
        probe.register_blueprint(blueprint, **options)
        for rule in probe.url_map.iter_rules():
            path = rule.rule
            if not any(path.startswith(p) or path == p.rstrip("/") for p in self.allowed_prefixes()):
                raise PluginRuleError(f"plugin {self.plugin!r} may not serve {path!r}; its URLs "
                                      f"start with one of {', '.join(self.allowed_prefixes())}")
            if rule.endpoint in self._app.view_functions:
                raise PluginRuleError(f"plugin {self.plugin!r} may not replace endpoint "
                                      f"{rule.endpoint!r}")
        self._app.register_blueprint(blueprint, **options)
        self.blueprints.update(rule.endpoint.rpartition(".")[0] for rule in probe.url_map.iter_rules())
