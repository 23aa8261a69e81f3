"""The matchmaking step of ``wafd demo``: whom three delegates of the sample should meet.

Three delegates from three different organisations, so that the demo shows different
agendas (e-government, AI, investment…) and explanations quoting Arabic, French and
English profiles. The same view serves ``wafd match``.
"""

from rich.console import Console

from wafd.cli.match_view import render_tables
from wafd.match import match_mission
from wafd.model import Mission, Role

DEMO_DELEGATES = 3
DEMO_TOP = 3


def demo_delegates(mission: Mission, count: int = DEMO_DELEGATES) -> list[str]:
    """The first delegate of each of the first ``count`` delegate organisations."""
    chosen: dict[str, str] = {}
    for participant in mission.participants_with_role(Role.DELEGATE):
        chosen.setdefault(participant.organisation, participant.id)
    return list(chosen.values())[:count]


def demo_match(console: Console, mission: Mission, language: str) -> None:
    subjects = demo_delegates(mission)
    result = match_mission(mission, participant_ids=subjects, top=DEMO_TOP, language=language)
    render_tables(console, mission, result, subjects, language)
