"""Imports every command module so that each registers itself on ``app``.

Every ``wafd`` run, ``wafd --help`` included, imports all of these modules, so at their top they
import only what Typer needs to build the command: the option types, ``wafd.model`` enums and
``wafd.i18n``. The engine (scikit-learn, OR-Tools, fpdf2, openpyxl, Django) is imported inside
each command function, when that command runs; ``tests/cli/test_cli_startup.py`` holds them to it.
"""

from wafd.cli import (  # noqa: F401
    accounts,
    backup,
    check,
    demo,
    export,
    mail,
    match,
    replan,
    report,
    schedule,
    serve,
    show,
    template,
    validate,
)
