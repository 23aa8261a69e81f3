"""Domain types of Wafd: typed, immutable, free of I/O."""

from wafd.model.enums import (
    AvailabilityStatus,
    ContactKind,
    EventKind,
    Language,
    MeetingKind,
    MeetingStatus,
    OrganisationKind,
    ParticipantStatus,
    Preference,
    Role,
    TransportMode,
)
from wafd.model.journey import Brief, Contact, HotelStay, Segment
from wafd.model.meetings import (
    Cancellation,
    PlannedMeeting,
    Schedule,
    ScheduledMeeting,
    UnscheduledRequest,
)
from wafd.model.mission import Mission
from wafd.model.people import Availability, Organisation, Participant
from wafd.model.places import Leg, TravelTime, Venue
from wafd.model.requests import MeetingRequest
from wafd.model.text import LocalizedText
from wafd.model.themes import DEFAULT_THEMES, Theme

__all__ = [
    "DEFAULT_THEMES",
    "Availability",
    "AvailabilityStatus",
    "Brief",
    "Cancellation",
    "Contact",
    "ContactKind",
    "EventKind",
    "HotelStay",
    "Language",
    "Leg",
    "LocalizedText",
    "MeetingKind",
    "MeetingRequest",
    "MeetingStatus",
    "Mission",
    "Organisation",
    "OrganisationKind",
    "Participant",
    "ParticipantStatus",
    "PlannedMeeting",
    "Preference",
    "Role",
    "Schedule",
    "ScheduledMeeting",
    "Segment",
    "Theme",
    "TransportMode",
    "TravelTime",
    "UnscheduledRequest",
    "Venue",
]
