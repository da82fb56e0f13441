"""Shared fixtures: a real database per test (SQLite and PostgreSQL), the app, clients, factories.

Every test that uses ``client`` runs once on SQLite and once on PostgreSQL. PostgreSQL is
found at FORUM_TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test); when it
does not answer, those runs skip with the reason — except under CI=true, where they fail.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
import re
import secrets
import shutil
import socket
import sqlite3
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx
import pytest
import uvicorn
from litestar import Litestar

from forum import page_cache
from forum.accounts.members import Account, create_account
from forum.accounts.sessions import issue_api_token
from forum.app import create_app
from forum.settings import Settings, load_settings
from forum.storage import db
from forum.storage.tables import Role, Space, SpaceKind
from tests.postgres_db import dsn, empty_postgres

PG_URL = os.environ.get("FORUM_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"
BACKENDS = [b for b in os.environ.get("FORUM_TEST_BACKENDS", "sqlite,postgres").split(",") if b]
PASSWORD = "correct horse battery staple"


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def one_redis_test_at_a_time(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """Under xdist, tests marked ``redis`` take turns: a lock file shared by this run's workers.

    Redis pub/sub channels are not scoped by database number, and the tests' instances use the
    same channel names and keys (``accounts``, ``lobby``, per-member limits with ids that repeat
    across test databases): a suspension or a chat message from a test on one worker would reach
    a test on the other. (``xdist_group`` would say this, but pytest-xdist 3.8's ``loadgroup``
    silently stops grouping on pytest 9.2: pytest-xdist#1386.) Tests that use only keys of
    their own are not marked and need no turn.
    """
    if request.node.get_closest_marker("redis") is None or not os.environ.get(
        "PYTEST_XDIST_WORKER"
    ):
        yield
        return
    # Each worker's basetemp is <run>/popen-gwN: the parent is this run's, shared by its workers.
    path = tmp_path_factory.getbasetemp().parent / "redis-tests.lock"
    with path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, after teardown
        yield


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating once keeps the suite fast)."""
    path = tmp_path_factory.mktemp("template") / "forum.sqlite"

    async def build() -> None:
        async with db.connected(f"sqlite:///{path}"):  # pooled connections would outlive pytest
            await db.migrate()

    asyncio.run(build())
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str | None]:
    """A throw-away PostgreSQL database for this test session, migrated once."""
    name = f"forum_test_{os.getpid()}_{secrets.token_hex(3)}"

    async def create() -> str | None:
        try:
            admin = await asyncpg.connect(dsn(PG_URL), timeout=3)
        except (TimeoutError, OSError, asyncpg.PostgresError):
            return None
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
        db.bind(db.make_engine(url))
        await db.migrate()
        return url

    async def drop() -> None:
        admin = await asyncpg.connect(dsn(PG_URL))
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()

    url = asyncio.run(create())
    yield url
    if url:
        asyncio.run(drop())


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Which database this run of the test uses."""
    return request.param


@pytest.fixture
def settings_env() -> dict[str, str]:
    """Extra FORUM_* variables for a test module (override this fixture to set some)."""
    return {}


@pytest.fixture
def settings(
    backend: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    sqlite_template: Path,
    settings_env: dict[str, str],
) -> Settings:
    """Settings for one test: its own data dir and database, fast password hashing, no demo."""
    env = {
        "FORUM_DATA_DIR": str(tmp_path / "data"),
        "FORUM_SECRET_KEY": "test-secret-" + secrets.token_hex(8),
        "FORUM_SEED_DEMO": "0",
        "FORUM_PASSWORD_PROFILE": "fast",
        # Ordinary tests post and sign in freely; tests of the limits set their own.
        "FORUM_LIMIT_POSTS": "10000/60",
        "FORUM_LIMIT_POSTS_NEW": "10000/60",
        "FORUM_LIMIT_REPORTS": "10000/60",
        "FORUM_LIMIT_CONVERSATIONS": "10000/60",
        "FORUM_LIMIT_CONVERSATIONS_NEW": "10000/60",
        "FORUM_LIMIT_LOGIN": "1000/60",
        "FORUM_LIMIT_LOGIN_IP": "1000/60",
        "FORUM_CHAT_RATE_NEW": "10000",  # test accounts are new: chat as established ones
        **settings_env,
    }
    if backend == "postgres":
        url = request.getfixturevalue("postgres_database")
        if url is None:
            _unavailable(f"PostgreSQL does not answer at {PG_URL}")
        env["FORUM_DATABASE_URL"] = url
    else:
        target = tmp_path / "data" / "forum.sqlite"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(sqlite_template, target)
        env["FORUM_DATABASE_URL"] = f"sqlite:///{target}"
    return load_settings(env)


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def server_errors() -> Iterator[list[logging.LogRecord]]:
    """Records at ERROR or above from the app, chat and uvicorn (all run in this process)."""
    handler = _Errors()
    names = ["", "litestar", "uvicorn", "uvicorn.error", "uvicorn.asgi", "chat", "forum"]
    loggers = [logging.getLogger(name) for name in names]
    for logger in loggers:
        logger.addHandler(handler)
    yield handler.records
    for logger in loggers:
        logger.removeHandler(handler)


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[Litestar]:
    """The forum app bound to this test's database."""
    application = create_app(settings)
    if not settings.is_sqlite:
        await empty_postgres(settings.database_url)
    yield application


@contextlib.asynccontextmanager
async def serve(application: Litestar) -> AsyncIterator[str]:
    """Serve an app with uvicorn on a free loopback port in this event loop; yield its URL.

    Tests talk real HTTP and real websockets to it, and share one event loop with it,
    so factories may touch the database directly. Forwarding headers are the app's
    business (FORUM_TRUST_PROXY), as under ``forum run``: uvicorn's own handling is off.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Without TCP_NODELAY every response waits ~40 ms on the client's delayed ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    # websockets-sansio: what `forum run` gets from uvicorn's "auto" (the legacy "websockets"
    # implementation is deprecated and warned on every run).
    config = uvicorn.Config(
        application,
        lifespan="on",
        log_level="warning",
        ws="websockets-sansio",
        proxy_headers=False,
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()
            raise RuntimeError("server stopped during start-up")
        await asyncio.sleep(0.005)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        sock.close()


@pytest.fixture
async def server_url(app: Litestar) -> AsyncIterator[str]:
    """The base URL of this test's running forum."""
    async with serve(app) as url:
        yield url


# One TLS context for every test client: httpx builds one per client otherwise, loading the
# CA bundle each time (~50 ms a client here), though the tests speak plain HTTP to loopback.
TLS = httpx.create_ssl_context()


@pytest.fixture
async def client(server_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client (its own cookie jar, like one browser) for this test's forum."""
    async with httpx.AsyncClient(base_url=server_url, timeout=30, verify=TLS) as http:
        yield http


@pytest.fixture
async def new_client(server_url: str):
    """Factory: another independent client (a second browser) for the same forum."""
    clients: list[httpx.AsyncClient] = []

    def make() -> httpx.AsyncClient:
        http = httpx.AsyncClient(base_url=server_url, timeout=30, verify=TLS)
        clients.append(http)
        return http

    yield make
    for http in clients:
        await http.aclose()


@dataclass
class Member:
    """A created account, its password and an API token for it."""

    account: Account
    password: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        """Authorization headers for API calls as this member."""
        return {"Authorization": f"Bearer {self.token}"}

    @property
    def username(self) -> str:
        """The member's username."""
        return self.account.username


@pytest.fixture
def make_member(client: httpx.AsyncClient):
    """Factory: create a member (or staff) account with an API token."""
    counter = iter(range(1, 10_000))

    async def make(
        username: str | None = None, role: Role = Role.member, personal_data: bool = False
    ) -> Member:
        name = username or f"member{next(counter)}"
        account = await create_account(
            name,
            f"{name}@example.test",
            PASSWORD,
            role=role,
            accept_terms=True,
            password_profile="fast",
            can_view_personal_data=personal_data,
        )
        return Member(account, PASSWORD, await issue_api_token(account.id, "test"))

    return make


@pytest.fixture
def make_space(client: httpx.AsyncClient):
    """Factory: create a space of a kind and return its row as a dict."""

    async def make(slug: str, kind: SpaceKind = SpaceKind.forum, title: str = "") -> dict:
        space = Space(slug=slug, title=title or slug.title(), description="", kind=kind.value)
        await space.save()
        await page_cache.invalidate(page_cache.SITE)  # as an admin adding a space would
        return {"id": space.id, "slug": slug, "title": space.title, "kind": kind.value}

    return make


CSRF_RE = re.compile(r'name="_csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    """The CSRF token embedded in a rendered form."""
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF token"
    return match.group(1)


async def browser_login(
    client: httpx.AsyncClient, username: str, password: str = PASSWORD
) -> httpx.Response:
    """Sign in through the HTML form, as a browser would (cookies stay on the client)."""
    page = await client.get("/login")
    response = await client.post(
        "/login",
        data={"username": username, "password": password, "_csrf_token": csrf_from(page.text)},
    )
    assert response.status_code == 303, response.text
    return response


async def form_post(
    client: httpx.AsyncClient, page_url: str, url: str, data: dict
) -> httpx.Response:
    """Load a page to get its CSRF token, then submit a form to ``url``."""
    page = await client.get(page_url)
    return await client.post(url, data={**data, "_csrf_token": csrf_from(page.text)})


async def mails_to(address: str) -> list[dict]:
    """The mails the outbox holds for an address, oldest first."""
    from forum.storage.privacy_tables import OutboxMail

    return await OutboxMail.select().where(OutboxMail.to_address == address).order_by(OutboxMail.id)


def link_in(body: str, path: str) -> str:
    """The site-relative link to ``path`` (with its query) found in a mail body."""
    match = re.search(rf"https?://[^/\s]+({re.escape(path)}\?token=\S+)", body)
    assert match, f"no {path} link in:\n{body}"
    return match.group(1)


async def press_mailed_button(client: httpx.AsyncClient, link: str) -> httpx.Response:
    """Open a link from a mail and press the page's button, as a person would."""
    from urllib.parse import parse_qs, unquote, urlsplit

    page = await client.get(link)
    assert page.status_code == 200, page.text
    parts = urlsplit(link)
    token = parse_qs(parts.query)["token"][0]
    data = {"token": unquote(token), "_csrf_token": csrf_from(page.text)}
    return await client.post(parts.path, data=data)
