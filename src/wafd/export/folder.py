"""Writing a set of documents so that a reader sees the old set or the new one, never a mix.

Every file is written into a temporary sibling folder (``.<name>.export-<pid>-<random>``),
which is then renamed onto the output folder: a rename within one file system is atomic, so an
export interrupted at any point (even by ``kill -9``) leaves the previous set untouched. A
previous set is moved aside first and deleted after the swap. Temporary folders left by a
process that no longer runs are removed at the next export into the same place.

An existing folder is only replaced when asked (``replace=True``, the CLI's ``--force``) and
only when it holds nothing but what an export writes: ``--out .`` must never delete a project.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
from pathlib import Path

from wafd.i18n import N_
from wafd.io.atomic import new_file_mode

EXPORT_FOLDERS = frozenset({"pdf", "html", "ics", "xlsx"})
"""The top-level folders an export writes; a folder holding anything else is not replaced."""

FOLDER_EXISTS = N_("{folder} already holds documents: add --force to replace them.")
NOT_AN_EXPORT = N_(
    "{folder} holds files that an export did not write ({name}): choose an empty or new folder."
)


class FolderRefusedError(ValueError):
    """The output folder must not be replaced; ``message`` and ``values`` say why."""

    def __init__(self, message: str, **values: str) -> None:
        super().__init__(message.format(**values))
        self.message = message
        self.values = values


def write_document_set(
    out_dir: Path, files: list[tuple[Path, bytes]], *, replace: bool
) -> list[Path]:
    """Write ``files`` (paths relative to ``out_dir``) as one set, replacing any previous set."""
    refuse_unless_replaceable(out_dir, replace=replace)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out_dir)
    staging = _sibling(out_dir, "export")
    try:
        staging.mkdir()
        mode = new_file_mode()
        for relative, content in files:
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            target.chmod(mode)
        staging.chmod(0o777 & ~_umask())
        _swap_in(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [out_dir / relative for relative, _ in files]


def refuse_unless_replaceable(out_dir: Path, *, replace: bool) -> None:
    """Raise ``FolderRefusedError`` when ``out_dir`` holds files that must not be replaced
    (``NotADirectoryError`` when it is a file: a set is never swapped in over a file)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(out_dir))
    if not out_dir.is_dir():
        return
    entries = list(out_dir.iterdir())
    if not entries:
        return
    if not replace:
        raise FolderRefusedError(FOLDER_EXISTS, folder=str(out_dir))
    foreign = next((e.name for e in entries if e.name not in EXPORT_FOLDERS), None)
    if foreign is not None:
        raise FolderRefusedError(NOT_AN_EXPORT, folder=str(out_dir), name=foreign)


def _swap_in(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    previous = _sibling(out_dir, "previous")
    os.rename(out_dir, previous)
    try:
        os.rename(staging, out_dir)
    except BaseException:
        os.rename(previous, out_dir)
        raise
    shutil.rmtree(previous, ignore_errors=True)


def _sibling(out_dir: Path, kind: str) -> Path:
    return out_dir.with_name(f".{out_dir.name}.{kind}-{os.getpid()}-{secrets.token_hex(4)}")


def remove_stale_temporaries(out_dir: Path) -> list[Path]:
    """Delete temporary folders of earlier exports into ``out_dir`` whose process has ended."""
    removed: list[Path] = []
    if not out_dir.parent.is_dir():
        return removed
    for candidate in out_dir.parent.glob(f".{out_dir.name}.*-*-*"):
        kind, pid, _ = candidate.name.rsplit(".", 1)[-1].split("-", 2)
        if kind in ("export", "previous") and pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
