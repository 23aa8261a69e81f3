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


def say_where_mail_goes() -> None:
    from wafd.web.mailer import email_url, mail_folder

    url = email_url()
    if url:
        where = url.split("@")[-1] if "@" in url else url
        console.print(f"E-mail goes out through {where} (sent by [bold]wafd worker[/bold]).")
    else:
        console.print(
            f"E-mail is written as .eml files into [bold]{mail_folder()}[/bold] "
            "(set WAFD_EMAIL_URL=smtp://host:port to send it)."
        )


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
    say_where_mail_goes()
    call_command("runserver", f"{host}:{port}", use_reloader=False, skip_checks=True)


@app.command()
def worker(
    batch: Annotated[
        bool, typer.Option(help="Stop when the queue is empty instead of waiting for more.")
    ] = False,
) -> None:
    """Run background tasks (the scheduler, the mail outbox) from the database queue."""
    from django.core.management import call_command

    from wafd.web import setup

    setup()
    from wafd.web.worker import run_worker, wait_for_database

    wait_for_database(_say)
    call_command("migrate", interactive=False, verbosity=0)
    from wafd.web.mail_tasks import resume_outbox

    resume_outbox()
    console.print("The worker is waiting for scheduler runs and mail (Ctrl+C stops it).")
    run_worker(batch=batch)
