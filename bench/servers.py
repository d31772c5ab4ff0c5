"""The three servers the benchmark compares, each under the same waitress
settings: gweb itself, a bare Flask app that reads one row with
SQLAlchemy and renders one Jinja template of a page's size, and a Flask
route that returns a constant string.

    .venv/bin/python bench/servers.py gweb|bare|const PORT FOLDER [THREADS]

FOLDER is gweb's instance (for gweb) or a scratch folder (for the others).
"""

import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# About the size of a gweb content page: a header with a menu, an article
# of a few paragraphs read from the row, a footer.
BARE_TEMPLATE = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ item.title }} | Ministry</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body><header class="site-header"><a href="/{{ lang }}/">Ministry of Benchmarks</a>
<nav><ul>{% for n in range(8) %}<li><a href="/{{ lang }}/section-{{ n }}">Section {{ n }}</a></li>{% endfor %}</ul></nav>
</header>
<nav class="breadcrumbs"><ol>{% for n in range(3) %}<li><a href="/{{ lang }}/level-{{ n }}">Level {{ n }}</a></li>{% endfor %}</ol></nav>
<main><article><h1>{{ item.title }}</h1><p class="summary">{{ item.summary }}</p>
{{ item.body|safe }}</article></main>
<footer><p>{{ item.title }}</p>{% for n in range(6) %}<a href="/{{ lang }}/footer-{{ n }}">Footer {{ n }}</a> {% endfor %}</footer>
</body></html>"""


def bare_app(folder: Path):
    """Flask + Flask-SQLAlchemy + one template: a page read by its id."""
    from flask import Flask, render_template
    from jinja2 import DictLoader
    from flask_sqlalchemy import SQLAlchemy
    from sqlalchemy import String, Text
    from sqlalchemy.orm import Mapped, mapped_column

    app = Flask("bare")
    app.jinja_loader = DictLoader({"page.html": BARE_TEMPLATE})  # compiled once, like gweb's
    app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{folder / 'bare.sqlite'}"
    db = SQLAlchemy(app)

    class Item(db.Model):
        id: Mapped[int] = mapped_column(primary_key=True)
        title: Mapped[str] = mapped_column(String(300))
        summary: Mapped[str] = mapped_column(Text)
        body: Mapped[str] = mapped_column(Text)

    with app.app_context():
        db.create_all()
        if db.session.get(Item, 1) is None:
            paragraph = "<p>" + "ກະຊວງ ການພັດທະນາ ເສດຖະກິດ ສັງຄົມ ministry development " * 12 + "</p>"
            db.session.add(Item(id=1, title="ກ່ຽວກັບພວກເຮົາ About us", summary="ສະຫຼຸບ " * 20,
                                body=paragraph * 6))
            db.session.commit()

    @app.route("/<lang>/page")
    def page(lang):
        return render_template("page.html", item=db.session.get(Item, 1), lang=lang)

    return app


def const_app():
    from flask import Flask

    app = Flask("const")

    @app.route("/const")
    def const():
        return "Hello from a constant route."

    return app


def main() -> None:
    kind, port, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    threads = int(sys.argv[4]) if len(sys.argv) > 4 else 8
    if kind == "gweb":
        import gc
        import os

        gc.disable()  # as wsgi.py does: prepare_to_serve turns the collector on

        os.environ["GWEB_INSTANCE_PATH"] = str(folder)
        from gweb import create_app
        from gweb.serving import prepare_to_serve

        app = create_app()
        prepare_to_serve(app)
    elif kind == "bare":
        app = bare_app(folder)
    else:
        app = const_app()
    import waitress

    print(f"ready {time.perf_counter() - STARTED:.3f}", flush=True)
    waitress.serve(app, host="127.0.0.1", port=port, threads=threads, ident=kind,
                   _quiet=True)


if __name__ == "__main__":
    main()
