"""Web load benchmark: a 2,000-participant event in PostgreSQL behind the production server.

Loads a synthetic brokerage event (1,000 delegates, 1,000 hosts, eight
meetings per delegate, published as final) into a fresh PostgreSQL database,
starts granian on loopback as docs/web.md says to run it in production (or
gunicorn, ``pip install gunicorn``, for comparison), and sends requests from 50
concurrent clients (closed loop: each sends its next request as soon as the last
is answered), each logged in as a different delegate, to

* the agenda page (``/m/<id>/agenda/``, session cookie),
* the agenda API endpoint (``/api/missions/<id>/agenda``, bearer token), and
* the schedule API endpoint (``/api/missions/<id>/versions/1/meetings``).

First each client's first view (the cache is empty), then one client alone, then
all clients with kept-alive connections (``keep``), revalidating what they already
have with ``If-None-Match`` (``revalidate``, answered 304), and opening a connection
per request (``new``). The concurrent runs use wrk (Debian's package, C, one thread
and connection per client, ``bench/wrk_clients.lua``) when it is installed, else
Python clients. Prints p50/p95/p99 latency, requests per second and the CPU time per
request of the server, the database and the clients.

    .venv/bin/python bench/web_load.py [--clients 50] [--servers granian:2x2,...]
        [--client wrk|python] [--seconds 8]
        [--requests 2000] [--modes keep,revalidate,new]

Needs PostgreSQL (``BENCH_DATABASE_URL``, default the local server's
``wafd_bench`` database, dropped and created). Not part of the test run.
"""

import argparse
import http.client
import multiprocessing
import os
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from importlib import import_module
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from wafd.model import (
    EventKind,
    Leg,
    LocalizedText,
    MeetingKind,
    Mission,
    Organisation,
    Participant,
    Role,
    Schedule,
    ScheduledMeeting,
    Venue,
)

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/wafd_bench"
PARTICIPANTS = 2000
MEETINGS_PER_DELEGATE = 8
CLIENTS_PER_PROCESS = 10
MAX_SECONDS = 120.0
"""A run stops after this long even if not all its requests were sent."""


def recreate_database(url: str) -> None:
    """Drop and create the benchmark database so every run starts from the same state."""
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def build_event() -> tuple[Mission, Schedule]:
    """1,000 delegates meet 1,000 hosts at tables: delegate i meets host (i + 125 k) mod 1,000."""
    half = PARTICIPANTS // 2
    organisations = [
        Organisation(id=f"org{i}", name=LocalizedText(en=f"Organisation {i}")) for i in range(half)
    ]
    people = [
        Participant(
            id=f"{role.value[0]}{i}",
            name=f"{role.value.title()} {i}",
            organisation=f"org{i}",
            role=role,
        )
        for role in (Role.DELEGATE, Role.HOST)
        for i in range(half)
    ]
    mission = Mission(
        id="bench-2000",
        name=LocalizedText(en="Brokerage event, 2,000 participants"),
        kind=EventKind.B2B,
        legs=(
            Leg(
                id="fair",
                city="Casablanca",
                timezone="Africa/Casablanca",
                start_date=date(2026, 3, 10),
                end_date=date(2026, 3, 10),
            ),
        ),
        venues=(Venue(id="hall", name="Hall A", leg="fair", tables=half),),
        organisations=tuple(organisations),
        participants=tuple(people),
    )
    zone = ZoneInfo("Africa/Casablanca")
    meetings = []
    for slot in range(MEETINGS_PER_DELEGATE):
        start = datetime(2026, 3, 10, 9, 0, tzinfo=zone) + timedelta(minutes=30 * slot)
        for i in range(half):
            host = (i + 125 * slot) % half
            meetings.append(
                ScheduledMeeting(
                    id=f"s{slot}-d{i}",
                    kind=MeetingKind.ONE_TO_ONE,
                    title=f"Host {host}",
                    participants=(f"d{i}", f"h{host}"),
                    start=start,
                    end=start + timedelta(minutes=25),
                    venue="hall",
                    table=host + 1,
                    leg="fair",
                )
            )
    return mission, Schedule(mission=mission.id, meetings=tuple(meetings))


def load(clients: int) -> tuple[int, list[tuple[str, str]]]:
    """Store the event; return the mission id and (session id, API key) per client."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection

    from wafd.web.models import ApiToken, MemberRole, Membership, ParticipantRow, VersionState
    from wafd.web.store import save_mission, save_schedule
    from wafd.web.views.tokens import digest

    call_command("migrate", verbosity=0)
    mission, schedule = build_event()
    began = time.perf_counter()
    record = save_mission(mission, user=None)
    save_schedule(record, schedule, user=None, state=VersionState.FINAL)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # what autovacuum does shortly after a bulk load
    print(
        f"loaded {PARTICIPANTS} participants and {len(schedule.meetings)} meetings "
        f"in {time.perf_counter() - began:.1f} s"
    )
    credentials = []
    for i in range(clients):
        user = User.objects.create_user(f"delegate{i}", password=secrets.token_urlsafe(16))
        participant = ParticipantRow.objects.get(mission=record, pid=f"d{i * 7}")
        Membership.objects.create(
            user=user, mission=record, role=MemberRole.DELEGATE, participant=participant
        )
        key = secrets.token_urlsafe(32)
        ApiToken.objects.create(user=user, digest=digest(key))
        session = import_module(settings.SESSION_ENGINE).SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        credentials.append((session.session_key or "", key))
    return record.pk, credentials


@dataclass
class Run:
    latencies: list[float] = field(default_factory=list)
    """Milliseconds from sending the request to having read the whole answer."""
    errors: int = 0
    not_modified: int = 0
    seconds: float = 0.0
    cpu: dict[str, float] = field(default_factory=dict)
    """CPU seconds spent during the run by the app server, the database and the clients."""
    count: int = 0
    """Requests answered, when a run reports only counts and quantiles (wrk)."""
    quantiles: tuple[float, float, float] | None = None
    """p50, p95 and p99 in milliseconds, when not computed from ``latencies``."""

    def summary(self) -> tuple[int, float, float, float]:
        """Requests, p50, p95 and p99 latency in milliseconds."""
        if self.quantiles is not None:
            return (self.count, *self.quantiles)
        return (
            len(self.latencies),
            *(percentile(self.latencies, share) for share in (50, 95, 99)),
        )


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_by_side(server: int, database: str) -> dict[str, float]:
    """CPU seconds so far of the server's processes, the database's backends and this one.

    Read from /proc (Linux), so the cost per request shows apart from the machine's load.
    """
    children = Path(f"/proc/{server}/task/{server}/children").read_text().split()
    backends = [
        int(entry.name)
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit()
        and (command := _readable(entry / "cmdline")).startswith("postgres:")
        and f" {database} " in command
    ]
    sides = {"app": [server, *map(int, children)], "db": backends}
    totals = {side: sum(_safe_cpu(pid) for pid in pids) for side, pids in sides.items()}
    own, children = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    clients = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return {**totals, "clients": clients}


def _readable(path: Path) -> str:
    try:
        return path.read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _safe_cpu(pid: int) -> float:
    try:
        return _cpu_seconds(pid)
    except (OSError, IndexError, ValueError):
        return 0.0


def _client_group(
    port: int,
    path: str,
    clients: list[dict[str, str]],
    mode: str,
    remaining: Any,
    results: Any,
) -> None:
    """One load-generating process: a thread per client, results sent back at the end."""
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + MAX_SECONDS

    def take() -> bool:
        with remaining.get_lock():
            if remaining.value == 0:
                return False
            remaining.value -= 1
            return True

    def client(own: dict[str, str]) -> None:
        connection: http.client.HTTPConnection | None = None
        cookies = dict(c.split("=", 1) for c in own.get("Cookie", "").split("; ") if c)
        tag = ""
        while time.perf_counter() < deadline and take():
            headers = {**own, "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
            if mode == "revalidate" and tag:
                headers["If-None-Match"] = tag
            began = time.perf_counter()
            status = 0
            try:
                connection = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                status = response.status
                if status == 200:
                    tag = response.getheader("ETag") or ""
                for set_cookie in response.headers.get_all("Set-Cookie") or []:
                    name, value = set_cookie.split(";", 1)[0].split("=", 1)
                    cookies[name.strip()] = value
                if mode == "new" or response.will_close:
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException):
                if connection is not None:
                    connection.close()
                connection = None
            elapsed = (time.perf_counter() - began) * 1000
            with lock:
                latencies.append(elapsed)
                statuses.append(status)
        if connection is not None:
            connection.close()

    threads = [threading.Thread(target=client, args=(own,)) for own in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put((latencies, statuses))


def hammer(
    port: int, path: str, clients: list[dict[str, str]], total: int, *, mode: str, cpu: Any
) -> Run:
    """``total`` GETs of ``path``, one thread per client, each sending as soon as answered.

    ``mode``: ``new`` opens a connection per request; ``keep`` keeps one per client, as
    browsers do; ``revalidate`` also sends the ETag of the client's last 200 in
    ``If-None-Match``, as a browser does with a ``no-cache`` page. Clients keep the
    cookies they are given (the CSRF cookie), as a browser would. The clients are
    spread over several processes, ten threads each, so that one interpreter lock
    does not queue fifty clients' timing.
    """
    context = multiprocessing.get_context("fork")
    remaining = context.Value("i", total)
    results = context.Queue()
    groups = [
        clients[i : i + CLIENTS_PER_PROCESS] for i in range(0, len(clients), CLIENTS_PER_PROCESS)
    ]
    processes = [
        context.Process(target=_client_group, args=(port, path, group, mode, remaining, results))
        for group in groups
    ]
    before = cpu()
    began = time.perf_counter()
    for process in processes:
        process.start()
    gathered = [results.get() for _ in processes]
    for process in processes:
        process.join()
    run = Run(seconds=time.perf_counter() - began)
    run.cpu = {side: spent - before[side] for side, spent in cpu().items()}
    for latencies, statuses in gathered:
        run.latencies += latencies
        run.errors += sum(status not in (200, 304) for status in statuses)
        run.not_modified += statuses.count(304)
    return run


def hammer_with_wrk(
    port: int, path: str, clients: list[dict[str, str]], seconds: float, *, mode: str, cpu: Any
) -> Run:
    """As ``hammer``, but for ``seconds`` with wrk (C, one thread and connection per client).

    Python clients cost about a third of a millisecond of CPU per request on the same two
    cores as the server; wrk a tenth of that, so what is measured is the server.
    """
    [header] = {name for own in clients for name in own}
    values = [own[header] for own in clients]
    command = [
        "wrk",
        f"--threads={len(clients)}",
        f"--connections={len(clients)}",
        f"--duration={seconds:g}s",
        "--timeout=30s",
        f"--script={Path(__file__).with_name('wrk_clients.lua')}",
        f"http://127.0.0.1:{port}{path}",
        "--",
        mode,
        header,
        *values,
    ]
    before = cpu()
    began = time.perf_counter()
    printed = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    elapsed = time.perf_counter() - began
    spent = {side: value - before[side] for side, value in cpu().items()}
    line = next(row for row in printed.splitlines() if row.startswith("WAFD "))
    answered, errors, not_modified, p50, p95, p99, duration = line.split()[1:]
    return Run(
        errors=int(errors),
        not_modified=int(not_modified),
        seconds=float(duration) or elapsed,
        cpu=spent,
        count=int(answered),
        quantiles=(float(p50), float(p95), float(p99)),
    )


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100)[int(share) - 1] if len(values) > 1 else values[0]


def report(name: str, run: Run) -> None:
    n, p50, p95, p99 = run.summary()
    per_request = "".join(f"{run.cpu[side] / n * 1000:>7.2f}" for side in ("app", "db", "clients"))
    print(
        f"{name:<30}{n:>9}{run.errors:>7}{run.not_modified:>7}"
        f"{p50:>9.1f}{p95:>9.1f}{p99:>9.1f}{n / run.seconds:>8.1f}{per_request}"
    )


def server_command(server: str, port: int, workers: int, threads: int) -> list[str]:
    """The production command of docs/web.md, on loopback: gunicorn or granian."""
    if server == "granian":
        return [
            str(Path(sys.executable).with_name("granian")),
            "--interface=wsgi",
            "--host=127.0.0.1",
            f"--port={port}",
            f"--workers={workers}",
            f"--blocking-threads={threads}",
            "--log-level=warning",
            "wafd.web.wsgi:application",
        ]
    return [
        str(Path(sys.executable).with_name("gunicorn")),
        "wafd.web.wsgi",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        f"--threads={threads}",
        "--worker-class=gthread",
        "--keep-alive=5",
        "--log-level=warning",
    ]


@dataclass(frozen=True)
class ServerSetup:
    """A server and its processes and threads, written ``granian:2x2`` on the command line."""

    server: str
    workers: int
    threads: int

    @classmethod
    def parse(cls, text: str) -> "ServerSetup":
        server, _, size = text.partition(":")
        workers, _, threads = size.partition("x")
        if server not in ("granian", "gunicorn") or not (workers.isdigit() and threads.isdigit()):
            raise argparse.ArgumentTypeError(f"{text!r}: expected e.g. granian:2x2 or gunicorn:4x4")
        return cls(server, int(workers), int(threads))

    def __str__(self) -> str:
        return f"{self.server} {self.workers} workers x {self.threads} threads"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--requests", type=int, default=2000, help="requests per endpoint (Python clients)"
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument(
        "--servers",
        type=lambda text: [ServerSetup.parse(part) for part in text.split(",")],
        default=[ServerSetup("granian", 2, 2)],
        help="comma-separated setups run one after the other on the same data, "
        "e.g. granian:2x2,gunicorn:4x4 (server:workers x threads)",
    )
    parser.add_argument("--port", type=int, default=8799)
    parser.add_argument(
        "--client",
        choices=("wrk", "python"),
        default="wrk" if shutil.which("wrk") else "python",
        help="load generator of the concurrent runs (wrk: Debian's package)",
    )
    parser.add_argument(
        "--seconds", type=float, default=8.0, help="length of each concurrent run with wrk"
    )
    parser.add_argument(
        "--modes",
        default="keep,revalidate,new",
        help="comma-separated: new (a connection per request), keep, revalidate",
    )
    args = parser.parse_args()

    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    recreate_database(url)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "WAFD_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_SETTINGS_MODULE": "wafd.web.settings",
        "WAFD_DATA_DIR": tempfile.mkdtemp(prefix="wafd-bench-"),
    }
    os.environ.update(env)
    import django

    django.setup()
    mission_pk, credentials = load(args.clients)
    pages = [{"Cookie": f"sessionid={s}"} for s, _ in credentials]
    keys = [{"Authorization": f"Bearer {k}"} for _, k in credentials]
    endpoints = [
        ("agenda page", f"/m/{mission_pk}/agenda/", pages),
        ("agenda API", f"/api/missions/{mission_pk}/agenda", keys),
        ("schedule API", f"/api/missions/{mission_pk}/versions/1/meetings", keys),
    ]
    for setup in args.servers:
        # A fresh data folder per server: its file cache (sessions, agendas) starts empty.
        fresh = {**env, "WAFD_DATA_DIR": tempfile.mkdtemp(prefix="wafd-bench-")}
        command = server_command(setup.server, args.port, setup.workers, setup.threads)
        server = subprocess.Popen(command, env=fresh)
        try:
            time.sleep(4)
            measure(args, setup, endpoints, server.pid, url.rsplit("/", 1)[1])
        finally:
            server.terminate()
            server.wait(timeout=30)


def measure(
    args: argparse.Namespace,
    setup: ServerSetup,
    endpoints: list[tuple[str, str, list[dict[str, str]]]],
    server: int,
    database: str,
) -> None:
    """The table for one server setup: first views, one client, then every mode."""
    print(
        f"\n{args.clients} clients ({args.client}), {setup}, {os.cpu_count()} CPUs,"
        f" load average before {os.getloadavg()[0]:.2f}\n"
    )
    print(
        f"{'':<75}{'CPU ms per request':>21}\n"
        f"{'endpoint':<30}{'requests':>9}{'errors':>7}{'304s':>7}{'p50 ms':>9}"
        f"{'p95 ms':>9}{'p99 ms':>9}{'req/s':>8}{'app':>7}{'db':>7}{'client':>7}"
    )

    def cpu() -> dict[str, float]:
        return cpu_by_side(server, database)

    for name, path, clients in endpoints:  # each client's first view fills the cache
        run = hammer(args.port, path, clients, len(clients), mode="keep", cpu=cpu)
        report(f"{name} x{len(clients)} first view", run)
    for name, path, clients in endpoints:
        run = hammer(args.port, path, clients[:1], 100, mode="keep", cpu=cpu)
        report(f"{name} x1", run)
    for mode in args.modes.split(","):
        for name, path, clients in endpoints:
            if args.client == "wrk":
                run = hammer_with_wrk(args.port, path, clients, args.seconds, mode=mode, cpu=cpu)
            else:
                run = hammer(args.port, path, clients, args.requests, mode=mode, cpu=cpu)
            report(f"{name} x{len(clients)} {mode}", run)
    print(f"\nload average after {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
