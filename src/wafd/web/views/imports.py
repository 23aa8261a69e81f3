"""Importing a mission file: measured here, read by the background worker, reported in pages.

The request measures the upload against the engine's own limits (``wafd.model.limits``:
size, a workbook's parts and cell extent, streamed in flat memory) so a hostile file is
refused at once with the located problem; the worker's full read applies the same limits
and the rest (a YAML file's anchors and nesting) in a memory-limited child process.
"""

import tempfile
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wafd.model.limits import input_limits
from wafd.web import engine, importing
from wafd.web.access import signed_in
from wafd.web.job_leases import reap_abandoned_imports
from wafd.web.models import ImportJob, ImportState
from wafd.web.views.missions import creator_required

ALLOWED_SUFFIXES = (".xlsx", ".yaml", ".yml")


class ImportForm(forms.Form):
    workbook = forms.FileField(label=gettext_lazy("Mission workbook (.xlsx) or YAML file"))

    def clean_workbook(self) -> object:
        upload = self.cleaned_data["workbook"]
        limit = input_limits().max_file_bytes
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB.") % {"mb": round(limit / 1024 / 1024, 1)}
            )
        suffix = Path(upload.name or "").suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise forms.ValidationError(_("Upload an .xlsx, .yaml or .yml file."))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"mission{suffix}"
            with path.open("wb") as copy:
                for chunk in upload.chunks():
                    copy.write(chunk)
            problems = engine.bounds_problems(path, language=get_language() or "en")
        if problems:
            raise forms.ValidationError([located(problem) for problem in problems])
        return upload


def located(problem: engine.Issue) -> str:
    """``Venues!XFD1048576: A value lies far outside the table… Delete that cell…``.

    The place is isolated (U+2068…U+2069, as ``<bdi>``): a Latin sheet name and cell keep
    their order inside an Arabic sentence.
    """
    place = problem.sheet
    if problem.row is not None or problem.column:
        place = f"{place}!{problem.column}{problem.row or ''}" if place else problem.column
    text = f"{problem.message} {problem.hint}".strip()
    return f"\u2068{place}\u2069: {text}" if place else text


@creator_required
def import_mission(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["workbook"]
        job = importing.queue_import(
            user=signed_in(request),
            filename=upload.name,
            payload=b"".join(upload.chunks()),
            language=get_language() or "en",
        )
        return redirect("wafd:import-job", job.pk)
    return render(request, "wafd/import.html", {"form": form})


@creator_required
def import_job(request: HttpRequest, job_pk: int) -> HttpResponse:
    """The state of one import; its report in pages; the choice for a duplicate."""
    reap_abandoned_imports(pk=job_pk)
    job = get_object_or_404(
        ImportJob.objects.defer("payload"), pk=job_pk, created_by=signed_in(request)
    )
    if request.method == "POST" and job.state == ImportState.DUPLICATE:
        record = importing.decide_duplicate(job, update=request.POST.get("choice") == "update")
        messages.success(request, _("Mission imported."))
        return redirect("wafd:mission", record.pk)
    if job.state == ImportState.SUCCEEDED and job.mission_id:
        messages.success(request, _("Mission imported."))
        return redirect("wafd:mission", job.mission_id)
    page = Paginator(job.issues, settings.WAFD_IMPORT_ISSUES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {
        "job": job,
        "page": page,
        "waiting": job.state in (ImportState.QUEUED, ImportState.RUNNING),
        "slug": (job.parsed or {}).get("id", ""),
    }
    return render(request, "wafd/import_job.html", context)
