"""Saying must/want/no about meeting someone: one function for the pages and the API.

The request is checked as part of the mission it would leave behind, by the engine's
validator (``checking``): a request the mission file could not hold is refused with the
same located message ``wafd validate`` gives, and nothing is saved.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from wafd.web.access import audit
from wafd.web.actions import ActionError
from wafd.web.checking import edited, refuse_if_invalid
from wafd.web.models import Membership, ParticipantRow, RequestRow
from wafd.web.store import load_mission


@transaction.atomic
def save_request(
    membership: Membership, *, requester: str, target: str, preference: str, via: str
) -> tuple[RequestRow, bool]:
    """Create or change one request; (row, created)."""
    people = ParticipantRow.objects.filter(mission=membership.mission, pid__in=[requester, target])
    if requester == target or people.count() != 2:
        raise ActionError(_("Requester and target must be two participants of this mission."))
    mission = load_mission(membership.mission)
    requests = [
        r.model_dump(mode="json")
        for r in mission.requests
        if (r.requester, r.target) != (requester, target)
    ]
    requests.append({"requester": requester, "target": target, "preference": preference})
    refuse_if_invalid(edited(mission, requests=requests))
    row, created = RequestRow.objects.update_or_create(
        mission=membership.mission,
        requester=requester,
        target=target,
        defaults={"preference": preference},
        create_defaults={"preference": preference, "source": membership.role},
    )
    audit(
        membership,
        "request.create" if created else "request.update",
        f"{requester}->{target}",
        preference=preference,
        via=via,
    )
    return row, created
