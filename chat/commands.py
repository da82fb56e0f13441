"""What each client frame does. Sending goes through ``forum.posting.submitting.submit_message``:
the same validate → moderate → store → publish path as every post on the site.

Every frame that changes something re-reads the account first, so a mute, suspension
or role change made a moment ago (on any process) applies to the very next frame.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from typing import Any

from litestar.channels import ChannelsPlugin

from chat import history, kicks
from chat.connection import Connection
from chat.protocol import (
    CLOSE_ACCOUNT,
    MAX_BODY_BYTES,
    MODERATOR_FRAMES,
    ClientFrame,
    FrameError,
    Kick,
    Mute,
    Ping,
    Remove,
    Report,
    Resume,
    Send,
    encode,
    reply,
)
from chat.service import ChatService
from forum.accounts.members import Account, account_by_id
from forum.desk import actions, reports, sanctions
from forum.errors import (
    Blocked,
    DisclosureRequired,
    DuplicateReport,
    Forbidden,
    ForumError,
    Missing,
    Muted,
    RateLimited,
    TooLong,
)
from forum.posting import drafts, submitting
from forum.posting.checks import check_rate
from forum.reading import queries
from forum.reading.queries import post_by_id
from moderation import Action

ACCOUNT_RECHECK = 10.0  # seconds a sender's account may be trusted between database reads


@dataclass
class Context:
    """One socket's view of the world: its connection, room and the app's services."""

    conn: Connection
    room: dict[str, Any]
    service: ChatService
    channels: ChannelsPlugin


def _problem(exc: ForumError, client_id: str | None) -> FrameError:
    """A posting error as an error frame with a code a program can act on."""
    if isinstance(exc, RateLimited):
        wait = round(exc.retry_after, 1)
        return FrameError("rate_limited", str(exc), client_id, retry_after=wait)
    if isinstance(exc, Blocked):
        return FrameError("blocked", str(exc), client_id, reasons=exc.reasons)
    if isinstance(exc, Muted):
        return FrameError("muted", str(exc), client_id, until=exc.until.isoformat())
    if isinstance(exc, TooLong):
        return FrameError("too_long", str(exc), client_id)
    if isinstance(exc, DuplicateReport):
        return FrameError("duplicate_report", str(exc), client_id)
    if isinstance(exc, Missing):
        return FrameError("not_found", str(exc), client_id)
    if isinstance(exc, Forbidden):
        return FrameError("forbidden", str(exc), client_id)
    return FrameError("rejected", str(exc), client_id)


async def dispatch(ctx: Context, frame: ClientFrame) -> None:
    """Act on one parsed frame; problems are raised as FrameError for an error frame."""
    if isinstance(frame, Ping):
        ctx.conn.push_text(reply("pong", frame.client_id))
        return
    if isinstance(frame, Resume):
        ctx.conn.push_text(await history_frame(ctx, frame.after, frame.client_id))
        return
    account = await _fresh_account(ctx, frame)
    if account is None:
        return
    if isinstance(frame, MODERATOR_FRAMES) and not account.is_moderator:
        raise FrameError("forbidden", "Only moderators can do this.", frame.client_id)
    try:
        if not isinstance(frame, Send):  # sends count in submitting.submit_message
            await check_rate(account, chat=True)
        if isinstance(frame, Send):
            await _send(ctx, account, frame)
        elif isinstance(frame, Report):
            await _report(ctx, account, frame)
        elif isinstance(frame, Remove):
            await _remove(ctx, account, frame)
        elif isinstance(frame, Mute):
            await _mute(ctx, account, frame)
        elif isinstance(frame, Kick):
            await _kick(ctx, account, frame)
    except ForumError as exc:
        raise _problem(exc, frame.client_id) from None


async def _fresh_account(ctx: Context, frame: ClientFrame) -> Account | None:
    """The sender's account as the database has it now (re-read at most every few seconds).

    Mutes, suspensions and deletions also arrive at once on the accounts channel; the
    re-read covers events lost in a pub/sub outage. Moderator frames always re-read.
    """
    conn = ctx.conn
    if conn.account is None:
        what = "send messages" if isinstance(frame, Send) else "do this"
        raise FrameError("sign_in_required", f"Sign in to {what}.", frame.client_id)
    now = asyncio.get_running_loop().time()
    if isinstance(frame, Send | Report) and now - conn.checked < ACCOUNT_RECHECK:
        return replace(conn.account, muted_until=conn.muted_until)
    account = await account_by_id(conn.account.id)
    if account is None:  # suspended or deleted since the socket opened
        await conn.close(CLOSE_ACCOUNT, "Your account is no longer active.")
        return None
    conn.account, conn.muted_until, conn.checked = account, account.muted_until, now
    return account


async def _note_own_masking(messages: list[dict], account: Account | None) -> None:
    """The viewer's own masked messages say what was masked and why, as ``sent`` did: the
    note must not vanish with a reload. Nobody else's messages carry it."""
    if account is None:
        return
    own = [m["id"] for m in messages if m["author"] == account.username]
    kept = await queries.originals(own, account)
    for message in messages:
        if masked := kept.get(message["id"], {}).get("masked"):
            keep = ("text", "label", "title", "clause")
            message["masked"] = [{k: m[k] for k in keep} for m in masked]
            message["detail"] = drafts.masking_note(masked)


async def history_frame(ctx: Context, after: int | None, client_id: str | None = None) -> str:
    """The last messages (on join) or everything after ``after`` (resume), as one frame."""
    if after is None:
        limit = ctx.service.settings.chat_history
        messages, more = await history.recent(ctx.room, ctx.conn.account, limit)
    else:
        messages, more = await history.after(ctx.room, ctx.conn.account, after)
    await _note_own_masking(messages, ctx.conn.account)
    frame: dict[str, Any] = {"type": "history", "after": after, "messages": messages}
    frame["more"] = more
    if client_id is not None:
        frame["client_id"] = client_id
    return encode(frame)


async def _send(ctx: Context, account: Account, frame: Send) -> None:
    try:
        submitted = await submitting.submit_message(
            account,
            ctx.room,
            frame.body,
            max_chars=MAX_BODY_BYTES,
            max_bytes=MAX_BODY_BYTES,
            confirm_disclosure=frame.confirm_disclosure,
            channels=ctx.channels,
        )
    except DisclosureRequired as exc:
        keep = ("type", "start", "end", "text", "message")
        findings = [{k: f[k] for k in keep} for f in exc.findings]
        ctx.conn.push_text(
            reply("disclosure_warning", frame.client_id, findings=findings, detail=str(exc))
        )
        return
    if submitted.status == "pending":
        reasons = submitted.decision.reasons_acting(Action.HOLD)
        why = reasons[0]["message"] if reasons else ""
        detail = f"Held for review: it reaches the room only if a moderator approves it. {why}"
        ctx.conn.push_text(reply("held", frame.client_id, id=submitted.post_id, detail=detail))
    elif masked := submitted.decision.masked:
        # The author learns what others read instead of their words, and why.
        keep = ("text", "label", "title", "clause")
        ctx.conn.push_text(
            reply(
                "sent",
                frame.client_id,
                id=submitted.post_id,
                masked=[{k: m[k] for k in keep} for m in masked],
                detail=drafts.masking_note(masked),
            )
        )
    else:
        ctx.conn.push_text(reply("sent", frame.client_id, id=submitted.post_id))


async def _post_in_room(ctx: Context, post_id: int) -> dict[str, Any]:
    post = await post_by_id(post_id)
    if post is None or post["space.slug"] != ctx.room["slug"] or post["topic"] is not None:
        raise Missing(f"There is no message {post_id} in this room.")
    return post


async def _report(ctx: Context, account: Account, frame: Report) -> None:
    await _post_in_room(ctx, frame.id)
    post = await reports.post_for_report(frame.id)
    filed = await reports.submit_report(account, post, frame.category, frame.note, ctx.channels)
    ctx.conn.push_text(reply("ok", frame.client_id, of="report", id=frame.id, hidden=filed.hidden))


async def _remove(ctx: Context, account: Account, frame: Remove) -> None:
    await _post_in_room(ctx, frame.id)
    await actions.remove(account, frame.id, frame.category, frame.reason, ctx.channels)
    ctx.conn.push_text(reply("ok", frame.client_id, of="remove", id=frame.id))


async def _mute(ctx: Context, account: Account, frame: Mute) -> None:
    target = await kicks.member_named(frame.user)
    until = await sanctions.restrict(
        sanctions.MUTE, account, target["id"], frame.hours, frame.reason, ctx.channels
    )
    ctx.conn.push_text(
        reply("ok", frame.client_id, of="mute", user=target["username"], until=until.isoformat())
    )


async def _kick(ctx: Context, account: Account, frame: Kick) -> None:
    until = await kicks.kick(account, ctx.room, frame.user, frame.hours, frame.reason, ctx.channels)
    ctx.conn.push_text(
        reply("ok", frame.client_id, of="kick", user=frame.user, until=until.isoformat())
    )
