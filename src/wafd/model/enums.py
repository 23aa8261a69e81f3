"""Closed vocabularies of the domain.

They are string enums so that workbook cells, YAML and JSON carry the plain
value (``"delegate"``) and the model still rejects anything else.
"""

from enum import StrEnum


class Language(StrEnum):
    """Languages Wafd speaks to its users."""

    AR = "ar"
    FR = "fr"
    EN = "en"


class EventKind(StrEnum):
    """A delegation touring hosts' venues, or a brokerage event at tables in one venue."""

    TOUR = "tour"
    B2B = "b2b"


class OrganisationKind(StrEnum):
    MINISTRY = "ministry"
    AGENCY = "agency"
    PUBLIC_BODY = "public_body"
    COMPANY = "company"
    STARTUP = "startup"
    INVESTOR = "investor"
    ASSOCIATION = "association"
    CHAMBER = "chamber"
    UNIVERSITY = "university"
    RESEARCH = "research"
    TECHNOPARK = "technopark"
    OTHER = "other"


class Role(StrEnum):
    DELEGATE = "delegate"
    HOST = "host"
    ORGANISER = "organiser"


class Preference(StrEnum):
    """How much a requester wants a meeting: ``must`` ≫ ``want``; ``no`` vetoes it."""

    MUST = "must"
    WANT = "want"
    NO = "no"


class MeetingKind(StrEnum):
    ONE_TO_ONE = "one_to_one"
    GROUP_VISIT = "group_visit"
    BRIEFING = "briefing"
    RECEPTION = "reception"


class AvailabilityStatus(StrEnum):
    """Rows of the availability sheet either open a window or block one."""

    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"


class MeetingStatus(StrEnum):
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


class ParticipantStatus(StrEnum):
    """Whether someone still takes part; a withdrawal is kept by every later run."""

    CONFIRMED = "confirmed"
    WITHDRAWN = "withdrawn"


class TransportMode(StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    COACH = "coach"
    CAR = "car"
    WALK = "walk"


class ContactKind(StrEnum):
    """Who a contact is, so the briefing book can put emergencies first."""

    ORGANISER = "organiser"
    EMERGENCY = "emergency"
    CONSULATE = "consulate"
    EMBASSY = "embassy"
    HOTEL = "hotel"
    OTHER = "other"
