"""The Django app holding Wafd's models, views, templates and translations."""

from django.apps import AppConfig


class WafdWebConfig(AppConfig):
    name = "wafd.web"
    label = "wafd"
    verbose_name = "Wafd"
    default_auto_field = "django.db.models.BigAutoField"
