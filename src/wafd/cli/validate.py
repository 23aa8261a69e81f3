"""``wafd validate FILE``: every problem of a mission file, grouped by sheet.

Exit 0 when the file has no error (warnings allowed), 2 otherwise. The file
is only read. With ``--json`` the report is printed as JSON for machines.
With ``--outcomes`` the outcomes file is checked against the mission (and the
schedule given with ``--schedule``) once the mission itself is valid.
"""

import json
from pathlib import Path
from typing import Annotated

import typer

from wafd.cli.app import app
from wafd.cli.shared import EXIT_INVALID, LanguageOption
from wafd.model import Language


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="Mission workbook (.xlsx) or YAML file.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as JSON for other programs.")
    ] = False,
    lang: LanguageOption = Language.EN,
    outcomes: Annotated[
        Path | None,
        typer.Option("--outcomes", help="Also check this outcomes file (.xlsx or .yaml)."),
    ] = None,
    schedule: Annotated[
        Path | None,
        typer.Option("--schedule", help="Schedule whose meetings the outcomes refer to."),
    ] = None,
) -> None:
    """Check a mission file and list every problem with its sheet, row and column."""
    from wafd.cli.validate_view import render_report
    from wafd.io import read_mission, validate_mission_file

    report = validate_mission_file(file)
    if report.ok and outcomes is not None:
        from wafd.cli.outcomes_input import load_schedule
        from wafd.outcomes import outcome_context
        from wafd.outcomes.files import validate_outcomes_file

        mission = read_mission(file)
        context = outcome_context(mission=mission, schedule=load_schedule(mission, schedule, lang))
        report = validate_outcomes_file(outcomes, context=context)
    if as_json:
        print(json.dumps(report.to_dict(lang.value), ensure_ascii=False, indent=2))
    else:
        render_report(report, lang.value)
    if not report.ok:
        raise typer.Exit(EXIT_INVALID)
