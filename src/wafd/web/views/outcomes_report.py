"""Attendance at the door (organisers, on a phone) and the mission report (staff)."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from wafd.export.report import render_mission_report
from wafd.export.report.charts import draw_charts
from wafd.export.report.content import build_content
from wafd.export.report.labels import ReportWords
from wafd.i18n import N_
from wafd.outcomes import OutcomeError, Outcomes, record_attendance
from wafd.outcomes.figures import compute_report_figures
from wafd.outcomes.model import AttendanceStatus
from wafd.outcomes.rates import MissingRateError
from wafd.web.access import ORGANISER, STAFF, mission_view
from wafd.web.models import Membership
from wafd.web.outcomes import change_outcomes, load_outcomes, mission_context
from wafd.web.views.outcomes import say

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
STATUS_WORDS = {
    "held": N_("Held"),
    "no_show": N_("No-show"),
    "cancelled": N_("Cancelled"),
    "moved": N_("Moved"),
}


@mission_view(ORGANISER)
def attendance(request: HttpRequest, membership: Membership) -> HttpResponse:
    """One card per meeting of the published programme: held or not, and who was missing."""
    context = mission_context(membership.mission)
    if request.method == "POST":
        mid = request.POST.get("meeting", "")
        try:
            status = AttendanceStatus(request.POST.get("status", ""))
            absent = request.POST.getlist("absent")
            change_outcomes(
                membership,
                action="attendance",
                target=mid,
                status=str(status),
                change=lambda outcomes, ctx: record_attendance(
                    outcomes, context=ctx, meeting=mid, status=status, absent=absent
                ),
            )
        except ValueError as error:
            text = (
                error.message_in(get_language() or "en") if isinstance(error, OutcomeError) else ""
            )
            messages.error(request, text or say(N_("Choose what happened.")))
            return redirect("wafd:attendance", membership.mission.pk)
        messages.success(request, say(N_("Saved.")))
        return redirect("wafd:attendance", membership.mission.pk)
    recorded = {a.meeting: a for a in load_outcomes(membership.mission).attendance}
    meetings = sorted(context.meetings.values(), key=lambda m: (m.day, m.id))
    cards = [
        {
            "meeting": m,
            "record": recorded.get(m.id),
            "people": [(p, context.name(p)) for p in m.participants],
        }
        for m in meetings
        if not m.cancelled
    ]
    words = {
        "heading": say(N_("Attendance")),
        "absent": say(N_("Who did not come")),
        "save": say(N_("Save")),
        "statuses": [(s, say(w)) for s, w in STATUS_WORDS.items()],
    }
    return render(
        request, "wafd/attendance.html", {"membership": membership, "cards": cards, "words": words}
    )


def _no_rate(missing: MissingRateError, outcomes: Outcomes) -> str:
    """An amount in a currency no rate converts: say which, and where to add the rate."""
    params = {"currency": missing.currency, "reporting": outcomes.reporting_currency}
    return " ".join(
        say(text).format(**params)
        for text in (
            N_("No rate converts {currency} into {reporting}."),
            N_("Add a rate for {currency} on the costs page."),
        )
    )


@mission_view(*STAFF)
def report(request: HttpRequest, membership: Membership) -> HttpResponse:
    """The report's key figures, charts and tables, with the PDF and XLSX to download."""
    context = mission_context(membership.mission)
    outcomes = load_outcomes(membership.mission)
    language = get_language() or "en"
    links = {"costs": say(N_("Costs and rates")), "import": say(N_("Import outcomes"))}
    try:
        figures = compute_report_figures(context=context, outcomes=outcomes)
    except MissingRateError as missing:
        return render(
            request,
            "wafd/outcomes_report.html",
            {"membership": membership, "links": links, "problem": _no_rate(missing, outcomes)},
        )
    words = ReportWords(context.mission, language, figures.reporting_currency)
    content = build_content(figures, words)
    charts = draw_charts(figures, words)
    sections = [
        {
            "title": section.title,
            "paragraphs": section.paragraphs,
            "charts": [charts[key] for key in section.charts],
            "tables": [
                {"headers": table.headers, "rows": table.shown(words)}
                for table in section.tables
                if table.rows
            ],
        }
        for section in content.sections
    ]
    page = {
        "membership": membership,
        "content": content,
        "sections": sections,
        "downloads": say(N_("Download the report")),
        "links": links,
    }
    return render(request, "wafd/outcomes_report.html", page)


@mission_view(*STAFF)
def report_download(request: HttpRequest, membership: Membership, kind: str) -> HttpResponse:
    if kind not in CONTENT_TYPES:
        raise Http404("no such format")
    language = get_language() or "en"
    try:
        _figures, files = render_mission_report(
            context=mission_context(membership.mission),
            outcomes=load_outcomes(membership.mission),
            language=language,
            formats=[kind],
        )
    except MissingRateError:
        return redirect("wafd:report", membership.mission.pk)
    name, data = files[0]
    response = HttpResponse(data, content_type=CONTENT_TYPES[kind])
    response["Content-Disposition"] = f'attachment; filename="{name.name}"'
    return response
