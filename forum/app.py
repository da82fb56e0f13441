"""The ONE place where the forum app is assembled."""

from __future__ import annotations

import logging

from litestar import Litestar
from litestar.channels import ChannelsPlugin
from litestar.channels.backends.memory import MemoryChannelsBackend
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import State
from litestar.middleware import DefineMiddleware
from litestar.middleware.rate_limit import RateLimitConfig
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, YamlRenderPlugin
from litestar.static_files import create_static_files_router
from litestar.stores.memory import MemoryStore

from forum import db, mail
from forum.api import auth as api_auth
from forum.api import me as api_me
from forum.api import spaces as api_spaces
from forum.background import BackgroundWork, policy_banner
from forum.bootstrap import prepare_database
from forum.cli_plugin import ForumCLIPlugin
from forum.errors import EXCEPTION_HANDLERS
from forum.headers import security_headers
from forum.middleware import AuthMiddleware, ForumCSRFMiddleware
from forum.proxy import client_address_middleware
from forum.requestlog import RequestRecorder, request_log_middleware
from forum.settings import Settings, load_settings
from forum.templating import STATIC_DIR, template_config
from forum.views import account_settings, accounts, home, policies, spaces, staff, topics

log = logging.getLogger("forum")

ROUTES = [
    home.home, home.terms, home.leave,
    spaces.space_page, spaces.post_message, spaces.new_topic_form, spaces.create_topic,
    topics.topic_page, topics.reply, topics.post_link, topics.edit_form, topics.edit,
    topics.delete,
    accounts.signup_form, accounts.signup, accounts.login_form, accounts.login,
    accounts.logout, accounts.profile,
    api_auth.api_signup, api_auth.api_login,
    api_spaces.list_spaces, api_spaces.get_space, api_spaces.list_messages,
    api_spaces.create_topic, api_spaces.create_message, api_spaces.get_topic,
    api_spaces.create_reply, api_spaces.get_post, api_spaces.edit_post, api_spaces.delete_post,
]  # fmt: skip

PRIVACY_ROUTES = [
    policies.policy_index, policies.policy_current, policies.policy_version, policies.privacy,
    policies.cookies, policies.acknowledge, policies.dismiss_notice,
    policies.unsubscribe_form, policies.unsubscribe,
    account_settings.account_page, account_settings.save_profile, account_settings.change_email,
    account_settings.confirm_email_form, account_settings.confirm_email,
    account_settings.save_email_choices, account_settings.export,
    account_settings.delete_form, account_settings.delete,
    staff.lookup_form, staff.lookup, staff.access_log, staff.traffic_page, staff.outbox,
    api_me.get_me, api_me.export_me, api_me.delete_me,
]  # fmt: skip


def _channels(settings: Settings) -> ChannelsPlugin:
    if settings.redis_url:
        from litestar.channels.backends.redis import RedisChannelsPubSubBackend
        from redis.asyncio import Redis

        backend = RedisChannelsPubSubBackend(redis=Redis.from_url(settings.redis_url))
    else:
        backend = MemoryChannelsBackend()
    return ChannelsPlugin(
        backend=backend,
        arbitrary_channels_allowed=True,
        subscriber_backlog_strategy="dropleft",
        subscriber_max_backlog=1000,
    )


def _stores(settings: Settings) -> dict:
    if settings.redis_url:
        from litestar.stores.redis import RedisStore

        return {"rate_limit": RedisStore.with_client(url=settings.redis_url, namespace="forum-rl")}
    return {"rate_limit": MemoryStore()}


def create_app(settings: Settings | None = None) -> Litestar:
    """Build the forum app from settings (default: the FORUM_* environment)."""
    settings = settings or load_settings()
    db.bind(db.make_engine(settings.database_url))
    mail.bind(settings)
    recorder = RequestRecorder(enabled=settings.request_log_days > 0)

    async def on_startup(app: Litestar) -> None:
        if not settings.is_sqlite:
            await db.engine().start_connection_pool()
        credentials = await prepare_database(settings, seed=settings.seed_demo)
        if credentials:
            lines = [f"  {name:<10} password: {password}" for name, password in credentials.items()]
            print("Demo community created. Staff accounts (shown once, keep them):", flush=True)
            print("\n".join(lines), flush=True)

    async def on_shutdown(app: Litestar) -> None:
        if not settings.is_sqlite:
            await db.engine().close_connection_pool()

    csrf = CSRFConfig(
        secret=settings.secret_key,
        cookie_name="forum_csrf",
        cookie_httponly=True,
        cookie_samesite="lax",
        header_name="x-csrftoken",
    )
    rate_limit = RateLimitConfig(
        rate_limit=("minute", 120),
        check_throttle_handler=lambda request: request.method not in ("GET", "HEAD", "OPTIONS"),
        exclude=[r"^/static/"],
    )
    return Litestar(
        route_handlers=[
            *ROUTES,
            *PRIVACY_ROUTES,
            create_static_files_router(path="/static", directories=[STATIC_DIR], name="static"),
        ],
        middleware=[
            client_address_middleware(settings.trusted_proxies),
            request_log_middleware(recorder),
            security_headers,
            DefineMiddleware(ForumCSRFMiddleware, config=csrf),
            rate_limit.middleware,
            DefineMiddleware(AuthMiddleware, exclude=[r"^/static/"]),
        ],
        plugins=[
            _channels(settings),
            ForumCLIPlugin(),
            BackgroundWork(recorder, settings.request_log_days),
        ],
        stores=_stores(settings),
        template_config=template_config(settings.site_name),
        exception_handlers=EXCEPTION_HANDLERS,
        # Only the JSON and YAML documents: the UI plugins load their scripts from CDNs.
        openapi_config=OpenAPIConfig(
            title="forum",
            version="0.1.0",
            path="/schema",
            render_plugins=[JsonRenderPlugin(), YamlRenderPlugin()],
        ),
        before_request=policy_banner,
        on_startup=[on_startup],
        on_shutdown=[on_shutdown],
        request_max_body_size=settings.max_request_bytes,
        state=State(
            {
                "settings": settings,
                "allowed_origins": settings.allowed_origins,
                "request_log": recorder,
            }
        ),
        debug=settings.debug,
    )
