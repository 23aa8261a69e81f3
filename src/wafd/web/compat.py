"""Django 6 ships ``django.tasks``; on Django 5.2 the ``django-tasks`` backport provides it."""

try:
    from django.tasks import task
except ImportError:  # Django < 6 (Python 3.11)
    from django_tasks import task  # type: ignore[no-redef]

__all__ = ["task"]
