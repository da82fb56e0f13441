"""The client's address and scheme behind a reverse proxy, trusted only as configured.

``FORUM_TRUST_PROXY`` decides whose ``X-Forwarded-For`` / ``X-Forwarded-Proto`` count:
nobody (the default: the client is the TCP peer), the loopback proxy (``1``), a list of
proxy addresses or networks, or every peer (``*``). ``forum run`` switches uvicorn's own
forwarding-header handling off, so this middleware is the one place that decides.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from litestar.types import ASGIApp, Receive, Scope, Send

_Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=4096)
def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.partition(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


class TrustedProxies:
    """A set of proxy networks whose forwarding headers are believed."""

    def __init__(self, entries: tuple[str, ...]) -> None:
        self.everyone = "*" in entries
        self.networks: tuple[_Network, ...] = tuple(
            ipaddress.ip_network(e, strict=False) for e in entries if e != "*"
        )

    def __bool__(self) -> bool:
        return self.everyone or bool(self.networks)

    def trusts(self, host: str | None) -> bool:
        """Whether a peer at ``host`` is one of our proxies."""
        if self.everyone:
            return True
        address = _address(host or "")
        return address is not None and any(address in net for net in self.networks)

    def client_from(self, peer: str, forwarded_for: str) -> str:
        """The client address: the right-most X-Forwarded-For entry that is not our proxy."""
        hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
        client = peer
        for hop in reversed(hops):
            address = _address(hop)
            if address is None:
                break  # garbage from before our proxies: stop at the last hop we can vouch for
            client = str(address)
            if not self.trusts(client) or self.everyone:
                break
        return client


def client_address_middleware(trusted: tuple[str, ...]):
    """ASGI middleware rewriting ``scope["client"]`` and ``scope["scheme"]`` for trusted proxies."""
    proxies = TrustedProxies(trusted)

    def factory(app: ASGIApp) -> ASGIApp:
        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if proxies and scope["type"] in ("http", "websocket"):
                peer = (scope.get("client") or ("", 0))[0]
                if proxies.trusts(peer):
                    _apply_forwarding(scope, proxies, peer)
            await app(scope, receive, send)

        return middleware

    return factory


def _apply_forwarding(scope: Scope, proxies: TrustedProxies, peer: str) -> None:
    forwarded_for: list[str] = []
    proto = ""
    for name, value in scope.get("headers", []):
        if name == b"x-forwarded-for":
            forwarded_for.append(value.decode("latin-1"))
        elif name == b"x-forwarded-proto":
            proto = value.decode("latin-1").split(",")[0].strip().lower()
    if forwarded_for:
        scope["client"] = (proxies.client_from(peer, ",".join(forwarded_for)), 0)
    if proto in ("http", "https"):
        secure = proto == "https"
        if scope["type"] == "websocket":
            scope["scheme"] = "wss" if secure else "ws"
        else:
            scope["scheme"] = proto
