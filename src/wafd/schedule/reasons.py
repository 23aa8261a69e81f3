"""Why a request stayed unscheduled, in words an organiser can act on.

The order of the questions follows what an organiser would do about it: a request that could
never become a meeting (unknown name, vetoed) comes first, then a meeting that has no possible
time at all (someone is never free when the others are), then one that lost to other meetings
(a participant already full, or no common free time left).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from wafd.i18n import N_
from wafd.model import Role, UnscheduledRequest
from wafd.schedule import clock
from wafd.schedule.compile import CompiledMission
from wafd.schedule.fits import blockers, candidate_starts
from wafd.schedule.notices import Notice, PersonName
from wafd.schedule.problem import Solution

HOST_AWAY = N_("{host} is not available on any day the delegation is in {city}")
NEVER_FREE = N_("{who} is not available at any time this meeting could take place")
NO_COMMON_TIME = N_("there is no slot where {people} are all free")
FULL = N_("{who} is already fully booked whenever {other} is free")
LOST = N_("no slot where all are free was left by meetings of higher priority")
UNEXPLAINED = N_("not scheduled; the time limit ended before the reason was worked out")


def _names(compiled: CompiledMission, people: Iterable[int]) -> tuple[PersonName, ...]:
    return tuple(PersonName.of(compiled.people[compiled.problem.participants[p]]) for p in people)


def _occupied(compiled: CompiledMission, solution: Solution) -> list[set[int]]:
    """Slots each participant spends in placed meetings."""
    problem = compiled.problem
    busy: list[set[int]] = [set() for _ in problem.participants]
    for t, start in enumerate(solution.starts):
        if start is not None:
            for p in problem.tasks[t].participants:
                busy[p].update(range(start, start + problem.tasks[t].duration))
    return busy


def _never_possible(compiled: CompiledMission, t: int) -> Notice:
    problem = compiled.problem
    people = compiled.people
    alone = blockers(problem, t)
    for p in alone:
        person = people[problem.participants[p]]
        if person.role == Role.HOST and person.venue in compiled.mission.venue_index():
            leg = compiled.mission.leg_index()[compiled.mission.venue_index()[person.venue].leg]
            return Notice(HOST_AWAY, {"host": PersonName.of(person), "city": leg.city})
    if alone:
        return Notice(NEVER_FREE, {"who": _names(compiled, alone)})
    return Notice(NO_COMMON_TIME, {"people": _names(compiled, problem.tasks[t].participants)})


def task_reason(compiled: CompiledMission, busy: list[set[int]], t: int) -> Notice:
    """Why task ``t`` is not placed, given the slots ``busy`` per participant (``_occupied``)."""
    problem = compiled.problem
    task = problem.tasks[t]
    starts = candidate_starts(problem, t)
    if not starts:
        return _never_possible(compiled, t)
    spans = [set(range(s, s + task.duration)) for s in starts]
    full = [p for p in task.participants if all(span & busy[p] for span in spans)]
    if full:
        others = [p for p in task.participants if p not in full]
        other = _names(compiled, others) or "-"
        return Notice(FULL, {"who": _names(compiled, full), "other": other})
    return Notice(LOST)


def unscheduled_requests(
    compiled: CompiledMission,
    solution: Solution,
    language: str = "en",
    explained: Mapping[int, Notice] | None = None,
    deadline: float | None = None,
) -> list[UnscheduledRequest]:
    """Every request not honoured by ``solution``, with its reason in ``language``.

    ``explained`` gives known reasons per task (a conflict found while solving) that win over
    the reasons guessed here. Past ``deadline`` (``clock.now()``) the remaining
    requests are listed with ``UNEXPLAINED``: the list stays complete, the time limit holds.
    """
    explained = explained or {}
    busy = _occupied(compiled, solution)
    found = [
        UnscheduledRequest(
            requester=d.request.requester,
            target=d.request.target,
            preference=d.request.preference.value,
            reason=d.reason.render(language),
        )
        for d in compiled.dropped
    ]
    for t, origin in enumerate(compiled.origins):
        if solution.starts[t] is not None or not origin.requests:
            continue
        late = deadline is not None and clock.now() > deadline
        notice = explained.get(t) or (
            Notice(UNEXPLAINED) if late else task_reason(compiled, busy, t)
        )
        reason = notice.render(language)
        found.extend(
            UnscheduledRequest(
                requester=r.requester, target=r.target, preference=r.preference.value, reason=reason
            )
            for r in origin.requests
        )
    return found
