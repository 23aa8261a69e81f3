"""What ``wafd mail`` reads, writes and prints: inputs, ``.eml`` files, the sent/not-sent list."""

from datetime import UTC, datetime
from pathlib import Path

import typer

from wafd.cli.app import console
from wafd.cli.shared import EXIT_INVALID, EXIT_REFUSED, complain
from wafd.cli.show import print_problems
from wafd.i18n import N_
from wafd.io import MissionFileError, read_mission
from wafd.io.atomic import write_bytes_atomically
from wafd.io.schedule_file import ScheduleFileError, read_schedule
from wafd.model import Language, Mission, Schedule
from wafd.notify import (
    Context,
    Person,
    Plan,
    SendStoppedError,
    SmtpServer,
    Words,
    default_sender,
    plan_changes,
    plan_programme,
    select_participants,
    send_messages,
)

ISSUES_SHOWN = 5


def _read_schedule(mission: Mission, path: Path, ui: str) -> Schedule:
    words = Words(ui)
    if not path.is_file():
        complain(words(N_("{file}: no such schedule file."), file=path))
        raise typer.Exit(EXIT_INVALID)
    try:
        return read_schedule(mission, path)
    except ScheduleFileError as error:
        complain(words(N_("{file} is not a readable schedule:"), file=path))
        for issue in error.issues[:ISSUES_SHOWN]:
            complain(f"  • {issue.describe(ui)}")
        raise typer.Exit(EXIT_INVALID) from None


def load_inputs(
    mission_file: Path,
    schedule_file: Path,
    *,
    since: Path | None,
    kind: str,
    to: str,
    sender: str,
    site: str,
    ui: str,
) -> Plan:
    """Read the files and plan the messages; invalid input ends the command with exit code 2."""
    if not mission_file.is_file():
        complain(Words(ui)(N_("{file}: no such mission file."), file=mission_file))
        raise typer.Exit(EXIT_INVALID)
    try:
        mission = read_mission(mission_file)
    except MissionFileError as error:
        print_problems(mission_file, error.report, Language(ui))
        raise typer.Exit(EXIT_INVALID) from None
    schedule = _read_schedule(mission, schedule_file, ui)
    people = select_participants(mission, to=to)
    who = Person(sender, "") if sender else default_sender(mission)
    context = Context(mission, schedule, who, datetime.now(UTC), site)
    if kind == "changes" and since is not None:
        old = _read_schedule(mission, since, ui)
        return plan_changes(context=context, since=old, participants=people)
    return plan_programme(context=context, participants=people)


def _print(text: str) -> None:
    console.print(text, markup=False, highlight=False, soft_wrap=True)


def _list_unreachable(plan: Plan, ui: str) -> None:
    if not plan.unreachable:
        return
    words = Words(ui)
    _print(
        words(N_("Not addressed ({count}): no usable e-mail address"), count=len(plan.unreachable))
    )
    for item in plan.unreachable:
        _print(f"  {item.participant.name} ({item.participant.id}): {words(item.reason)}")


def write_plan(plan: Plan, out: Path, ui: str) -> None:
    """``--dry-run``: one ``.eml`` per message, all built before the first is written."""
    words = Words(ui)
    files = [
        (out / f"{m.kind}-{m.participant_id}.eml", m.message.as_bytes()) for m in plan.messages
    ]
    try:
        written = [write_bytes_atomically(path, content) for path, content in files]
    except OSError as error:
        problem = N_("Cannot write into {folder}: {reason}. Choose another folder with --out.")
        complain(words(problem, folder=out, reason=error.strerror or error))
        raise typer.Exit(EXIT_REFUSED) from None
    _print(words(N_("{count} messages written (not sent):"), count=len(written)))
    for path, item in zip(written, plan.messages, strict=True):
        _print(f"  {path}  →  {item.recipient.address}")
    _list_unreachable(plan, ui)


def send_plan(plan: Plan, server: SmtpServer, ui: str) -> bool:
    """Send every message; print what went and what did not. False when anything failed."""
    words = Words(ui)
    try:
        delivery = send_messages(server, [m.message for m in plan.messages])
    except SendStoppedError as error:
        complain(error.in_language(ui))
        complain(
            words(N_("Nothing was sent: {count} messages not sent."), count=len(plan.messages))
        )
        _list_unreachable(plan, ui)
        return False
    for index in delivery.sent:
        item = plan.messages[index]
        _print(
            words(
                N_("sent to {address}: {subject}"),
                address=item.recipient.address,
                subject=item.subject,
            )
        )
    for index, reason in delivery.refused:
        item = plan.messages[index]
        complain(
            words(
                N_("NOT sent to {address}: the server answered {reason}"),
                address=item.recipient.address,
                reason=reason,
            )
        )
    tried = len(delivery.sent) + len(delivery.refused)
    if delivery.stopped:
        complain(
            words(
                N_("The connection ended ({reason}): {count} messages not sent:"),
                reason=delivery.stopped,
                count=len(plan.messages) - tried,
            )
        )
        for item in plan.messages[tried:]:
            complain(f"  {item.recipient.address}")
    ok = not delivery.refused and not delivery.stopped
    summary = N_("{sent} of {total} messages sent.")
    (_print if ok else complain)(words(summary, sent=len(delivery.sent), total=len(plan.messages)))
    _list_unreachable(plan, ui)
    return ok
