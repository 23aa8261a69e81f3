"""Queue and send the programme of a generated 2,000-person brokerage event by e-mail.

Usage: python bench/mail.py [--participants 2000]

The event is ``bench/web_load.py``'s (1,000 delegates meet 1,000 hosts, eight meetings each),
with an address and a language (ar, fr, en in turn) for everyone. The web outbox runs on a
fresh SQLite database in a temporary data folder: ``queue_publication`` builds every message
(text, HTML, the itinerary PDF and one iTIP invitation per meeting) and stores it; then
``deliver_due`` hands them one by one to a local aiosmtpd server in this process (which only
counts them). Prints a Markdown table: messages, seconds, messages per second, megabytes
queued and the process's peak resident memory after each phase. CPU seconds are the figure
to compare on a shared, loaded machine.
"""

import argparse
import os
import resource
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Counter:
    """An SMTP handler that keeps only counts (the server's memory is not the subject)."""

    def __init__(self) -> None:
        self.messages = 0
        self.bytes = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages += 1
        self.bytes += len(envelope.original_content or b"")
        return "250 OK"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=2000)
    arguments = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="wafd-mail-bench-"))
    os.environ.update({"WAFD_DATA_DIR": str(data), "DJANGO_SETTINGS_MODULE": "wafd.web.settings"})
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(Path(__file__).parent))
    import web_load

    web_load.PARTICIPANTS = arguments.participants
    from aiosmtpd.controller import Controller
    from django.core.management import call_command

    from wafd.web import setup

    setup()
    call_command("migrate", interactive=False, verbosity=0)
    from wafd.model import Language
    from wafd.notify import parse_smtp_url
    from wafd.web.mail_models import OutboxMessage, OutboxState
    from wafd.web.mailer import SmtpTransport
    from wafd.web.models import VersionState
    from wafd.web.notifying import queue_publication
    from wafd.web.outbox import deliver_due
    from wafd.web.store import save_mission, save_schedule

    mission, schedule = web_load.build_event()
    languages = ("ar", "fr", "en")
    people = tuple(
        p.model_copy(
            update={
                "email": f"{p.id}@example.org",
                "preferred_language": Language(languages[i % 3]),
            }
        )
        for i, p in enumerate(mission.participants)
    )
    mission = mission.model_copy(update={"participants": people, "languages": languages})
    record = save_mission(mission, user=None)
    version = save_schedule(record, schedule, user=None, state=VersionState.FINAL)
    print(f"event: {len(people)} participants, {len(schedule.meetings)} meetings\n")
    print("phase | messages | wall s | CPU s | messages per CPU s | MB | peak RSS MB")
    print("--- | --- | --- | --- | --- | --- | ---", flush=True)

    started, cpu = time.perf_counter(), time.process_time()
    queued = queue_publication(version, tell="everyone")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    size = sum(len(bytes(raw)) for raw in OutboxMessage.objects.values_list("raw", flat=True))
    print(
        f"queue (build PDF + invitations, store) | {queued} | {seconds:.1f} | {cpu:.1f} | "
        f"{queued / cpu:.1f} | {size / 1e6:.0f} | {_peak_mb():.0f}",
        flush=True,
    )

    counter = Counter()
    port = _free_port()
    controller = Controller(counter, hostname="127.0.0.1", port=port, data_size_limit=0)
    controller.start()
    try:
        started, cpu = time.perf_counter(), time.process_time()
        report = deliver_due(transport=SmtpTransport(parse_smtp_url(f"smtp://127.0.0.1:{port}")))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        controller.stop()
    sent = OutboxMessage.objects.filter(state=OutboxState.SENT).count()
    assert report.sent == sent == counter.messages == queued, (report, sent, counter.messages)
    print(
        f"send (SMTP to aiosmtpd on loopback) | {sent} | {seconds:.1f} | {cpu:.1f} | "
        f"{sent / cpu:.1f} | {counter.bytes / 1e6:.0f} | {_peak_mb():.0f}"
    )


if __name__ == "__main__":
    main()
