"""The journey sheets (Transport, Hotels, Contacts, Briefs): optional, round-tripping, and
validated with errors at their cells."""

from datetime import date, time
from pathlib import Path

from io_factories import rich_mission
from openpyxl import load_workbook
from workbook_edits import places

from wafd.io import read_mission, validate_mission_file, write_mission
from wafd.model import Brief, Contact, ContactKind, HotelStay, LocalizedText, Mission, Segment

ARRIVAL = Segment(
    id="arrival",
    mode="flight",
    origin_address="Casablanca (CMN)",
    destination="hq",
    depart_day=date(2024, 2, 11),
    depart_time=time(10, 5),
    depart_zone="Africa/Casablanca",
    arrive_day=date(2024, 2, 11),
    arrive_time=time(18, 40),
    carrier="Royal Air Maroc",
    number="AT 200",
    booking="=RAM7KQ",
    travellers=("all_delegates",),
)
TRANSFER = Segment(
    id="to-hotel",
    mode="coach",
    origin="hq",
    destination_address="1 Hotel Street",
    arrive_zone="America/Chicago",
    depart_day=date(2024, 2, 11),
    depart_time=time(19, 30),
    arrive_day=date(2024, 2, 11),
    arrive_time=time(20, 15),
    travellers=("add",),
)


def journey_mission(**update: object) -> Mission:
    fields: dict[str, object] = {
        "segments": (ARRIVAL, TRANSFER),
        "stays": (
            HotelStay(
                hotel="hq",
                check_in=date(2024, 2, 11),
                check_out=date(2024, 2, 15),
                travellers=("delegation",),
                confirmation="HM-1",
            ),
        ),
        "contacts": (
            Contact(name="Duty officer", phone="+1 713 555 0199", hours="24/7"),
            Contact(name="Consulate of Morocco", kind=ContactKind.CONSULATE, leg="houston"),
        ),
        "briefs": (
            Brief(
                subject="example-tech",
                background=LocalizedText(en="Cloud provider", fr="Fournisseur de nuage"),
                talking_points=LocalizedText(en="Data residency; Training"),
            ),
        ),
    }
    return rich_mission().model_copy(update=fields | update)


def test_journey_round_trips_through_a_workbook_and_yaml(tmp_path: Path) -> None:
    mission = journey_mission()

    for suffix in ("xlsx", "yaml"):
        assert read_mission(write_mission(mission, tmp_path / f"m.{suffix}")) == mission


def test_workbook_without_the_journey_sheets_still_reads(tmp_path: Path) -> None:
    path = write_mission(rich_mission(), tmp_path / "m.xlsx")
    workbook = load_workbook(path)
    for name in ("Transport", "Hotels", "Contacts", "Briefs"):
        del workbook[name]
    workbook.save(path)

    assert read_mission(path) == rich_mission()


def _report(tmp_path: Path, mission: Mission) -> list[tuple[str, int | None, str, str]]:
    return places(validate_mission_file(write_mission(mission, tmp_path / "m.xlsx")).errors)


def test_arrival_before_departure_is_reported_at_the_arrival_time(tmp_path: Path) -> None:
    late = ARRIVAL.model_copy(update={"arrive_time": time(2, 0)})

    assert _report(tmp_path, journey_mission(segments=(late,))) == [
        ("Transport", 2, "arrive_time", "K")
    ]


def test_unknown_venue_of_a_segment_is_reported_at_its_cell(tmp_path: Path) -> None:
    lost = TRANSFER.model_copy(update={"origin": "nowhere"})

    assert _report(tmp_path, journey_mission(segments=(ARRIVAL, lost))) == [
        ("Transport", 3, "origin", "C")
    ]


def test_one_person_on_two_segments_at_once_is_reported_on_the_second(tmp_path: Path) -> None:
    early = TRANSFER.model_copy(update={"depart_time": time(18, 0)})

    assert _report(tmp_path, journey_mission(segments=(ARRIVAL, early))) == [
        ("Transport", 3, "travellers", "P")
    ]


def test_stay_outside_its_leg_is_reported_at_the_day_out_of_range(tmp_path: Path) -> None:
    stay = HotelStay(
        hotel="hq", check_in=date(2024, 2, 5), check_out=date(2024, 2, 13), travellers=("add",)
    )

    assert _report(tmp_path, journey_mission(stays=(stay,))) == [("Hotels", 2, "check_in", "B")]


def test_unknown_brief_subject_and_contact_leg_are_reported(tmp_path: Path) -> None:
    mission = journey_mission(
        briefs=(Brief(subject="nobody"),),
        contacts=(Contact(name="Desk", leg="paris"),),
    )

    assert _report(tmp_path, mission) == [
        ("Contacts", 2, "leg", "F"),
        ("Briefs", 2, "subject", "A"),
    ]
