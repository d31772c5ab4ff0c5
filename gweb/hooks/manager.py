"""Finding, enabling and calling plugins, with every plugin kept in its own box.

The pluggy manager lives in ``app.extensions["gweb.plugins"]``. Core packages
register their hook modules first, then plugins found through the
``gweb.plugins`` entry point group and the project's ``plugins/`` folder.
"""
from __future__ import annotations

import importlib
import logging
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Iterable

import pluggy
from flask import current_app
from markupsafe import Markup

from gweb.hooks import NAME, spec

log = logging.getLogger("gweb.plugins")
EXTENSION_KEY = "gweb.plugins"
ENTRY_POINT_GROUP = "gweb.plugins"


class PluginHost:
    """The app's plugin manager: registration, enablement and isolated calls."""

    def __init__(self, plugins_folder: Path | None = None):
        self.pm = pluggy.PluginManager(NAME)
        self.pm.add_hookspecs(spec)
        self.plugins_folder = plugins_folder
        self.core: list[str] = []
        self.failed: dict[str, str] = {}  # plugin name -> why it is off

    # -- registration ------------------------------------------------------

    def register_core(self, module_names: Iterable[str]) -> None:
        """Register the hook modules of core packages, before any plugin."""
        for module_name in module_names:
            module = importlib.import_module(module_name)
            self.pm.register(module, name=module_name)
            self.core.append(module_name)

    def available(self) -> dict[str, str]:
        """Every plugin that can be found: name -> import path. Nothing is imported."""
        found: dict[str, str] = {}
        if self.plugins_folder and self.plugins_folder.is_dir():
            for child in sorted(self.plugins_folder.iterdir()):
                if (child / "__init__.py").is_file() and child.name.isidentifier():
                    found[child.name] = f"{self.plugins_folder.name}.{child.name}"
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            found.setdefault(ep.name, ep.value)
        return found

    def load(self, enabled: Iterable[str] | str, disabled: Iterable[str] = ()) -> None:
        """Import and register the enabled plugins; block every other one.

        A plugin that is not enabled is blocked before it is imported. One
        that fails to import or register is reported and stays off.
        """
        wanted = set(self.available()) if enabled == "*" else set(enabled)
        wanted -= set(disabled)
        for name, target in self.available().items():
            if name not in wanted:
                self.pm.set_blocked(name)
                continue
            try:
                module = importlib.import_module(target.split(":")[0])
                self.pm.register(module, name=name)
            except Exception as exc:  # a broken plugin must not stop the site
                log.exception("plugin %s failed to load and stays disabled", name)
                self.failed[name] = f"{type(exc).__name__}: {exc}"
                self.pm.set_blocked(name)
        self.pm.check_pending()

    def load_blueprints(self, app) -> None:
        """Let the core and every plugin register blueprints. A plugin gets a
        guarded view of the app: a blueprint named after it, with every URL
        under its own prefix and no endpoint of the core. A plugin that breaks
        these rules or raises is reported, switched off, and the site starts."""
        for impl in reversed(self.pm.hook.gweb_load_blueprints.get_hookimpls()):
            name = impl.plugin_name
            target = app if name in self.core else PluginApp(app, name)
            try:
                impl.function(app=target)
            except Exception as exc:
                log.exception("plugin %s failed to register its pages and is switched off", name)
                self.failed[name] = f"{type(exc).__name__}: {exc}"
                self.pm.unregister(name=name)

    def plugin_names(self) -> list[str]:
        """Names of the registered plugins (core hook modules excluded)."""
        return [n for n, _ in self.pm.list_name_plugin() if n not in self.core]

    # -- calling ---------------------------------------------------------------

    def call(self, hook_name: str, firstresult: bool = False, **kwargs: Any):
        """Call a hook, isolating each implementation.

        Implementations run in pluggy's order (the last registered first,
        tryfirst/trylast honoured), so a plugin can override the core in a
        first-result hook. Returns the list of non-None results, or with
        `firstresult` the first non-None result. An implementation that
        raises is logged with its plugin's name and skipped.
        """
        caller = getattr(self.pm.hook, hook_name)
        results = []
        # get_hookimpls() lists in reverse call order; pluggy's own caller
        # cannot skip one failing implementation, so the loop is ours.
        for impl in reversed(caller.get_hookimpls()):
            args = {name: kwargs[name] for name in impl.argnames if name in kwargs}
            try:
                result = impl.function(**args)
            except Exception:
                log.exception("plugin %s raised in %s; its part is dropped",
                              impl.plugin_name, hook_name)
                continue
            if result is not None:
                if firstresult:
                    return result
                results.append(result)
        return None if firstresult else results

    def call_flat(self, hook_name: str, **kwargs: Any) -> list:
        """Call a hook whose implementations return lists, and chain them."""
        items: list = []
        for result in self.call(hook_name, **kwargs):
            items.extend(result)
        return items

    def render_slot(self, slot: str, **ctx: Any) -> Markup:
        """Join the HTML that implementations of `gweb_tpl_<slot>` return."""
        parts = self.call(f"gweb_tpl_{slot}", **ctx)
        return Markup("").join(Markup(p) if not isinstance(p, Markup) else p
                               for p in parts)


def plugin_host() -> PluginHost:
    """The current app's plugin host."""
    return current_app.extensions[EXTENSION_KEY]


def call_hook(hook_name: str, **kwargs: Any) -> list:
    """Call `hook_name` on the current app's plugins (see PluginHost.call)."""
    return plugin_host().call(hook_name, **kwargs)


class PluginRuleError(Exception):
    """A plugin tried to register a URL or an endpoint that is not its own."""


class PluginApp:
    """What a plugin's `gweb_load_blueprints` sees instead of the app: it can
    register blueprints, checked against the plugin's own URL space first."""

    def __init__(self, app, plugin: str):
        self._app, self.plugin = app, plugin
        self.config = app.config

    def allowed_prefixes(self) -> tuple[str, ...]:
        name = self.plugin
        return (f"/{name}/", f"/<lang:lang>/{name}/", f"/admin/{name}/")

    def register_blueprint(self, blueprint, **options) -> None:
        """Register `blueprint` if its name and every URL rule are the plugin's own."""
        if blueprint.name != self.plugin and not blueprint.name.startswith(self.plugin + "_"):
            raise PluginRuleError(f"blueprint {blueprint.name!r} must be named after plugin "
                                  f"{self.plugin!r}")
        from flask import Flask

        # Register on a scratch app first, to see the rules before the real app does.
        probe = Flask(f"gweb-probe-{self.plugin}", static_folder=None)
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
