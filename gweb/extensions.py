"""Flask extensions, created unbound and bound to an app in `gweb.app.create_app`."""
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData

# Stable constraint names, so that Alembic migrations (and SQLite batch mode)
# can address constraints by name on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

db = SQLAlchemy(metadata=MetaData(naming_convention=NAMING_CONVENTION))
login_manager = LoginManager()
babel = Babel()
csrf = CSRFProtect()
# Rate limits per client address (behind a proxy, PROXY_FIX makes it the real
# client's); kept in memory, or in Redis when RATELIMIT_STORAGE_URI names it.
# Views opt in with @limiter.limit("5 per minute").
limiter = Limiter(key_func=get_remote_address, default_limits=[])

