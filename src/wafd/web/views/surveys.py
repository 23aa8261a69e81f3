"""Follow-up survey rounds by password-less links: signed, expiring, one participant each.

An organiser opens a round (+0, +3, +6, +12 months…) and gets one link per delegate and
host. The link carries the mission, the participant and the round, signed with the site's
secret (``django.core.signing``) and valid for ``LINK_DAYS``: whoever holds it answers for
that participant only, and only about the opportunities their organisation is party to.
An answer that gives an opportunity a new stage moves it (the move records the round).
"""

from datetime import date
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_POST

from wafd.i18n import N_
from wafd.outcomes import OutcomeError, Outcomes, Stage, add_survey_round, record_survey_answer
from wafd.outcomes.context import OutcomeContext
from wafd.web.access import ORGANISER, audit, mission_view
from wafd.web.mail_tasks import send_survey_round
from wafd.web.models import Membership, MissionRecord, ParticipantRow
from wafd.web.outcomes import change_outcomes, change_outcomes_by_link, load_outcomes
from wafd.web.survey_links import LINK_DAYS, read_token, survey_token
from wafd.web.views.outcomes import _choices, say


@mission_view(ORGANISER)
def survey_links(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Open a round (POST) and list its links, one per delegate and host (GET ``?round=``)."""
    record = membership.mission
    if request.method == "POST":
        round_id = request.POST.get("round", "").strip()
        try:
            months = int(request.POST.get("months_after", ""))
            change_outcomes(
                membership,
                action="survey-round",
                target=round_id,
                change=lambda outcomes, _context: add_survey_round(
                    outcomes, round_id=round_id, months_after=months
                ),
            )
        except (ValueError, OutcomeError) as error:
            text = (
                error.message_in(translation.get_language() or "en")
                if isinstance(error, OutcomeError)
                else ""
            )
            messages.error(
                request, text or say(N_("Give the round a code and the months after the mission."))
            )
            return redirect("wafd:survey-links", record.pk)
        return redirect(f"{reverse('wafd:survey-links', args=[record.pk])}?round={round_id}")
    rounds = load_outcomes(record).survey_rounds
    chosen = request.GET.get("round", "")
    people = ParticipantRow.objects.filter(mission=record, role__in=("delegate", "host")).order_by(
        "pk"
    )
    links = [
        (row.name, request.build_absolute_uri(reverse("wafd:survey-answer", args=[
            survey_token(mission_pk=record.pk, participant_pk=row.pk, round_id=chosen)])))
        for row in people
    ] if any(r.id == chosen for r in rounds) else []  # fmt: skip
    words = {
        "heading": say(N_("Survey rounds")),
        "round": say(N_("Round code, e.g. m3")),
        "months": say(N_("Months after the mission")),
        "open": say(N_("Open the round")),
        "valid": say(N_("Each link works for {days} days, for one participant.")).format(
            days=LINK_DAYS
        ),
        "send": say(N_("Send this round by e-mail")),
    }
    context = {
        "membership": membership,
        "rounds": rounds,
        "chosen": chosen,
        "links": links,
        "words": words,
    }
    return render(request, "wafd/survey_links.html", context)


@require_POST
@mission_view(ORGANISER)
def survey_send(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Queue the round's e-mail: the worker sends each delegate and host their own link, once."""
    record = membership.mission
    round_id = request.POST.get("round", "").strip()[:40]
    if not any(r.id == round_id for r in load_outcomes(record).survey_rounds):
        messages.error(
            request, say(N_("There is no survey round “{round}”.")).format(round=round_id)
        )
        return redirect("wafd:survey-links", record.pk)
    transaction.on_commit(lambda: send_survey_round.enqueue(record.pk, round_id))
    audit(membership, "mail.survey", round_id)
    messages.success(
        request,
        say(N_("Queued: each delegate and host receives their own link by e-mail, once.")),
    )
    return redirect(f"{reverse('wafd:survey-links', args=[record.pk])}?round={round_id}")


def _party_to(outcomes: Outcomes, row: ParticipantRow) -> list[Any]:
    return [
        o for o in outcomes.opportunities
        if row.organisation in (*o.delegate_organisations, *o.host_organisations)
    ]  # fmt: skip


def survey_answer(request: HttpRequest, token: str) -> HttpResponse:
    """The password-less answer page of one participant for one round."""
    content = read_token(token)
    record = get_object_or_404(MissionRecord, pk=content["m"])
    row = get_object_or_404(ParticipantRow, mission=record, pk=content["p"])
    round_id = str(content["r"])
    language = str(row.data.get("preferred_language") or "en")
    if request.GET.get("lang") in ("ar", "fr", "en"):
        language = str(request.GET["lang"])
    with translation.override(language):
        outcomes = load_outcomes(record)
        if not any(r.id == round_id for r in outcomes.survey_rounds):
            raise Http404("no such round")
        theirs = _party_to(outcomes, row)
        status = 200
        if request.method == "POST":
            status = _answer(request, record, row, round_id, theirs)
            if status == 302:
                return redirect(
                    f"{reverse('wafd:survey-answer', args=[token])}?lang={language}&done=1"
                )
        context = {
            "membership": None,
            "heading": say(N_("Follow-up survey")),
            "name": row.name,
            "done": request.GET.get("done") == "1",
            "thanks": say(N_("Thank you: your answers are saved.")),
            "opportunities": theirs,
            "stages": _choices([str(s) for s in Stage]),
            "words": {
                "stage": say(N_("Its stage now, by this answer")),
                "reason": say(N_("Why (required when lost or going back)")),
                "comment": say(N_("Comment, as written")),
                "save": say(N_("Save")),
            },
        }
        return render(request, "wafd/survey_answer.html", context, status=status)


def _answer(
    request: HttpRequest,
    record: MissionRecord,
    row: ParticipantRow,
    round_id: str,
    theirs: list[Any],
) -> int:
    comment = request.POST.get("comment", "").strip()[:2000]
    moves: list[tuple[str | None, Stage | None, str]] = []
    for opportunity in theirs:
        stage = request.POST.get(f"stage-{opportunity.id}", str(opportunity.stage))
        if stage != str(opportunity.stage) and stage in {str(s) for s in Stage}:
            moves.append(
                (opportunity.id, Stage(stage), request.POST.get(f"reason-{opportunity.id}", ""))
            )

    def change(outcomes: Outcomes, context: OutcomeContext) -> Outcomes:
        for oid, stage, reason in moves or [(None, None, "")]:
            outcomes = record_survey_answer(
                outcomes,
                context=context,
                round_id=round_id,
                participant=row.pid,
                answered=date.today(),
                opportunity=oid,
                stage=stage,
                reason=reason,
                comment=comment,
            )
        return outcomes

    try:
        change_outcomes_by_link(
            record, participant=row.pid, action="survey-answer", change=change, round=round_id
        )
    except OutcomeError as error:
        messages.error(request, error.message_in(translation.get_language() or "en"))
        return 400
    return 302
