"""Pictures from a composer's form (multipart, no JavaScript needed) onto the posting path.

New files are staged at once, so a warning or an error that shows the form again keeps them
(as hidden ``staged_image`` ids: a browser empties a file input on every page it draws).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from litestar import Request
from litestar.datastructures import UploadFile
from litestar.exceptions import ClientException
from litestar.response import Template

from forum.errors import ForumError
from forum.images import attaching, intake
from forum.posting.pictures import Pictures
from forum.posting.submitting import Submitted
from forum.web.request import settings_of, viewer
from forum.web.views.composing import Render, compose

SubmitWithPictures = Callable[[dict[str, str], bool, Pictures], Awaitable[Submitted]]


def upload_bytes(images_per_post: int, image_max_bytes: int, max_request_bytes: int) -> int:
    """The request body a composer with pictures may send: the pictures and the text."""
    return max(max_request_bytes, images_per_post * image_max_bytes + max_request_bytes)


async def _read_form(request: Request) -> tuple[dict[str, str], list[UploadFile], list[int]]:
    try:
        form = await request.form()
    except (UnicodeDecodeError, ValueError) as exc:
        raise ClientException("The form could not be read; please submit it again.") from exc
    data = {k: v for k, v in form.items() if isinstance(v, str)}
    files = [f for f in form.getall("images", []) if isinstance(f, UploadFile) and f.filename]
    staged = []
    for raw in form.getall("staged_image", []):
        if isinstance(raw, str) and raw.isdigit() and len(raw) < 10:
            staged.append(int(raw))
    return data, files, staged


async def _stage(
    request: Request, files: list[UploadFile], staged: list[int], alt: str, earlier: list
) -> list:
    """The draft's pictures: those staged before (into ``earlier`` first, so a refused new
    upload does not lose them), then the new uploads."""
    author = viewer(request)
    if author is None or author.is_muted or not (files or staged):
        return []  # the post itself is refused, with the reason (signed out, muted)
    settings = settings_of(request)
    earlier.extend(await intake.staged(author, staged))
    uploads = [intake.Upload(await f.read(), alt) for f in files]
    return earlier + await intake.stage(author, uploads, settings, already=len(earlier))


async def compose_with_pictures(
    request: Request, fields: tuple[str, ...], surface: str, submit: SubmitWithPictures,
    render: Render,
) -> Submitted | Template:  # fmt: skip
    """``compose`` for a form that may carry pictures: staged first, kept on every redraw,
    and the image disclosure warning shown in place."""
    data, files, staged = await _read_form(request)
    draft = {name: data.get(name, "") for name in fields}
    earlier: list[dict[str, Any]] = []
    try:
        rows = await _stage(request, files, staged, data.get("image_alt", ""), earlier)
    except ForumError as exc:
        kept_before = [attaching.image_out(r) for r in earlier]
        context = {"draft": draft, "error": str(exc), "staged_images": kept_before}
        return await render(context, exc.status_code)
    kept: dict[str, Any] = {
        "staged_images": [attaching.image_out(r) for r in rows],
        "confirmed_text": data.get("confirm_disclosure") == "1",
    }
    pictures = Pictures(
        ids=[r["id"] for r in rows],
        confirmed=data.get("confirm_image_metadata") == "1",
        max_count=settings_of(request).images_per_post,
    )

    async def submit_draft(draft: dict[str, str], confirm: bool) -> Submitted:
        try:
            return await submit(draft, confirm, pictures)
        except attaching.ImageDisclosureRequired as exc:
            kept["image_disclosure"] = {"message": str(exc), "found": exc.found}
            raise

    async def redraw(extra: dict[str, Any], status: int) -> Template:
        if "image_disclosure" in kept:
            extra.pop("error", None)  # the warning says it, with what was found
        return await render({**extra, **kept}, status)

    return await compose(data, fields, surface, submit_draft, redraw)
