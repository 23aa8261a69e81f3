"""Wafd (وفد): plan, run and follow up trade missions and B2B matchmaking events."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wafd")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"
