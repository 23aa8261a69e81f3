"""A small mission whose people have addresses, an organiser, and the SMTP test server."""

import sys
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth.models import User
from django.test import Client

from wafd.model import Mission
from wafd.web.models import MemberRole, Membership, MissionRecord, ScheduleVersion, VersionState
from wafd.web.store import save_mission, save_schedule

from .factories import small_mission, small_schedule

sys.path.insert(0, str(Path(__file__).parents[1] / "notify"))

from smtp_server import Running, free_port, smtp_server

__all__ = ["MailWorld", "Running", "free_port", "mail_world", "mailed_mission", "smtp_server"]
PASSWORD = "a-long-test-passphrase"


def mailed_mission(mission_id: str = "mail", *, delegates: int = 2, hosts: int = 2) -> Mission:
    """The web factories' mission with an address for everyone on a reserved domain."""
    mission = small_mission(mission_id, delegates=delegates, hosts=hosts)
    people = tuple(
        p.model_copy(update={"email": f"{p.id}@example.org"}) for p in mission.participants
    )
    return mission.model_copy(update={"participants": people})


@dataclass
class MailWorld:
    record: MissionRecord
    version: ScheduleVersion
    organiser: User
    membership: Membership

    def client(self) -> Client:
        client = Client()
        client.force_login(self.organiser)
        return client


def mail_world(mission: Mission | None = None) -> MailWorld:
    mission = mission or mailed_mission()
    record = save_mission(mission, user=None)
    version = save_schedule(
        record, small_schedule(mission), user=None, state=VersionState.PRELIMINARY
    )
    organiser = User.objects.create_user("org", password=PASSWORD)
    membership = Membership.objects.create(
        user=organiser, mission=record, role=MemberRole.ORGANISER
    )
    return MailWorld(record, version, organiser, membership)
