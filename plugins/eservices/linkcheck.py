"""Checking the links of the e-services directory (urllib, standard library
only): HEAD first, GET when a server does not answer HEAD, a short timeout."""
from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from sqlalchemy import select

from gweb.extensions import db

from .models import EservicesService

USER_AGENT = "gweb-eservices-linkcheck/1.0"
DEFAULT_TIMEOUT = 5.0


@dataclass
class LinkResult:
    service_id: int
    title: str
    url: str
    ok: bool
    status: int | None  # HTTP status, None when no answer came
    reason: str


def check_url(url: str, timeout: float = DEFAULT_TIMEOUT) -> tuple[bool, int | None, str]:
    """(ok, HTTP status, reason) for one address. Redirects are followed; a
    405 or 501 to HEAD is asked again with GET."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            # http/https only: the address was checked when it was saved.
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return True, response.status, response.reason or "OK"
        except urllib.error.HTTPError as exc:
            if method == "HEAD" and exc.code in (405, 501):
                continue
            return False, exc.code, str(exc.reason)
        except urllib.error.URLError as exc:
            return False, None, str(exc.reason)
        except (socket.timeout, TimeoutError):
            return False, None, "timed out"
        except (OSError, ValueError) as exc:
            return False, None, str(exc)
    return False, None, "no answer"


def check_links(site_id: int | None = None, timeout: float = DEFAULT_TIMEOUT) -> list[LinkResult]:
    """Check the online-service link of every service (of one site, or all)."""
    query = select(EservicesService).where(EservicesService.online_url != "")
    if site_id is not None:
        query = query.where(EservicesService.site_id == site_id)
    results = []
    for service in db.session.scalars(query.order_by(EservicesService.id)):
        text = service.translation("en") or service.translation("lo")
        ok, status, reason = check_url(service.online_url, timeout)
        results.append(LinkResult(service.id, text.title if text else "", service.online_url,
                                  ok, status, reason))
    return results
