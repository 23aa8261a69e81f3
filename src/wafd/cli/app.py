"""The Typer application object and options shared by all commands."""

from typing import Annotated, Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from wafd import __version__

WORKFLOW = (
    "demo",
    "template",
    "validate",
    "show",
    "match",
    "schedule",
    "check",
    "replan",
    "export",
    "report",
    "serve",
    "worker",
    "backup",
    "restore",
    "grant-creator",
)


class WorkflowGroup(TyperGroup):
    """Lists the commands in the order an organiser uses them, not in import order."""

    def list_commands(self, ctx: Any) -> list[str]:  # typer's vendored click.Context
        rank = {name: index for index, name in enumerate(WORKFLOW)}
        return sorted(super().list_commands(ctx), key=lambda name: rank.get(name, len(rank)))


app = typer.Typer(
    name="wafd",
    cls=WorkflowGroup,
    help="Wafd (وفد) plans, runs and follows up trade missions and B2B matchmaking events.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    add_completion=True,
)

console = Console()
error_console = Console(stderr=True)


def _print_version(value: bool) -> None:
    if value:
        console.print(f"wafd {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Wafd (وفد) plans, runs and follows up trade missions and B2B matchmaking events."""
