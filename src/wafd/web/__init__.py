"""The Django web application: organisers, delegates and hosts work on one mission.

Views, API endpoints and background tasks are thin callers of the engine
(``wafd.io``, ``wafd.match``, ``wafd.schedule``, ``wafd.export``); this package
only stores missions in a database, scopes them by membership and renders them.
"""

import os
from pathlib import Path


def setup() -> None:
    """Configure Django for the ``wafd`` command (settings module, app registry)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wafd.web.settings")
    import django

    django.setup()
    _keep_private()


def _keep_private() -> None:
    """The SQLite file (0600) and the data folder holding it (0700) are the owner's alone.

    The file is created empty here with those rights when missing; SQLite gives its
    ``-wal`` and ``-shm`` files the rights of the database file.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        return
    path = Path(database["NAME"])
    if path.parent == Path(settings.DATA_DIR):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.parent.chmod(0o700)
    if path.parent.is_dir():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        path.chmod(0o600)
