"""Settings read once from the environment (FORUM_*) into a frozen dataclass."""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from forum.limits import Rule


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(source: Mapping[str, str], name: str, default: int) -> int:
    raw = source.get(name, "")
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SystemExit(f"{name} must be a whole number, got {raw!r}") from exc


def _float(source: Mapping[str, str], name: str, default: float) -> float:
    raw = source.get(name, "")
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise SystemExit(f"{name} must be a number of seconds, got {raw!r}") from exc


def _port(source: Mapping[str, str], name: str) -> int | None:
    raw = source.get(name, "")
    if not raw:
        return None
    port = _int(source, name, 0)
    if not 0 <= port <= 65535:
        raise SystemExit(f"{name} must be a TCP port (0-65535), got {raw!r}")
    return port


def _file(source: Mapping[str, str], name: str) -> Path | None:
    raw = source.get(name, "")
    if not raw:
        return None
    if not Path(raw).is_file():
        raise SystemExit(f"{name} names {raw!r}, which is not a readable file")
    return Path(raw)


def _domain(raw: str) -> str:
    """The site's domain name: message-ids and feed ids are built from it."""
    if not re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?", raw):
        raise SystemExit(f"FORUM_DOMAIN must be a domain name like forum.example.org, got {raw!r}")
    return raw.lower()


def _secret_key(source: Mapping[str, str], data_dir: Path) -> str:
    """Return FORUM_SECRET_KEY, or one generated once and kept (mode 600) in the data dir."""
    key = source.get("FORUM_SECRET_KEY", "")
    if key:
        return key
    path = data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def _listen_url(raw: str) -> str:
    """Where `forum run` listens (it sets FORUM_LISTEN_URL), as a base for links; a wildcard
    address (0.0.0.0, ::) is no place to link to, so this machine's name stands in for it."""
    if not raw:
        return "http://127.0.0.1:8000"
    scheme, _, rest = raw.rstrip("/").partition("://")
    host, _, port = rest.rpartition(":")
    if host in {"0.0.0.0", "[::]", "::", ""}:
        host = socket.gethostname() or "localhost"
    return f"{scheme}://{host}:{port}"


LOOPBACK = ("127.0.0.1/32", "::1/128")


def _trusted_proxies(raw: str) -> tuple[str, ...]:
    """FORUM_TRUST_PROXY: off, "1" (proxy on this machine), "*" or proxy addresses/networks."""
    value = raw.strip().lower()
    if value in {"", "0", "false", "no", "off"}:
        return ()
    if value in {"1", "true", "yes", "on"}:
        return LOOPBACK
    if value == "*":
        return ("*",)
    networks = []
    for item in raw.split(","):
        if not item.strip():
            continue
        try:
            networks.append(str(ipaddress.ip_network(item.strip(), strict=False)))
        except ValueError as exc:
            raise SystemExit(
                "FORUM_TRUST_PROXY must be 0, 1, * or a comma-separated list of proxy "
                f"addresses or networks (like 10.0.0.2,10.1.0.0/16); {item.strip()!r} is not one"
            ) from exc
    return tuple(networks)


_LIMIT_LOGIN = _LIMIT_LOGIN_IP = Rule(6, 60)
_LIMIT_POSTS = Rule(20, 60)
_LIMIT_POSTS_NEW = Rule(5, 60)
_LIMIT_REPORTS = Rule(20, 3600)
_LIMIT_CONVERSATIONS = Rule(20, 3600)
_LIMIT_CONVERSATIONS_NEW = Rule(3, 86400)  # N private conversations a day for new accounts


@dataclass(frozen=True)
class Settings:
    """Everything configurable about one forum process."""

    data_dir: Path
    database_url: str
    secret_key: str
    redis_url: str | None = None
    policy_path: Path | None = None
    site_name: str = "forum"
    seed_demo: bool = True
    debug: bool = False
    trusted_proxies: tuple[str, ...] = ()
    allowed_origins: tuple[str, ...] = ()
    password_profile: str = "default"
    max_body_chars: int = 20_000
    max_title_chars: int = 200
    max_request_bytes: int = 1_000_000
    page_size: int = 50
    session_days: int = 30
    metrics_token: str = ""
    request_log_days: int = 30
    smtp_url: str | None = None
    mail_from: str = "forum@localhost"
    public_url: str = ""
    listen_url: str = "http://127.0.0.1:8000"
    limit_login: Rule = _LIMIT_LOGIN
    limit_login_ip: Rule = _LIMIT_LOGIN_IP
    limit_posts: Rule = _LIMIT_POSTS
    limit_posts_new: Rule = _LIMIT_POSTS_NEW
    limit_reports: Rule = _LIMIT_REPORTS
    limit_writes_per_minute: int = 120
    limit_conversations: Rule = _LIMIT_CONVERSATIONS
    limit_conversations_new: Rule = _LIMIT_CONVERSATIONS_NEW
    pm_max_recipients: int = 20
    pm_max_recipients_new: int = 3  # M recipients at most for new accounts
    domain: str = "forum.invalid"
    nntp_host: str = "127.0.0.1"
    nntp_port: int | None = None
    nntp_idle_timeout: float = 300.0
    nntp_max_article_bytes: int = 100_000
    nntp_max_clients: int = 200
    nntp_certfile: Path | None = None
    nntp_keyfile: Path | None = None
    nntp_plain_auth: bool = False
    chat_rate: int = 20
    chat_rate_window: int = 10
    chat_rate_new: int = 10
    chat_history: int = 50
    page_cache_entries: int = 2000
    bench_ceiling_dir: Path | None = None
    image_max_bytes: int = 8_000_000
    image_max_pixels: int = 50_000_000
    image_max_side: int = 12_000
    images_per_post: int = 4
    image_quota_bytes: int = 200_000_000
    image_hash_distance: int = 8

    @property
    def trust_proxy(self) -> bool:
        """True when forwarding headers from some proxy are honoured."""
        return bool(self.trusted_proxies)

    @property
    def site_url(self) -> str:
        """The base of links in mails: FORUM_PUBLIC_URL, else where this server listens."""
        return self.public_url or self.listen_url

    @property
    def is_sqlite(self) -> bool:
        """True when the database is a SQLite file (the embedded default)."""
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path:
        """The SQLite file named by a sqlite:/// URL."""
        return Path(self.database_url.removeprefix("sqlite:///"))


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read FORUM_* variables (from ``env`` when given, for tests) into Settings."""
    source = os.environ if env is None else env
    get = source.get
    data_dir = Path(get("FORUM_DATA_DIR", "./var")).resolve()
    if not data_dir.exists():  # the owner's only: it holds the database and the secret key
        data_dir.mkdir(mode=0o700, parents=True)
        data_dir.chmod(0o700)
    database_url = get("FORUM_DATABASE_URL") or f"sqlite:///{data_dir / 'forum.sqlite'}"
    if database_url.startswith("postgresql://"):
        database_url = "postgres://" + database_url.removeprefix("postgresql://")
    if not database_url.startswith(("sqlite:///", "postgres://")):
        raise SystemExit(
            "FORUM_DATABASE_URL must start with sqlite:/// or postgres:// "
            f"(got {database_url.split(':', 1)[0]}:…)"
        )
    policy = get("FORUM_POLICY")
    if policy and not Path(policy).is_file():
        raise SystemExit(f"FORUM_POLICY names {policy!r}, which is not a readable file")
    smtp_url = get("FORUM_SMTP_URL") or None
    if smtp_url and not smtp_url.startswith(("smtp://", "smtps://")):
        raise SystemExit(
            "FORUM_SMTP_URL must look like smtp://host:25 or smtps://user:pass@host:465"
        )
    origins = tuple(
        o.strip().rstrip("/") for o in get("FORUM_ALLOWED_ORIGINS", "").split(",") if o.strip()
    )

    def rule(name: str, default: str) -> Rule:
        return Rule.parse(get(name) or default, name)

    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        secret_key=_secret_key(source, data_dir),
        redis_url=get("FORUM_REDIS_URL") or None,
        policy_path=Path(policy) if policy else None,
        site_name=get("FORUM_SITE_NAME", "forum"),
        seed_demo=_bool(get("FORUM_SEED_DEMO"), True),
        debug=_bool(get("FORUM_DEBUG"), False),
        trusted_proxies=_trusted_proxies(get("FORUM_TRUST_PROXY", "")),
        allowed_origins=origins,
        password_profile=get("FORUM_PASSWORD_PROFILE", "default"),
        max_body_chars=_int(source, "FORUM_MAX_BODY_CHARS", 20_000),
        page_size=_int(source, "FORUM_PAGE_SIZE", 50),
        metrics_token=get("FORUM_METRICS_TOKEN", ""),
        request_log_days=max(0, _int(source, "FORUM_REQUEST_LOG_DAYS", 30)),
        smtp_url=smtp_url,
        mail_from=get("FORUM_MAIL_FROM") or "forum@localhost",
        public_url=(get("FORUM_PUBLIC_URL") or "").rstrip("/"),
        listen_url=_listen_url(get("FORUM_LISTEN_URL") or ""),
        limit_login=rule("FORUM_LIMIT_LOGIN", "6/60"),
        limit_login_ip=rule("FORUM_LIMIT_LOGIN_IP", "6/60"),
        limit_posts=rule("FORUM_LIMIT_POSTS", "20/60"),
        limit_posts_new=rule("FORUM_LIMIT_POSTS_NEW", "5/60"),
        limit_reports=rule("FORUM_LIMIT_REPORTS", "20/3600"),
        limit_writes_per_minute=max(1, _int(source, "FORUM_LIMIT_WRITES", 120)),
        limit_conversations=rule("FORUM_LIMIT_CONVERSATIONS", "20/3600"),
        limit_conversations_new=rule("FORUM_LIMIT_CONVERSATIONS_NEW", "3/86400"),
        pm_max_recipients=max(1, _int(source, "FORUM_PM_MAX_RECIPIENTS", 20)),
        pm_max_recipients_new=max(1, _int(source, "FORUM_PM_MAX_RECIPIENTS_NEW", 3)),
        domain=_domain(get("FORUM_DOMAIN", "") or "forum.invalid"),
        nntp_host=get("FORUM_NNTP_HOST", "") or "127.0.0.1",
        nntp_port=_port(source, "FORUM_NNTP_PORT"),
        nntp_idle_timeout=_float(source, "FORUM_NNTP_IDLE_TIMEOUT", 300.0),
        nntp_max_article_bytes=_int(source, "FORUM_NNTP_MAX_ARTICLE_BYTES", 100_000),
        nntp_max_clients=_int(source, "FORUM_NNTP_MAX_CLIENTS", 200),
        nntp_certfile=_file(source, "FORUM_NNTP_CERTFILE"),
        nntp_keyfile=_file(source, "FORUM_NNTP_KEYFILE"),
        nntp_plain_auth=_bool(get("FORUM_NNTP_PLAIN_AUTH"), False),
        chat_rate=max(1, _int(source, "FORUM_CHAT_RATE", 20)),
        chat_rate_window=max(1, _int(source, "FORUM_CHAT_RATE_WINDOW", 10)),
        chat_rate_new=max(1, _int(source, "FORUM_CHAT_RATE_NEW", 10)),
        chat_history=min(200, max(1, _int(source, "FORUM_CHAT_HISTORY", 50))),
        page_cache_entries=max(0, _int(source, "FORUM_PAGE_CACHE_ENTRIES", 2000)),
        bench_ceiling_dir=Path(get("FORUM_BENCH_CEILING")) if get("FORUM_BENCH_CEILING") else None,
        image_max_bytes=max(1, _int(source, "FORUM_IMAGE_MAX_BYTES", 8_000_000)),
        image_max_pixels=max(1, _int(source, "FORUM_IMAGE_MAX_PIXELS", 50_000_000)),
        image_max_side=max(1, _int(source, "FORUM_IMAGE_MAX_SIDE", 12_000)),
        images_per_post=max(0, _int(source, "FORUM_IMAGES_PER_POST", 4)),
        image_quota_bytes=max(0, _int(source, "FORUM_IMAGE_QUOTA_BYTES", 200_000_000)),
        image_hash_distance=max(0, _int(source, "FORUM_IMAGE_HASH_DISTANCE", 8)),
    )
