"""Vendors get pick-up times worked back from travel times, and phones only when allowed."""

from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer
from wafd.export.logistics import build_logistics
from wafd.model import Schedule


def _spaces(text: str) -> str:
    """Babel separates times with thin and narrow no-break spaces; compare them as spaces."""
    return text.replace("\u2009", " ").replace("\u202f", " ")


def test_pick_up_is_meeting_start_minus_travel_from_the_previous_stop(
    facts: MissionFacts, schedule: Schedule
) -> None:
    extract = build_logistics(facts, schedule, Localizer("en"), personal_data=False)
    rows = [(t.day, _spaces(t.pick_up), t.origin.split(",")[0], t.destination.split(",")[0])
            for t in extract.transfers]  # fmt: skip
    assert rows[:3] == [
        ("Mon 12 Feb", "9:35 AM", "Hotel Magnolia Houston", "Lone Star Cloud campus"),
        ("Mon 12 Feb", "1:30 PM", "Lone Star Cloud campus", "Houston City Hall"),
        ("Wed 14 Feb", "9:20 AM", "The Driskill", "Austin City Hall"),
    ]


def test_travellers_coming_from_different_places_get_separate_transfers(
    facts: MissionFacts, schedule: Schedule
) -> None:
    lone_star = schedule.by_id()["m-lonestar"]
    without_amrani = lone_star.model_copy(
        update={"participants": tuple(p for p in lone_star.participants if p != "amrani")}
    )
    changed = schedule.model_copy(
        update={"meetings": tuple(without_amrani if m.id == "m-lonestar" else m
                                  for m in schedule.meetings)}
    )  # fmt: skip
    extract = build_logistics(facts, changed, Localizer("en"), personal_data=False)
    to_city_hall = [
        (_spaces(t.pick_up), t.passengers)
        for t in extract.transfers
        if "Houston City Hall" in t.destination
    ]
    assert to_city_hall == [
        ("1:30 PM", ["Youssef Benali", "Hind Berrada"]),
        ("1:50 PM", ["Sarah El Amrani"]),
    ]


def test_logistics_without_personal_data_lists_names_only(
    facts: MissionFacts, schedule: Schedule
) -> None:
    private = build_logistics(facts, schedule, Localizer("en"), personal_data=False)
    shared = build_logistics(facts, schedule, Localizer("en"), personal_data=True)
    assert private.transfers[0].passengers == ["Sarah El Amrani", "Youssef Benali", "Hind Berrada"]
    assert shared.transfers[0].passengers == [
        "Sarah El Amrani, +212 600 000 001",
        "Youssef Benali, +212 600 000 002",
        "Hind Berrada, +212 600 000 009",
    ]
    assert private.note == "No personal data: names, times and addresses only."
