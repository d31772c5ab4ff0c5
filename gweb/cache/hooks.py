"""The cache package's own hook implementations."""
from gweb.cache import services
from gweb.hooks import hookimpl


@hookimpl(trylast=True)
def gweb_load_blueprints(app):
    # No blueprint: this is the one hook called with the app once its
    # plugins are loaded, and last, so the cache sees every neutral table.
    services.init_app(app)


@hookimpl
def gweb_cache_neutral_tables():
    # Accounts, sign-in factors, the audit log, the search index and the
    # mail outbox never show on a cached page (search results are never
    # cached: they need ?q=).
    return ["user", "site_role", "audit_event", "search_document", "twofactor_totp",
            "twofactor_recovery_code", "twofactor_site_policy", "mail_outbox"]


@hookimpl
def gweb_data_restored():
    services.invalidate_all()
