"""WSGI entry point: `waitress-serve wsgi:app`, gunicorn, uWSGI or mod_wsgi."""
from gweb import create_app

app = create_app()
