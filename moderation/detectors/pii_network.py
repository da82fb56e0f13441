"""Network identifiers: IPv4 and IPv6 addresses, validated with ``ipaddress``."""

from __future__ import annotations

import ipaddress
import re

from moderation.detectors.base import Doc, finding
from moderation.verdict import Finding

_V4 = r"(?:\d{1,3}\.){3}\d{1,3}"
_IPV4 = re.compile(r"(?<![\w.])" + _V4 + r"(?:/(?:3[0-2]|[12]?\d)(?!\d))?(?![\w]|\.\w)")
_IPV4_LOOSE = re.compile(r"(?<![\w.])" + _V4 + r"(?=\.\d)")
_IPV6 = re.compile(
    r"(?<![\w:.])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)"
    r"(?:[0-9A-Fa-f]{1,4}|:)[0-9A-Fa-f:]*(?:" + _V4 + r")?"
    r"(?:%[\w.]+)?(?:/(?:12[0-8]|1[01]\d|[1-9]?\d)(?!\d))?(?![\w:]|\.\d)"
)


_V4_HINT = re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d")
_V6_HINT = re.compile(r"[0-9A-Fa-f]:[0-9A-Fa-f]{0,4}:")


def _valid(candidate: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a candidate spells, without zone and prefix, if it is valid."""
    addr = candidate.split("/", 1)[0].split("%", 1)[0]
    try:
        return ipaddress.ip_address(addr)
    except ValueError:
        return None


class IpDetector:
    """IP addresses (v4, v6, v4-mapped, CIDR prefixes)."""

    name = "ip"

    def detect(self, doc: Doc) -> list[Finding]:
        """IP addresses in the text."""
        text = doc.text
        out = []
        if "." in text and doc.has_digit and _V4_HINT.search(text):
            for rx in (_IPV4, _IPV4_LOOSE):
                for m in rx.finditer(text):
                    if _valid(m.group()) is not None and not any(
                            f.start <= m.start() < f.end for f in out):
                        out.append(finding("IP_ADDRESS", doc, m.start(), m.end(), self.name,
                                           0.8))
        if "::" in text or (text.count(":") >= 2 and _V6_HINT.search(text)):
            for m in _IPV6.finditer(text):
                cand = m.group()
                ip = _valid(cand)
                if ip is None:
                    # The prefix may be invalid ("2001:db8::/9999"): keep the address.
                    head = cand.split("/", 1)[0]
                    ip, cand = _valid(head), head
                if ip is not None and ip.version == 6:
                    score = 0.1 if ip.is_unspecified else 0.8
                    out = [f for f in out if not (m.start() <= f.start < m.start() + len(cand))]
                    out.append(finding("IP_ADDRESS", doc, m.start(), m.start() + len(cand),
                                       self.name, score))
        return out
