"""Mutation fuzzing of mission files: every damaged workbook or YAML file is refused in one
located message, or accepted and then scheduled, checked and exported, never a traceback, a
crash, a hang or a memory blow-up (issue 16).

The corpus is generated from the sample mission with a seed: workbooks changed cell by cell
(hostile values, far cells, deleted rows, sheets and headers, formula errors) or byte by byte
(flipped bytes, truncation, raw XML edits), and YAML files changed line by line (hostile
scalars, anchors and aliases, tabs, deep nesting, truncation). Each case runs in its own
forked process under a memory limit and a time limit::

    python bench/fuzz.py --workbooks 300 --yaml 60 --seed 16 --jobs 2

Prints one table and exits 1 when any case ended in a traceback, a crash or a hang.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import select
import signal
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from datetime import time as clock
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from wafd.export import export_documents
from wafd.io import read_mission, validate_mission_file, write_mission
from wafd.model import Role
from wafd.sample import build_sample_mission
from wafd.schedule import check_schedule, schedule_mission
from wafd.schedule.size import ModelTooLargeError

MEMORY_LIMIT = 3 << 30
CASE_SECONDS = 90
SOLVE_SECONDS = 1.0
HOSTILE_VALUES: tuple[object, ...] = (
    10**30, -1, 0, 2**63, 1e308, -1e-9, "", " ", "x" * 6000, "a\nb", "\ufffe", "2024-02-30",
    "25:99", "=1/0", True, date(1900, 1, 1), date(9999, 12, 31), clock(23, 59), "all_delegates",
    "١٢:٣٠", "null", "#DIV/0!", "d-1,d-2;;", "houston", "must", 3.5, "   padded   ",
)  # fmt: skip
EXTREME_VALUES: tuple[object, ...] = (
    "x" * 199, "Zoë 😀 عربي", "a\nb\r\nc", 1000, 48, 5, 480, 720, 1440, 1, "yes", "no",
    "Notes\nover\nthree lines", "‏RTL‎ mark", "<b>&amp;</b>", "'; DROP TABLE x;--", "=SUM(A1)",
    60, 30, 12, "0", "one_to_one", "group_visit", "briefing", "b2b", "tour",
)  # fmt: skip
"""Values the format accepts at its edges: they must go all the way to the documents."""
HOSTILE_SCALARS = (
    "2024-02-30", "99999999999999999999999", ".nan", ".inf", "-.inf", "'" + "x" * 6000 + "'",
    '"a\\nb"', '"\\ufffe"', '"\\x01"', "[1, [2, [3]]]", "{a: 1}", "&a x", "*a",
    "!!python/object/apply:os.system ['true']", "!!binary AAAA", "~", "''", "yes", "0x1F",
    "1_000", "2024-13-01", "12:30:99", "[" * 50 + "]" * 50, "-1", "1e999", "!!set {a, b}",
)  # fmt: skip
ALIAS_BOMB = (
    "bomb: &a ["
    + ",".join(["lol"] * 10)
    + "]\n"
    + "".join(
        f"bomb{i}: &a{i} [" + ",".join([f"*a{i - 1}" if i > 1 else "*a"] * 10) + "]\n"
        for i in range(1, 9)
    )
)


@dataclass
class Tally:
    outcomes: Counter[str] = field(default_factory=Counter)
    peak_kb: int = 0
    failures: list[str] = field(default_factory=list)


def mutate_workbook(source: Path, target: Path, rng: random.Random) -> str:
    """One to three cell-level edits with openpyxl, or one byte-level edit of the zip."""
    if rng.random() < 0.15:
        return _mutate_bytes(source, target, rng)
    workbook = load_workbook(source)
    done = []
    for _ in range(rng.choice((1, 1, 1, 1, 2, 2, 3))):
        sheet = rng.choice(workbook.worksheets)
        edit = rng.choice(("cell",) * 12 + ("far", "rows", "sheet", "header", "copy", "copy"))
        if edit == "cell":
            row, column = rng.randint(2, sheet.max_row + 1), rng.randint(1, sheet.max_column)
            value = rng.choice(EXTREME_VALUES if rng.random() < 0.6 else HOSTILE_VALUES)
            try:
                sheet.cell(row=row, column=column, value=value)  # type: ignore[arg-type]
            except (ValueError, TypeError):
                continue
            done.append(f"{sheet.title}!{get_column_letter(column)}{row}={value!r:.20}")
        elif edit == "far":
            reference = rng.choice(("XFD1048576", "ZZ100000", "A200000", "BM2", "C100001"))
            sheet[reference] = "x"
            done.append(f"{sheet.title}!{reference}")
        elif edit == "rows" and sheet.max_row > 1:
            sheet.delete_rows(2, rng.randint(1, sheet.max_row))
            done.append(f"{sheet.title}: rows deleted")
        elif edit == "sheet" and len(workbook.worksheets) > 1:
            workbook.remove(sheet)
            done.append(f"{sheet.title}: deleted")
        elif edit == "header":
            sheet.cell(row=1, column=rng.randint(1, sheet.max_column), value=rng.choice(("", "id")))
            done.append(f"{sheet.title}: header changed")
        elif edit == "copy" and sheet.max_row > 1:
            row = [c.value for c in sheet[rng.randint(2, sheet.max_row)]]
            sheet.append(row)
            done.append(f"{sheet.title}: row duplicated")
    workbook.save(target)
    return "; ".join(done) or "unchanged"


def _mutate_bytes(source: Path, target: Path, rng: random.Random) -> str:
    data = bytearray(source.read_bytes())
    edit = rng.choice(("flip", "truncate", "xml"))
    if edit == "flip":
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        target.write_bytes(bytes(data))
        return "bytes flipped"
    if edit == "truncate":
        target.write_bytes(bytes(data[: rng.randrange(len(data))]))
        return "truncated"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as edited:
        sheets = [n for n in original.namelist() if n.startswith("xl/worksheets/sheet")]
        victim = rng.choice(sheets)
        for info in original.infolist():
            xml = original.read(info.filename)
            if info.filename == victim:
                replacement = rng.choice(
                    (b"<v>&#1;</v>", b"<v>#DIV/0!</v>", b"<v>1e999</v>", b"<v></v>", b"<v>")
                )
                xml = re.sub(rb"<v>[^<]*</v>", replacement, xml, count=rng.randint(1, 5))
                if replacement == b"<v>#DIV/0!</v>":
                    xml = xml.replace(b't="n"', b't="e"', 3)
            edited.writestr(info, xml)
    return f"xml of {victim} edited"


def mutate_yaml(text: str, rng: random.Random) -> tuple[str, str]:
    lines = text.splitlines()
    done = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        edit = rng.choice(("value",) * 10 + ("delete", "delete", "indent", "bomb", "cut", "tab"))
        index = rng.randrange(len(lines))
        if edit == "value" and ":" in lines[index]:
            key = lines[index].split(":", 1)[0]
            pool = [repr(v) if isinstance(v, str) else str(v) for v in EXTREME_VALUES]
            value = rng.choice(pool if rng.random() < 0.6 else HOSTILE_SCALARS)
            lines[index] = f"{key}: {value}"
        elif edit == "delete":
            del lines[index]
        elif edit == "indent":
            lines[index] = " " * rng.choice((1, 3, 8)) + lines[index]
        elif edit == "bomb":
            lines = ALIAS_BOMB.splitlines() + lines
        elif edit == "cut":
            lines = lines[:index]
        elif edit == "tab":
            lines[index] = "\t" + lines[index]
        done.append(f"{edit}@{index + 1}")
    return "\n".join(lines) + "\n", " ".join(done)


def run_case(path: Path, folder: Path) -> dict[str, object]:
    """Validate; when accepted, schedule (greedy, optimal), check and export every format."""
    report = validate_mission_file(path)
    if not report.ok:
        located = all(i.message and (i.sheet or i.row or i.value) for i in report.errors)
        return {"outcome": "refused" if located else "unlocated"}
    mission = read_mission(path)
    try:
        results = [
            schedule_mission(mission, mode="greedy"),
            schedule_mission(mission, time_limit=SOLVE_SECONDS),
        ]
    except ModelTooLargeError:
        return {"outcome": "refused"}
    for result in results:
        if result.status in ("optimal", "feasible") and check_schedule(mission, result.schedule):
            return {"outcome": "checker rejects", "status": result.status}
    schedule = results[-1].schedule
    export_documents(mission, schedule, out_dir=folder / "all", formats=["ics", "html", "xlsx"])
    readers = [
        next((p.id for p in mission.participants if p.role == role), None)
        for role in (Role.DELEGATE, Role.HOST)
    ]
    export_documents(
        mission, schedule, out_dir=folder / "pdf", formats=["pdf"],
        participant_ids=[r for r in readers if r is not None],
    )  # fmt: skip
    return {"outcome": "accepted", "status": results[-1].status}


def _child(case: tuple[str, int], folder: Path, seeds: dict[str, Path], write: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    kind, number = case
    rng = random.Random(f"{kind}-{number}")
    work = folder / f"{kind}-{number}"
    work.mkdir()
    try:
        if kind == "workbook":
            path = work / "mission.xlsx"
            what = mutate_workbook(seeds["workbook"], path, rng)
        else:
            path = work / "mission.yaml"
            text, what = mutate_yaml(seeds["yaml"].read_text(encoding="utf-8"), rng)
            path.write_text(text, encoding="utf-8")
        outcome = {**run_case(path, work), "what": what}
    except MemoryError:
        outcome = {"outcome": "crash", "what": "MemoryError"}
    except BaseException:
        outcome = {"outcome": "traceback", "what": traceback.format_exc(limit=-3)}
    os.write(write, json.dumps(outcome, default=str).encode())
    os._exit(0)


def _start(case: tuple[str, int], folder: Path, seeds: dict[str, Path]) -> tuple[int, int, float]:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        _child(case, folder, seeds, write)
    os.close(write)
    return pid, read, time.monotonic()


def _finish(pid: int, read: int, began: float, tally: Tally, label: str) -> None:
    chunks = []
    while True:
        ready, _, _ = select.select([read], [], [], 1.0)
        if ready:
            chunk = os.read(read, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
        elif time.monotonic() - began > CASE_SECONDS:
            os.kill(pid, signal.SIGKILL)
            break
    os.close(read)
    _, status, usage = os.wait4(pid, 0)
    tally.peak_kb = max(tally.peak_kb, usage.ru_maxrss)
    if time.monotonic() - began > CASE_SECONDS:
        outcome = {"outcome": "hang"}
    elif not chunks or os.WIFSIGNALED(status):
        outcome = {"outcome": "crash", "what": f"status {status}"}
    else:
        outcome = json.loads(b"".join(chunks))
    tally.outcomes[str(outcome["outcome"])] += 1
    if outcome["outcome"] not in ("refused", "accepted"):
        tally.failures.append(f"{label}: {outcome['outcome']}: {outcome.get('what', '')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workbooks", type=int, default=300)
    parser.add_argument("--yaml", type=int, default=60)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    cases = [("workbook", args.seed * 10_000 + n) for n in range(args.workbooks)]
    cases += [("yaml", args.seed * 10_000 + n) for n in range(args.yaml)]
    tallies = {"workbook": Tally(), "yaml": Tally()}
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        seeds = {"workbook": folder / "sample.xlsx", "yaml": folder / "sample.yaml"}
        for path in seeds.values():
            write_mission(build_sample_mission(), path)
        running: list[tuple[tuple[str, int], int, int, float]] = []
        for case in [*cases, None]:
            while running and (case is None or len(running) >= args.jobs):
                done, pid, read, started = running.pop(0)
                _finish(pid, read, started, tallies[done[0]], f"{done[0]} {done[1]}")
            if case is not None:
                running.append((case, *_start(case, folder, seeds)))
    _print_table(tallies, time.monotonic() - began)
    bad = [f for t in tallies.values() for f in t.failures]
    for failure in bad:
        print(failure, file=sys.stderr)
    sys.exit(1 if bad else 0)


def _print_table(tallies: dict[str, Tally], seconds: float) -> None:
    print(
        "| files | cases | refused cleanly | accepted, then scheduled, checked, exported "
        "| tracebacks | crashes | hangs | checker rejects | unlocated | peak MB |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, tally in tallies.items():
        o = tally.outcomes
        print(
            f"| {kind} | {sum(o.values())} | {o['refused']} | {o['accepted']} | {o['traceback']} "
            f"| {o['crash']} | {o['hang']} | {o['checker rejects']} | {o['unlocated']} "
            f"| {tally.peak_kb // 1024} |"
        )
    print(f"\n{seconds:.0f} s in all")


if __name__ == "__main__":
    main()
