"""The ONE place where the forum app is assembled."""

from __future__ import annotations

import logging
import sys

import anyio
from litestar import Litestar, Request, Router
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import State
from litestar.middleware import DefineMiddleware
from litestar.middleware.rate_limit import RateLimitConfig
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, YamlRenderPlugin
from litestar.plugins.prometheus import PrometheusConfig
from litestar.static_files import create_static_files_router
from litestar.stores.memory import MemoryStore

from chat.service import ChatService
from chat.socket import chat_socket, keep_raw_send
from forum import events, limits, page_cache
from forum.accounts.members import Account
from forum.cli.bootstrap import announce_credentials, prepare_database
from forum.cli.plugin import ForumCLIPlugin
from forum.desk.moderating import current_policy, use_policy
from forum.images import files
from forum.mail import sender
from forum.messaging import pictures as messaging_pictures
from forum.messaging import privacy as messaging_privacy
from forum.nntp.server import NewsServer
from forum.privacy.requestlog import RequestRecorder, request_log_middleware
from forum.settings import Settings, load_settings
from forum.storage import db
from forum.storage.backup import hold_running_lock
from forum.web.api import admin as api_admin
from forum.web.api import auth as api_auth
from forum.web.api import following as api_following
from forum.web.api import images as api_images
from forum.web.api import me as api_me
from forum.web.api import messages as api_messages
from forum.web.api import moderation as api_moderation
from forum.web.api import reports as api_reports
from forum.web.api import search as api_search
from forum.web.api import spaces as api_spaces
from forum.web.api.schemas import API_ERRORS
from forum.web.background import BackgroundWork, policy_banner
from forum.web.error_handlers import EXCEPTION_HANDLERS
from forum.web.headers import bounded_headers, security_headers
from forum.web.live_notifications import NotificationHub, live_notifications
from forum.web.live_queue import live_queue
from forum.web.middleware import AuthMiddleware, ForumCSRFMiddleware
from forum.web.proxy import client_address_middleware
from forum.web.templating import STATIC_DIR, template_config
from forum.web.uploads import upload_bytes
from forum.web.views import (
    account_settings,
    accounts,
    bench,
    dry_run,
    feeds,
    following,
    home,
    images,
    messages,
    moderation,
    ops,
    policies,
    private_review,
    reporting,
    search,
    sign_in_links,
    spaces,
    staff,
    topics,
)

log = logging.getLogger("forum")

ROUTES = [
    home.home, home.terms, home.leave, home.favicon,
    spaces.space_page, spaces.post_message, spaces.new_topic_form, spaces.create_topic,
    topics.topic_page, topics.reply, topics.post_link, topics.edit_form, topics.edit,
    topics.delete,
    accounts.signup_form, accounts.signup, accounts.login_form, accounts.login,
    accounts.logout, accounts.profile,
    sign_in_links.signup_confirm_form, sign_in_links.signup_confirm,
    sign_in_links.login_link_form, sign_in_links.login_link,
    sign_in_links.login_link_use_form, sign_in_links.login_link_use,
    feeds.space_feed, search.search_page, api_search.api_search,
    api_auth.api_signup, api_auth.api_login,
    api_spaces.list_spaces, api_spaces.get_space, api_spaces.list_messages,
    api_spaces.create_topic, api_spaces.create_message, api_spaces.get_topic,
    api_spaces.create_reply, api_spaces.get_post, api_spaces.edit_post, api_spaces.delete_post,
    api_reports.report_post, api_reports.report_categories, api_reports.my_notifications,
    api_moderation.list_queue, api_moderation.get_item, api_moderation.act_on_item,
    api_moderation.remove_post, api_moderation.restore_post, api_moderation.restrict_member,
    api_moderation.moderation_log,
    reporting.report_form, reporting.report,
    following.notifications, following.notifications_read, following.watch_topic,
    following.watch_space, following.first_unread, following.block,
    api_following.list_notifications, api_following.read_notifications,
    api_following.watch_topic, api_following.unwatch_topic, api_following.watch_space,
    api_following.unwatch_space, api_following.block_member, api_following.unblock_member,
    api_following.pin_topic, api_following.unpin_topic,
    moderation.queue_page, moderation.queue_item, moderation.queue_action,
    moderation.moderate_post_page, moderation.moderate_post_action, moderation.log_page,
    moderation.dashboard_page, dry_run.dry_run_form, dry_run.dry_run_page,
    live_queue, live_notifications, chat_socket,
    ops.health, ops.metrics,
    messages.messages_page, messages.new_form, messages.start, messages.conversation_page,
    messages.reply, messages.report, messages.leave,
    private_review.review_page, private_review.review_action, private_review.review_picture,
    api_messages.create_conversation, api_messages.list_conversations,
    api_messages.get_conversation, api_messages.send_message, api_messages.leave_conversation,
    api_messages.report_message, api_messages.review_message,
]  # fmt: skip
MESSAGING_PARTS = (messaging_privacy, messaging_pictures)
"""Imported for their registrations: conversations in the export, messages in the erasure,
who may see a message's pictures."""

PRIVACY_ROUTES = [
    policies.policy_index, policies.policy_current, policies.policy_version, policies.privacy,
    policies.cookies, policies.acknowledge,
    policies.unsubscribe_form, policies.unsubscribe,
    account_settings.account_page, account_settings.save_profile, account_settings.change_email,
    account_settings.confirm_email_form, account_settings.confirm_email,
    account_settings.save_email_choices, account_settings.export,
    account_settings.delete_form, account_settings.delete,
    staff.lookup_form, staff.lookup, staff.access_log, staff.traffic_page, staff.outbox,
    staff.set_role, api_admin.set_role, api_admin.set_space_posting,
    api_me.get_me, api_me.export_me, api_me.delete_me,
]  # fmt: skip

IMAGE_ROUTES = [images.image, images.image_thumbnail, api_images.upload_image]
UPLOADS = [
    spaces.post_message, spaces.create_topic, topics.reply, api_images.upload_image,
    messages.start, messages.reply,
]  # fmt: skip
"""The handlers whose bodies carry pictures: they take more than ``max_request_bytes``."""


def documented_and_pages() -> list:
    """The JSON API's handlers (their error answers documented), then a router of everything
    else, kept out of the OpenAPI document: pages, feeds and probes answer HTML, XML or text,
    not the API's JSON, and a document that claimed otherwise would mislead clients."""
    handlers = [*ROUTES, *PRIVACY_ROUTES, *IMAGE_ROUTES]
    api = [h for h in handlers if any(path.startswith("/api/") for path in h.paths)]
    pages = [h for h in handlers if h not in api]
    for handler in api:  # Litestar documents extra responses per handler only
        handler.responses = {**API_ERRORS, **(handler.responses or {})}
    return [*api, Router(path="/", route_handlers=pages, include_in_schema=False)]


def _stores(settings: Settings) -> dict:
    if settings.redis_url:
        return {"rate_limit": limits.request_limit_store(settings.redis_url)}
    return {"rate_limit": MemoryStore()}


def rate_limit_identity(request: Request) -> str:
    """Members are limited per account (people behind one NAT do not share); visitors per IP."""
    user = request.scope.get("user")
    if isinstance(user, Account):
        return f"member:{user.id}"
    return f"ip:{request.client.host if request.client else 'unknown'}"


async def is_state_changing(request: Request) -> bool:
    """Only state-changing requests count against the per-member write limit (async: Litestar
    would run a plain function in its thread pool, a thread hop on every request)."""
    return request.method not in ("GET", "HEAD", "OPTIONS")


def create_app(settings: Settings | None = None) -> Litestar:
    """Build the forum app from settings (default: the FORUM_* environment)."""
    settings = settings or load_settings()
    use_policy(settings.policy_path)  # a broken policy file stops start-up with its line number
    limits.configure(
        limits.make_limiter(settings.redis_url),
        limits.Rules(
            login=settings.limit_login,
            login_ip=settings.limit_login_ip,
            posts=settings.limit_posts,
            posts_new=settings.limit_posts_new,
            reports=settings.limit_reports,
            chat=limits.Rule(settings.chat_rate, settings.chat_rate_window),
            chat_new=limits.Rule(
                min(settings.chat_rate, settings.chat_rate_new), settings.chat_rate_window
            ),
            conversations=settings.limit_conversations,
            conversations_new=settings.limit_conversations_new,
        ),
    )  # fmt: skip
    db.bind(db.make_engine(settings.database_url))
    files.configure(settings.data_dir)
    for handler in UPLOADS:  # process-wide, like the policy: set from the settings in force
        handler.request_max_body_size = upload_bytes(
            settings.images_per_post, settings.image_max_bytes, settings.max_request_bytes
        )
    page_cache.configure(settings.database_url, settings.redis_url)
    chat = ChatService(settings)
    sender.bind(settings)
    recorder = RequestRecorder(enabled=settings.request_log_days > 0)

    channels = events.channels_plugin(settings.redis_url)
    news = NewsServer(settings, channels)

    running: list = []

    async def on_startup(app: Litestar) -> None:
        if settings.is_sqlite:
            # `forum db restore` refuses while any process holds this (shared) lock.
            running.append(hold_running_lock(settings.sqlite_path))
        else:
            await db.engine().start_connection_pool()
        try:
            announce_credentials(await prepare_database(settings, seed=settings.seed_demo))
        except db.DurabilityError as exc:
            print(f"forum: refusing to start: {exc}", file=sys.stderr, flush=True)
            raise
        if (second := current_policy().engine.second) is not None:
            # The second reader's encoder, loaded now: a broken install stops the start.
            await anyio.to_thread.run_sync(second.warm)
        if not settings.public_url:
            log.warning(
                "FORUM_PUBLIC_URL is not set: links in mails will point at %s; set it to "
                "the address members use (https://forum.example.org behind a proxy)",
                settings.site_url,
            )
        if settings.nntp_port is not None:
            # reuse_port: with --workers N every worker serves NNTP on the same port.
            port = await news.start(settings.nntp_host, settings.nntp_port, reuse_port=True)
            print(f"News server (NNTP) on {settings.nntp_host}:{port}", flush=True)

    async def on_shutdown(app: Litestar) -> None:
        await news.stop()
        await db.close()
        while running:
            running.pop().close()

    csrf = CSRFConfig(
        secret=settings.secret_key,
        cookie_name="forum_csrf",
        cookie_httponly=True,
        cookie_samesite="lax",
        header_name="x-csrftoken",
    )
    rate_limit = RateLimitConfig(
        rate_limit=("minute", settings.limit_writes_per_minute),
        check_throttle_handler=is_state_changing,
        identifier_for_request=rate_limit_identity,
        exclude=[r"^/static/"],
    )
    return Litestar(
        route_handlers=[
            *documented_and_pages(),
            *([bench.ceiling] if settings.bench_ceiling_dir else []),
            create_static_files_router(path="/static", directories=[STATIC_DIR], name="static"),
        ],
        middleware=[
            bounded_headers,
            keep_raw_send,
            client_address_middleware(settings.trusted_proxies),
            request_log_middleware(recorder),
            security_headers,
            PrometheusConfig(
                app_name="forum", prefix="forum", group_path=True, exclude=[r"^/metrics$"]
            ).middleware,
            DefineMiddleware(ForumCSRFMiddleware, config=csrf),
            DefineMiddleware(AuthMiddleware, exclude=[r"^/static/"]),
            rate_limit.middleware,
        ],
        plugins=[channels, ForumCLIPlugin(), BackgroundWork(recorder, settings.request_log_days)],
        stores=_stores(settings),
        template_config=template_config(settings.site_name),
        exception_handlers=EXCEPTION_HANDLERS,
        # Only the spec itself: the bundled UIs would load scripts from third-party CDNs.
        openapi_config=OpenAPIConfig(
            title="forum",
            version="0.1.0",
            path="/schema",
            render_plugins=[JsonRenderPlugin(path=["/", "/openapi.json"]), YamlRenderPlugin()],
        ),
        before_request=policy_banner,
        on_startup=[on_startup, chat.start],
        on_shutdown=[chat.stop, on_shutdown],
        request_max_body_size=settings.max_request_bytes,
        state=State(
            {
                "settings": settings,
                "allowed_origins": settings.allowed_origins,
                "request_log": recorder,
                "chat": chat,
                "notification_hub": NotificationHub(),
                "page_cache": page_cache.PageCache(settings.page_cache_entries),
            }
        ),
        debug=settings.debug,
    )
