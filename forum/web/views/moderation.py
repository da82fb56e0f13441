"""Moderator pages: the live review queue, moderating one post, the log."""

from __future__ import annotations

from litestar import Request, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.params import FromQuery
from litestar.response import Redirect, Template

from forum.desk import actions, dispatch, modlog, queue, stats
from forum.desk.dispatch import Ask
from forum.desk.moderating import current_policy
from forum.errors import ForumError
from forum.images import attaching
from forum.reading import queries
from forum.web.guards import moderator
from forum.web.request import Id, form_data, optional_int, viewer

POST_PAGE_ACTIONS = (
    "remove",
    "remove_image",
    "restore",
    "approve",
    "mute",
    "suspend",
    "pin",
    "unpin",
)


def _policy_categories() -> list:
    return list(current_policy().categories)


async def _queue_context(items: list[dict]) -> dict:
    """The queue's items with their pictures: everything needed to decide on one page."""
    pictures = await attaching.for_targets("post", [i["post_id"] for i in items], True)
    return {"items": items, "categories": _policy_categories(), "images": pictures}


@get("/moderation", name="queue", guards=[moderator])
async def queue_page() -> Template:
    """Open review items, oldest first; updates live with JavaScript, by reloading without."""
    return Template("moderation/queue.html", context=await _queue_context(await queue.open_items()))


@get("/moderation/items/{item_id:int}", name="queue_item", guards=[moderator])
async def queue_item(item_id: Id) -> Template:
    """One queue item as an HTML fragment (what the live queue inserts)."""
    item = await queue.item(item_id)
    context = await _queue_context([item])
    return Template("moderation/_queue_item.html", context={**context, "item": item})


@post("/moderation/items/{item_id:int}", name="queue_action", guards=[moderator])
async def queue_action(
    request: Request, item_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> Redirect | Template:
    """Carry out the action a moderator chose on an item."""
    data = await form_data(request)
    try:
        await queue.perform(
            viewer(request),
            item_id,
            data.get("action"),
            data.get("reason", ""),
            data.get("category", ""),
            data.get("hours") or None,
            channels,
            confirm=data.get("confirm") == "1",
        )
    except ForumError as exc:
        return Template(
            "moderation/queue.html",
            context={
                **await _queue_context(await queue.open_items()),
                "error": f"Item {item_id}: {exc}",
            },
            status_code=exc.status_code,
        )
    return Redirect("/moderation", status_code=303)


@get("/moderation/posts/{post_id:int}", name="moderate_post", guards=[moderator])
async def moderate_post_page(request: Request, post_id: Id) -> Template:
    """One post with its history and every action a moderator can take on it."""
    return await _post_page(request, post_id)


async def _post_page(request: Request, post_id: int, error: ForumError | None = None) -> Template:
    context = {
        "post": await actions.load_post(post_id),
        "original": (await queries.originals([post_id], viewer(request))).get(post_id),
        "log": await modlog.entries(post=post_id, limit=20),
        "categories": _policy_categories(),
        "held_for": await actions.held_for_offensive(post_id),
        "images": (await attaching.for_targets("post", [post_id], removed_too=True)).get(
            post_id, []
        ),
    }
    if error is None:
        return Template("moderation/post.html", context=context)
    context["error"] = str(error)
    return Template("moderation/post.html", context=context, status_code=error.status_code)


@post("/moderation/posts/{post_id:int}", name="moderate_post_action", guards=[moderator])
async def moderate_post_action(
    request: Request, post_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> Redirect | Template:
    """remove / restore / approve a post, or mute / suspend its author."""
    data = await form_data(request)
    ask = Ask(
        viewer(request), post_id, data.get("reason"), data.get("category"),
        data.get("hours") or None, channels, data.get("confirm") == "1", data.get("image_id"),
    )  # fmt: skip
    try:
        await dispatch.perform(ask, data.get("action"), POST_PAGE_ACTIONS)
    except ForumError as exc:
        return await _post_page(request, post_id, exc)
    return Redirect(f"/moderation/posts/{post_id}", status_code=303)


@get("/moderation/log", name="moderation_log", guards=[moderator])
async def log_page(
    before: FromQuery[str | None] = None, action: FromQuery[str | None] = None
) -> Template:
    """The append-only moderation log, newest first."""
    rows = await modlog.entries(before=optional_int(before), action=action or None, limit=100)
    older = rows[-1]["id"] if len(rows) == 100 else None
    return Template("moderation/log.html", context={"rows": rows, "older": older, "action": action})


@get("/moderation/dashboard", name="moderation_dashboard", guards=[moderator])
async def dashboard_page() -> Template:
    """Queue volume and moderation actions per day, drawn server-side."""
    queue_chart, action_chart = await stats.dashboard()
    return Template(
        "moderation/dashboard.html",
        context={
            "queue_chart": queue_chart,
            "action_chart": action_chart,
            "open_count": await queue.open_count(),
        },
    )
