"""The courier: a thread of a server process that delivers the outbox
every MAIL_INTERVAL seconds (a deployment without `gweb serve` runs
`gweb mail send` from cron instead)."""
from __future__ import annotations

import logging
import threading

from flask import Flask

from gweb.extensions import db

from . import services

log = logging.getLogger("gweb.mail")


class Courier(threading.Thread):
    """Delivers due mail now and then until `stop()`."""

    def __init__(self, app: Flask, interval: float):
        super().__init__(name="gweb-mail-courier", daemon=True)
        self.app, self.interval = app, interval
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            self.deliver_once()
            self.stopped.wait(self.interval)

    def deliver_once(self) -> dict[str, int] | None:
        """One round of `deliver_due`; an error is logged, never raised."""
        with self.app.app_context():
            try:
                return services.deliver_due(self.app.config)
            except Exception:  # the thread must outlive a bad round (a database restart...)
                log.exception("the mail courier's round failed")
                db.session.rollback()
                return None
            finally:
                db.session.remove()

    def stop(self) -> None:
        self.stopped.set()


def start_courier(app: Flask) -> Courier | None:
    """Start delivering the outbox in the background when MAIL_SERVER is
    set; returns the thread, or None when mail is off."""
    if not services.mail_enabled(app.config):
        return None
    courier = Courier(app, float(app.config.get("MAIL_INTERVAL") or 15))
    courier.start()
    app.extensions["gweb.mail.courier"] = courier
    return courier
