"""Policy documents at stable URLs, the cookie page and notice, and one-click unsubscribe."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get, post
from litestar.exceptions import ClientException
from litestar.params import FromPath
from litestar.response import Redirect, Template

from forum.mail import mailings
from forum.mail.signing import BadToken
from forum.privacy import policies
from forum.privacy.cookies import cookie_list
from forum.storage.privacy_tables import PolicyKind
from forum.web.guards import member
from forum.web.request import Id, form_data, not_found, settings_of, viewer
from forum.web.signing_in import safe_next


async def policy_page(request: Request, kind: str, version: int | None) -> Template:
    """The page of one version of a policy (the one in force when ``version`` is None)."""
    try:
        policy = policies.check_kind(kind)
    except policies.PolicyError as exc:
        raise not_found("policy by that name") from exc
    if version is None:
        current = {d["kind"]: d for d in await policies.current_documents()}
        if policy.value not in current:
            raise not_found("policy in force yet")
        version = current[policy.value]["version"]
    doc = await policies.document(policy.value, version) if 0 < version < 2**31 else None
    if doc is None:
        raise not_found("version of that policy")
    previous = await policies.document(policy.value, version - 1) if version > 1 else None
    settings = settings_of(request)
    context: dict[str, Any] = {
        "doc": doc,
        "html": policies.render(doc["body"], settings),
        "versions": await policies.versions(policy.value),
        "changes": policies.changes(
            policies.fill(previous["body"], settings), policies.fill(doc["body"], settings)
        )
        if previous
        else [],
        "previous": previous,
    }
    if policy == PolicyKind.cookies:
        context["cookies"] = cookie_list(settings_of(request).session_days)
    return Template("privacy/policy.html", context=context)


@get("/policies", name="policies")
async def policy_index() -> Template:
    """Every policy document with all its versions and their effective dates."""
    documents = {kind.value: await policies.versions(kind.value) for kind in PolicyKind}
    return Template(
        "privacy/policies.html", context={"documents": documents, "titles": policies.TITLES}
    )


@get("/policies/{kind:str}", name="policy_current")
async def policy_current(request: Request, kind: FromPath[str]) -> Template:
    """The version of a policy in force now."""
    return await policy_page(request, kind, None)


@get("/policies/{kind:str}/{version:int}", name="policy_version")
async def policy_version(request: Request, kind: FromPath[str], version: Id) -> Template:
    """One version of a policy, at a URL that never changes."""
    return await policy_page(request, kind, version)


@get("/privacy", name="privacy")
async def privacy(request: Request) -> Template:
    """The privacy policy in force."""
    return await policy_page(request, PolicyKind.privacy.value, None)


@get("/cookies", name="cookies")
async def cookies(request: Request) -> Template:
    """The cookie page: every cookie the site sets, why, and for how long."""
    return await policy_page(request, PolicyKind.cookies.value, None)


@post("/policies/acknowledge", name="policy_acknowledge", guards=[member])
async def acknowledge(request: Request) -> Redirect:
    """A member has read the changes: stop showing the banner."""
    data = await form_data(request)
    account = viewer(request)
    assert account is not None
    await policies.acknowledge(account)
    return Redirect(safe_next(data.get("next")), status_code=303)


def _token(request: Request) -> str:
    token = request.query_params.get("token", "")
    if not token:
        raise ClientException("This unsubscribe link is incomplete: it carries no token.")
    return token


@get("/unsubscribe", name="unsubscribe_form")
async def unsubscribe_form(request: Request) -> Template:
    """Say which emails the link turns off, with one button (mail scanners only GET)."""
    try:
        _, kind = mailings.read_unsubscribe_token(_token(request))
    except BadToken as exc:
        raise ClientException(f"{exc} Nothing was changed.") from exc
    return Template(
        "privacy/unsubscribe.html",
        context={"kind": kind, "label": mailings.KINDS[kind], "token": _token(request)},
    )


@post("/unsubscribe", name="unsubscribe", exclude_from_csrf=True)
async def unsubscribe(request: Request) -> Template | Response:
    """Turn the emails off at once; also the RFC 8058 one-click POST from mail programs.

    No CSRF token: the signed token in the link is the authority, no cookie is involved.
    """
    try:
        _, kind = await mailings.unsubscribe(_token(request))
    except BadToken as exc:
        raise ClientException(f"{exc} Nothing was changed.") from exc
    return Template(
        "privacy/unsubscribe.html",
        context={"kind": kind, "label": mailings.KINDS[kind], "done": True},
    )
