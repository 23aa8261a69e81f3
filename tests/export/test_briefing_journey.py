"""The briefing book's practical pages and host pages, on the sample mission's journey."""

import pytest

from wafd.export.briefing import Briefing, build_briefing
from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer
from wafd.model import Schedule
from wafd.sample import build_sample_mission


@pytest.fixture(scope="module")
def books() -> dict[str, Briefing]:
    mission = build_sample_mission()
    facts, schedule = MissionFacts(mission), Schedule(mission=mission.id)
    return {lang: build_briefing(facts, schedule, Localizer(lang)) for lang in ("fr", "ar")}


def test_contacts_page_puts_emergencies_first(books: dict[str, Briefing]) -> None:
    kinds = [row[0] for row in books["fr"].contacts]

    assert kinds[:3] == ["Urgence", "Organisateur de permanence", "Organisateur de permanence"]
    assert books["fr"].contacts[0][2] == "911"


def test_hotels_per_city_and_transport_plan_in_time_order(books: dict[str, Briefing]) -> None:
    book = books["fr"]

    assert [h.city for h in book.hotels] == ["Houston", "Austin", "Silicon Valley (San Jose)"]
    assert [h.nights.split(" · ")[1] for h in book.hotels] == ["3 nuits", "3 nuits", "4 nuits"]
    assert len(book.transport) == len(build_sample_mission().segments)
    assert book.transport[3][0].startswith("mer. 14 févr.\n09:00")


def test_host_page_has_background_objectives_points_and_a_map_link(
    books: dict[str, Briefing],
) -> None:
    bayou = next(h for h in books["fr"].hosts if h.name.startswith("Bayou City Office"))

    assert bayou.background.startswith("A mis en ligne 140 services municipaux")
    assert bayou.objectives.startswith("Comprendre comment")
    assert bayou.talking_points[0] == "Maroc Digital 2030 et le portail des e-services"
    assert bayou.map_link.startswith("https://www.openstreetmap.org/?mlat=29.75900&mlon=-95.36750")


def test_brief_written_in_another_language_is_marked_point_by_point(
    books: dict[str, Briefing],
) -> None:
    bayou = next(h for h in books["ar"].hosts if h.name.startswith("Bayou City Office"))

    assert all(point.endswith("[الإنجليزية]") for point in bayou.talking_points)
    assert bayou.background.startswith("نقل 140 خدمة بلدية")
