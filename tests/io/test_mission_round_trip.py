"""Specifications of lossless reading and writing: xlsx → model → xlsx, and YAML."""

import itertools
import string
from datetime import date, time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from io_factories import rich_mission

from wafd.io import read_mission, write_mission
from wafd.model import (
    Availability,
    Language,
    Leg,
    LocalizedText,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Role,
    Theme,
    Venue,
)


def test_rich_mission_round_trips_through_a_workbook(tmp_path: Path) -> None:
    mission = rich_mission()

    result = read_mission(write_mission(mission, tmp_path / "mission.xlsx"))

    assert result == mission


def test_rich_mission_round_trips_through_yaml(tmp_path: Path) -> None:
    mission = rich_mission()

    result = read_mission(write_mission(mission, tmp_path / "mission.yml"))

    assert result == mission


def test_workbook_written_from_yaml_equals_the_original_workbook_content(tmp_path: Path) -> None:
    first = write_mission(rich_mission(), tmp_path / "first.xlsx")
    via_yaml = write_mission(read_mission(first), tmp_path / "mission.yaml")

    again = read_mission(write_mission(read_mission(via_yaml), tmp_path / "again.xlsx"))

    assert again == read_mission(first)


def test_write_mission_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    write_mission(rich_mission(), tmp_path / "mission.xlsx")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["mission.xlsx"]


# ---- property-based: arbitrary (valid) missions survive both formats ----

_ALPHABET = st.characters(
    blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"), blacklist_characters=";؛"
)
_ARABIC = st.sampled_from("ابتثجحخدذرسشصضطظعغفقكلمنهوي ءآأإ٠١٢٣")
identifiers = st.text(string.ascii_letters + string.digits, min_size=1, max_size=8).map(
    lambda s: "x" + s
)
free_text = st.one_of(st.just(""), st.text(_ALPHABET, min_size=1, max_size=20).filter(str.strip))
name_text = st.text(_ALPHABET, min_size=1, max_size=20).filter(str.strip)
arabic_text = st.one_of(st.just(""), st.text(_ARABIC, min_size=1, max_size=15).filter(str.strip))
# Availability windows open within the leg's default hours (09:00-18:00).
minutes = st.integers(min_value=9 * 60, max_value=17 * 60).map(lambda m: time(m // 60, m % 60))
# Excel keeps 15 significant digits; real coordinates have at most 7 decimals.
coordinates = st.floats(-90, 90).map(lambda degrees: round(degrees, 7))
localized = st.builds(LocalizedText, ar=arabic_text, fr=free_text, en=name_text)


@st.composite
def missions(draw: st.DrawFn) -> Mission:
    start = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)))
    leg = Leg(
        id="leg1",
        city=draw(name_text),
        timezone=draw(st.sampled_from(["Africa/Casablanca", "America/Chicago", "Asia/Dubai"])),
        start_date=start,
        end_date=start,
        lunch_start=None,
        lunch_end=None,
    )
    ids = draw(st.lists(identifiers, min_size=1, max_size=4, unique=True))
    org = Organisation(
        id="org", name=draw(localized), description=draw(localized), acronym=draw(free_text)
    )
    synonyms = st.lists(name_text.map(str.strip), max_size=3).map(tuple)
    theme = Theme(id="t_one", label=draw(localized), synonyms=draw(synonyms))
    people = []
    for person_id in ids:
        opening = draw(minutes)
        windows = (Availability(day=start, start=opening, end=time(17, 30), note=draw(free_text)),)
        people.append(
            Participant(
                id=person_id,
                name=draw(name_text),
                name_ar=draw(arabic_text),
                organisation="org",
                role=draw(st.sampled_from(list(Role))),
                offers=draw(free_text),
                languages=tuple(draw(st.lists(st.sampled_from(list(Language)), unique=True))),
                themes=("t_one",) if draw(st.booleans()) else (),
                availability=windows,
                max_meetings_per_day=draw(st.none() | st.integers(0, 9)),
            )
        )
    requests = tuple(
        MeetingRequest(requester=a, target=b, reason=draw(free_text))
        for a, b in itertools.pairwise(ids)
    )
    return Mission(
        id="m1",
        name=draw(localized),
        objectives=draw(localized),
        legs=(leg,),
        organisers=tuple(draw(st.lists(name_text.map(str.strip), max_size=2))),
        venues=(
            Venue(
                id="v1", name=draw(name_text), leg="leg1", latitude=draw(st.none() | coordinates)
            ),
        ),
        organisations=(org,),
        participants=tuple(people),
        requests=requests,
        themes=(theme,),
    )


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(mission=missions())
def test_any_mission_round_trips_through_both_formats(tmp_path: Path, mission: Mission) -> None:
    for name in ("m.xlsx", "m.yaml"):
        assert read_mission(write_mission(mission, tmp_path / name)) == mission


def test_withdrawn_participant_round_trips_with_its_date(tmp_path: Path) -> None:
    mission = rich_mission()
    amina = mission.participants[0].model_copy(
        update={"status": "withdrawn", "withdrawn_on": date(2024, 2, 10)}
    )
    mission = mission.model_copy(update={"participants": (amina, *mission.participants[1:])})

    for suffix in ("xlsx", "yaml"):
        assert read_mission(write_mission(mission, tmp_path / f"m.{suffix}")) == mission
