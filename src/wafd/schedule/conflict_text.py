"""A minimal conflict, said the way an organiser thinks about it.

"host X is available 2 h on Mon 12 Feb but 3 meetings of 1 h must fit there" is actionable;
"infeasible" is not. The text looks for the participant the meetings share and compares the
time they need with the time that participant has on the days the meetings can be held.
"""

from __future__ import annotations

from wafd.i18n import N_
from wafd.schedule.compile import CompiledMission
from wafd.schedule.fits import blockers, candidate_starts
from wafd.schedule.notices import Notice, Param, PersonName, duration

FIXED_ABSENT = N_("{meeting} is fixed at {time} but {who} is not available then")
NO_TIME = N_("{meeting} has no possible time: its day or time is outside the mission's hours")
ALONE_ABSENT = N_("{meeting} cannot take place: {who} is never available when it could")
TOO_LITTLE_TIME = N_(
    "{who} is available {available} on {days} but {count} meetings need {needed} there: {meetings}"
)
TOO_MANY_PER_DAY = N_(
    "{who} may have at most {limit} meetings a day but {count} must fit on {days}: {meetings}"
)
NO_ROOM_WITH_TRAVEL = N_(
    "{who} cannot attend all of {meetings}: with travel between venues they do not fit on {days}"
)
TOGETHER = N_("these meetings cannot all take place as required: {meetings}")


def _names(compiled: CompiledMission, people: list[int]) -> tuple[PersonName, ...]:
    index = compiled.people
    return tuple(PersonName.of(index[compiled.problem.participants[p]]) for p in people)


def _single(compiled: CompiledMission, t: int) -> Notice:
    problem = compiled.problem
    task = problem.tasks[t]
    title = compiled.origins[t].title
    if task.fixed_start is not None:
        absent = [
            p
            for p in task.participants
            if any(
                s in problem.unavailable[p]
                for s in range(task.fixed_start, task.fixed_start + task.duration)
            )
        ]
        moment = compiled.grid.start_of(task.fixed_start)
        params: dict[str, Param] = {
            "meeting": title,
            "time": moment,
            "who": _names(compiled, absent),
        }
        return Notice(FIXED_ABSENT, params)
    if task.allowed_starts is not None and not task.allowed_starts:
        return Notice(NO_TIME, {"meeting": title})
    who = blockers(problem, t) or list(task.participants)
    return Notice(ALONE_ABSENT, {"meeting": title, "who": _names(compiled, who)})


def describe_conflict(compiled: CompiledMission, core: list[int]) -> Notice:
    """One sentence naming the conflict among the required tasks ``core``."""
    if len(core) == 1:
        return _single(compiled, core[0])
    problem = compiled.problem
    titles = tuple(compiled.origins[t].title for t in core)
    shared = set(problem.tasks[core[0]].participants)
    for t in core[1:]:
        shared &= set(problem.tasks[t].participants)
    if not shared:
        return Notice(TOGETHER, {"meetings": titles})
    # The most constrained shared participant explains the conflict best.
    who = min(shared, key=lambda p: (-len(problem.unavailable[p]), p))
    day_numbers = sorted({problem.slot_day[s] for t in core for s in candidate_starts(problem, t)})
    days = tuple(compiled.grid.days[d].date for d in day_numbers)
    free = sum(
        1
        for d in day_numbers
        for s in compiled.grid.days[d].slots
        if s not in problem.unavailable[who]
    )
    needed = sum(problem.tasks[t].duration for t in core)
    minutes = problem.slot_minutes
    params: dict[str, Param] = {
        "who": _names(compiled, [who]),
        "days": days,
        "count": len(core),
        "meetings": titles,
    }
    if needed > free:
        params |= {"available": duration(free * minutes), "needed": duration(needed * minutes)}
        return Notice(TOO_LITTLE_TIME, params)
    limit = problem.max_per_day[who]
    if limit is not None and len(core) > limit * max(1, len(days)):
        return Notice(TOO_MANY_PER_DAY, params | {"limit": limit})
    return Notice(NO_ROOM_WITH_TRAVEL, params)
