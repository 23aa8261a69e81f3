"""The scheduling engine: CP-SAT model, greedy baseline, re-planning and the checker.

Mission-level API (what the CLI, the web views and the demo call):

- ``schedule_mission(mission, *, mode, time_limit, on_progress, seed) -> ScheduleResult``
- ``check_schedule(mission, schedule) -> list[ScheduleViolation]``
- ``replan_mission(mission, schedule, *, cancel, lock, time_limit, seed) -> ReplanResult``

The engine underneath works on the integer ``Problem`` (``wafd.schedule.problem``), compiled
from a mission by ``compile_mission``.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wafd.schedule.check import check_schedule
    from wafd.schedule.compile import CompiledMission, compile_mission
    from wafd.schedule.diff import MeetingChange
    from wafd.schedule.notices import Notice
    from wafd.schedule.plan import ScheduleResult, schedule_mission
    from wafd.schedule.progress import ProgressCallback
    from wafd.schedule.replan import ReplanError, ReplanResult, replan_mission
    from wafd.schedule.violation_text import ScheduleViolation

# Loaded on first use: documents import ``wafd.schedule.travel`` without paying for OR-Tools.
_HOMES = {
    "CompiledMission": "compile",
    "MeetingChange": "diff",
    "Notice": "notices",
    "ProgressCallback": "progress",
    "ReplanError": "replan",
    "ReplanResult": "replan",
    "ScheduleResult": "plan",
    "ScheduleViolation": "violation_text",
    "check_schedule": "check",
    "compile_mission": "compile",
    "replan_mission": "replan",
    "schedule_mission": "plan",
}

__all__ = [
    "CompiledMission",
    "MeetingChange",
    "Notice",
    "ProgressCallback",
    "ReplanError",
    "ReplanResult",
    "ScheduleResult",
    "ScheduleViolation",
    "check_schedule",
    "compile_mission",
    "replan_mission",
    "schedule_mission",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
