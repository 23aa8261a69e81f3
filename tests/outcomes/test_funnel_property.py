"""Whatever the history of moves, the funnel never holds more at a stage than reached it."""

from contextlib import suppress
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from outcome_factories import build_context

from wafd.outcomes import OutcomeError, Outcomes, Stage, add_opportunity, move_opportunity
from wafd.outcomes.figures import compute_report_figures

STAGES = list(Stage)
histories = st.lists(st.lists(st.sampled_from(STAGES), max_size=6), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(histories)
def test_funnel_is_monotone_and_covers_every_stage_count(moves: list[list[Stage]]) -> None:
    context = build_context()
    outcomes = Outcomes()
    for index, stages in enumerate(moves):
        oid = f"o{index}"
        outcomes = add_opportunity(
            outcomes, context=context, opportunity_id=oid, title=oid, identified_on=date(2024, 3, 1)
        )
        for step, stage in enumerate(stages, start=1):
            with suppress(OutcomeError):  # the same stage twice in a row is refused
                outcomes = move_opportunity(
                    outcomes, context=context, opportunity_id=oid, stage=stage,
                    on=date(2024, 3, 1) + timedelta(days=step), reason="because",
                )  # fmt: skip

    figures = compute_report_figures(context=context, outcomes=outcomes)

    reached = [step.reached for step in figures.funnel]
    assert reached == sorted(reached, reverse=True)
    assert reached[0] == sum(1 for o in outcomes.opportunities)
    for index, step in enumerate(figures.funnel):
        holding = sum(figures.opportunities_by_stage[s.stage].count for s in figures.funnel[index:])
        assert holding <= step.reached
