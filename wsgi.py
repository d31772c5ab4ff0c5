"""WSGI entry point: `waitress-serve wsgi:app`, gunicorn, uWSGI or mod_wsgi."""
from gweb import create_app
from gweb.schema import refresh_planner_statistics

app = create_app()
refresh_planner_statistics(app)
