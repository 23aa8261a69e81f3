"""From the typed rows of an outcomes file to ``Outcomes``, through the engine's own actions.

Every row is recorded with the same function the CLI and the web call, so a file can break
no rule the web form enforces; a refused row becomes an issue at its sheet, row and column.
Stage moves and survey answers are replayed together in date order, since an answer may move
an opportunity between two rows of the Stages sheet.
"""

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from wafd.i18n import N_
from wafd.io.parse import IssueLog, ParsedBook, ParsedRow, ParsedSheet
from wafd.io.report import Issue
from wafd.outcomes import actions, pipeline
from wafd.outcomes.checks import known_currency, money
from wafd.outcomes.context import OutcomeContext
from wafd.outcomes.errors import DOMAIN, OutcomeError
from wafd.outcomes.model import Attendance, Feedback, Outcomes, Stage
from wafd.outcomes.rates import check_rates
from wafd.outcomes.sheets import (
    ACTIONS,
    ATTENDANCE,
    COSTS,
    FEEDBACK,
    OPPORTUNITIES,
    RATES,
    SETTINGS,
    STAGES,
    SURVEYS,
)

Record = Callable[[Outcomes, dict[str, Any]], Outcomes]
FIELD_COLUMNS = {"opportunity_id": "id", "action_id": "id", "on": "date", "round_id": "round"}


def build_outcomes(parsed: ParsedBook, log: IssueLog, context: OutcomeContext) -> Outcomes:
    """The outcomes of every row that breaks no rule; the others are reported in ``log``."""
    outcomes = _settings(parsed, log)
    outcomes = outcomes.model_copy(
        update={
            "attendance": _records(parsed.get(ATTENDANCE.name), log, _attendance(context)),
            "feedback": _records(parsed.get(FEEDBACK.name), log, _feedback(context)),
        }
    )
    for sheet, record in (
        (ACTIONS.name, _action(context)),
        (RATES.name, _rate),
        (COSTS.name, _cost),
        (OPPORTUNITIES.name, _opportunity(context)),
    ):
        outcomes = _each(parsed.get(sheet), log, outcomes, record)
    outcomes = _rounds(parsed.get(SURVEYS.name), log, outcomes)
    dated = [(row.get("date"), 0, STAGES.name, row) for row in _rows(parsed.get(STAGES.name))]
    dated += [
        (row.get("answered"), 1, SURVEYS.name, row) for row in _rows(parsed.get(SURVEYS.name))
    ]
    moves = {STAGES.name: _move(context), SURVEYS.name: _answer(context)}
    refused = _refused_opportunities(parsed, outcomes)
    for _day, _order, sheet, row in sorted(dated, key=lambda item: (item[0], item[1])):
        if row.get("opportunity") not in refused:  # its own row already says what is wrong
            outcomes = _one(parsed[sheet], row, log, outcomes, moves[sheet])
    for sheet, number, column, error in check_rates(outcomes, parsed):
        refuse(log, parsed[sheet], number, column, error)
    return outcomes


def _refused_opportunities(parsed: ParsedBook, outcomes: Outcomes) -> set[object]:
    """Ids of Opportunities rows that were not recorded (their errors are reported there)."""
    recorded = {o.id for o in outcomes.opportunities}
    sheet = parsed.get(OPPORTUNITIES.name)
    rows = sheet.rows if sheet else []
    return {row.raw.get("id") for row in rows} - recorded


def _rows(sheet: ParsedSheet | None) -> list[ParsedRow]:
    return [row for row in sheet.rows if not row.bad] if sheet else []


def _each(sheet: ParsedSheet | None, log: IssueLog, outcomes: Outcomes, record: Record) -> Outcomes:
    for row in _rows(sheet):
        assert sheet is not None
        outcomes = _one(sheet, row, log, outcomes, record)
    return outcomes


def _one(
    sheet: ParsedSheet, row: ParsedRow, log: IssueLog, outcomes: Outcomes, record: Record
) -> Outcomes:
    try:
        return record(outcomes, row.values)
    except OutcomeError as error:
        refuse(log, sheet, row.number, FIELD_COLUMNS.get(error.field, error.field), error)
    except ValidationError as error:
        column = str(error.errors()[0]["loc"][0]) if error.errors() else ""
        problem = OutcomeError(
            column,
            N_("This row cannot be recorded: {detail}."),
            N_("Check the row against the format (docs/mission-format.md)."),
            detail=error.errors()[0]["msg"] if error.errors() else "?",
        )
        refuse(log, sheet, row.number, column, problem)
    return outcomes


def refuse(
    log: IssueLog, sheet: ParsedSheet, number: int, column: str, error: OutcomeError
) -> None:
    """Report a refused row at its cell, in the ``outcomes`` catalogue's words."""
    known = column in sheet.raw.spec.column_names()
    row, letter = sheet.raw.place(number, column if known else "")
    values: dict[str, object] = next((r.cells for r in sheet.raw.rows if r.number == number), {})
    log.issues.append(
        Issue(
            sheet=sheet.raw.title,
            row=row or None,
            column=column if known else "",
            value=values.get(column),
            message_id=error.message_id,
            hint_id=error.hint_id,
            column_letter=letter if known else "",
            params=error.params,
            domain=DOMAIN,
        )
    )
    log.rows_with_errors.add((sheet.raw.spec.name, number))


def _settings(parsed: ParsedBook, log: IssueLog) -> Outcomes:
    rows = _rows(parsed.get(SETTINGS.name))
    values = rows[0].values if rows else {}
    outcomes = Outcomes.model_validate(
        {"report_date": values.get("report_date"), "fictional": values.get("fictional", False)}
    )
    currency = values.get("reporting_currency")
    if currency:
        try:
            outcomes = outcomes.model_copy(
                update={"reporting_currency": known_currency(str(currency))}
            )
        except OutcomeError as error:
            refuse(log, parsed[SETTINGS.name], 1, "reporting_currency", error)
    return outcomes


def _records(
    sheet: ParsedSheet | None, log: IssueLog, build: Callable[[dict[str, Any]], Any]
) -> tuple[Any, ...]:
    """Attendance or feedback rows, checked one by one and collected at once.

    Recording them one ``record_*`` call at a time would copy the whole tuple per row (tens
    of thousands of rows in a brokerage event); the checks are the same ``*_record``
    functions those calls use. A later row for the same meeting (and participant) wins.
    """
    kept: dict[tuple[str, ...], Any] = {}
    for row in _rows(sheet):
        assert sheet is not None
        try:
            record = build(row.values)
        except OutcomeError as error:
            refuse(log, sheet, row.number, FIELD_COLUMNS.get(error.field, error.field), error)
            continue
        key = (record.meeting, getattr(record, "participant", ""))
        kept.pop(key, None)
        kept[key] = record
    return tuple(kept.values())


def _attendance(context: OutcomeContext) -> Callable[[dict[str, Any]], Attendance]:
    return lambda row: actions.attendance_record(context=context, **row)


def _feedback(context: OutcomeContext) -> Callable[[dict[str, Any]], Feedback]:
    return lambda row: actions.feedback_record(context=context, **row)


def _action(context: OutcomeContext) -> Record:
    def record(outcomes: Outcomes, row: dict[str, Any]) -> Outcomes:
        return actions.save_action(outcomes, context=context, action_id=row.pop("id"), **row)

    return record


def _rate(outcomes: Outcomes, row: dict[str, Any]) -> Outcomes:
    return actions.set_rate(outcomes, currency=row["currency"], rate=row["rate"], on=row["date"])


def _cost(outcomes: Outcomes, row: dict[str, Any]) -> Outcomes:
    return actions.add_cost(outcomes, **row)


def _opportunity(context: OutcomeContext) -> Record:
    def record(outcomes: Outcomes, row: dict[str, Any]) -> Outcomes:
        fields = dict(row)
        value = money(
            fields.pop("value", None), fields.pop("currency", None), fields.pop("value_date", None)
        )
        return pipeline.add_opportunity(
            outcomes, context=context, opportunity_id=fields.pop("id"), value=value, **fields
        )

    return record


def _rounds(sheet: ParsedSheet | None, log: IssueLog, outcomes: Outcomes) -> Outcomes:
    months: dict[str, int] = {}
    for row in _rows(sheet):
        assert sheet is not None
        round_id, after = str(row.get("round")), int(row.get("months_after"))  # type: ignore[call-overload]
        if months.setdefault(round_id, after) != after:
            error = OutcomeError(
                "months_after",
                N_("The round “{round}” is given {months} months here and {first} above."),
                N_("Give every answer of a round the same months_after."),
                round=round_id,
                months=after,
                first=months[round_id],
            )
            refuse(log, sheet, row.number, "months_after", error)
            row.bad.add("months_after")
    for round_id, after in months.items():
        outcomes = actions.add_survey_round(outcomes, round_id=round_id, months_after=after)
    return outcomes


def _move(context: OutcomeContext) -> Record:
    def record(outcomes: Outcomes, row: dict[str, Any]) -> Outcomes:
        return pipeline.move_opportunity(
            outcomes,
            context=context,
            opportunity_id=row["opportunity"],
            stage=Stage(row["stage"]),
            on=row["date"],
            by=row.get("by", ""),
            reason=row.get("reason", ""),
        )

    return record


def _answer(context: OutcomeContext) -> Record:
    def record(outcomes: Outcomes, row: dict[str, Any]) -> Outcomes:
        fields = {k: v for k, v in row.items() if k != "months_after"}
        if fields.get("stage"):
            fields["stage"] = Stage(fields["stage"])
        try:
            return actions.record_survey_answer(
                outcomes, context=context, round_id=fields.pop("round"), **fields
            )
        except OutcomeError as error:
            if error.field == "date":
                error.field = "answered"
            raise

    return record
