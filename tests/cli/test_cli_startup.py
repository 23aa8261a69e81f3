"""``wafd --help`` and every ``wafd COMMAND --help`` start without loading the engine's libraries.

scikit-learn, OR-Tools, fpdf2, openpyxl and Django took about three seconds to import at every
start; a command imports what it needs when it runs. Each check runs in a fresh interpreter,
since this test process has long imported everything.
"""

import json
import subprocess
import sys

HEAVY = ("sklearn", "scipy", "ortools", "fpdf", "uharfbuzz", "openpyxl", "django")

HELP_OF_EVERY_COMMAND = """
import typer.main
from typer.testing import CliRunner
from wafd.cli import app

runner = CliRunner()
names = ["", *typer.main.get_command(app).commands]
failed = [n for n in names if runner.invoke(app, [n, "--help"] if n else ["--help"]).exit_code]
assert len(names) > 10 and failed == [], (names, failed)
"""


def _libraries_loaded_by(code: str) -> list[str]:
    """Which of ``HEAVY`` a fresh interpreter has imported after running ``code``."""
    report = f"import sys, json; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    finished = subprocess.run(
        [sys.executable, "-c", f"{code}\n{report}"], capture_output=True, text=True, check=False
    )
    assert finished.returncode == 0, finished.stderr
    loaded: list[str] = json.loads(finished.stdout.splitlines()[-1])
    return loaded


def test_startup_help_of_every_command_loads_no_engine_library() -> None:
    assert _libraries_loaded_by(HELP_OF_EVERY_COMMAND) == []


def test_startup_engine_packages_load_the_libraries_the_cli_defers() -> None:
    """The names in ``HEAVY`` are modules the engine really imports, so the check above bites."""
    engine = "import wafd.io, wafd.match, wafd.export\nfrom wafd.schedule import schedule_mission"
    loaded = _libraries_loaded_by(engine)

    assert set(loaded) == set(HEAVY) - {"django"}
