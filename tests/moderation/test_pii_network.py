"""IP addresses."""

from __future__ import annotations

import pytest

from moderation import Policy, moderate


def ips(text: str, policy: Policy) -> list[str]:
    return [f.text for f in moderate(text, policy=policy).pii if f.type == "IP_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("from 192.168.0.1 today", "192.168.0.1"),
        ("IP: 10.0.0.1.", "10.0.0.1"),
        ("subnet 192.168.1.0/24", "192.168.1.0/24"),
        ("host 2001:db8::1 up", "2001:db8::1"),
        ("[2001:db8::1]:8080", "2001:db8::1"),
        ("::ffff:192.0.2.1", "::ffff:192.0.2.1"),
        ("fe80::1%eth0", "fe80::1%eth0"),
    ],
)
def test_ip_addresses_v4_and_v6(text: str, ip: str, policy: Policy) -> None:
    assert ips(text, policy) == [ip]


@pytest.mark.parametrize(
    "text",
    [
        "256.1.1.1",
        "192.168.1",
        "Version 1.2.3",
        "Time 12:34:56",
        "std::cout",
        "MAC aa:bb:cc:dd:ee:ff",
        "text192.168.1.1",
    ],
)
def test_things_that_only_look_like_ips(text: str, policy: Policy) -> None:
    assert ips(text, policy) == []
