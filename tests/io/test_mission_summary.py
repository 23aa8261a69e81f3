"""Specifications of ``summarise_mission``: the figures ``wafd show`` and the web display."""

from datetime import date, time

from wafd.io.summary import summarise_mission
from wafd.model import (
    Leg,
    LocalizedText,
    MeetingKind,
    MeetingRequest,
    Mission,
    Organisation,
    OrganisationKind,
    Participant,
    PlannedMeeting,
    Preference,
    Role,
    Venue,
)
from wafd.sample import build_sample_mission


def _person(pid: str, org: str, role: Role, *themes: str, venue: str | None = None) -> Participant:
    return Participant(
        id=pid, name=pid.title(), organisation=org, role=role, themes=themes, venue=venue
    )


def _small_mission() -> Mission:
    """Two legs, two delegates of one agency, two host companies, one startup without venue."""
    return Mission(
        id="small",
        name=LocalizedText(en="Small mission", fr="Petite mission"),
        organisers=("agency", "Somebody Else"),
        legs=(
            Leg(
                id="a",
                city="Alpha",
                timezone="Europe/Paris",
                start_date=date(2024, 3, 4),
                end_date=date(2024, 3, 5),
            ),
            Leg(
                id="b",
                city="Beta",
                timezone="Africa/Casablanca",
                start_date=date(2024, 3, 6),
                end_date=date(2024, 3, 6),
                lunch_start=None,
                lunch_end=None,
            ),
        ),
        venues=(
            Venue(id="va", name="Venue A", leg="a"),
            Venue(id="va2", name="Venue A2", leg="a"),
            Venue(id="vb", name="Venue B", leg="b"),
        ),
        organisations=(
            Organisation(
                id="agency",
                name=LocalizedText(en="The Agency"),
                acronym="TA",
                kind=OrganisationKind.AGENCY,
            ),
            Organisation(
                id="acme", name=LocalizedText(en="Acme", ar="أكمي"), kind=OrganisationKind.COMPANY
            ),
            Organisation(
                id="globex", name=LocalizedText(en="Globex"), kind=OrganisationKind.COMPANY
            ),
        ),
        participants=(
            _person("dina", "agency", Role.DELEGATE, "cybersecurity", "health"),
            _person("driss", "agency", Role.DELEGATE, "cybersecurity", "quantum"),
            _person("hana", "acme", Role.HOST, "cybersecurity", venue="va"),
            _person("hugo", "acme", Role.HOST, venue="va"),
            _person("gina", "globex", Role.HOST, "health", venue="vb"),
        ),
        requests=(
            MeetingRequest(requester="dina", target="acme", preference=Preference.MUST),
            MeetingRequest(requester="driss", target="hana", preference=Preference.WANT),
            MeetingRequest(requester="hana", target="dina", preference=Preference.WANT),
            MeetingRequest(requester="dina", target="globex", preference=Preference.NO),
            MeetingRequest(requester="driss", target="globex", preference=Preference.WANT),
        ),
        meetings=(
            PlannedMeeting(
                id="late",
                kind=MeetingKind.RECEPTION,
                title="Reception",
                participants=("all_delegates", "acme"),
                duration_minutes=60,
                venue="vb",
                day=date(2024, 3, 6),
                start=time(17, 0),
            ),
            PlannedMeeting(
                id="early",
                kind=MeetingKind.BRIEFING,
                title="Briefing",
                participants=("dina",),
                duration_minutes=30,
                venue="va",
                day=date(2024, 3, 4),
                start=time(9, 0),
            ),
        ),
    )


def test_summary_counts_venues_and_host_organisations_per_leg() -> None:
    summary = summarise_mission(_small_mission())
    assert [(leg.city, leg.venues, leg.hosts, leg.days) for leg in summary.legs] == [
        ("Alpha", 2, 1, 2),
        ("Beta", 1, 1, 1),
    ]
    assert (summary.start_date, summary.end_date) == (date(2024, 3, 4), date(2024, 3, 6))


def test_summary_names_organisers_by_organisation_name_or_as_written() -> None:
    summary = summarise_mission(_small_mission())
    assert [o.get("en") for o in summary.organisers] == ["The Agency", "Somebody Else"]


def test_summary_groups_organisations_by_kind_preferring_acronyms() -> None:
    summary = summarise_mission(_small_mission())
    groups = [(g.kind, [n.get("ar") for n in g.names]) for g in summary.organisations]
    assert groups == [
        (OrganisationKind.AGENCY, ["TA"]),
        (OrganisationKind.COMPANY, ["أكمي", "Globex"]),
    ]


def test_summary_counts_people_and_organisations_per_role() -> None:
    summary = summarise_mission(_small_mission())
    assert [(r.role, r.people, r.organisations) for r in summary.roles] == [
        (Role.DELEGATE, 2, 1),
        (Role.HOST, 3, 2),
    ]


def test_summary_ranks_themes_and_keeps_unknown_ones_under_their_id() -> None:
    summary = summarise_mission(_small_mission())
    rows = [(t.theme, t.label.get("fr"), t.delegates, t.hosts) for t in summary.themes]
    assert rows == [
        ("cybersecurity", "Cybersécurité", 2, 1),
        ("health", "Santé", 1, 1),
        ("quantum", "quantum", 1, 0),
    ]


def test_summary_counts_preferences_and_mutual_pairs_through_organisations() -> None:
    counts = summarise_mission(_small_mission()).requests
    # dina -> acme (hana's organisation) and hana -> dina make one mutual pair.
    assert (counts.must, counts.want, counts.no, counts.mutual_pairs) == (1, 3, 1, 1)


def test_summary_ranks_requested_organisations_ignoring_vetoes() -> None:
    summary = summarise_mission(_small_mission(), top=5)
    rows = [(r.organisation, r.requesters, r.must) for r in summary.most_requested]
    # hana's request for dina counts for the agency; driss -> hana counts for acme.
    assert rows == [("acme", 2, 1), ("agency", 1, 0), ("globex", 1, 0)]
    assert len(summarise_mission(_small_mission(), top=1).most_requested) == 1


def test_summary_orders_planned_meetings_and_expands_attendees() -> None:
    meetings = summarise_mission(_small_mission()).meetings
    assert [(m.id, m.venue, m.city, m.participants) for m in meetings] == [
        ("early", "Venue A", "Alpha", 1),
        ("late", "Venue B", "Beta", 4),
    ]


def test_summary_of_the_sample_mission_matches_its_story() -> None:
    summary = summarise_mission(build_sample_mission())
    assert [leg.timezone for leg in summary.legs] == [
        "America/Chicago",
        "America/Chicago",
        "America/Los_Angeles",
    ]
    assert [(r.role, r.people) for r in summary.roles] == [
        (Role.DELEGATE, 15),
        (Role.HOST, 25),
        (Role.ORGANISER, 3),
    ]
    assert summary.model_dump(mode="json")["id"] == "ma-us-digital-2024"
