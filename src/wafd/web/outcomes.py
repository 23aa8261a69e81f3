"""The web's side of outcomes: load a mission's outcomes, change them through an engine action.

Outcomes refer to the published programme (what delegates and hosts saw and attended).
Each change locks the mission's outcomes row, applies one ``wafd.outcomes`` function to the
whole document, saves it and writes the audit entry, in one transaction: nothing half-saved.
"""

from collections.abc import Callable

from django.db import transaction
from django.http import Http404
from django.utils import timezone

from wafd.i18n import N_
from wafd.outcomes import OutcomeContext, OutcomeError, Outcomes, outcome_context
from wafd.web.access import audit, published_version
from wafd.web.models import AuditEntry, Membership, MissionOutcomes, MissionRecord
from wafd.web.store import load_mission, load_schedule

Change = Callable[[Outcomes, OutcomeContext], Outcomes]


def mission_context(record: MissionRecord) -> OutcomeContext:
    """The mission and its published schedule as the outcome rules see them (404 without one)."""
    version = published_version(record)
    if version is None:
        raise Http404("no published programme yet")
    return outcome_context(mission=load_mission(record), schedule=load_schedule(version))


def load_outcomes(record: MissionRecord) -> Outcomes:
    stored = MissionOutcomes.objects.filter(mission=record).values_list("content", flat=True)
    content = stored.first()
    return Outcomes.model_validate(content) if content else Outcomes()


def apply_change(record: MissionRecord, change: Change) -> Outcomes:
    """Lock the mission's outcomes, apply ``change``, save; call inside a transaction."""
    context = mission_context(record)
    row, _ = MissionOutcomes.objects.select_for_update().get_or_create(mission=record)
    current = Outcomes.model_validate(row.content) if row.content else Outcomes()
    changed = change(current, context)
    row.content = changed.model_dump(mode="json")
    row.changed_at = timezone.now()
    row.save(update_fields=["content", "changed_at"])
    return changed


def change_outcomes_by_link(
    record: MissionRecord, *, participant: str, action: str, change: Change, **detail: object
) -> Outcomes:
    """A change made through a password-less survey link: audited with the participant's id."""
    with transaction.atomic():
        changed = apply_change(record, change)
        MissionRecord.objects.filter(pk=record.pk).update(changed_at=timezone.now())
        AuditEntry.objects.create(
            mission=record,
            user=None,
            action=action,
            target=participant,
            detail={"at": timezone.now().isoformat(), "via": "survey link", **detail},
        )
    return changed


def change_outcomes(
    membership: Membership, *, action: str, target: str, change: Change, **detail: object
) -> Outcomes:
    """Apply ``change`` and save; ``OutcomeError`` leaves everything as it was."""
    record = MissionRecord.objects.get(pk=membership.mission_id)
    with transaction.atomic():
        changed = apply_change(record, change)
        audit(membership, action, target, **detail)
    return changed


def convertible(outcomes: Outcomes, currency: str) -> Outcomes:
    """``outcomes`` unchanged when a rate converts ``currency``; else refused, saying what to do.

    A cost entered on the site (page or API) in a currency no rate converts would leave the
    report unable to count it; the file reader finds the same with its located check.
    """
    code = currency.strip().upper()
    if code != outcomes.reporting_currency and all(r.currency != code for r in outcomes.rates):
        raise OutcomeError(
            "currency",
            N_("No rate converts {currency} into {reporting}."),
            N_("Add a rate for {currency} below first."),
            currency=code,
            reporting=outcomes.reporting_currency,
        )
    return outcomes
