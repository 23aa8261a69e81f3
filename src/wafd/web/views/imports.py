"""Importing a mission file: checked here, read by the background worker, reported in pages."""

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wafd.web import importing
from wafd.web.access import signed_in
from wafd.web.models import ImportJob, ImportState
from wafd.web.upload_limits import workbook_problems
from wafd.web.views.missions import creator_required

ALLOWED_SUFFIXES = (".xlsx", ".yaml", ".yml")


class ImportForm(forms.Form):
    workbook = forms.FileField(label=gettext_lazy("Mission workbook (.xlsx) or YAML file"))

    def clean_workbook(self) -> object:
        upload = self.cleaned_data["workbook"]
        if upload.size > settings.WAFD_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB.")
                % {"mb": round(settings.WAFD_MAX_UPLOAD_BYTES / 1024 / 1024, 1)}
            )
        suffix = Path(upload.name or "").suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise forms.ValidationError(_("Upload an .xlsx, .yaml or .yml file."))
        if suffix == ".xlsx":
            problems = workbook_problems(upload)
            if problems:
                raise forms.ValidationError(problems)
        return upload


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
