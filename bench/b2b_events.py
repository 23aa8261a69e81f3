"""Generate B2B brokerage events in the published ``.dzn`` format, each with a known schedule
without any break.

The schedule comes first and the meetings are read off it, so a zero-break schedule is known
to exist whatever the solver does:

1. every participant gets a number of meetings ``k`` (uniform in ``mean - 4 .. mean + 4``,
   within the day) and one window of ``k`` consecutive slots, placed at random in the day;
2. slot by slot, the participants whose window covers the slot are paired at random into
   meetings never used before (a pair meets at most once); when their number is odd, one
   window is stretched or shrunk by one slot at its edge (a window starting or ending next to
   the slot), which keeps every window contiguous;
3. the meetings are shuffled, so the request order reveals nothing of the construction; each
   may be held in either session (morning or afternoon, ``3`` in the format);
4. each participant is unavailable for one block of 0 to 2 slots outside their window (the
   ``forbidden`` field), which makes first-come-first-served booking harder but never the
   known schedule impossible.

There are exactly as many tables as the busiest slot of the known schedule holds meetings:
capacity is tight. All meetings are required and fairness is ``d = 2`` in ``bench/dzn.py``'s
reading, as for the published instances; no fixed meetings, no precedences.

    python bench/b2b_events.py --participants 1000 --slots 20 --meetings 6500 --out e1000.dzn
    python bench/b2b_events.py --participants 3000 --slots 24 --meetings 24000 --out e3000.dzn
    python bench/b2b.py e1000.dzn e3000.dzn --time-limit 120
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

SPREAD = 4


def known_schedule(
    n: int, n_slots: int, meetings: int, rng: random.Random
) -> tuple[list[tuple[int, int, int]], list[range]]:
    """Meetings as (first, second, slot), participants from 0, and each participant's window."""
    mean = round(2 * meetings / n)
    lengths = [max(1, min(n_slots, mean + rng.randint(-SPREAD, SPREAD))) for _ in range(n)]
    windows = [[start, start + k] for k in lengths for start in [rng.randint(0, n_slots - k)]]
    held: set[tuple[int, int]] = set()
    placed: list[tuple[int, int, int]] = []
    for slot in range(n_slots):
        busy = [p for p in range(n) if windows[p][0] <= slot < windows[p][1]]
        if len(busy) % 2:
            _even_out(windows, busy, slot)
            busy = [p for p in range(n) if windows[p][0] <= slot < windows[p][1]]
        placed.extend((a, b, slot) for a, b in _pairs(busy, held, rng))
    return placed, [range(first, last) for first, last in windows]


def _even_out(windows: list[list[int]], busy: list[int], slot: int) -> None:
    """Change one window at its edge so that an even number of participants is busy at
    ``slot``: stretch a window that ends just before it or starts just after it, else shrink
    one that starts or ends on it."""
    for p, (first, last) in enumerate(windows):
        if last == slot:
            windows[p][1] = slot + 1
            return
        if first == slot + 1:
            windows[p][0] = slot
            return
    for p in busy:
        first, last = windows[p]
        if last - first > 1 and first == slot:
            windows[p][0] = slot + 1
            return
        if last - first > 1 and last == slot + 1:
            windows[p][1] = slot
            return
    raise RuntimeError(f"cannot even out slot {slot}")  # never seen: windows start everywhere


def _pairs(
    busy: list[int], held: set[tuple[int, int]], rng: random.Random
) -> list[tuple[int, int]]:
    """Pair up ``busy`` at random with pairs not held before: a pair that met already swaps a
    partner with another random pair until both are fresh."""
    order = rng.sample(busy, len(busy))
    pairs = [[a, b] for a, b in zip(order[::2], order[1::2], strict=True)]

    def fresh(a: int, b: int) -> bool:
        return (min(a, b), max(a, b)) not in held

    for i, pair in enumerate(pairs):
        for _ in range(10_000):
            if fresh(*pair):
                break
            other = pairs[rng.randrange(len(pairs))]
            if other is not pair and fresh(pair[0], other[1]) and fresh(other[0], pair[1]):
                pair[1], other[1] = other[1], pair[1]
        else:
            raise RuntimeError(f"no fresh partner for pair {i}")
    result = [(min(a, b), max(a, b)) for a, b in pairs]
    held.update(result)
    return result


def away_blocks(n_slots: int, windows: list[range], rng: random.Random) -> list[set[int]]:
    """One block of 0-2 slots outside each participant's window."""
    blocks = []
    for window in windows:
        outside = [s for s in range(n_slots) if s not in window]
        length = rng.randint(0, 2)
        start = rng.choice(outside) if outside else 0
        blocks.append({s for s in range(start, start + length) if s in outside})
    return blocks


def write_dzn(n: int, n_slots: int, seed: int, meetings: int) -> str:
    """The event as MiniZinc data (the format of ``bench/dzn.py``)."""
    rng = random.Random(seed)
    placed, windows = known_schedule(n, n_slots, meetings, rng)
    away = away_blocks(n_slots, windows, rng)
    tables = max(sum(slot == s for _, _, slot in placed) for s in range(n_slots))
    rng.shuffle(placed)
    rows = " |".join(f"{a + 1}, {b + 1}, 3" for a, b, _ in placed)
    forbidden = ", ".join(
        "{" + (",".join(str(s + 1) for s in sorted(b)) or "0") + "}" for b in away
    )
    return (
        f"% generated by bench/b2b_events.py: {n} participants, seed {seed};"
        " a schedule without breaks exists\n"
        f"nBusiness = {n}; nMeetings = {len(placed)}; nTables = {tables};\n"
        f"nTotalSlots = {n_slots}; nMorningSlots = {n_slots // 2};\n"
        f"requested = [|{rows} |];\n"
        f"forbidden = [{forbidden}];\n"
        f"fixed = [{', '.join('0' for _ in placed)}];\n"
        f"precedences = [{', '.join('{}' for _ in placed)}];\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--slots", type=int, default=20)
    parser.add_argument("--meetings", type=int, default=6500, help="about this many")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if not 2 <= args.participants <= 20_000 or not 2 <= args.slots <= 100:
        print("--participants 2..20000 and --slots 2..100", file=sys.stderr)
        return 2
    text = write_dzn(args.participants, args.slots, args.seed, args.meetings)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {text.count('|') - 1} meetings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
