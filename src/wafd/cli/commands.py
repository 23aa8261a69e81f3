"""Imports every command module so that each registers itself on ``app``."""

from wafd.cli import (  # noqa: F401
    check,
    demo,
    export,
    match,
    replan,
    schedule,
    serve,
    show,
    template,
    validate,
)
