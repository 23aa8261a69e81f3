"""``wafd serve`` runs the web application; ``wafd worker`` runs its background tasks."""

from typing import Annotated

import typer

from wafd.cli.app import app, console, error_console


def _say(line: str) -> None:
    error_console.print(line, markup=False, highlight=False, soft_wrap=True)


def _prepare_database() -> None:
    """Apply migrations; on an empty database load the sample mission and demo accounts."""
    from django.core.management import call_command

    from wafd.web import setup

    setup()
    from wafd.web.demo import install_demo, load_demo_accounts
    from wafd.web.models import MissionRecord
    from wafd.web.worker import wait_for_database

    wait_for_database(_say)
    call_command("migrate", interactive=False, verbosity=0)
    if not MissionRecord.objects.exists():
        from wafd.sample import build_sample_mission

        install_demo(build_sample_mission())
        console.print("Loaded the sample mission into an empty database.")
    accounts = load_demo_accounts()
    if accounts:
        console.print("Demo accounts (username / password):")
        for account in accounts:
            console.print(f"  {account.role:<10} {account.username} / {account.password}")


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
) -> None:
    """Run the web application (SQLite in your data folder unless DATABASE_URL is set)."""
    from django.core.management import call_command

    _prepare_database()
    console.print(f"Wafd is running at [bold]http://{host}:{port}/[/bold]  (Ctrl+C stops it)")
    console.print("Scheduling runs in the background: start [bold]wafd worker[/bold] as well.")
    call_command("runserver", f"{host}:{port}", use_reloader=False, skip_checks=True)


@app.command()
def worker(
    batch: Annotated[
        bool, typer.Option(help="Stop when the queue is empty instead of waiting for more.")
    ] = False,
) -> None:
    """Run background tasks (the scheduler) from the database queue; outlives database outages."""
    from django.core.management import call_command

    from wafd.web import setup

    setup()
    from wafd.web.worker import run_worker, wait_for_database

    wait_for_database(_say)
    call_command("migrate", interactive=False, verbosity=0)
    console.print("The worker is waiting for scheduler runs (Ctrl+C stops it).")
    run_worker(batch=batch)
