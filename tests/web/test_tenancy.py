"""Accounts and tenancy: who may create missions, invitations, removal, leaving, passwords."""

import re
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from typer.testing import CliRunner

from wafd.cli import app
from wafd.web.models import Invitation, MemberRole, Membership

from .conftest import PASSWORD, World


def _invite(world: World, role: str = "viewer", pid: str = "") -> str:
    organiser = world.client("organiser")
    url = reverse("wafd:members", args=[world.mission.pk])
    organiser.post(url, {"role": role, "participant": pid})
    page = organiser.get(url).content.decode()
    link = re.search(r'value="(http://testserver/invite/[^"]+/)"', page)
    assert link is not None, "the invitation link is shown to the organiser"
    return link.group(1).removeprefix("http://testserver")


def test_mission_creation_needs_the_site_permission_an_administrator_grants(
    world: World,
) -> None:
    outsider = world.client("outsider")
    assert outsider.get(reverse("wafd:mission-create")).status_code == 403
    assert "New mission" not in outsider.get(reverse("wafd:home")).content.decode()

    result = CliRunner().invoke(app, ["grant-creator", "outsider"])

    assert result.exit_code == 0, result.output
    assert world.client("outsider").get(reverse("wafd:mission-create")).status_code == 200


def test_grant_creator_of_an_unknown_account_exits_2(world: World) -> None:
    result = CliRunner().invoke(app, ["grant-creator", "nobody-here"])

    assert result.exit_code == 2
    assert "No account is called 'nobody-here'" in result.output


def test_member_form_asks_no_username_and_tells_nothing_about_accounts(world: World) -> None:
    organiser = world.client("organiser")
    url = reverse("wafd:members", args=[world.mission.pk])

    page = organiser.get(url).content.decode()
    response = organiser.post(url, {"username": "outsider", "role": "organiser"})

    assert 'name="username"' not in page
    assert response.status_code == 302
    assert not Membership.objects.filter(user=world.users["outsider"], mission=world.mission)


def test_invitation_joins_a_signed_in_person_only_when_they_accept(world: World) -> None:
    link = _invite(world, "delegate", "d2")
    outsider = world.client("outsider")

    assert outsider.get(link).status_code == 200
    assert not Membership.objects.filter(user=world.users["outsider"], mission=world.mission)
    outsider.post(link)

    member = Membership.objects.get(user=world.users["outsider"], mission=world.mission)
    assert (member.role, member.participant.pid if member.participant else None) == (
        "delegate",
        "d2",
    )
    assert outsider.get(link).status_code == 404, "a link works once"


def test_invitation_lets_a_newcomer_create_their_account(world: World) -> None:
    link = _invite(world)

    response = Client().post(
        link, {"username": "newcomer", "password1": PASSWORD, "password2": PASSWORD}
    )

    assert response.status_code == 302
    user = User.objects.get(username="newcomer")
    assert Membership.objects.get(user=user, mission=world.mission).role == MemberRole.VIEWER


def test_organiser_removes_a_member_and_a_member_leaves(world: World) -> None:
    viewer = Membership.objects.get(mission=world.mission, role="viewer")
    world.client("organiser").post(
        reverse("wafd:member-remove", args=[world.mission.pk, viewer.pk])
    )
    world.client("host").post(reverse("wafd:leave", args=[world.mission.pk]))

    roles = set(Membership.objects.filter(mission=world.mission).values_list("role", flat=True))
    assert roles == {"organiser", "delegate"}


def test_the_last_organiser_can_neither_leave_nor_be_demoted_nor_removed(world: World) -> None:
    organiser = world.client("organiser")
    me = Membership.objects.get(mission=world.mission, role="organiser")
    mission = world.mission.pk

    organiser.post(reverse("wafd:leave", args=[mission]))
    organiser.post(reverse("wafd:member-role", args=[mission, me.pk]), {f"m{me.pk}-role": "viewer"})
    organiser.post(reverse("wafd:member-remove", args=[mission, me.pk]))
    page = organiser.get(reverse("wafd:members", args=[mission]), follow=True)

    me.refresh_from_db()
    assert me.role == "organiser"
    assert "at least one organiser" in page.content.decode()


def test_a_second_organiser_lets_the_first_one_leave(world: World) -> None:
    link = _invite(world, "organiser")
    world.client("outsider").post(link)

    world.client("organiser").post(reverse("wafd:leave", args=[world.mission.pk]))

    organisers = Membership.objects.filter(mission=world.mission, role="organiser")
    assert list(organisers.values_list("user__username", flat=True)) == ["outsider"]


def test_withdrawn_invitation_link_no_longer_works(world: World) -> None:
    link = _invite(world)
    invitation = Invitation.objects.get(mission=world.mission)
    world.client("organiser").post(
        reverse("wafd:invitation-withdraw", args=[world.mission.pk, invitation.pk])
    )

    assert world.client("outsider").get(link).status_code == 404


def test_password_change_needs_the_old_password(world: World) -> None:
    client = world.client("delegate")
    url = reverse("wafd:password-change")
    new = "another-long-passphrase-42"

    wrong = client.post(url, {"old_password": "nope", "new_password1": new, "new_password2": new})
    right = client.post(url, {"old_password": PASSWORD, "new_password1": new, "new_password2": new})

    assert wrong.status_code == 200
    assert right.status_code == 302
    assert Client().login(username=world.users["delegate"].username, password=new)


def test_viewer_downloads_the_document_links_shown_to_them(
    world: World, settings: Any, tmp_path: Path
) -> None:
    from wafd.web.bundles import execute_bundle
    from wafd.web.models import DocumentBundle

    settings.WAFD_BUNDLE_DIR = tmp_path
    viewer = world.client("viewer")
    page = reverse("wafd:downloads", args=[world.mission.pk])
    prepare = re.findall(r'action="([^"]+\.zip)"', viewer.get(page).content.decode())
    viewer.post(prepare[0])
    execute_bundle(DocumentBundle.objects.get().pk)
    links = re.findall(r'href="([^"]+\.zip)"', viewer.get(page).content.decode())

    assert links
    assert viewer.get(links[0]).status_code == 200


def test_newcomer_password_goes_through_the_validators(world: World) -> None:
    link = _invite(world)

    response = Client().post(link, {"username": "weak", "password1": "123", "password2": "123"})

    assert response.status_code == 200
    assert not User.objects.filter(username="weak").exists()


def test_passwords_shorter_than_twelve_characters_are_refused(world: World) -> None:
    link = _invite(world)
    short = "Zq7#kLm2pX!"  # 11 characters, otherwise strong

    response = Client().post(link, {"username": "shorty", "password1": short, "password2": short})

    assert response.status_code == 200
    assert not User.objects.filter(username="shorty").exists()
