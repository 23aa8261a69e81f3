"""What the organisers fix before any matching: the collective moments of the mission.

A welcome briefing in Houston, a networking reception in Austin with the Texas
hosts and a closing debrief in San Jose, all for the whole delegation.
"""

from wafd.model import MeetingKind, PlannedMeeting
from wafd.sample.calendar import clock, feb
from wafd.sample.organisations import US_CS_CASABLANCA, USTDA
from wafd.sample.places import CS_HOUSTON, HOTEL_AUSTIN, HOTEL_SAN_JOSE

PLANNED_MEETINGS: tuple[PlannedMeeting, ...] = (
    PlannedMeeting(
        id="welcome-briefing",
        kind=MeetingKind.BRIEFING,
        title="Welcome briefing by the U.S. Commercial Service and USTDA",
        participants=("all_delegates", US_CS_CASABLANCA, USTDA),
        duration_minutes=90,
        venue=CS_HOUSTON,
        day=feb(12),
        start=clock("09:00"),
        locked=True,
        notes="Programme, security rules, US market overview; badges handed out.",
    ),
    PlannedMeeting(
        id="austin-reception",
        kind=MeetingKind.RECEPTION,
        title="Networking reception with Austin's technology community",
        participants=(
            "all_delegates",
            US_CS_CASABLANCA,
            "capital-innovation",
            "lonestar-cyber",
            "hill-country-cloud",
            "mesquite-ai",
            "caliche-ventures",
            "ctu-urban-lab",
            "tejas-skills",
        ),
        duration_minutes=90,
        venue=HOTEL_AUSTIN,
        day=feb(15),
        start=clock("17:00"),
        locked=True,
        notes="Stand-up reception; short remarks by the head of delegation.",
    ),
    PlannedMeeting(
        id="closing-debrief",
        kind=MeetingKind.BRIEFING,
        title="Closing debrief: outcomes and follow-up",
        participants=("all_delegates", US_CS_CASABLANCA, USTDA),
        duration_minutes=90,
        venue=HOTEL_SAN_JOSE,
        day=feb(21),
        start=clock("13:30"),
        locked=True,
        notes="Each organisation reports its leads; follow-up owners agreed.",
    ),
)
