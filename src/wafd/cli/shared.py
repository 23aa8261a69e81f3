"""What several commands share: ``--lang``, ``--force``, how to report a problem, output checks.

Every command module imports this one when ``wafd`` starts, so it stays light: Typer, Rich's
console and the model's enums, nothing of the engine.
"""

import os
from pathlib import Path
from typing import Annotated

import typer

from wafd.cli.app import error_console
from wafd.i18n import N_, translate
from wafd.model import Language

EXIT_REFUSED = 1  # a file could not or should not be written
EXIT_INVALID = 2  # bad input: the message names the file and what to fix

LanguageOption = Annotated[
    Language,
    typer.Option("--lang", help="Language of the output: ar, fr or en.", case_sensitive=False),
]


def complain(text: str) -> None:
    """One message on stderr, unwrapped so that paths and hints can be copied whole."""
    error_console.print(text, markup=False, highlight=False, soft_wrap=True)


ForceOption = Annotated[
    bool, typer.Option("--force", help="Overwrite the output file if it already exists.")
]

OUTPUT_IS_FOLDER = N_("{path} is a folder: give the path of a file to write.")
NO_SUCH_FOLDER = N_("The folder {folder} does not exist: create it first or choose another path.")
FOLDER_IS_FILE = N_("Cannot write {path}: {folder} is a file, not a folder. Choose another path.")
OUTPUT_EXISTS = N_("{path} already exists: add --force to overwrite it, or choose another path.")
FOLDER_READ_ONLY = N_("Cannot write into {folder}: permission denied. Choose another folder.")


def refuse_bad_output(path: Path, *, force: bool, language: str) -> None:
    """Stop before any work (solving, matching) when ``path`` cannot or should not be written.

    A typo in a folder name must not create a stray tree, and an existing file (often the
    input itself) is only replaced on ``--force``.
    """
    folder = path.parent
    if path.is_dir():
        problem = translate("cli", language, OUTPUT_IS_FOLDER).format(path=path)
    elif folder.exists() and not folder.is_dir():
        problem = translate("cli", language, FOLDER_IS_FILE).format(path=path, folder=folder)
    elif not folder.is_dir():
        problem = translate("cli", language, NO_SUCH_FOLDER).format(folder=folder)
    elif path.exists() and not force:
        problem = translate("cli", language, OUTPUT_EXISTS).format(path=path)
    elif not os.access(folder, os.W_OK):
        problem = translate("cli", language, FOLDER_READ_ONLY).format(folder=folder)
    else:
        return
    complain(problem)
    raise typer.Exit(EXIT_REFUSED)
