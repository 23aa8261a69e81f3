"""Caching what a mission's state determines, and answering 304 when nothing changed.

Every change to a mission moves ``MissionRecord.changed_at`` on (``access.audit`` and
``store.save_schedule`` do it in the same transaction as the change), and the
membership check of the hot paths (``access_light``) reads it in the same query. So
a key made of the
mission's stamp and what else the content depends on (participant, language) is never
stale: a new version, a publish, a move, a lock or an edit gives new keys, and the old
entries simply age out. Nothing is ever invalidated by hand, which is what makes a
cache shared by several worker processes (files or Redis) safe without coordination.
"""

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

T = TypeVar("T")


def cached(parts: tuple[object, ...], compute: Callable[[], T]) -> T:
    """``compute()``'s value for this key, computed once and then read from the cache."""
    key = "wafd:" + ":".join(str(part) for part in parts)
    found: T | None = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found)
    return found


def etag(*parts: object) -> str:
    """A strong ETag for content determined by ``parts`` under this release's code."""
    named = repr((settings.WAFD_RELEASE, parts)).encode()
    return '"' + hashlib.sha256(named).hexdigest()[:32] + '"'


def page_etag(request: HttpRequest, *parts: object) -> str:
    """An ETag for a whole page: the content's key, and what the page around it shows.

    The page around the content carries the reader's menu and a CSRF token made from
    the CSRF secret (the request's cookie, or the new one the response will set), so
    those belong to the tag as well as the path.
    """
    if "CSRF_COOKIE" not in request.META:
        get_token(request)  # a first visit: the secret the page's token will come from
    secret = request.META["CSRF_COOKIE"]
    return etag(*parts, request.user.pk, secret, request.get_full_path())


def not_modified(request: HttpRequest, tag: str) -> HttpResponse | None:
    """A 304 when the client sends this very ETag in ``If-None-Match``, else ``None``.

    ``If-Modified-Since`` alone is not trusted: it counts whole seconds, and a page
    also depends on who asks.
    """
    if "HTTP_IF_NONE_MATCH" not in request.META:
        return None
    return get_conditional_response(request, etag=tag)


def cached_page(
    request: HttpRequest, tag: str, changed_at: datetime, render: Callable[[], HttpResponse]
) -> HttpResponse:
    """A whole personal page: 304 when the browser has it, else the copy stored under its
    ETag (which names the reader, their CSRF secret and the path), else rendered.

    While messages wait to be shown the page is rendered, and neither a 304 nor a copy
    is used: the messages must be read once, then disappear.
    """
    if len(get_messages(request)):
        return revalidate(render(), tag, changed_at)
    if (unchanged := not_modified(request, tag)) is not None:
        return unchanged
    key = "wafd:page:" + tag.strip('"')
    body: bytes | None = cache.get(key)
    if body is None:
        response = render()
        cache.set(key, response.content)
    else:
        response = HttpResponse(body)
    return revalidate(response, tag, changed_at)


def revalidate(response: HttpResponse, tag: str, changed_at: datetime) -> HttpResponse:
    """Let browsers keep the answer but ask again each time (it is personal and may change)."""
    response["ETag"] = tag
    response["Last-Modified"] = http_date(changed_at.timestamp())
    response["Cache-Control"] = "private, no-cache"
    return response
