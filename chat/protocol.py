"""The chat wire format: JSON text frames with a ``type``. See docs/chat-protocol.md.

Client frames are msgspec Structs tagged by ``type``; ``parse()`` turns a raw frame into
one of them or raises ``FrameError`` with an error code and a sentence for a person.
Server frames are plain dicts encoded once by ``encode()``.
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec

MAX_BODY_BYTES = 4096  # a chat message: 4 KiB of UTF-8 text
MAX_FRAME_BYTES = 16384  # any frame; bigger ones close the socket with 1009
MAX_NOTE = 1000
MAX_ID = 2**31 - 1  # ids are 32-bit integers in PostgreSQL (as forum.web.request.MAX_ID)
ClientId = Annotated[str, msgspec.Meta(max_length=64)]
MessageId = Annotated[int, msgspec.Meta(ge=0, le=MAX_ID)]
"""A message id a database can hold: bigger ones are a bad_frame, not a database error."""
Reason = Annotated[str, msgspec.Meta(max_length=2000)]
Name = Annotated[str, msgspec.Meta(max_length=64)]

# Close codes we send (RFC 6455 ones and our 4xxx application codes).
CLOSE_TOO_BIG = 1009
CLOSE_TRY_AGAIN = 1013  # the pub/sub backend is unreachable for now
CLOSE_ACCOUNT = 4401  # account suspended, deleted or its access changed
CLOSE_NO_ROOM = 4404  # no chat room by that name
CLOSE_TOO_SLOW = 4408  # the client did not read fast enough; reconnect and resume
CLOSE_KICKED = 4409  # a moderator removed the member from this room for a while
CLOSE_FLOOD = 4429  # far too many frames


class _Frame(msgspec.Struct, tag_field="type", forbid_unknown_fields=False):
    client_id: ClientId | None = None


class Send(_Frame, tag="send"):
    """Post a chat message (``confirm_disclosure`` after a disclosure warning)."""

    body: str = ""
    confirm_disclosure: bool = False


class Resume(_Frame, tag="resume"):
    """Send me every message after this id (after a reconnect)."""

    after: MessageId = 0


class Ping(_Frame, tag="ping"):
    """Application-level keep-alive; answered with ``pong``."""


class Report(_Frame, tag="report"):
    """A member reports a message into the moderators' review queue."""

    id: MessageId = 0
    category: Name = ""
    note: Annotated[str, msgspec.Meta(max_length=MAX_NOTE)] = ""


class Remove(_Frame, tag="remove"):
    """Moderators: remove a message (kept, with the reason, in the log)."""

    id: MessageId = 0
    category: Name = ""
    reason: Reason = ""


class Mute(_Frame, tag="mute"):
    """Moderators: mute a member everywhere for some hours."""

    user: Name = ""
    hours: int | None = None
    reason: Reason = ""


class Kick(_Frame, tag="kick"):
    """Moderators: remove a member from this room; they cannot rejoin for some hours."""

    user: Name = ""
    hours: int | None = None
    reason: Reason = ""


ClientFrame = Send | Resume | Ping | Report | Remove | Mute | Kick
FRAME_TYPES = ("send", "resume", "ping", "report", "remove", "mute", "kick")
MODERATOR_FRAMES = (Remove, Mute, Kick)
_decoder = msgspec.json.Decoder(ClientFrame)  # type: ignore[arg-type]
_encoder = msgspec.json.Encoder()
_NOT_JSON = "Frames must be JSON objects (valid UTF-8 JSON text)."


class FrameError(Exception):
    """A frame the server cannot act on: ``code`` for programs, ``str()`` for people."""

    def __init__(self, code: str, detail: str, client_id: str | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.client_id = client_id
        self.extra = extra

    def frame(self) -> str:
        """The ``error`` frame telling the sender about this problem."""
        return error(self.code, self.detail, self.client_id, **self.extra)


def _client_id_of(raw: str) -> str | None:
    try:
        value = msgspec.json.decode(raw)
    except (msgspec.DecodeError, RecursionError):
        return None
    if isinstance(value, dict):
        cid = value.get("client_id")
        if isinstance(cid, str) and len(cid) <= 64:
            return cid
    return None


def parse(raw: str) -> ClientFrame:
    """A client frame from raw text, or FrameError (bad_json, bad_frame, unknown_type …)."""
    try:
        return _decoder.decode(raw)
    except msgspec.ValidationError as exc:
        error = exc
    except (msgspec.DecodeError, RecursionError):  # deeply nested arrays exhaust the stack
        raise FrameError("bad_json", _NOT_JSON) from None
    try:
        value = msgspec.json.decode(raw)
    except (msgspec.DecodeError, RecursionError):
        raise FrameError("bad_json", _NOT_JSON) from None
    if not isinstance(value, dict):
        raise FrameError("bad_frame", 'Frames must be JSON objects with a "type".')
    cid = _client_id_of(raw)
    kind = value.get("type")
    if kind is None:
        raise FrameError("bad_frame", 'Frames must be JSON objects with a "type".', cid)
    if kind not in FRAME_TYPES:
        raise FrameError(
            "unknown_type",
            f"Unknown frame type {str(kind)[:40]!r}; expected one of {', '.join(FRAME_TYPES)}.",
            cid,
        )
    raise FrameError("bad_frame", f"The {kind!r} frame is malformed: {error}.", cid)


def encode(frame: dict[str, Any]) -> str:
    """A server frame as JSON text (encode once, send to many)."""
    return _encoder.encode(frame).decode()


def error(code: str, detail: str, client_id: str | None = None, **extra: Any) -> str:
    """An ``error`` frame for the sender alone."""
    frame: dict[str, Any] = {"type": "error", "code": code, "detail": detail}
    if client_id is not None:
        frame["client_id"] = client_id
    frame.update(extra)
    return encode(frame)


def reply(kind: str, client_id: str | None = None, **fields: Any) -> str:
    """A reply frame for the sender alone (``sent``, ``held``, ``ok`` …)."""
    frame: dict[str, Any] = {"type": kind, **fields}
    if client_id is not None:
        frame["client_id"] = client_id
    return encode(frame)
