"""``wafd mail MISSION SCHEDULE --smtp URL``: programmes and change notices by e-mail.

For organisers who do not run the web application. ``--dry-run --out DIR`` writes one ``.eml``
per message instead of sending. A participant without an address is listed, not an error; a
server that refuses (connection, login, 4xx/5xx) gives a clear message and exit code 1 with
what was sent and what was not.
"""

import os
from pathlib import Path
from typing import Annotated

import typer

from wafd.cli.app import app
from wafd.cli.shared import EXIT_INVALID, EXIT_REFUSED, LanguageOption, complain
from wafd.i18n import N_
from wafd.model import Language

PASSWORD_VARIABLE = "WAFD_SMTP_PASSWORD"


@app.command("mail")
def mail_command(
    mission_file: Annotated[
        Path, typer.Argument(help="Mission workbook (.xlsx) or YAML file.", show_default=False)
    ],
    schedule_file: Annotated[
        Path, typer.Argument(help="Schedule file (.xlsx or .json) to announce.", show_default=False)
    ],
    smtp: Annotated[
        str,
        typer.Option(
            "--smtp",
            metavar="URL",
            help="smtp://[user@]host:port, smtps://... or smtp+starttls://...; the password "
            f"comes from {PASSWORD_VARIABLE}.",
        ),
    ] = "",
    kind: Annotated[
        str,
        typer.Option("--kind", help="programme (first publication) or changes (needs --since)."),
    ] = "programme",
    since: Annotated[
        Path | None,
        typer.Option("--since", help="The schedule people already have (for --kind changes)."),
    ] = None,
    to: Annotated[
        str,
        typer.Option(
            "--to", metavar="WHO", help="all, delegates, hosts, or participant/organisation ids."
        ),
    ] = "all",
    sender: Annotated[
        str,
        typer.Option(
            "--from", metavar="ADDRESS", help="Sender address; default: the first organiser's."
        ),
    ] = "",
    site: Annotated[
        str, typer.Option("--site", metavar="URL", help="Link to the mission's site, if any.")
    ] = "",
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Write .eml files into --out instead of sending.")
    ] = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder for the .eml files of --dry-run.")
    ] = None,
    language: LanguageOption = Language.EN,
) -> None:
    """E-mail each participant their programme, or a notice of what changed for them."""
    from wafd.cli.mail_view import load_inputs, send_plan, write_plan
    from wafd.notify import NotifyError, Words, parse_smtp_url

    ui = language.value
    words = Words(ui)
    problem = _option_problem(kind=kind, since=since, smtp=smtp, dry_run=dry_run, out=out)
    if problem:
        complain(words(problem))
        raise typer.Exit(EXIT_INVALID)
    try:
        server = None if dry_run else parse_smtp_url(smtp, password=_password())
        plan = load_inputs(
            mission_file,
            schedule_file,
            since=since,
            kind=kind,
            to=to,
            sender=sender,
            site=site,
            ui=ui,
        )
    except NotifyError as error:
        complain(error.in_language(ui))
        raise typer.Exit(EXIT_INVALID) from None
    if out is not None and dry_run:
        write_plan(plan, out, ui)
        return
    assert server is not None
    if not send_plan(plan, server, ui):
        raise typer.Exit(EXIT_REFUSED)


def _password() -> str:
    return os.environ.get(PASSWORD_VARIABLE, "")


def _option_problem(
    *, kind: str, since: Path | None, smtp: str, dry_run: bool, out: Path | None
) -> str:
    if kind not in ("programme", "changes"):
        return N_("--kind must be programme or changes.")
    if kind == "changes" and since is None:
        return N_("--kind changes needs --since OLD_SCHEDULE: the version people already have.")
    if dry_run and out is None:
        return N_("--dry-run needs --out DIR: the folder to write the .eml files into.")
    if not dry_run and not smtp:
        return N_("Give the mail server with --smtp URL, or use --dry-run --out DIR.")
    return ""
