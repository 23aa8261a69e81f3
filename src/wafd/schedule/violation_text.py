"""The engine's violations (task and participant indices) said in mission terms.

Each constraint module of ``wafd.schedule.constraints`` reports under a stable name; this table
gives the organiser's sentence for each, with meeting titles, people's names and local times.
An unknown name falls back to the engine's own (English) message.
"""

from __future__ import annotations

from dataclasses import dataclass

from wafd.i18n import N_
from wafd.schedule.compile import CompiledMission
from wafd.schedule.notices import Notice, Param, PersonName
from wafd.schedule.problem import Solution
from wafd.schedule.violations import Violation

TEXT = {
    "one_at_a_time": N_(
        "{people} cannot be at all of these meetings"
        " (they overlap or leave no time to travel): {meetings}"
    ),
    "availability": N_("{meetings} at {time}: {people} not available then"),
    "within_day": N_("{meetings} at {time} runs past the end of the working day"),
    "fixed": N_("{meetings} was moved from its fixed time or venue (now {time})"),
    "capacity": N_("too many meetings at the same venue at {time}: {meetings}"),
    "precedence": N_("{meetings}: the first must end before the second starts"),
    "max_per_day": N_("{people} has more meetings on one day than allowed: {meetings}"),
    "required": N_("{meetings} must take place but is not scheduled"),
    "fairness": N_("breaks are shared too unevenly between {people}"),
}
ENGINE_MESSAGE = N_("{message}")
AND_MORE = N_("… and {count} more")
NAMED = 10
"""Meetings named in one message; a clash of 5,000 meetings names ten and counts the rest."""


@dataclass(frozen=True, slots=True)
class ScheduleViolation:
    """A rule a schedule breaks, with the meetings (ids) and participants (ids) involved."""

    constraint: str
    message: Notice
    meetings: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()

    def render(self, language: str = "en") -> str:
        return self.message.render(language)

    def __str__(self) -> str:
        return self.render("en")


def mission_violation(
    compiled: CompiledMission, solution: Solution, violation: Violation
) -> ScheduleViolation:
    """``violation`` (found on ``compiled.problem`` placed as ``solution``) in mission terms."""
    problem = compiled.problem
    people = compiled.people
    meeting_ids = tuple(problem.tasks[t].id for t in violation.tasks)
    participant_ids = tuple(problem.participants[p] for p in violation.participants)
    template = TEXT.get(violation.constraint)
    if template is None:
        notice = Notice(ENGINE_MESSAGE, {"message": violation.message})
    else:
        starts = [solution.starts[t] for t in violation.tasks if solution.starts[t] is not None]
        first = min((s for s in starts if s is not None), default=None)
        titles: tuple[Param, ...] = tuple(compiled.origins[t].title for t in violation.tasks)
        if len(titles) > NAMED:
            titles = (*titles[:NAMED], Notice(AND_MORE, {"count": len(titles) - NAMED}))
        params: dict[str, Param] = {
            "meetings": titles,
            "people": tuple(
                PersonName.of(people[p]) if p in people else p for p in participant_ids
            ),
            "time": compiled.grid.start_of(first) if first is not None else "-",
        }
        notice = Notice(template, params)
    return ScheduleViolation(violation.constraint, notice, meeting_ids, participant_ids)
