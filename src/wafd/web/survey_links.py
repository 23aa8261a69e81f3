"""Signed, expiring survey links: one participant, one round, no password.

The link carries the mission, the participant's row and the round, signed with the site's
secret (``django.core.signing``) and valid for ``LINK_DAYS``. The survey page reads it; the
survey-round e-mail and the organiser's links page make it.
"""

from typing import Any

from django.core import signing
from django.http import Http404

SALT = "wafd.survey-link"
LINK_DAYS = 60


def survey_token(*, mission_pk: int, participant_pk: int, round_id: str) -> str:
    return signing.dumps({"m": mission_pk, "p": participant_pk, "r": round_id}, salt=SALT)


def read_token(token: str) -> dict[str, Any]:
    """The link's content, or 404 when it was altered or has expired."""
    try:
        content: dict[str, Any] = signing.loads(token, salt=SALT, max_age=LINK_DAYS * 86400)
    except signing.BadSignature as refused:  # SignatureExpired is a BadSignature
        raise Http404("unknown or expired survey link") from refused
    return content
