"""Slowing down password guessing without letting anyone lock another person out.

Failures are counted under three hashed keys: the account from this client address, the
account from anywhere, and the client address for any account. After a few free
failures each key makes the next attempt wait, doubling with each failure up to a cap;
there is never a lock. The account-wide wait is capped short (a minute by default) and
is skipped by a browser that has logged into that account before (a signed "device"
cookie), so failures from elsewhere cannot keep the owner out. The client address is
``REMOTE_ADDR``, or, when that is one of ``WAFD_TRUSTED_PROXIES``, the nearest address
in ``X-Forwarded-For`` that is not a trusted proxy.
"""

import hashlib
import ipaddress
import math
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from wafd.web.models import LoginDelay

DEVICE_COOKIE = "wafd_device"
DEVICE_SALT = "wafd.login.device"
DEVICE_DAYS = 180


def _trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(
        ip in ipaddress.ip_network(net, strict=False) for net in settings.WAFD_TRUSTED_PROXIES
    )


def client_address(request: HttpRequest) -> str:
    """The address of the client, trusting ``X-Forwarded-For`` only from trusted proxies."""
    address = str(request.META.get("REMOTE_ADDR", ""))
    if not _trusted(address):
        return address
    forwarded = [a.strip() for a in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",")]
    for hop in reversed([a for a in forwarded if a]):
        if not _trusted(hop):
            return hop
        address = hop
    return address


def _hash(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()


def _keys(request: HttpRequest, username: str) -> dict[str, tuple[str, int, int]]:
    """kind -> (hashed key, free failures, longest wait in seconds)."""
    account = username.strip().lower()
    address = client_address(request)
    longest = settings.WAFD_LOGIN_MAX_DELAY_SECONDS
    keys = {
        "pair": (_hash("pair", f"{account}|{address}"), settings.WAFD_LOGIN_FREE_FAILURES, longest),
        "address": (_hash("addr", address), settings.WAFD_LOGIN_FREE_FAILURES * 4, longest),
    }
    if not _known_device(request, account):
        keys["account"] = (
            _hash("user", account),
            settings.WAFD_LOGIN_FREE_FAILURES * 2,
            settings.WAFD_LOGIN_ACCOUNT_MAX_DELAY_SECONDS,
        )
    return keys


def _known_device(request: HttpRequest, account: str) -> bool:
    cookie = request.COOKIES.get(DEVICE_COOKIE, "")
    try:
        accounts = signing.loads(cookie, salt=DEVICE_SALT, max_age=DEVICE_DAYS * 86400)
    except signing.BadSignature:
        return False
    return isinstance(accounts, list) and _hash("device", account) in accounts


def wait_seconds(request: HttpRequest, username: str) -> int:
    """How long this attempt must wait; 0 when it may go ahead."""
    now = timezone.now()
    digests = [key for key, _free, _cap in _keys(request, username).values()]
    latest = max(
        (row.next_attempt for row in LoginDelay.objects.filter(key__in=digests)), default=now
    )
    return max(0, math.ceil((latest - now).total_seconds()))


@transaction.atomic
def record_failure(request: HttpRequest, username: str) -> None:
    now = timezone.now()
    base = settings.WAFD_LOGIN_FIRST_DELAY_SECONDS
    for key, free, cap in _keys(request, username).values():
        row, _created = LoginDelay.objects.select_for_update().get_or_create(key=key)
        if now - row.last_failure > timedelta(seconds=settings.WAFD_LOGIN_FORGET_SECONDS):
            row.failures = 0
        row.failures += 1
        row.last_failure = now
        over = row.failures - free
        delay = 0 if over <= 0 else min(cap, base * 2 ** min(over - 1, 30))
        row.next_attempt = now + timedelta(seconds=delay)
        row.save()


def record_success(request: HttpRequest, username: str, response: HttpResponse) -> None:
    """Forget this account's failures from here and remember this browser for the account."""
    account = username.strip().lower()
    keys = _keys(request, username)
    LoginDelay.objects.filter(
        key__in=[keys["pair"][0], *([keys["account"][0]] if "account" in keys else [])]
    ).delete()
    try:
        known = signing.loads(request.COOKIES.get(DEVICE_COOKIE, ""), salt=DEVICE_SALT)
    except signing.BadSignature:
        known = []
    accounts = [a for a in known if isinstance(a, str)][-9:] if isinstance(known, list) else []
    accounts = [*{*accounts, _hash("device", account)}]
    response.set_cookie(
        DEVICE_COOKIE,
        signing.dumps(accounts, salt=DEVICE_SALT),
        max_age=DEVICE_DAYS * 86400,
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
        samesite="Lax",
    )
