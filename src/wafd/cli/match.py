"""``wafd match``: who should meet whom, explained, as a table or JSON."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from wafd.cli.app import app, console, error_console
from wafd.cli.match_view import as_json, render_tables, say
from wafd.cli.shared import ForceOption, LanguageOption, complain, refuse_bad_output
from wafd.i18n import N_
from wafd.model import Language, Mission

if TYPE_CHECKING:
    from wafd.match import Encoder

CANNOT_READ = N_("Cannot read the mission file {path}:")
BAD_RULES = N_("Cannot use the rules file: {detail}")
NO_EMBEDDINGS = N_("The embeddings encoder is not available: {detail}")
ACCEPT_NEEDS_OUT = N_(
    "--accept needs --out FILE: the mission with the new requests is written there."
)
NO_RULES_FILE = N_(
    "--rules {path}: no such file. Give the path of a YAML file of organiser rules "
    "(see docs/matching.md)."
)
MISSION_SUFFIXES = (".xlsx", ".yaml", ".yml")
BAD_OUT_SUFFIX = N_("{path}: --out must name a mission file ending in .xlsx or .yaml.")
UNKNOWN_IDS = N_(
    "--for: no participant or organisation has the id {ids}. "
    "Run `wafd show {path}` to see the mission, or use the ids of the Participants sheet."
)
CANNOT_WRITE = N_("Cannot write {path}: {reason}. Choose another file with --out.")
ACCEPTED = N_("Added {count} meeting requests from recommendations; mission written to {path}.")


class EncoderChoice(StrEnum):
    LEXICAL = "lexical"
    EMBEDDINGS = "embeddings"


def _fail(message: str) -> typer.Exit:
    complain(message)
    return typer.Exit(code=2)


def _load(path: Path, language: str) -> Mission:
    from wafd.io import MissionFileError, read_mission

    try:
        return read_mission(path)
    except MissionFileError as error:
        error_console.print(f"[bold red]{escape(say(language, CANNOT_READ, path=path))}[/]")
        for issue in error.report.issues:
            hint = issue.hint_in(language)
            line = f"  {issue.place}: {issue.message_in(language)}" + (f" ({hint})" if hint else "")
            error_console.print(escape(line))
        raise typer.Exit(code=2) from error


def _encoder(choice: EncoderChoice, model: str | None, language: str) -> Encoder | None:
    if choice == EncoderChoice.LEXICAL:
        return None
    from wafd.match.embeddings import EmbeddingEncoder, EmbeddingUnavailableError

    try:
        return EmbeddingEncoder(model)
    except EmbeddingUnavailableError as error:
        raise _fail(say(language, NO_EMBEDDINGS, detail=error)) from error


@app.command()
def match(
    mission_file: Annotated[Path, typer.Argument(help="Mission workbook (.xlsx) or YAML file.")],
    for_ids: Annotated[
        list[str] | None,
        typer.Option("--for", help="Participant or delegate organisation id (repeatable)."),
    ] = None,
    top: Annotated[int, typer.Option(min=1, max=100, help="Candidates per participant.")] = 5,
    lang: LanguageOption = Language.EN,
    as_json_output: Annotated[
        bool, typer.Option("--json", help="Print the recommendations as JSON for other programs.")
    ] = False,
    rules_file: Annotated[
        Path | None, typer.Option("--rules", help="YAML file of organiser rules.")
    ] = None,
    encoder: Annotated[
        EncoderChoice, typer.Option(help="lexical (default, offline) or embeddings (extra).")
    ] = EncoderChoice.LEXICAL,
    model: Annotated[
        str | None,
        typer.Option(help="Sentence-transformers model directory (or WAFD_EMBEDDING_MODEL)."),
    ] = None,
    accept: Annotated[
        int | None,
        typer.Option(min=1, help="Turn each participant's top N into meeting requests."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(help="Where --accept writes the mission (.xlsx or .yaml)."),
    ] = None,
    force: ForceOption = False,
) -> None:
    """Recommend whom each delegate (or participant) should meet, and say why."""
    from wafd.io import write_mission
    from wafd.match import (
        MatchRules,
        RulesFileError,
        accept_recommendations,
        default_subjects,
        load_rules,
        match_mission,
    )

    language = lang.value
    if accept is not None and out is None:
        raise _fail(say(language, ACCEPT_NEEDS_OUT))
    if out is not None:
        if out.suffix.lower() not in MISSION_SUFFIXES:
            raise _fail(say(language, BAD_OUT_SUFFIX, path=out))
        refuse_bad_output(out, force=force, language=language)
    if rules_file is not None and not rules_file.is_file():
        raise _fail(say(language, NO_RULES_FILE, path=rules_file))
    try:
        rules = load_rules(rules_file) if rules_file else MatchRules()
    except RulesFileError as error:
        raise _fail(say(language, BAD_RULES, detail=error)) from error
    mission = _load(mission_file, language)
    subjects = list(dict.fromkeys(for_ids)) if for_ids else default_subjects(mission)
    known = mission.participant_index().keys() | {o.id for o in mission.organisations}
    if unknown_ids := [s for s in subjects if s not in known]:
        raise _fail(say(language, UNKNOWN_IDS, ids=", ".join(unknown_ids), path=mission_file))
    result = match_mission(
        mission,
        participant_ids=subjects,
        top=max(top, accept or 0),
        language=language,
        encoder=_encoder(encoder, model, language),
        rules=rules,
    )
    unknown = {w.participant for w in result.warnings if w.code == "unknown_subject"}
    subjects = [s for s in subjects if s not in unknown]
    if as_json_output:
        typer.echo(
            json.dumps(as_json(mission, result, subjects, language), ensure_ascii=False, indent=2)
        )
    else:
        render_tables(console, mission, result, subjects, language)
    if accept is not None and out is not None:
        updated = accept_recommendations(mission, result.recommendations, top_n=accept, rules=rules)
        try:
            written = write_mission(updated, out)
        except OSError as error:
            raise _fail(say(language, CANNOT_WRITE, path=out, reason=error.strerror)) from None
        count = len(updated.requests) - len(mission.requests)
        (error_console if as_json_output else console).print(
            escape(say(language, ACCEPTED, count=count, path=written))
        )
