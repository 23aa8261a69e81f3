"""Read B2B meeting-scheduling instances (MiniZinc ``.dzn`` data) into Wafd's Problem.

The format is the one of Bofill et al. (JAIR 2022), described in the README of the instance
folder: participants and meetings numbered from 1, each meeting a pair with a session
(1 morning, 2 afternoon, 3 either), forbidden slots per participant (0 is a placeholder),
a fixed slot per meeting (0 = free) and per meeting the set of meetings held before it.
Every meeting is required, there is one hall whose tables are the capacity, breaks count for
everybody and fairness is ``d = 2`` unless told otherwise.

Only the subset of MiniZinc data the instances use is parsed: integers, ranges ``a..b``,
sets ``{...}``, one-dimensional arrays ``[...]`` and two-dimensional arrays ``[| ... |]``.
"""

from __future__ import annotations

import re
from pathlib import Path

from wafd.schedule.problem import Problem, Task

Value = int | list[int] | list[list[int]] | list[frozenset[int]]

_ASSIGNMENT = re.compile(r"(\w+)\s*=\s*(.*?);", re.DOTALL)
MORNING, AFTERNOON = 1, 2


class DznError(ValueError):
    """The file is not B2B MiniZinc data: names the field and what was expected."""


def parse_dzn(text: str) -> dict[str, Value]:
    """Assignments of a ``.dzn`` file, comments removed, values as Python ints/lists/sets."""
    text = re.sub(r"%[^\n]*", "", text)
    return {name: _value(name, raw.strip()) for name, raw in _ASSIGNMENT.findall(text)}


def _value(name: str, raw: str) -> Value:
    if raw.startswith("[|"):
        rows = [row.strip().strip(",") for row in raw[2:].rstrip("]").split("|")]
        return [_ints(name, row) for row in rows if row]
    if raw.startswith("["):
        body = raw[1:-1].strip()
        if body.startswith("{") or body == "":
            return [frozenset(_ints(name, item)) for item in re.findall(r"\{(.*?)\}", body)]
        return _ints(name, body)
    try:
        return int(raw)
    except ValueError as error:
        raise DznError(f"{name}: expected an integer, found {raw[:40]!r}") from error


def _ints(name: str, text: str) -> list[int]:
    numbers: list[int] = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        if ".." in item:
            low, high = item.split("..")
            numbers.extend(range(int(low), int(high) + 1))
        elif re.fullmatch(r"-?\d+", item):
            numbers.append(int(item))
        else:
            raise DznError(f"{name}: expected integers, found {item!r}")
    return numbers


def _field(data: dict[str, Value], name: str) -> Value:
    if name not in data:
        raise DznError(f"missing field {name}")
    return data[name]


def _int(data: dict[str, Value], name: str) -> int:
    value = _field(data, name)
    if not isinstance(value, int):
        raise DznError(f"{name}: expected an integer")
    return value


def problem_from_dzn(path: Path, *, fairness: int | None = 2) -> Problem:
    """The instance as a Problem: task ``i`` is meeting ``i + 1`` of the file."""
    data = parse_dzn(path.read_text(encoding="utf-8"))
    n_people, n_slots = _int(data, "nBusiness"), _int(data, "nTotalSlots")
    morning, tables, n_meetings = (
        _int(data, "nMorningSlots"),
        _int(data, "nTables"),
        _int(data, "nMeetings"),
    )
    requested = _field(data, "requested")
    forbidden = data.get("forbidden", [frozenset()] * n_people)
    fixed = data.get("fixed", [0] * n_meetings)
    before = data.get("precedences", [frozenset()] * n_meetings)
    if not isinstance(requested, list) or len(requested) != n_meetings:
        raise DznError(f"requested: expected {n_meetings} rows")
    if not isinstance(forbidden, list) or len(forbidden) != n_people:
        raise DznError(f"forbidden: expected {n_people} sets")
    if not isinstance(fixed, list) or len(fixed) != n_meetings:
        raise DznError(f"fixed: expected {n_meetings} integers")
    if not isinstance(before, list) or len(before) != n_meetings:
        raise DznError(f"precedences: expected {n_meetings} sets")
    sessions = {
        MORNING: frozenset(range(morning)),
        AFTERNOON: frozenset(range(morning, n_slots)),
    }
    tasks = []
    for i, row in enumerate(requested):
        if not isinstance(row, list) or len(row) != 3:
            raise DznError(f"requested row {i + 1}: expected 'participant, participant, session'")
        first, second, session = row
        slot = fixed[i]
        preceding = before[i]
        assert isinstance(slot, int)
        assert isinstance(preceding, frozenset)
        tasks.append(
            Task(
                id=f"m{i + 1}",
                participants=(first - 1, second - 1),
                duration=1,
                required=True,
                allowed_starts=sessions.get(session),
                fixed_start=slot - 1 if slot > 0 else None,
                after=tuple(sorted(m - 1 for m in preceding)),
            )
        )
    unavailable = []
    for slots in forbidden:
        assert isinstance(slots, frozenset)
        unavailable.append(frozenset(s - 1 for s in slots if s > 0))
    return Problem(
        n_slots=n_slots,
        slot_minutes=20,
        slot_day=(0,) * n_slots,
        participants=tuple(f"b{p + 1}" for p in range(n_people)),
        unavailable=tuple(unavailable),
        venue_names=("hall",),
        venue_capacity=(tables,),
        travel=((0,),),
        tasks=tuple(tasks),
        max_per_day=(None,) * n_people,
        break_weight=(1,) * n_people,
        fairness=fairness,
    )
