"""``docs/cli.md`` is generated from the commands themselves, so it cannot drift from ``--help``.

When a command changes, regenerate the page with::

    WAFD_UPDATE_DOCS=1 .venv/bin/pytest tests/cli/test_cli_reference.py
"""

import os
from pathlib import Path
from typing import Any

import typer
import typer.main

from wafd.cli import app

REFERENCE = Path(__file__).parents[2] / "docs" / "cli.md"
HEADER = """# `wafd` command reference

Generated from the commands' `--help` by `tests/cli/test_cli_reference.py`; do not edit by
hand. Regenerate with `WAFD_UPDATE_DOCS=1 .venv/bin/pytest tests/cli/test_cli_reference.py`.

Exit codes: 0 done, 1 a file could not or should not be written (add `--force` to replace an
existing output), 2 bad input (the message names the file, sheet, row and column).
"""


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _parameter_row(parameter: Any, context: typer.Context) -> str:
    names, help_text = parameter.get_help_record(context)
    return f"| `{_cell(names)}` | {_cell(help_text)} |"


def _command_section(name: str, command: Any, group_context: typer.Context) -> str:
    context = typer.Context(command, info_name=name, parent=group_context)
    usage = " ".join(command.collect_usage_pieces(context))
    rows = [_parameter_row(p, context) for p in command.get_params(context)]
    return "\n".join(
        [
            f"## `wafd {name}`",
            "",
            (command.help or "").strip(),
            "",
            f"```\nwafd {name} {usage}\n```",
            "",
            "| argument or option | meaning |",
            "| --- | --- |",
            *rows,
            "",
        ]
    )


def _commands() -> tuple[Any, typer.Context, list[str]]:
    """The ``wafd`` group as Typer builds it, and its command names in listing order."""
    group: Any = typer.main.get_command(app)
    context = typer.Context(group, info_name="wafd")
    return group, context, group.list_commands(context)


def render_reference() -> str:
    group, context, names = _commands()
    summary = [
        f"| [`{name}`](#wafd-{name}) | {_cell(group.commands[name].get_short_help_str(200))} |"
        for name in names
    ]
    sections = [_command_section(name, group.commands[name], context) for name in names]
    table = ["| command | what it does |", "| --- | --- |", *summary, ""]
    return "\n".join([HEADER, *table, *sections])


def test_cli_reference_matches_the_commands() -> None:
    expected = render_reference()
    if os.environ.get("WAFD_UPDATE_DOCS") == "1":
        REFERENCE.write_text(expected, encoding="utf-8")

    assert REFERENCE.read_text(encoding="utf-8") == expected


def test_cli_reference_every_command_has_a_one_line_description() -> None:
    group, _, names = _commands()
    lines = {name: (group.commands[name].help or "").strip().splitlines() for name in names}

    assert [name for name, text in lines.items() if len(text) != 1 or len(text[0]) > 100] == []
