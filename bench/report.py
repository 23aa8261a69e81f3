"""How long the mission report takes for a large brokerage event.

Usage: python bench/report.py [--participants 3000] [--meetings 15000] [--lang en]

Generates (seeded) a B2B event of ``--participants`` people in 600 organisations (half
delegates, half hosts, one city over two days), a schedule of ``--meetings`` one-to-one
meetings at tables, and outcomes with an attendance row for every meeting (about 4% no-shows),
feedback from both participants of every meeting held, one opportunity for every tenth
meeting with two stage moves, an action per 5 meetings, a survey round and costs. The
outcomes are written as a workbook first (not timed); then the timed steps are what
``wafd report`` does: read and validate the outcomes against the schedule, compute the
figures, render and write PDF, HTML and XLSX (each format alone, then all three in one call
as ``wafd report`` does). Prints a Markdown table of wall-clock and CPU seconds per step; the
last row adds up what ``wafd report`` does.
"""

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from wafd.export.report import write_mission_report
from wafd.model import (
    Leg,
    LocalizedText,
    MeetingKind,
    Mission,
    Organisation,
    Participant,
    Role,
    Schedule,
    ScheduledMeeting,
    Venue,
)
from wafd.outcomes import Outcomes, Stage, outcome_context
from wafd.outcomes.figures import compute_report_figures
from wafd.outcomes.files import read_outcomes, write_outcomes
from wafd.outcomes.model import (
    Action,
    Attendance,
    AttendanceStatus,
    Cost,
    Feedback,
    FollowUp,
    InterestKind,
    Money,
    Opportunity,
    Rate,
    StageChange,
    SurveyRound,
)

DAY = date(2025, 10, 14)
ZONE = ZoneInfo("Africa/Casablanca")
THEMES = (
    "e_government",
    "cloud_computing",
    "cybersecurity",
    "artificial_intelligence",
    "smart_cities",
    "startups_vc",
    "data_centres",
    "skills_training",
)


def event(participants: int, meetings: int, rng: random.Random) -> tuple[Mission, Schedule]:
    organisations = tuple(
        Organisation(id=f"org-{i}", name=LocalizedText(en=f"Organisation {i}")) for i in range(600)
    )
    people = tuple(
        Participant(
            id=f"p-{i}",
            name=f"Participant {i}",
            organisation=f"org-{i % 600}",
            role=Role.DELEGATE if i % 2 == 0 else Role.HOST,
            themes=(THEMES[i % len(THEMES)],),
        )
        for i in range(participants)
    )
    mission = Mission(
        id="b2b-bench",
        name=LocalizedText(en="Brokerage event"),
        legs=(
            Leg(
                id="cmn",
                city="Casablanca",
                timezone="Africa/Casablanca",
                start_date=DAY,
                end_date=DAY + timedelta(days=1),
            ),
        ),
        venues=(Venue(id="hall", name="Hall", leg="cmn", tables=400),),
        organisations=organisations,
        participants=people,
    )
    delegates, hosts = people[::2], people[1::2]
    scheduled = []
    for index in range(meetings):
        slot = index // 400
        start = datetime.combine(DAY + timedelta(days=slot // 20), datetime.min.time(), ZONE)
        start += timedelta(hours=9, minutes=20 * (slot % 20))
        pair = (rng.choice(delegates).id, rng.choice(hosts).id)
        scheduled.append(
            ScheduledMeeting(
                id=f"m-{index}",
                kind=MeetingKind.ONE_TO_ONE,
                title="B2B",
                participants=pair,
                start=start,
                end=start + timedelta(minutes=20),
                venue="hall",
                leg="cmn",
                table=index % 400 + 1,
                themes=(THEMES[index % len(THEMES)],),
            )
        )
    return mission, Schedule(mission="b2b-bench", meetings=tuple(scheduled))


def outcomes_for(schedule: Schedule, rng: random.Random) -> Outcomes:
    """Built directly (the file reader replays them through the actions when timed)."""
    attendance, feedback, opportunities, actions = [], [], [], []
    for index, meeting in enumerate(schedule.meetings):
        no_show = rng.random() < 0.04
        attendance.append(
            Attendance(
                meeting=meeting.id,
                status=AttendanceStatus.NO_SHOW if no_show else AttendanceStatus.HELD,
                absent=meeting.participants[1:] if no_show else (),
            )
        )
        if no_show:
            continue
        feedback += [
            Feedback(
                meeting=meeting.id,
                participant=person,
                rating=rng.randint(1, 5),
                follow_up=rng.choice(list(FollowUp)),
                interests=(rng.choice(list(InterestKind)),),
            )
            for person in meeting.participants
        ]
        day = meeting.start.date()
        if index % 10 == 0:
            moves = (
                Stage.IN_DISCUSSION,
                rng.choice([Stage.PROPOSAL, Stage.MOU_SIGNED, Stage.AGREEMENT_SIGNED]),
            )
            opportunities.append(
                Opportunity(
                    id=f"o-{index}",
                    title=f"Deal {index}",
                    meetings=(meeting.id,),
                    kind=rng.choice(list(InterestKind)),
                    themes=meeting.themes,
                    value=Money(
                        amount=rng.randint(10, 500) * 1000,
                        currency=rng.choice(["USD", "MAD"]),
                        as_of=day,
                    ),
                    history=(
                        StageChange(stage=Stage.IDENTIFIED, on=day),
                        *(
                            StageChange(stage=s, on=day + timedelta(days=30 * (n + 1)))
                            for n, s in enumerate(moves)
                        ),
                    ),
                )
            )
        if index % 5 == 0:
            actions.append(
                Action(
                    id=f"a-{index}",
                    what="Send the offer",
                    owner=meeting.participants[0],
                    due=day + timedelta(days=rng.randint(5, 90)),
                    meetings=(meeting.id,),
                )
            )
    return Outcomes(
        report_date=DAY + timedelta(days=120),
        attendance=tuple(attendance),
        feedback=tuple(feedback),
        actions=tuple(actions),
        opportunities=tuple(opportunities),
        survey_rounds=(SurveyRound(id="m0", months_after=0),),
        costs=(Cost(item="Venue", amount=Money(amount=250_000, currency="USD")),),
        rates=(Rate(currency="MAD", rate=0.1, on=DAY),),
    )


def timed(rows: list[str], step: str, action: Callable[[], Any]) -> Any:
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    rows.append(f"{step} | {time.perf_counter() - started:.1f} | {time.process_time() - cpu:.1f}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=3000)
    parser.add_argument("--meetings", type=int, default=15000)
    parser.add_argument("--lang", default="en")
    arguments = parser.parse_args()
    rng = random.Random(2026)
    mission, schedule = event(arguments.participants, arguments.meetings, rng)
    outcomes = outcomes_for(schedule, rng)
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        path = write_outcomes(outcomes, Path(folder) / "outcomes.xlsx")
        print(
            f"{len(mission.participants)} participants, {len(schedule.meetings)} meetings, "
            f"{len(outcomes.feedback)} feedback rows, {len(outcomes.opportunities)} opportunities, "
            f"outcomes.xlsx {path.stat().st_size / 1e6:.1f} MB\n"
        )
        context = timed(
            rows, "mission facts", lambda: outcome_context(mission=mission, schedule=schedule)
        )
        read = timed(
            rows, "read + validate outcomes.xlsx", lambda: read_outcomes(path, context=context)
        )
        timed(rows, "figures alone", lambda: compute_report_figures(context=context, outcomes=read))
        for formats in (["pdf"], ["html"], ["xlsx"], ["pdf", "html", "xlsx"]):
            timed(
                rows,
                f"figures + charts + write {','.join(formats)}",
                lambda formats=formats: write_mission_report(
                    context=context,
                    outcomes=read,
                    out_dir=Path(folder) / "report",
                    language=arguments.lang,
                    formats=formats,
                ),
            )
    print("step | wall s | CPU s")
    print("--- | --- | ---")
    print("\n".join(rows))
    wall = [float(row.split(" | ")[1]) for row in rows]
    cpu = [float(row.split(" | ")[2]) for row in rows]
    print(
        f"**wafd report (facts, read, all formats)** | **{wall[0] + wall[1] + wall[-1]:.1f}** "
        f"| **{cpu[0] + cpu[1] + cpu[-1]:.1f}**"
    )


if __name__ == "__main__":
    main()
