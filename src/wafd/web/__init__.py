"""The Django web application: organisers, delegates and hosts work on one mission.

Views, API endpoints and background tasks are thin callers of the engine
(``wafd.io``, ``wafd.match``, ``wafd.schedule``, ``wafd.export``); this package
only stores missions in a database, scopes them by membership and renders them.
"""

import os


def setup() -> None:
    """Configure Django for the ``wafd`` command (settings module, app registry)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wafd.web.settings")
    import django

    django.setup()
