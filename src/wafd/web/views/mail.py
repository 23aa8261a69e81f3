"""Organisers watch the outbox, re-send what failed and write to a group; people opt out."""

import uuid

from django import forms
from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wafd.web.access import ORGANISER, PORTAL, audit, mission_view
from wafd.web.mail_models import MailPreference, OutboxMessage, OutboxState
from wafd.web.mail_tasks import send_note
from wafd.web.mailer import email_url, mail_folder
from wafd.web.models import Membership
from wafd.web.outbox import resend

SHOWN = 200
AUDIENCES = (
    ("all", gettext_lazy("Everyone")),
    ("delegates", gettext_lazy("Delegates")),
    ("hosts", gettext_lazy("Hosts")),
)


@mission_view(ORGANISER)
def outbox_page(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Counts by state, and the messages that need a look (failed, interrupted, waiting)."""
    rows = OutboxMessage.objects.filter(mission=membership.mission)
    counts = dict(rows.values_list("state").annotate(n=Count("pk")).values_list("state", "n"))
    attention = rows.exclude(state=OutboxState.SENT).defer("raw").order_by("-pk")[:SHOWN]
    context = {
        "membership": membership,
        "counts": [(state, label, counts.get(state, 0)) for state, label in OutboxState.choices],
        "attention": attention,
        "recent": rows.filter(state=OutboxState.SENT).defer("raw").order_by("-sent_at")[:20],
        "transport": email_url() or str(mail_folder()),
    }
    return render(request, "wafd/outbox.html", context)


@require_POST
@mission_view(ORGANISER)
def outbox_resend(request: HttpRequest, membership: Membership) -> HttpResponse:
    pks = [int(pk) for pk in request.POST.getlist("message") if pk.isdigit()][:SHOWN]
    count = resend(membership.mission, pks)
    audit(membership, "mail.resend", "outbox", count=count)
    messages.success(request, _("%(n)s messages queued again.") % {"n": count})
    return redirect("wafd:outbox", membership.mission.pk)


class NoteForm(forms.Form):
    to = forms.ChoiceField(label=gettext_lazy("To"), choices=AUDIENCES)
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=200)
    body = forms.CharField(label=gettext_lazy("Message"), max_length=5000, widget=forms.Textarea)


@mission_view(ORGANISER)
def note_page(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Write once to everyone, the delegates, the hosts or one organisation."""
    organisations = sorted(
        {(str(o["id"]), str(o["id"])) for o in membership.mission.content.get("organisations", [])}
    )
    form = NoteForm(request.POST or None)
    form.fields["to"].choices = [*AUDIENCES, *organisations]  # type: ignore[attr-defined]
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        note_id = uuid.uuid4().hex[:12]
        mission_pk = membership.mission.pk
        transaction.on_commit(
            lambda: send_note.enqueue(
                mission_pk, data["to"], data["subject"], data["body"], note_id
            )
        )
        audit(membership, "mail.note", note_id, to=data["to"])
        messages.success(request, _("Message queued: the worker sends it to each person."))
        return redirect("wafd:outbox", mission_pk)
    heading = _("Write to a group")
    return render(
        request, "wafd/form_page.html", {"membership": membership, "form": form, "heading": heading}
    )


class PreferenceForm(forms.Form):
    reminders = forms.BooleanField(
        label=gettext_lazy(
            "Reminders the evening before, and feedback requests after each meeting"
        ),
        required=False,
    )
    messages = forms.BooleanField(
        label=gettext_lazy("Messages from the organisers"), required=False
    )


@mission_view(*PORTAL)
def mail_preferences(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Optional mail a participant may turn off; changes to their programme always come."""
    row = membership.participant
    if row is None:
        return render(request, "wafd/no_participant.html", {"membership": membership}, status=404)
    preference, _created = MailPreference.objects.get_or_create(
        mission=membership.mission, pid=row.pid
    )
    form = PreferenceForm(
        request.POST or None,
        initial={"reminders": preference.reminders, "messages": preference.messages},
    )
    if request.method == "POST" and form.is_valid():
        preference.reminders = form.cleaned_data["reminders"]
        preference.messages = form.cleaned_data["messages"]
        preference.save()
        messages.success(request, _("E-mail settings saved."))
        return redirect("wafd:mail-preferences", membership.mission.pk)
    notice = _("Notices of changes to your programme are always sent.")
    context = {
        "membership": membership,
        "form": form,
        "heading": _("E-mail settings"),
        "notice": notice,
    }
    return render(request, "wafd/form_page.html", context)
