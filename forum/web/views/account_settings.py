"""A member's own account: review and change details, choose emails, export, delete."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.exceptions import ClientException, PermissionDeniedException
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from forum.accounts.members import Account
from forum.accounts.sessions import SESSION_COOKIE
from forum.errors import AccountError
from forum.mail import mailings
from forum.mail.sender import MailError
from forum.mail.signing import BadToken
from forum.privacy import account_changes, erasure
from forum.privacy.export import export_account
from forum.storage.tables import Session, User
from forum.web.guards import member
from forum.web.request import form_data, settings_of, viewer

CHECKED = {"1", "on", "true", "yes"}


def site_url(request: Request) -> str:
    """The address mails should link to: FORUM_PUBLIC_URL, else the one this request used."""
    return settings_of(request).public_url or str(request.base_url).rstrip("/")


def _me(request: Request) -> Account:
    account = viewer(request)
    assert account is not None  # the member guard ran
    return account


async def _context(account: Account, **extra: Any) -> dict[str, Any]:
    profile = (
        await User.select(User.username, User.email, User.full_name, User.bio, User.created)
        .where(User.id == account.id)
        .first()
    )
    sessions = await Session.select(Session.created, Session.ip, Session.user_agent).where(
        Session.user == account.id
    )
    return {
        "profile": profile,
        "sessions": sessions,
        "choices": await mailings.preferences(account.id),
        "kinds": mailings.KINDS,
        "draft": {},
        **extra,
    }


@get("/account", name="account", guards=[member])
async def account_page(request: Request) -> Template:
    """Everything about the member's account on one page."""
    return Template("accounts/settings.html", context=await _context(_me(request)))


async def _problem(request: Request, exc: Exception, section: str, draft: dict) -> Template:
    context = await _context(_me(request), error=str(exc), section=section, draft=draft)
    return Template("accounts/settings.html", context=context, status_code=400)


@post("/account/profile", name="account_profile", guards=[member])
async def save_profile(request: Request) -> Template | Redirect:
    """Save the name and biography."""
    data = await form_data(request)
    try:
        await account_changes.update_profile(
            _me(request).id, data.get("full_name"), data.get("bio")
        )
    except AccountError as exc:
        return await _problem(request, exc, "profile", data)
    return Redirect("/account?saved=profile#profile", status_code=303)


@post("/account/email", name="account_email", guards=[member])
async def change_email(request: Request) -> Template | Redirect:
    """Send a confirmation link to the new address; the change waits for it."""
    data = await form_data(request)
    try:
        await account_changes.request_email_change(
            _me(request).id,
            data.get("email"),
            data.get("password"),
            settings_of(request).password_profile,
            site_url(request),
        )
    except AccountError as exc:
        return await _problem(request, exc, "email", {"email": data.get("email", "")})
    except MailError as exc:
        context = await _context(_me(request), error=str(exc), section="email")
        return Template("accounts/settings.html", context=context, status_code=503)
    return Redirect("/account?saved=email#email", status_code=303)


@get("/account/email/confirm", name="email_confirm_form")
async def confirm_email_form(token: FromQuery[str] = "") -> Template:
    """Show the address to confirm, with a button (link scanners only GET)."""
    try:
        _, email, _ = account_changes.read_email_token(token)
    except BadToken as exc:
        raise ClientException(f"{exc} Nothing was changed.") from exc
    return Template("accounts/email_confirm.html", context={"email": email, "token": token})


@post("/account/email/confirm", name="email_confirm")
async def confirm_email(request: Request) -> Template:
    """Use the new address from now on."""
    data = await form_data(request)
    try:
        email = await account_changes.confirm_email_change(data.get("token", ""))
    except (BadToken, AccountError) as exc:
        raise ClientException(f"{exc} Nothing was changed.") from exc
    return Template("accounts/email_confirm.html", context={"email": email, "done": True})


@post("/account/emails", name="account_emails", guards=[member])
async def save_email_choices(request: Request) -> Template | Redirect:
    """Store which emails the member wants (unchecked boxes mean no)."""
    data = await form_data(request)
    unknown = set(data) - set(mailings.KINDS) - {"_csrf_token"}
    bad = [k for k in mailings.KINDS if k in data and data[k].lower() not in CHECKED]
    if unknown or bad:
        problem = AccountError("The email choices could not be read; nothing was changed.")
        return await _problem(request, problem, "emails", {})
    await mailings.set_preferences(_me(request).id, {k: k in data for k in mailings.KINDS})
    return Redirect("/account?saved=emails#email-choices", status_code=303)


@get("/u/{username:str}/export", name="export", guards=[member])
async def export(request: Request, username: FromPath[str]) -> Response:
    """Download all of one's own data as JSON (nobody else's, whatever their role)."""
    account = _me(request)
    if username.lower() != account.username.lower():
        raise PermissionDeniedException("You can download only your own data.")
    filename = f"{account.username}-data.json"
    return Response(
        await export_account(account.id),
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


@get("/account/delete", name="delete_account_form", guards=[member])
async def delete_form(request: Request) -> Template:
    """Say plainly what deletion removes and what it keeps, before asking for the password."""
    kept, withdrawn, _ = await erasure.post_fates(_me(request).id)
    return Template(
        "accounts/delete.html", context={"kept": len(kept), "withdrawn": len(withdrawn)}
    )


@post("/account/delete", name="delete_account", guards=[member])
async def delete(request: Request, channels: NamedDependency[ChannelsPlugin]) -> Template:
    """Delete the account for good; every session and live connection ends at once."""
    data = await form_data(request)
    account = _me(request)
    try:
        if data.get("confirm") not in CHECKED:
            raise AccountError("Tick the box to confirm that you want to delete your account.")
        await account_changes.check_password(
            account.id, data.get("password"), settings_of(request).password_profile
        )
    except AccountError as exc:
        kept, withdrawn, _ = await erasure.post_fates(account.id)
        context = {"kept": len(kept), "withdrawn": len(withdrawn), "error": str(exc)}
        return Template("accounts/delete.html", context=context, status_code=400)
    result = await erasure.delete_account(account.id, channels)
    response = Template(
        "accounts/deleted.html",
        context={"kept": result.kept_posts, "withdrawn": result.withdrawn_posts},
    )
    response.delete_cookie(SESSION_COOKIE, path="/")
    request.scope["user"] = None  # the page is rendered for a visitor now
    return response
