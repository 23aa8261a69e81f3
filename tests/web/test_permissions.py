"""Every page as every role: the status each role is allowed, from one table.

Non-members get 404 (a mission's existence is not disclosed), members whose
role does not allow a page get 403, anonymous visitors are sent to log in.
"""

import pytest
from django.urls import reverse

from wafd.web.models import ParticipantRow

from .conftest import ROLES, World

OK, REDIRECT, FORBIDDEN, MISSING = 200, 302, 403, 404

# name, kwargs beyond the mission, query string, then statuses in ROLES order:
# organiser, viewer, delegate, host, outsider, anonymous
PAGES: list[tuple[str, dict[str, object], str, tuple[int, ...]]] = [
    ("mission", {}, "", (OK, OK, OK, OK, MISSING, REDIRECT)),
    ("participants", {}, "", (OK, OK, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    (
        "participant-edit",
        {"row_pk": "d1"},
        "",
        (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT),
    ),
    ("hosts", {}, "", (OK, OK, OK, OK, MISSING, REDIRECT)),
    ("profile", {}, "", (MISSING, MISSING, OK, OK, MISSING, REDIRECT)),
    ("legs", {}, "", (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("requests", {}, "", (OK, OK, OK, OK, MISSING, REDIRECT)),
    ("versions", {}, "", (OK, OK, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("version", {"number": 1}, "", (OK, OK, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("version", {"number": 99}, "", (MISSING, MISSING, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("diff", {}, "?old=1&new=1", (OK, OK, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("agenda", {}, "", (MISSING, MISSING, OK, OK, MISSING, REDIRECT)),
    ("agenda", {}, "?participant={d2}", (OK, OK, OK, OK, MISSING, REDIRECT)),
    ("calendar", {}, "", (MISSING, MISSING, OK, OK, MISSING, REDIRECT)),
    ("calendar-download", {}, "", (MISSING, MISSING, OK, OK, MISSING, REDIRECT)),
    ("download-workbook", {}, "", (OK, OK, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    (
        "download-documents",
        {"number": 1, "kind": "ics"},
        "",
        (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT),
    ),
    (
        "download-documents",
        {"number": 1, "kind": "exe"},
        "",
        (MISSING, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT),
    ),
    ("downloads", {}, "", (OK, OK, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("audit", {}, "", (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("recommendations", {}, "", (OK, FORBIDDEN, OK, FORBIDDEN, MISSING, REDIRECT)),
    ("members", {}, "", (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("outbox", {}, "", (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("note", {}, "", (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("mail-preferences", {}, "", (FORBIDDEN, FORBIDDEN, OK, OK, MISSING, REDIRECT)),
    # outcomes: own feedback for delegates and hosts, the door and the board for organisers
    ("feedback", {"mid": "m1"}, "", (FORBIDDEN, FORBIDDEN, OK, OK, MISSING, REDIRECT)),
    ("feedback", {"mid": "m2"}, "", (FORBIDDEN, FORBIDDEN, MISSING, MISSING, MISSING, REDIRECT)),
    ("attendance", {}, "", (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("pipeline", {}, "", (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("survey-links", {}, "", (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("actions", {}, "", (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("report", {}, "", (OK, OK, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    ("report-download", {"kind": "pdf"}, "", (OK, OK, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT)),
    (
        "report-download",
        {"kind": "exe"},
        "",
        (MISSING, MISSING, FORBIDDEN, FORBIDDEN, MISSING, REDIRECT),
    ),
]

GLOBAL_PAGES: list[tuple[str, tuple[int, ...]]] = [
    ("home", (OK, OK, OK, OK, OK, REDIRECT)),
    ("mission-create", (OK, OK, OK, OK, OK, REDIRECT)),
    ("mission-import", (OK, OK, OK, OK, OK, REDIRECT)),
    ("api-tokens", (OK, OK, OK, OK, OK, REDIRECT)),
    ("password-reset", (OK, OK, OK, OK, OK, OK)),
    ("password-reset-done", (OK, OK, OK, OK, OK, OK)),
    ("password-reset-complete", (OK, OK, OK, OK, OK, OK)),
]

CASES = [
    pytest.param(name, kwargs, query, role, expected[i], id=f"{name}{query}-{role}")
    for name, kwargs, query, expected in PAGES
    for i, role in enumerate(ROLES)
]


@pytest.mark.parametrize(("name", "kwargs", "query", "role", "status"), CASES)
def test_mission_page_status_by_role(
    world: World, name: str, kwargs: dict[str, object], query: str, role: str, status: int
) -> None:
    rows = dict(ParticipantRow.objects.filter(mission=world.mission).values_list("pid", "pk"))
    kwargs = {k: rows[str(v)] if k == "row_pk" else v for k, v in kwargs.items()}
    url = reverse(f"wafd:{name}", kwargs={"mission_pk": world.mission.pk, **kwargs})
    url += query.format(**rows)

    response = world.client(role).get(url)

    assert response.status_code == status


@pytest.mark.parametrize(
    ("name", "role", "status"),
    [(name, role, expected[i]) for name, expected in GLOBAL_PAGES for i, role in enumerate(ROLES)],
)
def test_global_page_status_by_role(world: World, name: str, role: str, status: int) -> None:
    response = world.client(role).get(reverse(f"wafd:{name}"))

    assert response.status_code == status


def test_every_url_is_in_the_permission_table() -> None:
    from wafd.web.urls import mission_patterns, wafd_patterns

    post_only = {
        "place-remove",
        "request-set",
        "request-respond",
        "recommendations-accept",
        "publish",
        "run-start",
        "replan",
        "run-cancel",
        "lock",
        "calendar-create",
        "calendar-revoke",
        "api-token-create",
        "api-token-delete",
        "logout",
        "member-invite",
        "members-invite-all",
        "outbox-resend",
    }
    # Pages that need a run, a meeting or a token: covered in test_scheduling, test_calendar,
    # test_login.
    tested_elsewhere = {"move", "run", "run-progress", "calendar-feed", "login"}
    # Links mailed to people, with a signed token: covered in test_mail_accounts.
    tested_elsewhere |= {"welcome", "password-reset-confirm"}
    # survey-answer: a signed link, no login (test_outcomes_surveys).
    tested_elsewhere |= {"survey-answer"}
    tested = {name for name, *_ in PAGES} | {name for name, _ in GLOBAL_PAGES}
    names = {p.name for p in [*wafd_patterns, *mission_patterns] if getattr(p, "name", None)}

    assert names - post_only - tested_elsewhere - tested == set()
