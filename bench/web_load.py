"""Web load benchmark: a 2,000-participant event in PostgreSQL behind gunicorn.

Loads a synthetic brokerage event (1,000 delegates, 1,000 hosts, eight
meetings per delegate, published as final) into a fresh PostgreSQL database,
starts gunicorn on loopback, and sends a bounded number of requests from 50
concurrent clients, each logged in as a different delegate, to

* the agenda page (``/m/<id>/agenda/``, session cookie), and
* the agenda API endpoint (``/api/missions/<id>/agenda``, bearer token).

Prints p50/p95/p99 latency and requests per second per endpoint.

    .venv/bin/python bench/web_load.py [--requests 2000] [--clients 50] [--workers 4]

Needs PostgreSQL (``BENCH_DATABASE_URL``, default the local server's
``wafd_bench`` database, created if missing). Not part of the test run.
"""

import argparse
import http.client
import os
import secrets
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path
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
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore
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
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        credentials.append((session.session_key or "", key))
    return record.pk, credentials


def hammer(
    port: int, path: str, headers: list[dict[str, str]], total: int, deadline: float
) -> tuple[list[float], int, float]:
    """``total`` GETs of ``path`` from one thread per header set: latencies (ms), errors, s."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    remaining = [total]

    def client(own: dict[str, str]) -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            began = time.perf_counter()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                connection.request("GET", path, headers=own)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
            finally:
                connection.close()
            elapsed = (time.perf_counter() - began) * 1000
            with lock:
                latencies.append(elapsed)
                errors += 0 if ok else 1

    threads = [threading.Thread(target=client, args=(h,)) for h in headers]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, time.perf_counter() - began


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100)[int(share) - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per endpoint")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--port", type=int, default=8799)
    parser.add_argument("--max-seconds", type=float, default=120.0, help="per endpoint")
    args = parser.parse_args()

    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    recreate_database(url)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "WAFD_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_SETTINGS_MODULE": "wafd.web.settings",
        "WAFD_DB_CONN_MAX_AGE": "600",
    }
    os.environ.update(env)
    import django

    django.setup()
    mission_pk, credentials = load(args.clients)
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [
            str(gunicorn),
            "wafd.web.wsgi",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--worker-class",
            "gthread",
            "--log-level",
            "warning",
        ],
        env=env,
    )
    try:
        time.sleep(4)
        endpoints = [
            (
                "agenda page",
                f"/m/{mission_pk}/agenda/",
                [{"Cookie": f"sessionid={s}"} for s, _ in credentials],
            ),
            (
                "agenda API",
                f"/api/missions/{mission_pk}/agenda",
                [{"Authorization": f"Bearer {k}"} for _, k in credentials],
            ),
        ]
        hammer(args.port, endpoints[0][1], endpoints[0][2], args.clients, time.perf_counter() + 30)
        print(
            f"\n{args.clients} clients, gunicorn {args.workers} workers x {args.threads} threads,"
            f" {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}\n"
        )
        print(
            f"{'endpoint':<18}{'requests':>9}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}"
            f"{'p99 ms':>9}{'req/s':>8}"
        )
        runs = [(name, path, headers[:1], 100) for name, path, headers in endpoints]
        runs += [(name, path, headers, args.requests) for name, path, headers in endpoints]
        for name, path, headers, total in runs:
            latencies, errors, seconds = hammer(
                args.port, path, headers, total, time.perf_counter() + args.max_seconds
            )
            name = f"{name} x{len(headers)}"
            print(
                f"{name:<18}{len(latencies):>9}{errors:>8}{percentile(latencies, 50):>9.1f}"
                f"{percentile(latencies, 95):>9.1f}{percentile(latencies, 99):>9.1f}"
                f"{len(latencies) / seconds:>8.1f}"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
