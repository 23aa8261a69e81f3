"""``wafd grant-creator USER``: the site administrator allows an account to create missions.

Creating or importing a mission is a site permission, not something any account may do;
it can also be given on the admin site (``/admin/``, the account's permissions).
"""

from typing import Annotated

import typer

from wafd.cli.app import app, console, error_console
from wafd.cli.shared import EXIT_INVALID


@app.command("grant-creator")
def grant_creator(
    username: Annotated[
        str, typer.Argument(help="The account to allow (or stop) creating missions.")
    ],
    revoke: Annotated[
        bool, typer.Option("--revoke", help="Take the permission away instead.")
    ] = False,
) -> None:
    """Allow an account to create and import missions on this site (or, with --revoke, stop it)."""
    from django.contrib.auth.models import Permission, User
    from django.core.management import call_command

    from wafd.web import setup

    setup()
    call_command("migrate", interactive=False, verbosity=0)
    user = User.objects.filter(username=username).first()
    if user is None:
        error_console.print(
            f"No account is called {username!r}: check the spelling, or let the person "
            "create one by accepting an invitation first."
        )
        raise typer.Exit(EXIT_INVALID)
    permission = Permission.objects.get(codename="create_mission", content_type__app_label="wafd")
    if revoke:
        user.user_permissions.remove(permission)
        console.print(f"{username} may no longer create missions.")
    else:
        user.user_permissions.add(permission)
        console.print(f"{username} may now create and import missions.")
