"""Finding, enabling and calling plugins, with every plugin kept in its own box.

The pluggy manager lives in ``app.extensions["gweb.plugins"]``. Core packages
register their hook modules first, then plugins found through the
``gweb.plugins`` entry point group and the project's ``plugins/`` folder.
"""
from __future__ import annotations

import importlib
import logging
import sys
import types
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Iterable

import pluggy
from flask import Blueprint, current_app, g, has_app_context
from markupsafe import Markup

from gweb.hooks import NAME, spec
from gweb.hooks.guard import PluginApp
from gweb.sites.current import shown_site
from gweb.users.models import ROLES

# A plugin's folder package is imported as plugins.<name>, wherever the folder is.
FOLDER_PACKAGE = "plugins"

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
        self.duplicates: dict[str, list[str]] = {}  # plugin name -> every place it was found
        self.blueprint_owner: dict[str, str] = {}  # blueprint name -> plugin name
        self.permissions: dict[str, str] = {}  # plugin permission -> lowest role holding it
        self.site_states = None  # callable site_id -> names switched off there

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
        places: dict[str, list[str]] = {}
        if self.plugins_folder and self.plugins_folder.is_dir():
            for child in sorted(self.plugins_folder.iterdir()):
                if (child / "__init__.py").is_file() and child.name.isidentifier():
                    found[child.name] = f"{FOLDER_PACKAGE}.{child.name}"
                    places[child.name] = [str(child)]
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            # The folder wins over an installed distribution of the same name.
            found.setdefault(ep.name, ep.value)
            places.setdefault(ep.name, []).append(f"entry point {ep.value}")
        self.duplicates = {name: where for name, where in places.items() if len(where) > 1}
        return found

    def load(self, enabled: Iterable[str] | str, disabled: Iterable[str] = (),
             states: dict[str, bool] | None = None) -> None:
        """Import and register the enabled plugins; block every other one.

        `enabled` is the PLUGINS_ENABLED setting (names or "*"), `disabled`
        PLUGINS_DISABLED, `states` the installation's recorded choices, which
        win over `enabled`. A plugin that is not enabled is blocked before it
        is imported. One that fails to import or register is reported and
        stays off. A hook name no spec knows fails loudly (check_pending).
        """
        from gweb.hooks.services import RESERVED_NAMES, effective_enabled

        found = self.available()
        for name, where in self.duplicates.items():
            log.warning("plugin %s is found more than once (%s); the first is used",
                        name, "; ".join(where))
        wanted = effective_enabled(list(found), enabled if enabled == "*" else set(enabled),
                                   set(disabled), states or {})
        for name, target in found.items():
            if name not in wanted:
                self.pm.set_blocked(name)
                continue
            if name in RESERVED_NAMES:
                self.failed[name] = f"the name {name!r} belongs to the core; rename the plugin"
                self.pm.set_blocked(name)
                continue
            try:
                module = self._import(target)
                self.pm.register(module, name=name)
            except Exception as exc:  # a broken plugin must not stop the site
                log.exception("plugin %s failed to load and stays disabled", name)
                self.failed[name] = f"{type(exc).__name__}: {exc}"
                if self.pm.get_plugin(name) is not None:
                    self.pm.unregister(name=name)
                self.pm.set_blocked(name)
        self.pm.check_pending()
        self._gather_permissions()

    def _import(self, target: str):
        module_name, _, attribute = target.partition(":")
        if module_name.startswith(FOLDER_PACKAGE + ".") and self.plugins_folder:
            self._map_folder_package()
        module = importlib.import_module(module_name)
        return getattr(module, attribute) if attribute else module

    def _map_folder_package(self) -> None:
        """Make `plugins.<name>` importable from the configured folder, whether
        or not that folder is on sys.path."""
        package = sys.modules.get(FOLDER_PACKAGE)
        if package is None:
            package = types.ModuleType(FOLDER_PACKAGE)
            package.__path__ = []
            sys.modules[FOLDER_PACKAGE] = package
        folder = str(self.plugins_folder)
        paths = list(package.__path__)  # a plain list: a namespace path would recompute itself
        if folder not in paths:
            package.__path__ = [*paths, folder]

    def _gather_permissions(self) -> None:
        for name in self.plugin_names():
            declared = self.call_plugin(name, "gweb_permissions") or {}
            for permission, role in declared.items():
                if not permission.startswith(name + ".") or role not in ROLES:
                    log.error("plugin %s declares permission %r for role %r: a plugin's "
                              "permissions start with %r and name a role of %s; refused",
                              name, permission, role, name + ".", ", ".join(ROLES))
                    continue
                self.permissions[permission] = role

    def load_blueprints(self, app) -> None:
        """Let the core and every plugin register blueprints. A plugin gets a
        guarded view of the app: a blueprint named after it, with every URL
        under its own prefix and no endpoint of the core. A plugin that breaks
        these rules or raises is reported, switched off, and the site starts."""
        granted = self._public_names()
        for impl in reversed(self.pm.hook.gweb_load_blueprints.get_hookimpls()):
            name = impl.plugin_name
            target = app if name in self.core else PluginApp(app, name, granted.get(name, ()))
            try:
                impl.function(app=target)
            except Exception as exc:
                log.exception("plugin %s failed to register its pages and is switched off", name)
                self.failed[name] = f"{type(exc).__name__}: {exc}"
                self.pm.unregister(name=name)
                continue
            if isinstance(target, PluginApp):
                self.blueprint_owner.update(dict.fromkeys(target.blueprints, name))
        for name in self.plugin_names():
            self._register_static(app, name)

    def _public_names(self) -> dict[str, tuple[str, ...]]:
        """The extra public URL segments each plugin asks for in its info
        ("public_names": ["services"]), minus any that a core package, another
        plugin's name or an earlier claim already holds."""
        from gweb.hooks.services import RESERVED_NAMES

        taken = set(RESERVED_NAMES) | set(self.plugin_names())
        granted: dict[str, tuple[str, ...]] = {}
        for name in sorted(self.plugin_names()):
            info = self.call_plugin(name, "gweb_plugin_info") or {}
            mine = []
            for segment in info.get("public_names", ()):
                if not (isinstance(segment, str) and segment.replace("-", "_").isidentifier()) \
                        or segment in taken:
                    log.error("plugin %s may not take the public URL /<lang>/%s/: it is taken "
                              "or not a plain name", name, segment)
                    continue
                taken.add(segment)
                mine.append(segment)
            granted[name] = tuple(mine)
        return granted

    def _register_static(self, app, name: str) -> None:
        """Serve a plugin's static/ folder at /<name>/static/<file>."""
        module = self.pm.get_plugin(name)
        package_dir = Path(getattr(module, "__file__", "") or ".").parent
        if getattr(module, "__file__", None) and (package_dir / "static").is_dir():
            blueprint = Blueprint(f"{name}_static", module.__name__,
                                  static_folder=str(package_dir / "static"),
                                  static_url_path="/static", url_prefix=f"/{name}")
            app.register_blueprint(blueprint)
            self.blueprint_owner[blueprint.name] = name

    def plugin_names(self) -> list[str]:
        """Names of the registered plugins (core hook modules and blocked names excluded)."""
        return [n for n, p in self.pm.list_name_plugin() if p is not None and n not in self.core]

    # -- calling ---------------------------------------------------------------

    def call(self, hook_name: str, firstresult: bool = False, **kwargs: Any):
        """Call a hook, isolating each implementation.

        Implementations run in pluggy's order (the last registered first,
        tryfirst/trylast honoured), so a plugin can override the core in a
        first-result hook. Returns the list of non-None results, or with
        `firstresult` the first non-None result. An implementation that
        raises is logged with its plugin's name and skipped.
        """
        impls = getattr(self.pm.hook, hook_name).get_hookimpls()
        if not impls:  # most template slots on most pages: nothing to ask
            return None if firstresult else []
        results = []
        off = self.off_for_site(kwargs.get("site"))
        # get_hookimpls() lists in reverse call order; pluggy's own caller
        # cannot skip one failing implementation, so the loop is ours.
        for impl in reversed(impls):
            if impl.plugin_name in off:
                continue
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

    def call_plugin(self, plugin: str, hook_name: str, **kwargs: Any):
        """Call one plugin's implementation of a hook alone (for what the
        plugin says about itself: info, settings). None when it has none or
        it raises (logged)."""
        for impl in getattr(self.pm.hook, hook_name).get_hookimpls():
            if impl.plugin_name != plugin:
                continue
            try:
                return impl.function(**{n: kwargs[n] for n in impl.argnames if n in kwargs})
            except Exception:
                log.exception("plugin %s raised in %s", plugin, hook_name)
        return None

    def off_for_site(self, site=None) -> frozenset[str]:
        """Plugins switched off for `site` (default: the request's site).
        Read once per site and request or command."""
        if self.site_states is None or not has_app_context():
            return frozenset()
        # The site's read-only copy when the request has one (g.site would be
        # read from the database for its id alone).
        site = site if site is not None else shown_site()
        if site is None:
            return frozenset()
        cache = g.setdefault("gweb_plugins_off", {})
        known = cache.get(site.id)
        if known is None:
            if not self.plugin_names():
                return frozenset()  # no plugin loaded: nothing to read
            known = cache[site.id] = self.site_states(site.id)
        return known

    def plugin_of_request(self, blueprint: str | None) -> str | None:
        """The plugin that serves blueprint `blueprint`, or None for the core."""
        if not blueprint:
            return None
        return self.blueprint_owner.get(blueprint) or self.blueprint_owner.get(
            blueprint.partition(".")[0])

    def plugin_of_path(self, app, url: str) -> str | None:
        """The plugin that serves `url` (a path or full URL) on `app`, or None."""
        from urllib.parse import urlsplit

        try:
            endpoint, _args = app.url_map.bind("localhost").match(urlsplit(url).path)
        except Exception:  # not found, or another redirect: not a plugin's
            return None
        return self.plugin_of_request(endpoint.rpartition(".")[0])

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


def call_flat_hook(hook_name: str, **kwargs: Any) -> list:
    """Call a list-returning hook on the current app's plugins and chain the lists."""
    return plugin_host().call_flat(hook_name, **kwargs)
