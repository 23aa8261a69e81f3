"""Are meeting requests coherent: nobody asking to meet themself, no "must" against a "no"?"""

from wafd.i18n import N_
from wafd.io.parse import IssueLog, ParsedBook, ParsedRow
from wafd.io.report import Severity
from wafd.io.sheets import REQUESTS


def check_requests(book: ParsedBook, log: IssueLog) -> None:
    sheet = book.get(REQUESTS.name)
    if sheet is None:
        return
    by_pair: dict[frozenset[str], list[ParsedRow]] = {}
    for row in sheet.rows:
        requester, target = row.values.get("requester"), row.values.get("target")
        if requester is None or target is None:
            continue
        if requester == target:
            log.add(
                sheet.raw,
                row.number,
                "target",
                row.raw.get("target"),
                N_("“{who}” asks to meet themself."),
                N_("Put the person they want to meet in “target”."),
                who=requester,
            )
            continue
        pair = frozenset((str(requester), str(target)))
        preference = row.values.get("preference", "want")
        for other in by_pair.get(pair, []):
            other_preference = other.values.get("preference", "want")
            if {preference, other_preference} == {"must", "no"}:
                log.add(
                    sheet.raw,
                    row.number,
                    "preference",
                    row.raw.get("preference"),
                    N_("“{preference}” contradicts “{other}” on row {row} for the same pair."),
                    N_("Decide: keep the “must” or the “no”, and delete the other row."),
                    preference=preference,
                    other=other_preference,
                    row=other.number,
                )
                break
            if other.values.get("requester") == requester and other_preference == preference:
                log.add(
                    sheet.raw,
                    row.number,
                    "target",
                    row.raw.get("target"),
                    N_("The same request is already on row {row}."),
                    N_("Delete one of the two rows."),
                    Severity.WARNING,
                    row=other.number,
                )
                break
        by_pair.setdefault(pair, []).append(row)
