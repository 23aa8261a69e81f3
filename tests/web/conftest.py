"""Two missions, each with an organiser, a viewer, a delegate and a host, and an outsider."""

from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import Permission, User
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from wafd.web.models import MemberRole, Membership, MissionRecord, ParticipantRow, VersionState
from wafd.web.store import save_mission, save_schedule

from .factories import small_mission, small_schedule

PASSWORD = "a-long-test-passphrase"


@pytest.fixture(autouse=True)
def _default_language_after_each_test() -> Any:
    """A request in French or Arabic leaves that language active in the thread (LocaleMiddleware
    activates, nothing deactivates): the next test would read messages in it."""
    yield
    translation.deactivate()


ROLES = ("organiser", "viewer", "delegate", "host", "outsider", "anonymous")


@dataclass
class World:
    mission: MissionRecord
    other: MissionRecord
    users: dict[str, User]

    def client(self, role: str) -> Client:
        client = Client()
        if role != "anonymous":
            client.force_login(self.users[role])
        return client


def _member(user: User, record: MissionRecord, role: str, pid: str | None) -> Membership:
    participant = ParticipantRow.objects.get(mission=record, pid=pid) if pid else None
    return Membership.objects.create(user=user, mission=record, role=role, participant=participant)


def populate(name: str) -> tuple[MissionRecord, dict[str, User]]:
    mission = small_mission(name)
    record = save_mission(mission, user=None)
    save_schedule(record, small_schedule(mission), user=None, state=VersionState.PRELIMINARY)
    users = {}
    for role, pid in (("organiser", None), ("viewer", None), ("delegate", "d1"), ("host", "h1")):
        user = User.objects.create_user(f"{name}-{role}", password=PASSWORD)
        _member(user, record, MemberRole(role).value, pid)
        users[role] = user
    users["organiser"].user_permissions.add(Permission.objects.get(codename="create_mission"))
    return record, users


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    """Tests create many users; the production hasher is slow on purpose."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _private_cache(settings: Any) -> None:
    """Each test starts with an empty cache of its own, not the data folder's files."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"}
    }
    cache.clear()


@pytest.fixture
def world(db: None) -> World:
    record, users = populate("alpha")
    other, other_users = populate("beta")
    users["stranger"] = other_users["organiser"]
    users["outsider"] = User.objects.create_user("outsider", password=PASSWORD)
    return World(mission=record, other=other, users=users)
