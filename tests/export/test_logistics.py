"""Vendors get every movement in time order: picked up where and when the previous activity
ends (from the hotel, in time for the next start), counted and named, phones only when allowed."""

from datetime import datetime

from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer
from wafd.export.logistics import build_logistics
from wafd.model import Schedule
from wafd.sample import build_sample_mission
from wafd.schedule import schedule_mission


def _spaces(text: str) -> str:
    """Babel separates times with thin and narrow no-break spaces; compare them as spaces."""
    return text.replace("\u2009", " ").replace("\u202f", " ")


def test_pick_up_is_the_end_of_the_previous_activity_or_in_time_from_the_hotel(
    facts: MissionFacts, schedule: Schedule
) -> None:
    extract = build_logistics(facts, schedule, Localizer("en"), personal_data=False)
    rows = [(t.day, _spaces(t.pick_up), t.origin.split(",")[0], t.destination.split(",")[0])
            for t in extract.transfers]  # fmt: skip
    assert rows[:4] == [
        ("Mon 12 Feb", "9:35 AM", "Hotel Magnolia Houston", "Lone Star Cloud campus"),
        ("Mon 12 Feb", "11:30 AM", "Lone Star Cloud campus", "Houston City Hall"),
        ("Mon 12 Feb", "3:00 PM", "Houston City Hall", "Hotel Magnolia Houston"),
        ("Wed 14 Feb", "9:20 AM", "The Driskill", "Austin City Hall"),
    ]


def test_movements_are_in_time_order_within_each_day_and_counted(
    facts: MissionFacts, schedule: Schedule
) -> None:
    extract = build_logistics(facts, schedule, Localizer("en"), personal_data=False)

    keys = [(t.day, _spaces(t.pick_up)) for t in extract.transfers]
    by_day: dict[str, list[str]] = {}
    for day, pick_up in keys:
        by_day.setdefault(day, []).append(pick_up)
    assert list(by_day) == ["Mon 12 Feb", "Wed 14 Feb", "Tue 20 Feb"]
    for times in by_day.values():
        assert times == sorted(times, key=lambda t: datetime.strptime(t, "%I:%M %p"))
    assert [t.count for t in extract.transfers] == [len(t.passengers) for t in extract.transfers]


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
        ("11:30 AM", ["Youssef Benali", "Hind Berrada"]),
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


def test_sample_logistics_lists_the_journeys_movements() -> None:
    mission = build_sample_mission()
    schedule = Schedule(mission=mission.id)

    extract = build_logistics(MissionFacts(mission), schedule, Localizer("en"), personal_data=False)

    rows = [(t.day, _spaces(t.pick_up), t.purpose, t.count) for t in extract.transfers]
    delegation = sum(p.role in ("delegate", "organiser") for p in mission.participants)
    assert ("Wed 14 Feb", "9:00 AM", "Coach · Lone Star Coaches", delegation) in rows
    assert ("Wed 21 Feb", "3:30 PM", "Coach · Bay Area Charter", delegation) in rows
    saturday = [r[2] for r in rows if r[0] == "Sat 17 Feb"]
    assert saturday == [
        "Coach · Lone Star Coaches",
        "Flight · Southwest Airlines WN 2367",
        "Coach · Bay Area Charter",
    ]


def test_whole_delegation_movements_name_the_group_and_list_the_travellers_once() -> None:
    mission = build_sample_mission()
    schedule = schedule_mission(mission, mode="greedy").schedule
    extract = build_logistics(MissionFacts(mission), schedule, Localizer("en"), personal_data=False)
    travellers = [p.name for p in mission.participants if p.role in ("delegate", "organiser")]

    coach = next(t for t in extract.transfers if t.purpose == "Coach · Lone Star Coaches")
    assert coach.group == "All travellers"
    assert coach.count == len(travellers)
    small = [t for t in extract.transfers if t.count <= 3]
    assert small
    assert all(t.group == "" for t in small)
    nearly = [t for t in extract.transfers if t.group.startswith("All travellers except ")]
    assert nearly  # the welcome briefing: one organiser stays behind
    for transfer in nearly:
        missing = transfer.group.removeprefix("All travellers except ").split(", ")
        assert sorted(missing + transfer.passengers) == sorted(travellers)
    assert [row[0] for row in extract.manifest] == travellers
    assert extract.manifest_headers == ["Name"]  # no phones without personal data


def test_the_group_label_is_in_the_readers_language() -> None:
    mission = build_sample_mission()
    extract = build_logistics(
        MissionFacts(mission), Schedule(mission=mission.id), Localizer("fr"), personal_data=False
    )

    assert any(t.group == "Tous les voyageurs" for t in extract.transfers)
    assert extract.manifest_title == "Voyageurs"
