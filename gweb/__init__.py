"""gweb, the Government Web Platform."""
from gweb.app import create_app

__all__ = ["create_app"]
