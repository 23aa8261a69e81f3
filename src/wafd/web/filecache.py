"""Django's file cache, counting its files on one write in a hundred, not on every write.

``FileBasedCache`` lists its whole folder before each write to see whether it is over
``MAX_ENTRIES``: with thousands of stored pages and sessions that listing costs more
than the write. Checking now and then keeps the folder near its limit all the same.
"""

import random

from django.core.cache.backends.filebased import FileBasedCache

CULL_CHECK_ONE_WRITE_IN = 100


class FileCache(FileBasedCache):
    def _cull(self) -> None:
        if random.randrange(CULL_CHECK_ONE_WRITE_IN) == 0:
            super()._cull()  # type: ignore[misc]  # private in Django, not in its stubs
