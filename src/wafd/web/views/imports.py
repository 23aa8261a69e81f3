"""Importing a mission workbook: validated first, saved only when it is valid."""

import tempfile
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wafd.web import engine
from wafd.web.access import signed_in
from wafd.web.store import save_mission
from wafd.web.views.missions import creator_required, make_organiser

ALLOWED_SUFFIXES = (".xlsx", ".yaml", ".yml")


class ImportForm(forms.Form):
    workbook = forms.FileField(label=gettext_lazy("Mission workbook (.xlsx) or YAML file"))

    def clean_workbook(self) -> object:
        upload = self.cleaned_data["workbook"]
        if upload.size > settings.WAFD_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        if Path(upload.name or "").suffix.lower() not in ALLOWED_SUFFIXES:
            raise forms.ValidationError(_("Upload an .xlsx, .yaml or .yml file."))
        return upload


@creator_required
def import_mission(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    issues: list[engine.Issue] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["workbook"]
        suffix = Path(upload.name).suffix.lower()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"mission{suffix}"
            with path.open("wb") as target:
                for chunk in upload.chunks():
                    target.write(chunk)
            mission, issues = engine.read(path, language=get_language() or "en")
        if mission is not None:
            with transaction.atomic():
                record = save_mission(mission, user=signed_in(request))
                make_organiser(request, record)
            messages.success(request, _("Mission imported."))
            return redirect("wafd:mission", record.pk)
    return render(request, "wafd/import.html", {"form": form, "issues": issues})
