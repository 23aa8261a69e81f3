"""Django's model authentication backend, reading the session's user with a plain query.

Every signed-in page asks for its user; the ORM builds that one-row query anew each
time at twice the cost of running it. The rules (``user_can_authenticate``, password
checks, permissions) are Django's own, inherited unchanged.
"""

from functools import cache
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connection


@cache
def _user_sql() -> str:
    model: Any = get_user_model()
    quote = connection.ops.quote_name
    return f"SELECT * FROM {quote(model._meta.db_table)} WHERE {quote(model._meta.pk.column)} = %s"


class QuickModelBackend(ModelBackend):
    def get_user(self, user_id: Any) -> Any:
        found = list(get_user_model().objects.raw(_user_sql(), [user_id]))
        if not found or not self.user_can_authenticate(found[0]):
            return None
        return found[0]
