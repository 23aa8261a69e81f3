"""WSGI entry point of the production server (granian; docs/web.md gives the command)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wafd.web.settings")
application = get_wsgi_application()
