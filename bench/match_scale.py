"""How long matchmaking takes for a large B2B event, and how much memory it needs.

Generates a seeded brokerage event (participants writing offers and needs in Arabic,
French, English or a mix, drawing on the theme vocabulary plus a long tail of rarer words),
asks for the top 10 candidates of every participant with the default lexical encoder, and
prints one table row per size: wall-clock and CPU seconds (the machine is shared: CPU
seconds say how much work it was), peak resident memory, recommendations returned.

    nice .venv/bin/python bench/match_scale.py 1000 5000 10000
"""

import random
import resource
import sys
import time

from wafd.match import match_mission
from wafd.model import (
    DEFAULT_THEMES,
    EventKind,
    LocalizedText,
    Mission,
    Organisation,
    Participant,
    Role,
)

PHRASES = {
    "en": ["solutions for {}", "{} services", "expertise in {}", "partners in {}", "{} projects"],
    "fr": ["solutions de {}", "services en {}", "expertise en {}", "partenaires en {}"],
    "ar": ["حلول في {}", "خدمات {}", "خبرة في {}", "شركاء في {}"],
}
SYLLABLES = ["ka", "ro", "mi", "tel", "dun", "sar", "vo", "lix", "pen", "qua", "zor", "bel", "nim"]
TAIL = [
    a + b + c + d
    for a in SYLLABLES
    for b in SYLLABLES
    for c in SYLLABLES
    for d in ("", "ware", "tech", "net", "ia")
]
"""About 11,000 made-up product and company words: the long tail of real profiles' vocabulary."""


def tail_word(rng: random.Random) -> str:
    """Zipf-like draw: a few tail words are common, most are rare."""
    return TAIL[min(int(rng.paretovariate(0.6)) - 1, len(TAIL) - 1)]


def topic(rng: random.Random, language: str) -> str:
    theme = rng.choice(DEFAULT_THEMES)
    words = [theme.label.get(language), *theme.synonyms]
    return rng.choice(PHRASES[language]).format(rng.choice(words))


def text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        language = rng.choice(("en", "fr", "ar"))
        parts.append(topic(rng, language))
    parts += [tail_word(rng) for _ in range(rng.randint(0, 6))]
    return ", ".join(parts)


def generate(size: int, seed: int = 7) -> Mission:
    rng = random.Random(seed)
    organisations = [
        Organisation(id=f"o{i}", name=LocalizedText(en=f"Org {i}")) for i in range(size // 2)
    ]
    participants = [
        Participant(
            id=f"p{i}",
            name=f"P {i}",
            organisation=f"o{rng.randrange(len(organisations))}",
            role=rng.choice((Role.DELEGATE, Role.HOST)),
            themes=tuple(t.id for t in rng.sample(DEFAULT_THEMES, rng.randint(0, 2))),
            offers=text(rng),
            needs=text(rng),
        )
        for i in range(size)
    ]
    return Mission(
        id="bench",
        name=LocalizedText(en="Benchmark event"),
        kind=EventKind.B2B,
        organisations=tuple(organisations),
        participants=tuple(participants),
    )


def main(sizes: list[int]) -> None:
    print("| participants | wall s | CPU s | peak RSS (MB) | recommendations |")
    print("|---:|---:|---:|---:|---:|")
    for size in sizes:
        mission = generate(size)
        began, cpu = time.perf_counter(), time.process_time()
        result = match_mission(mission, top=10)
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        found = len(result.recommendations)
        print(f"| {size:,} | {seconds:.1f} | {cpu:.1f} | {peak:.0f} | {found:,} |")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10_000])
