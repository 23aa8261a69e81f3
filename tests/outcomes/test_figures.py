"""The report's figures on the small tour, against numbers worked out by hand.

The tour (outcome_factories) plans five meetings (m5 is cancelled in the schedule): m1, m3,
m4 held, m2 a no-show (Ramírez), m6 not recorded. Rates: 1 MAD = 0.1 USD.
"""

from datetime import date

import pytest
from outcome_factories import build_context, build_outcomes

from wafd.outcomes.figures import compute_report_figures
from wafd.outcomes.figures_model import ReportFigures


@pytest.fixture(scope="module")
def figures() -> ReportFigures:
    return compute_report_figures(context=build_context(), outcomes=build_outcomes())


def test_figures_count_meetings_planned_held_and_no_shows(figures: ReportFigures) -> None:
    counts = (figures.meetings_planned, figures.meetings_held, figures.no_shows)
    assert (counts, figures.not_recorded, figures.no_show_rate) == ((5, 3, 1), 1, 0.25)


def test_figures_split_meetings_by_city_theme_organisation_and_host(
    figures: ReportFigures,
) -> None:
    def table(groups: dict) -> dict:  # type: ignore[type-arg]
        return {k: (v.planned, v.held, v.no_shows) for k, v in groups.items()}

    assert table(figures.by_city) == {"Houston": (3, 2, 1), "San Jose": (2, 1, 0)}
    assert table(figures.by_theme) == {
        "artificial_intelligence": (1, 1, 0),
        "cloud_computing": (1, 1, 0),
        "cybersecurity": (3, 1, 1),
    }
    assert table(figures.by_organisation) == {"add": (3, 3, 0), "dgssi": (3, 1, 1)}
    assert table(figures.by_host) == {
        "lonestar": (1, 1, 0),
        "shield": (2, 1, 1),
        "valley": (2, 1, 0),
    }


def test_figures_give_satisfaction_per_side(figures: ReportFigures) -> None:
    delegates, hosts = figures.satisfaction["delegates"], figures.satisfaction["hosts"]
    assert (delegates.count, delegates.mean) == (4, 3.5)
    assert delegates.distribution == {1: 0, 2: 1, 3: 1, 4: 1, 5: 1}
    assert (hosts.count, hosts.mean, hosts.distribution) == (
        3,
        4.333,
        {1: 0, 2: 0, 3: 0, 4: 2, 5: 1},
    )
    assert figures.mean_rating == round(27 / 7, 3)


def test_figures_count_follow_up_intent_and_interests(figures: ReportFigures) -> None:
    assert figures.follow_up == {
        "delegates": {"yes": 1, "maybe": 2, "no": 1},
        "hosts": {"yes": 3, "maybe": 0, "no": 0},
    }
    assert figures.interests == {"partnership": 1, "export_sale": 2, "investment": 1}


def test_figures_count_open_and_overdue_actions(figures: ReportFigures) -> None:
    assert figures.actions == {"open": 2, "done": 1, "dropped": 0, "overdue": 1}


def test_figures_value_opportunities_by_stage_in_reporting_currency(
    figures: ReportFigures,
) -> None:
    by_stage = {k: (v.count, v.value) for k, v in figures.opportunities_by_stage.items()}
    assert by_stage == {
        "identified": (1, 0.0),
        "in_discussion": (0, 0.0),
        "proposal": (0, 0.0),
        "mou_signed": (1, 50_000.0),
        "agreement_signed": (1, 100_000.0),
        "delivered": (0, 0.0),
        "lost": (1, 200_000.0),
    }
    assert (figures.pipeline_value, figures.value_attributed) == (150_000.0, 100_000.0)
    kinds = {k: (v.count, v.value) for k, v in figures.opportunities_by_kind.items()}
    assert kinds == {"export_sale": (2, 150_000.0), "partnership": (1, 0.0)}


def test_figures_funnel_counts_what_reached_each_stage(figures: ReportFigures) -> None:
    assert [(s.stage, s.reached) for s in figures.funnel] == [
        ("identified", 4),
        ("in_discussion", 2),
        ("proposal", 2),
        ("mou_signed", 2),
        ("agreement_signed", 1),
        ("delivered", 0),
    ]


def test_figures_return_multiplier_is_attributed_value_over_cost(figures: ReportFigures) -> None:
    assert (figures.cost, figures.cost_by_funder) == (
        50_000.0,
        {"CGEM": 20_000.0, "USTDA": 30_000.0},
    )
    assert figures.return_multiplier == 2.0
    counted = figures.return_counted
    assert (counted.stages, counted.opportunities, counted.cost_items) == (
        ["agreement_signed", "delivered"],
        1,
        2,
    )


def test_figures_pipeline_value_over_time(figures: ReportFigures) -> None:
    points = [(p.date.isoformat(), p.value, p.attributed) for p in figures.pipeline_over_time]
    assert points[:5] == [
        ("2024-02-12", 100_000.0, 0.0),
        ("2024-02-13", 150_000.0, 0.0),
        ("2024-02-20", 350_000.0, 0.0),
        ("2024-02-26", 350_000.0, 0.0),
        ("2024-03-01", 150_000.0, 0.0),
    ]
    assert points[-1] == ("2024-06-02", 150_000.0, 100_000.0)


def test_figures_say_what_changed_since_the_previous_survey_round(figures: ReportFigures) -> None:
    survey = figures.survey
    assert (survey.latest_round, survey.previous_round, survey.respondents) == ("m3", "m0", 2)
    assert (survey.since, survey.until) == (date(2024, 2, 29), date(2024, 6, 2))
    assert [(m.opportunity, m.stage_to) for m in survey.stage_changes] == [
        ("o-ai", "lost"),
        ("o-cloud", "proposal"),
        ("o-cloud", "agreement_signed"),
        ("o-soc", "mou_signed"),
    ]
    assert (survey.pipeline_value_change, survey.value_attributed_change) == (-200_000.0, 100_000.0)


def test_figures_report_date_drives_overdue_actions() -> None:
    early = compute_report_figures(
        context=build_context(), outcomes=build_outcomes(), on=date(2024, 2, 29)
    )
    assert early.actions["overdue"] == 0
