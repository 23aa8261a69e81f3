"""The ``wafd`` command: thin wrappers that call the engine and render results with Rich.

Each command lives in its own module under ``wafd.cli`` and registers itself on
``app``; this module only assembles them.
"""

from wafd.cli import commands  # noqa: F401  (registers the commands on ``app``)
from wafd.cli.app import app


def main() -> None:
    """Entry point of the console script."""
    app()


__all__ = ["app", "main"]
