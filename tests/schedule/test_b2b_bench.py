"""The B2B benchmark script reports every instance, with or without a schedule, and the
generated events come with the zero-break schedule they were built from."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))

from b2b import main
from b2b_events import known_schedule, write_dzn
from dzn import problem_from_dzn
from wafd.schedule.checker import find_violations
from wafd.schedule.problem import Solution
from wafd.schedule.terms import breaks

FEASIBLE = """nBusiness = 3; nMeetings = 2; nTables = 1;
nTotalSlots = 2; nMorningSlots = 1;
requested = [|1, 2, 3 |1, 3, 3 |];
forbidden = [{0},{0},{0}];
fixed = [0,0];
precedences = [{},{}];
"""
IMPOSSIBLE = FEASIBLE.replace("fixed = [0,0]", "fixed = [1,1]")


def test_b2b_json_has_null_slots_for_an_instance_without_schedule(tmp_path: Path) -> None:
    (tmp_path / "a.dzn").write_text(IMPOSSIBLE, encoding="utf-8")
    (tmp_path / "b.dzn").write_text(FEASIBLE, encoding="utf-8")
    out = tmp_path / "out.json"

    code = main([str(tmp_path / "a.dzn"), str(tmp_path / "b.dzn"), "--json", str(out)])

    results = json.loads(out.read_text(encoding="utf-8"))
    assert code == 0
    assert [set(r) for r in results] == [{"instance", "status", "breaks", "seconds", "slots"}] * 2
    assert (results[0]["status"], results[0]["slots"]) == ("infeasible", None)
    assert results[1]["status"] == "optimal"
    assert sorted(results[1]["slots"]) == [1, 2]


def test_generated_event_holds_its_known_schedule_without_breaks(tmp_path: Path) -> None:
    path = tmp_path / "event.dzn"
    path.write_text(write_dzn(120, 12, 5, 500), encoding="utf-8")
    problem = problem_from_dzn(path)
    placed, _ = known_schedule(120, 12, 500, random.Random(5))
    slot_of = {(a, b): slot for a, b, slot in placed}
    starts = tuple(slot_of[task.participants] for task in problem.tasks)
    known = Solution(starts, (0,) * len(starts), "feasible", {}, {}, 0.0)

    assert find_violations(problem, known) == []
    assert breaks.evaluate(problem, known) == 0
    assert 450 <= len(problem.tasks) <= 550
