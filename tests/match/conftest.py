"""Fixtures of the matchmaking tests."""

import pytest
from match_factories import MissionFactory, build, person

from wafd.model import Mission, OrganisationKind


@pytest.fixture
def build_mission() -> MissionFactory:
    return build


@pytest.fixture
def tour(build_mission: MissionFactory) -> Mission:
    """Two delegates with needs in Arabic and French, four hosts with offers in English."""
    return build_mission(
        [
            person("dgssi-1", "delegate", org="dgssi", needs="نبحث عن شراكات في الأمن السيبراني"),
            person(
                "add-1",
                "delegate",
                org="add",
                needs="Cloud souverain et IA générative pour l'administration électronique",
            ),
            person("cisco", offers="Cybersecurity services and security operations centres"),
            person("aws", offers="Sovereign cloud regions and generative AI services"),
            person("fund", offers="Venture capital for early-stage startups"),
            person("clinic", offers="Telemedicine platforms and cloud hosting for rural hospitals"),
            person("staff", "organiser", org="ustda", needs="cybersecurity cloud"),
        ],
        org_kinds={"dgssi": OrganisationKind.AGENCY, "org-fund": OrganisationKind.INVESTOR},
    )
