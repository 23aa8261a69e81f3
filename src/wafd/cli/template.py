"""``wafd template FILE.xlsx``: the workbook organisers fill in by hand."""

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from wafd.cli.app import app, console
from wafd.cli.shared import (
    EXIT_REFUSED,
    ForceOption,
    LanguageOption,
    complain,
    refuse_bad_output,
)
from wafd.i18n import N_, translate
from wafd.model import Language


@app.command()
def template(
    file: Annotated[Path, typer.Argument(help="Where to write the workbook (*.xlsx).")],
    force: ForceOption = False,
    lang: LanguageOption = Language.EN,
    outcomes: Annotated[
        bool,
        typer.Option("--outcomes", help="Write the outcomes workbook (attendance, feedback…)."),
    ] = False,
) -> None:
    """Write an empty mission workbook: headers, hints in --lang, an example row per sheet."""
    from wafd.io import write_template
    from wafd.io.sheets import SHEETS
    from wafd.outcomes.files import write_outcomes_template
    from wafd.outcomes.sheets import OUTCOME_SHEETS

    language = lang.value
    refuse_bad_output(file, force=force, language=language)
    if file.suffix.lower() != ".xlsx":
        message = translate("io", language, N_("{file}: a template must be named *.xlsx."))
        complain(f"✗ {message.format(file=file)}")
        raise typer.Exit(EXIT_REFUSED)
    try:
        if outcomes:
            written = write_outcomes_template(file, language=language)
        else:
            written = write_template(file, force=force, language=language)
    except OSError as error:
        message = translate("io", language, N_("Cannot write {file}: {reason}."))
        reason = error.strerror or type(error).__name__
        complain(f"✗ {message.format(file=file, reason=reason)}")
        raise typer.Exit(EXIT_REFUSED) from None
    sheets = ", ".join(sheet.name for sheet in (OUTCOME_SHEETS if outcomes else SHEETS))
    console.print(f"[green]✓[/] {escape(str(written))}: {sheets}")
    next_step = N_("Replace the example rows with your mission, then run: wafd validate {file}")
    console.print(escape(translate("io", language, next_step).format(file=written)))
