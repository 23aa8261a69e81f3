"""Response headers and file modes that keep the site's pages and data to themselves.

The Content-Security-Policy allows scripts, styles, fonts and images from this site
only, and no inline script at all (the pages' scripts are static files); forms post
only here and no other site may frame a page. The API documentation (Swagger UI, served
from django-ninja's own static files, no CDN) and Django's admin set element styles, so
their pages also allow inline styles (never inline scripts). The SQLite database and its
journal files are made readable by their owner only: they hold session keys and password
hashes.
"""

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.http import HttpRequest, HttpResponse

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
DOCS_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
RELAXED_STYLE_PATHS = ("/api/docs", "/admin/")
"""Swagger UI and Django's admin set element styles; scripts stay 'self' only there too."""


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        relaxed = request.path.startswith(RELAXED_STYLE_PATHS)
        response.headers.setdefault("Content-Security-Policy", DOCS_POLICY if relaxed else POLICY)
        return response


def make_private(path: Path) -> None:
    """Owner-only access to a file or folder this process owns (others: left alone)."""
    try:
        if path.exists() and path.stat().st_uid == os.getuid():
            path.chmod(0o700 if path.is_dir() else stat.S_IRUSR | stat.S_IWUSR)
    except OSError:
        return


def private_sqlite_files(sender: Any, connection: Any, **kwargs: Any) -> None:
    """``connection_created`` handler: the SQLite file and its WAL/SHM files owner-only."""
    if connection.vendor != "sqlite":
        return
    name = str(connection.settings_dict.get("NAME") or "")
    if not name or name.startswith(":memory:") or "mode=memory" in name:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        make_private(Path(name + suffix))
