"""Walk every GET route (and websocket) of the app, filling path parameters from seeded data.

Routes are enumerated from ``app.routes``, so a new route is crawled without touching this
file; a route with a path parameter the crawler cannot fill fails loudly, asking for a
sample value in ``SAMPLES`` rather than being skipped.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field

import httpx
from litestar import Litestar
from litestar.routes import HTTPRoute, WebSocketRoute

from forum.web.templating import STATIC_DIR


@dataclass
class Samples:
    """Values for path parameters, by parameter name."""

    values: dict[str, list[str]] = field(default_factory=dict)

    def fill(self, route_path: str, names: list[str]) -> list[dict[str, str]]:
        """Every combination of sample values for a route's parameters."""
        missing = [name for name in names if not self.values.get(name)]
        if missing:
            raise AssertionError(
                f"The crawl cannot fill {missing} in {route_path}: add sample values in the "
                "test's Samples so the new route is checked too."
            )
        pools = [self.values[name] for name in names]
        return [dict(zip(names, combo, strict=True)) for combo in itertools.product(*pools)]


def default_samples() -> Samples:
    """Samples that do not depend on the seeded data."""
    return Samples(
        {
            "file_path": sorted(p.name for p in STATIC_DIR.iterdir() if p.is_file()),
            "path": ["openapi.json"],
            "kind": ["terms", "content", "privacy", "cookies"],
            "version": ["1"],
            "item_id": ["1"],
        }
    )


def get_paths(app: Litestar, samples: Samples) -> list[str]:
    """Concrete paths for every GET route of the app."""
    paths = []
    for route in app.routes:
        if not isinstance(route, HTTPRoute) or "GET" not in route.methods:
            continue
        names = list(route.path_parameters)
        for values in samples.fill(route.path, names):
            path = route.path_format
            for name, value in values.items():
                path = path.replace("{" + name + "}", value)
            paths.append(path)
    return paths


def websocket_paths(app: Litestar, samples: Samples) -> list[str]:
    """Concrete paths for every websocket route of the app."""
    paths = []
    for route in app.routes:
        if isinstance(route, WebSocketRoute):
            for values in samples.fill(route.path, list(route.path_parameters)):
                path = route.path_format
                for name, value in values.items():
                    path = path.replace("{" + name + "}", value)
                paths.append(path)
    return paths


async def fetch_all(client: httpx.AsyncClient, paths: list[str]) -> list[httpx.Response]:
    """GET every path (no redirects followed: the redirect itself is a response too)."""
    return [await client.get(path) for path in paths]


async def websocket_frames(base_url: str, path: str, cookies: dict[str, str]) -> list[str]:
    """Open a websocket as the client would and collect what it says in a short while."""
    import websockets

    url = base_url.replace("http", "ws", 1) + path
    header = "; ".join(f"{k}={v}" for k, v in cookies.items())
    headers = {"Origin": base_url, **({"Cookie": header} if header else {})}
    frames: list[str] = []
    try:
        async with websockets.connect(url, additional_headers=headers, open_timeout=5) as ws:
            while True:
                frame = await asyncio.wait_for(ws.recv(), timeout=0.3)
                frames.append(frame if isinstance(frame, str) else frame.decode("utf-8", "replace"))
    except (TimeoutError, websockets.exceptions.WebSocketException, OSError) as exc:
        frames.append(str(exc))
    return frames


def everything_said(response: httpx.Response) -> str:
    """A response's status line, headers and body as one text to search."""
    headers = "\n".join(f"{k}: {v}" for k, v in response.headers.multi_items())
    return f"{response.status_code}\n{headers}\n\n{response.text}"
