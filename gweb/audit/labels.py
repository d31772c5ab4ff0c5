"""What each recorded action is called, in the reader's language."""
from flask_babel import lazy_gettext as _l

ACTION_LABELS = {
    "page.create": _l("Page created"),
    "page.draft": _l("Draft saved"),
    "page.submit": _l("Sent for review"),
    "page.publish": _l("Published"),
    "page.send_back": _l("Sent back to its author"),
    "page.restore": _l("Older version restored"),
    "page.unpublish": _l("Unpublished"),
    "page.schedule": _l("Publication scheduled"),
    "page.move": _l("Page moved"),
    "page.delete": _l("Page deleted"),
    "media.upload": _l("File uploaded"),
    "media.update": _l("File description changed"),
    "media.replace": _l("File replaced"),
    "media.delete": _l("File deleted"),
    "menu.add": _l("Menu item added"),
    "menu.update": _l("Menu item changed"),
    "menu.delete": _l("Menu item deleted"),
    "menu.reorder": _l("Menu reordered"),
    "user.create": _l("User added"),
    "user.role": _l("Role changed"),
    "user.remove_role": _l("Role removed"),
    "user.activate": _l("Account reactivated"),
    "user.deactivate": _l("Account deactivated"),
    "user.password": _l("Password changed"),
    "user.reset_link": _l("Password reset link made"),
    "user.password_reset": _l("Password set with a reset link"),
    "site.settings": _l("Site settings changed"),
    "plugin.enable": _l("Plugin enabled for the installation"),
    "plugin.disable": _l("Plugin disabled for the installation"),
    "plugin.site_on": _l("Plugin switched on for this site"),
    "plugin.site_off": _l("Plugin switched off for this site"),
    "plugin.settings": _l("Plugin settings changed"),
}


def action_label(action: str) -> str:
    """The translated name of an action code ("page.publish" -> "Published"),
    the core's or a plugin's (gweb_audit_labels)."""
    label = ACTION_LABELS.get(action)
    if label is None:
        from gweb.hooks.manager import call_hook

        for labels in call_hook("gweb_audit_labels"):
            label = labels.get(action, label)
    return str(label) if label is not None else action
