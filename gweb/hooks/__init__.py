"""The plugin API: everything a plugin imports from gweb to implement hooks.

    from gweb.hooks import hookimpl

    @hookimpl
    def gweb_menu_items(site, lang):
        ...
"""
import pluggy

NAME = "gweb"
hookspec = pluggy.HookspecMarker(NAME)
hookimpl = pluggy.HookimplMarker(NAME)

__all__ = ["NAME", "hookimpl", "hookspec"]
