"""Writing files so that a reader never sees half of one, with the permissions of any new file.

Every file Wafd writes goes through :func:`write_atomically`: the content is written to a
temporary sibling, which is then renamed over the target. ``tempfile.mkstemp`` creates that
sibling readable by its owner only (0600); the rename would carry this mode to the target, so
colleagues sharing a folder could not open a schedule. The sibling is therefore given the mode
``open()`` would have given a new file (0666 minus the umask) before it is renamed.
"""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def new_file_mode() -> int:
    """0666 minus the process umask, read without a lasting change (umask can only be swapped)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Call ``write`` on a temporary sibling of ``path``, then rename it into place.

    On any failure the temporary file is removed and ``path`` is left as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        temporary.chmod(new_file_mode())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def write_bytes_atomically(path: Path, content: bytes) -> Path:
    """:func:`write_atomically` for content already in memory."""
    return write_atomically(path, lambda temporary: temporary.write_bytes(content))
