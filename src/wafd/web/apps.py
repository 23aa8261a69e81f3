"""The Django app holding Wafd's models, views, templates and translations."""

from django.apps import AppConfig


class WafdWebConfig(AppConfig):
    name = "wafd.web"
    label = "wafd"
    verbose_name = "Wafd"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from wafd.web.security import private_sqlite_files

        connection_created.connect(private_sqlite_files, dispatch_uid="wafd-private-sqlite")
