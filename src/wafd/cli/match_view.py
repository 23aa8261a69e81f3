"""How recommendations look: one Rich table per participant, or JSON for other programs.

Only renders what ``wafd.match.match_mission`` returned; names replace ids, in the reader's
script where the mission knows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from wafd.i18n import N_, translate
from wafd.model import Mission

if TYPE_CHECKING:  # ``wafd match`` imports ``say`` at start-up; scikit-learn waits for the run
    from wafd.match import MatchResult, Recommendation

TITLE = N_("Whom {name} should meet")
NOTHING = N_("No recommendation for {name}: their profile shares nothing with the candidates.")
WARNINGS = N_("Profiles to complete")
RANK, CANDIDATE, SCORE, WHY = N_("#"), N_("Candidate"), N_("Score"), N_("Why")


def say(language: str, message: str, **values: object) -> str:
    """``message`` from the ``match`` catalogue in ``language``, with ``values`` filled in."""
    return translate("match", language, message).format(**values)


def display_name(mission: Mission, identifier: str, language: str) -> str:
    person = mission.participant_index().get(identifier)
    if person is not None:
        return person.display_name(language)
    organisation = mission.organisation_index().get(identifier)
    return organisation.name.get(language) if organisation else identifier


def organisation_name(mission: Mission, identifier: str, language: str) -> str:
    person = mission.participant_index().get(identifier)
    organisation = mission.organisation_index().get(person.organisation if person else "")
    if organisation is None:
        return ""
    return organisation.acronym or organisation.name.get(language)


def render_tables(
    console: Console, mission: Mission, result: MatchResult, subjects: list[str], language: str
) -> None:
    for subject in subjects:
        name = display_name(mission, subject, language)
        found = result.for_subject(subject)
        if not found:
            console.print(escape(say(language, NOTHING, name=name)), style="yellow")
            continue
        table = Table(
            title=escape(say(language, TITLE, name=name)), title_justify="left", expand=True
        )
        # The organisation goes under the name, so that the explanation keeps most of the
        # width: with five columns it wrapped into a dozen lines at 80 columns.
        table.add_column(say(language, RANK), no_wrap=True)
        table.add_column(say(language, CANDIDATE), ratio=2, overflow="fold")
        table.add_column(say(language, SCORE), no_wrap=True, justify="right")
        table.add_column(say(language, WHY), ratio=5, overflow="fold")
        for r in found:
            name = escape(display_name(mission, r.candidate, language))
            organisation = escape(organisation_name(mission, r.candidate, language))
            table.add_row(
                str(r.rank),
                f"{name}\n[dim]{organisation}[/]" if organisation else name,
                f"{r.score:.2f}",
                escape(r.explanation),
            )
        console.print(table)
    if result.warnings:
        console.print(f"[bold yellow]{escape(say(language, WARNINGS))}[/]")
        for warning in result.warnings:
            console.print(f"  • {escape(warning.message)}")


def as_json(
    mission: Mission, result: MatchResult, subjects: list[str], language: str
) -> dict[str, Any]:
    """Per participant, the ranked candidates with score, score parts and explanation."""

    def candidate(r: Recommendation) -> dict[str, Any]:
        data = r.model_dump(mode="json", exclude={"subject", "language"})
        data["name"] = display_name(mission, r.candidate, language)
        data["organisation"] = organisation_name(mission, r.candidate, language)
        return data

    return {
        "mission": mission.id,
        "language": language,
        "encoder": result.encoder,
        "participants": [
            {
                "id": subject,
                "name": display_name(mission, subject, language),
                "candidates": [candidate(r) for r in result.for_subject(subject)],
            }
            for subject in subjects
        ],
        "warnings": [w.model_dump(mode="json") for w in result.warnings],
    }
