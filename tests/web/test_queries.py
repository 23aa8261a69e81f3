"""List pages make a bounded number of queries however big the mission (no N+1)."""

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest
from django.urls import reverse

from wafd.web.models import MemberRole, Membership, ParticipantRow, VersionState
from wafd.web.store import save_mission, save_schedule

from .factories import meeting, small_mission

AssertMaxQueries = Callable[[int], AbstractContextManager[Any]]


@pytest.fixture
def big(db: None, django_user_model: Any) -> tuple[int, Any]:
    """40 delegates and 30 hosts, each delegate with a meeting on each of three days."""
    mission = small_mission("big", delegates=40, hosts=30)
    record = save_mission(mission, user=None)
    meetings = tuple(
        meeting(f"m{d}-{day}", (f"d{d}", f"h{(d + day) % 30 + 1}"), day, 9 + d % 8, "v1")
        for d in range(1, 41)
        for day in range(3)
    )
    from wafd.model import Schedule

    save_schedule(
        record, Schedule(mission="big", meetings=meetings), user=None, state=VersionState.FINAL
    )
    user = django_user_model.objects.create_user("boss", password="x-long-password")
    Membership.objects.create(user=user, mission=record, role=MemberRole.ORGANISER)
    delegate = django_user_model.objects.create_user("d", password="x-long-password")
    Membership.objects.create(
        user=delegate,
        mission=record,
        role=MemberRole.DELEGATE,
        participant=ParticipantRow.objects.get(mission=record, pid="d1"),
    )
    return record.pk, (user, delegate)


@pytest.mark.parametrize(
    ("name", "query", "who", "limit"),
    [
        ("participants", "", 0, 8),
        ("requests", "", 0, 8),
        ("versions", "", 0, 8),
        ("version", "", 0, 9),
        ("hosts", "", 1, 8),
        ("agenda", "", 1, 9),
        ("agenda", "?participant={d5}", 0, 10),
        ("audit", "", 0, 8),
    ],
)
def test_list_page_query_count_is_bounded(
    client: Any,
    big: tuple[int, Any],
    django_assert_max_num_queries: AssertMaxQueries,
    name: str,
    query: str,
    who: int,
    limit: int,
) -> None:
    mission_pk, users = big
    client.force_login(users[who])
    kwargs: dict[str, object] = {"mission_pk": mission_pk}
    if name == "version":
        kwargs["number"] = 1

    rows = dict(ParticipantRow.objects.filter(mission_id=mission_pk).values_list("pid", "pk"))
    url = reverse(f"wafd:{name}", kwargs=kwargs) + query.format(**rows)

    with django_assert_max_num_queries(limit):
        response = client.get(url)

    assert response.status_code == 200
