"""An opportunity for the outcome pages to show and move, added by the organiser."""

from datetime import date

from wafd.outcomes import add_opportunity
from wafd.web.models import Membership
from wafd.web.outcomes import change_outcomes

from .conftest import World


def add_pilot(world: World, *, delegate_organisations: tuple[str, ...] = ()) -> None:
    """Opportunity ``o1``, "Pilot", found at meeting ``m1`` on 12 February 2024."""
    organiser = Membership.objects.get(mission=world.mission, role="organiser")
    change_outcomes(
        organiser,
        action="opportunity-add",
        target="o1",
        change=lambda outcomes, context: add_opportunity(
            outcomes,
            context=context,
            opportunity_id="o1",
            title="Pilot",
            identified_on=date(2024, 2, 12),
            delegate_organisations=delegate_organisations,
            meetings=("m1",),
        ),
    )
