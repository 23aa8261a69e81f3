"""Organisers import an outcomes workbook (or YAML) and download the outcomes recorded so far.

The upload is bounded like the mission import (size, type, the workbook's zip directory:
``ImportForm``), then read by the same reader as ``wafd validate --outcomes`` against the
published programme. A file with problems is shown back problem by problem (sheet, row,
column, what to do) and nothing is saved; a clean file replaces the mission's outcomes in
one audited change. Organisers who recorded outcomes on the site download them first,
edit the workbook and import the whole.
"""

import tempfile
from pathlib import Path

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from wafd.i18n import N_
from wafd.io.report import Issue, MissionFileError
from wafd.outcomes import Outcomes
from wafd.outcomes.files import read_outcomes, write_outcomes
from wafd.web.access import ORGANISER, mission_view
from wafd.web.models import Membership
from wafd.web.outcomes import change_outcomes, load_outcomes, mission_context
from wafd.web.views.imports import ImportForm
from wafd.web.views.outcomes import say

SHOWN = 200
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class OutcomesForm(ImportForm):
    """The mission import's bounded upload, labelled for an outcomes file."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["workbook"].label = say(N_("Outcomes workbook (.xlsx) or YAML file"))


def _read(form: OutcomesForm, membership: Membership) -> tuple[Outcomes | None, list[Issue]]:
    upload = form.cleaned_data["workbook"]
    suffix = Path(upload.name or "").suffix.lower()
    context = mission_context(membership.mission)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"outcomes{suffix}"
        with path.open("wb") as stream:
            for chunk in upload.chunks():
                stream.write(chunk)
        try:
            return read_outcomes(path, context=context), []
        except MissionFileError as error:
            return None, list(error.report.issues)


@mission_view(ORGANISER)
def outcomes_import(request: HttpRequest, membership: Membership) -> HttpResponse:
    """GET the form; POST a file: located problems (nothing saved) or the outcomes replaced."""
    record = membership.mission
    mission_context(record)  # 404 before a programme is published: nothing to refer to
    form = OutcomesForm(request.POST or None, request.FILES or None)
    issues: list[Issue] = []
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            outcomes, issues = _read(form, membership)
            if outcomes is not None:
                name = str(form.cleaned_data["workbook"].name)[-200:]
                change_outcomes(
                    membership,
                    action="outcomes-import",
                    target=name,
                    change=lambda _current, _context: outcomes,
                )
                messages.success(request, say(N_("Outcomes imported.")))
                return redirect("wafd:report", record.pk)
    language = get_language() or "en"
    rows = [
        (
            i.sheet,
            i.row or "",
            i.column_letter or i.column,
            i.message_in(language),
            i.hint_in(language),
        )
        for i in issues[:SHOWN]
    ]
    page = {
        "membership": membership,
        "form": form,
        "issues": rows,
        "count": len(issues),
        "words": {
            "heading": say(N_("Import an outcomes workbook")),
            "replaces": say(
                N_(
                    "The file replaces every outcome recorded so far. To keep what was "
                    "recorded on the site, download it, edit the workbook, import the whole."
                )
            ),
            "download": say(N_("Download the outcomes recorded so far")),
            "import": say(N_("Import")),
            "problems": say(N_("Problems in the file: {count}. Nothing was saved.")).format(
                count=len(issues)
            ),
        },
    }
    return render(request, "wafd/outcomes_import.html", page, status=status)


@mission_view(ORGANISER)
def outcomes_workbook(request: HttpRequest, membership: Membership) -> HttpResponse:
    """The mission's outcomes as the workbook ``outcomes_import`` reads back."""
    with tempfile.TemporaryDirectory() as folder:
        path = write_outcomes(load_outcomes(membership.mission), Path(folder) / "outcomes.xlsx")
        data = path.read_bytes()
    response = HttpResponse(data, content_type=XLSX)
    slug = membership.mission.slug
    response["Content-Disposition"] = f'attachment; filename="{slug}-outcomes.xlsx"'
    return response
