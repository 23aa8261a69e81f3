"""One validation for every edit: the engine's, exactly as ``wafd validate`` runs it.

An edit builds the mission it would leave behind and hands it to the engine's validator
(the mission written as a mission file and validated as ``wafd validate`` would validate
that file). Any error refuses the edit with the validator's located messages, and
nothing is saved: callers save only after ``refuse_if_invalid`` returned.
"""

import tempfile
from pathlib import Path
from typing import Any

from django.utils.translation import get_language
from pydantic import ValidationError

from wafd.model import Mission
from wafd.web.actions import ActionError


def _pydantic_lines(error: ValidationError) -> list[str]:
    return [
        f"{'.'.join(str(part) for part in issue['loc']) or '-'}: {issue['msg']}"
        for issue in error.errors()
    ]


def mission_problems(content: dict[str, Any], *, language: str | None = None) -> list[str]:
    """The validator's errors for a mission given as the model's JSON, as located lines."""
    from wafd.io import validate_mission_file, write_mission

    language = language or get_language() or "en"
    try:
        mission = Mission.model_validate(content)
    except ValidationError as error:
        return _pydantic_lines(error)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mission.yaml"
        write_mission(mission, path)
        report = validate_mission_file(path)
    return [
        " ".join(
            part
            for part in (f"{issue.place}:", issue.message_in(language), issue.hint_in(language))
            if part
        )
        for issue in report.errors
    ]


def refuse_if_invalid(content: dict[str, Any]) -> Mission:
    """The mission the edit leaves, or ``ActionError`` (422) with every located problem."""
    problems = mission_problems(content)
    if problems:
        raise ActionError("\n".join(problems), 422)
    return Mission.model_validate(content)


def edited(mission: Mission, **changes: Any) -> dict[str, Any]:
    """The mission's JSON with some top-level fields replaced."""
    return {**mission.model_dump(mode="json"), **changes}
