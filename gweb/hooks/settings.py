"""Plugin settings a site admin edits: declared by each plugin through
`gweb_plugin_settings`, stored per site (and per language when translated).

Plugins read them with `plugin_settings(site, "<plugin>")`; public pages,
which never change them, with `shown_plugin_settings(site_id, "<plugin>")`.
"""
from __future__ import annotations

import json
from typing import Any

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select

from gweb.audit import services as audit
from gweb.cache.services import site_memo
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.hooks.manager import plugin_host
from gweb.hooks.models import PluginSetting

KINDS = ("text", "textarea", "bool", "int", "choice")


def setting_fields(plugin: str) -> list[dict]:
    """The settings `plugin` declares, each with its kind and default filled in."""
    declared = plugin_host().call_plugin(plugin, "gweb_plugin_settings") or []
    fields = []
    for field in declared:
        kind = field.get("kind", "text")
        if kind not in KINDS or not field.get("name"):
            continue  # a malformed declaration is skipped, never a crash
        fields.append({"kind": kind, "default": "" if kind in ("text", "textarea") else None,
                       "translated": False, "choices": [], "help": "", **field})
    return fields


def plugin_settings(site, plugin: str) -> dict[str, Any]:
    """The settings of `plugin` on `site`: name -> value, the declared default
    where the site has none. A translated setting's value is a dict
    lang -> value, with every site language present."""
    return _settings_of(site.id if site is not None else None, plugin)


def shown_plugin_settings(site_id: int, plugin: str) -> dict[str, Any]:
    """`plugin_settings` for a public page: kept in the process until the
    site's content (its settings included) changes, so a page rendered
    afresh does not read them. Shared between requests: never change the
    value; a view that saves settings reads `plugin_settings` instead."""
    return site_memo(site_id, ("plugin_settings", plugin),
                     lambda: _settings_of(site_id, plugin), timeless=True)


def _settings_of(site_id: int | None, plugin: str) -> dict[str, Any]:
    fields = setting_fields(plugin)
    languages = current_app.config["LANGUAGES"]
    values: dict[str, Any] = {}
    for field in fields:
        default = field["default"]
        values[field["name"]] = ({lang: default for lang in languages}
                                 if field["translated"] else default)
    if site_id is None or not fields:
        return values
    rows = db.session.execute(select(PluginSetting).where(
        PluginSetting.site_id == site_id, PluginSetting.plugin == plugin)).scalars()
    translated = {f["name"] for f in fields if f["translated"]}
    for row in rows:
        if row.name not in values:
            continue  # a setting the plugin no longer declares
        value = json.loads(row.value)
        if row.name in translated:
            if row.lang in values[row.name]:
                values[row.name][row.lang] = value
        elif row.lang == "":
            values[row.name] = value
    return values


def save_plugin_settings(site_id: int, plugin: str, submitted: dict[str, Any], user=None) -> None:
    """Check and store `submitted` (name -> value, or name -> {lang: value}
    for translated settings) for `plugin` on a site. Nothing is stored when
    a value is refused; ValidationError names the fields."""
    fields = setting_fields(plugin)
    languages = current_app.config["LANGUAGES"]
    clean: dict[tuple[str, str], Any] = {}
    errors: dict[str, str] = {}
    for field in fields:
        name = field["name"]
        if field["translated"]:
            given = submitted.get(name) or {}
            for lang in languages:
                try:
                    clean[(name, lang)] = _coerce(field, given.get(lang))
                except ValueError as exc:
                    errors[f"{name}-{lang}"] = str(exc)
        else:
            try:
                clean[(name, "")] = _coerce(field, submitted.get(name))
            except ValueError as exc:
                errors[name] = str(exc)
    if errors:
        raise ValidationError(errors)
    existing = {(r.name, r.lang): r for r in db.session.execute(select(PluginSetting).where(
        PluginSetting.site_id == site_id, PluginSetting.plugin == plugin)).scalars()}
    for (name, lang), value in clean.items():
        row = existing.get((name, lang))
        if row is None:
            row = PluginSetting(site_id=site_id, plugin=plugin, name=name, lang=lang)
            db.session.add(row)
        row.value = json.dumps(value, ensure_ascii=False)
    audit.record(site_id, user, "plugin.settings", "plugin", None, summary=plugin)
    db.session.commit()


def _coerce(field: dict, raw: Any) -> Any:
    kind = field["kind"]
    if kind == "bool":
        return raw in (True, "y", "on", "1", "true", 1)
    if kind == "int":
        if raw in (None, ""):
            return field["default"]
        try:
            return int(str(raw).strip())
        except ValueError:
            raise ValueError(_("Enter a whole number.")) from None
    if kind == "choice":
        allowed = [str(value) for value, _label in field["choices"]]
        if raw is None or str(raw) not in allowed:
            raise ValueError(_("Choose one of the options."))
        return str(raw)
    text = "" if raw is None else str(raw).strip()
    if len(text) > 5000:
        raise ValueError(_("This text is too long (at most 5000 characters)."))
    # A plugin's own rule for a text ("check": value -> the value to store,
    # or ValueError with a message in the editor's language).
    return field["check"](text) if callable(field.get("check")) else text
