"""Settings read once from the environment (FORUM_*) into a frozen dataclass."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


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
    trust_proxy: bool = False
    allowed_origins: tuple[str, ...] = ()
    password_profile: str = "default"
    max_body_chars: int = 20_000
    max_title_chars: int = 200
    max_request_bytes: int = 1_000_000
    page_size: int = 50
    session_days: int = 30
    chat_rate: int = 20
    chat_rate_window: int = 10
    chat_history: int = 50

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
    data_dir.mkdir(parents=True, exist_ok=True)
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
    origins = tuple(
        o.strip().rstrip("/") for o in get("FORUM_ALLOWED_ORIGINS", "").split(",") if o.strip()
    )
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        secret_key=_secret_key(source, data_dir),
        redis_url=get("FORUM_REDIS_URL") or None,
        policy_path=Path(policy) if policy else None,
        site_name=get("FORUM_SITE_NAME", "forum"),
        seed_demo=_bool(get("FORUM_SEED_DEMO"), True),
        debug=_bool(get("FORUM_DEBUG"), False),
        trust_proxy=_bool(get("FORUM_TRUST_PROXY"), False),
        allowed_origins=origins,
        password_profile=get("FORUM_PASSWORD_PROFILE", "default"),
        max_body_chars=_int(source, "FORUM_MAX_BODY_CHARS", 20_000),
        page_size=_int(source, "FORUM_PAGE_SIZE", 50),
        chat_rate=max(1, _int(source, "FORUM_CHAT_RATE", 20)),
        chat_rate_window=max(1, _int(source, "FORUM_CHAT_RATE_WINDOW", 10)),
        chat_history=min(200, max(1, _int(source, "FORUM_CHAT_HISTORY", 50))),
    )
