"""Messages that need outcomes: a feedback request after a meeting, a survey round's link.

The engine knows nothing of the web site: the caller passes the links (the feedback form of
a meeting, each participant's signed survey link). Keys name one meeting or one round for
one person, so a request is queued once however often the worker or an organiser asks.
Only delegates and hosts are asked; someone recorded absent is not asked about a meeting
they missed, nor is anyone about a meeting recorded as not held.
"""

from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date, datetime, timedelta
from functools import partial

from wafd.export.facts import active_meetings
from wafd.model import Participant, Role, ScheduledMeeting
from wafd.notify.changes import when_and_where
from wafd.notify.letter import Letter
from wafd.notify.letters import greeting, mission_name, optional_footer
from wafd.notify.outgoing import Context, Plan, address_in_their_words, outbox_key
from wafd.notify.words import Words

FEEDBACK_WINDOW = timedelta(days=3)
"""Meetings that ended longer ago than this get no request (a late publication, a worker
that was stopped for days): a request about last week's meeting is noise."""
ASKED = frozenset({Role.DELEGATE, Role.HOST})


def feedback_letter(
    context: Context, participant: Participant, words: Words, meeting: ScheduledMeeting, link: str
) -> Letter:
    """After one meeting: how did it go, and is it worth following up?"""
    title = words.dates.embed(meeting.title)
    others = [
        context.facts.person(pid, words.dates) for pid in meeting.participants
        if pid != participant.id
    ]  # fmt: skip
    paragraphs = [
        words(
            "Your meeting {title} ({when}) has ended. Tell the organisers in a minute how it "
            "went and whether you want to follow it up.",
            title=title,
            when=when_and_where(context.facts, words, meeting),
        )
    ]
    if others:
        paragraphs.append(words("You met {people}.", people=words.dates.join(others)))
    return Letter(
        language=words.language,
        subject=words("How was your meeting “{title}”?", title=meeting.title),
        greeting=greeting(words, participant.display_name(words.language)),
        paragraphs=tuple(paragraphs),
        link=(words("Give my feedback"), link),
        footer=optional_footer(words, mission_name(context, words)),
    )


def survey_letter(
    context: Context,
    participant: Participant,
    words: Words,
    *,
    months_after: int,
    link: str,
    expires: date,
) -> Letter:
    """A survey round: the participant's own link, no password, valid until ``expires``."""
    mission = mission_name(context, words)
    if months_after:
        opening = words(
            "{months} months after {mission}, the organisers would like to know what came of "
            "your meetings: which contacts go on, which deals moved forward.",
            months=months_after,
            mission=mission,
        )
    else:
        opening = words(
            "Now that {mission} is over, the organisers would like to know what came of your "
            "meetings: which contacts go on, which deals moved forward.",
            mission=mission,
        )
    return Letter(
        language=words.language,
        subject=words("Follow-up survey: {mission}", mission=mission),
        greeting=greeting(words, participant.display_name(words.language)),
        paragraphs=(
            opening,
            words(
                "The link below is yours alone: it needs no password and works until {date}.",
                date=words.dates.day(expires),
            ),
        ),
        link=(words("Answer the survey"), link),
        footer=words("Sent by the organisers of {mission}.", mission=mission),
    )


def ended_meetings(
    context: Context, *, window: timedelta = FEEDBACK_WINDOW
) -> list[ScheduledMeeting]:
    """Meetings of the schedule that ended by ``context.now``, within ``window``."""
    earliest = context.now - window
    return [m for m in active_meetings(context.schedule) if earliest < m.end <= context.now]


def next_feedback_due(context: Context) -> datetime | None:
    """When the next meeting ends after ``context.now`` (the worker comes back then)."""
    ends = [m.end for m in active_meetings(context.schedule) if m.end > context.now]
    return min(ends, default=None)


def plan_feedback_requests(
    *,
    context: Context,
    link_for: Callable[[str], str],
    not_held: Collection[str] = (),
    absent: Mapping[str, Collection[str]] | None = None,
    answered: Collection[tuple[str, str]] = (),
    skip: Collection[str] = (),
    queued: Collection[str] = (),
) -> Plan:
    """A request to each delegate and host of every meeting just ended.

    ``link_for(meeting_id)`` is the address of the meeting's feedback form; ``not_held``:
    meetings recorded as not held; ``absent``: meeting id -> who did not come; ``answered``:
    (meeting id, participant id) of feedback already given; ``skip``: ids who opted out of
    automatic prompts; ``queued``: keys already queued, whose letters are not written again
    (the worker runs at every meeting's end).
    """
    people = {p.id: p for p in context.mission.participants if p.role in ASKED}
    missing = absent or {}
    plan = Plan()
    for meeting in ended_meetings(context):
        if meeting.id in not_held:
            continue
        for pid in meeting.participants:
            person = people.get(pid)
            if person is None or pid in skip or pid in missing.get(meeting.id, ()):
                continue
            key = outbox_key(context, kind="feedback", tag=meeting.id, participant_id=pid)
            if (meeting.id, pid) in answered or key in queued:
                continue
            address_in_their_words(
                plan,
                context,
                person,
                kind="feedback",
                tag=meeting.id,
                letter=partial(feedback_letter, meeting=meeting, link=link_for(meeting.id)),
            )
    return plan


def plan_survey_round(
    *,
    context: Context,
    participants: Iterable[Participant],
    round_id: str,
    months_after: int,
    link_for: Callable[[str], str],
    expires: date,
) -> Plan:
    """Each delegate's and host's own survey link for one round (``link_for(participant_id)``)."""
    plan = Plan()
    for person in participants:
        if person.role not in ASKED:
            continue
        address_in_their_words(
            plan,
            context,
            person,
            kind="survey",
            tag=round_id,
            letter=partial(
                survey_letter, months_after=months_after, link=link_for(person.id), expires=expires
            ),
        )
    return plan
