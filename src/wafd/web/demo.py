"""First start of ``wafd serve``: the sample mission, its programme and outcomes, three accounts.

The sample tour is scheduled quickly (the greedy mode: a second or two, the same every
time), published as final, and given the fictional outcomes ``wafd demo`` writes, so the
agenda, the attendance page and the mission report have something to show at once.
Passwords are random, generated once, kept in a private file in the data
folder and printed at each start so that a newcomer can log in at once.
"""

import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction

from wafd.model import Mission, Role
from wafd.sample.outcomes import build_sample_outcomes
from wafd.schedule import schedule_mission
from wafd.web.models import (
    MemberRole,
    Membership,
    MissionOutcomes,
    MissionRecord,
    ParticipantRow,
    ScheduleVersion,
    VersionState,
)
from wafd.web.store import save_mission, save_schedule

DEMO_SECONDS = 20.0


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str


def _accounts_file() -> Path:
    return Path(settings.DATA_DIR) / "demo-accounts.json"


def load_demo_accounts() -> list[DemoAccount]:
    path = _accounts_file()
    if not path.is_file():
        return []
    return [DemoAccount(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def _first(record: MissionRecord, role: Role) -> ParticipantRow | None:
    return ParticipantRow.objects.filter(mission=record, role=role.value).order_by("pk").first()


def publish_demo_programme(record: MissionRecord, mission: Mission) -> ScheduleVersion:
    """Schedule the sample tour, publish it as final and store its fictional outcomes."""
    result = schedule_mission(mission, mode="greedy", time_limit=DEMO_SECONDS)
    version = save_schedule(record, result.schedule, user=None, state=VersionState.FINAL)
    outcomes = build_sample_outcomes(mission=mission, schedule=result.schedule)
    MissionOutcomes.objects.update_or_create(
        mission=record, defaults={"content": outcomes.model_dump(mode="json")}
    )
    return version


@transaction.atomic
def install_demo(mission: Mission) -> list[DemoAccount]:
    """Store ``mission``, its published programme and outcomes, and one account per role."""
    record = save_mission(mission, user=None)
    publish_demo_programme(record, mission)
    users = get_user_model()
    links = {
        MemberRole.ORGANISER: None,
        MemberRole.DELEGATE: _first(record, Role.DELEGATE),
        MemberRole.HOST: _first(record, Role.HOST),
    }
    accounts = []
    for role, participant in links.items():
        password = secrets.token_urlsafe(12)
        username = role.value
        user = users.objects.filter(username=username).first() or users(username=username)
        user.set_password(password)
        user.save()
        if role == MemberRole.ORGANISER:
            user.user_permissions.add(
                Permission.objects.get(codename="create_mission", content_type__app_label="wafd")
            )
        Membership.objects.create(user=user, mission=record, role=role, participant=participant)
        accounts.append(DemoAccount(username=username, password=password, role=role.value))
    path = _accounts_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([a.__dict__ for a in accounts]), encoding="utf-8")
    path.chmod(0o600)
    return accounts
