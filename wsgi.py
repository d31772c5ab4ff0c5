"""WSGI entry point: `waitress-serve wsgi:app`, gunicorn, uWSGI or mod_wsgi."""
from gweb import create_app
from gweb.serving import prepare_to_serve

app = create_app()
prepare_to_serve(app)
