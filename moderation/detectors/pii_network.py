"""Network identifiers: IPv4 and IPv6 addresses, validated with ``ipaddress``."""

from __future__ import annotations

import ipaddress
import re
from bisect import bisect_left

from moderation.detectors.base import Doc, Spans, finding
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
        if not doc.has_digit and "::" not in text:
            return []  # most texts: neither kind can be there (see below)
        v4: list[tuple[int, int]] = []
        if doc.has_digit and doc.may_contain("0.0", _V4_HINT) and _V4_HINT.search(text):
            taken = Spans()
            for rx in (_IPV4, _IPV4_LOOSE):
                for m in rx.finditer(text):
                    s, e = m.span()
                    if _valid(m.group()) is not None and not taken.overlaps(s, s + 1):
                        taken.add(s, e)
                        v4.append((s, e))
            v4.sort()
        v6: list[tuple[int, int]] = []
        # An IPv6 address has "::" or at least six colons (seven groups, or six and an
        # IPv4 tail).
        if "::" in text or (doc.has_digit and text.count(":") >= 6 and _V6_HINT.search(text)):
            for m in _IPV6.finditer(text):
                cand = m.group()
                ip = _valid(cand)
                if ip is None:
                    # The prefix may be invalid ("2001:db8::/9999"): keep the address.
                    head = cand.split("/", 1)[0]
                    ip, cand = _valid(head), head
                # "::" alone (the unspecified address) is punctuation in a post, and
                # identifies nobody.
                if ip is not None and ip.version == 6 and not ip.is_unspecified:
                    v6.append((m.start(), m.start() + len(cand)))
        if not v4 and not v6:
            return []
        if v6 and v4:  # an IPv6 address ending in an IPv4 one (::ffff:1.2.3.4) wins
            starts = [s for s, _ in v4]
            inside = {
                k for s, e in v6 for k in range(bisect_left(starts, s), bisect_left(starts, e))
            }
            v4 = [span for k, span in enumerate(v4) if k not in inside]
        found = {s: (e, 0.8) for s, e in v4 + v6}
        return [
            finding("IP_ADDRESS", doc, s, e, self.name, score)
            for s, (e, score) in sorted(found.items())
        ]
