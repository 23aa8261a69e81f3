"""Every sample participant has a fictional address on a reserved domain (RFC 2606)."""

from wafd.io.rules.emails import is_valid_address
from wafd.sample import build_sample_mission

RESERVED = ("example.org", "example.com", "example.net")


def test_every_sample_participant_has_a_well_formed_reserved_address() -> None:
    mission = build_sample_mission()
    addresses = [p.email for p in mission.participants]
    assert all(is_valid_address(address) for address in addresses)
    assert {address.rpartition("@")[2] for address in addresses} <= set(RESERVED)


def test_sample_addresses_are_unique() -> None:
    addresses = [p.email for p in build_sample_mission().participants]
    assert len(set(addresses)) == len(addresses)
