"""WSGI entry point: `waitress-serve wsgi:app`, gunicorn, uWSGI or mod_wsgi."""
import gc

# Importing the stack and building the app make long-lived objects only:
# the cyclic collector waits until prepare_to_serve has set them aside.
gc.disable()

from gweb import create_app  # noqa: E402
from gweb.serving import prepare_to_serve  # noqa: E402

app = create_app()
prepare_to_serve(app)
