"""Sign-up, sign-in, sign-out and public profiles."""

from __future__ import annotations

from litestar import Request, get, post
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from forum.accounts.login import LOGIN_FAILED, LoginThrottled, check_credentials
from forum.errors import AccountError
from forum.mail.sender import MailError
from forum.notifying import blocking
from forum.privacy.signup import sign_up
from forum.reading import profiles
from forum.storage.tables import Role, User
from forum.web.request import client_ip, form_data, not_found, settings_of, viewer
from forum.web.signing_in import known_device, remember_device, safe_next, sign_in, sign_out


@get("/signup", name="signup_form")
async def signup_form(next: FromQuery[str | None] = None) -> Template:
    """The sign-up form with the terms to accept."""
    return Template("accounts/signup.html", context={"draft": {}, "next": safe_next(next)})


@post("/signup", name="signup")
async def signup(request: Request) -> Template:
    """Sign up, then "check your mail" whether or not the address has an account already;
    problems of the form itself re-show it (never the password)."""
    data = await form_data(request)
    draft = {"username": data.get("username", ""), "email": data.get("email", "")}
    target = safe_next(data.get("next"))
    settings = settings_of(request)
    try:
        message = await sign_up(
            data.get("username", ""),
            data.get("email", ""),
            data.get("password", ""),
            accept_terms=data.get("accept_terms") == "1",
            profile=settings.password_profile,
            site_url=settings.site_url,
        )
    except AccountError as exc:
        return Template(
            "accounts/signup.html",
            context={"draft": draft, "error": str(exc), "field": exc.field, "next": target},
            status_code=400,
        )
    except MailError as exc:
        context = {"draft": draft, "error": str(exc), "next": target}
        return Template("accounts/signup.html", context=context, status_code=503)
    context = {"heading": "Check your mail", "message": message}
    return Template("accounts/check_mail.html", context=context)


@get("/login", name="login_form")
async def login_form(next: FromQuery[str | None] = None) -> Template:
    """The sign-in form."""
    return Template("accounts/login.html", context={"draft": {}, "next": safe_next(next)})


@post("/login", name="login")
async def login(request: Request) -> Template | Redirect:
    """Sign in with a username and password; a fresh session id every time."""
    data = await form_data(request)
    target = safe_next(data.get("next"))
    try:
        account = await check_credentials(
            data.get("username", ""),
            data.get("password", ""),
            settings_of(request).password_profile,
            client_ip(request),
            known_device(request),
        )
    except LoginThrottled as exc:
        return Template(
            "accounts/login.html",
            context={
                "draft": {"username": data.get("username", "")},
                "error": str(exc),
                "throttled": True,
                "next": target,
            },
            status_code=429,
            headers={"Retry-After": str(max(1, round(exc.retry_after)))},
        )
    if account is None:
        return Template(
            "accounts/login.html",
            context={
                "draft": {"username": data.get("username", "")},
                "error": LOGIN_FAILED,
                "next": target,
            },
            status_code=400,
        )
    response = await sign_in(request, account, Redirect(target, status_code=303))
    return remember_device(request, account, response)


@post("/logout", name="logout")
async def logout(request: Request) -> Redirect:
    """Sign out: the session is revoked on the server, not just forgotten by the browser."""
    return await sign_out(request, Redirect("/", status_code=303))


@get("/u/{username:str}", name="profile")
async def profile(request: Request, username: FromPath[str]) -> Template:
    """A member's public profile: name, role, bio, posts. Never the email."""
    member = await profiles.public_profile(username)
    if member is None:
        raise not_found("member by that name")
    return await profile_page(request, member)


async def profile_page(
    request: Request, member: dict, error: str = "", status_code: int = 200
) -> Template:
    """Render a profile; admins also see the member's access and the form to change it."""
    me = viewer(request)
    context = {
        "member": member,
        "posts": await profiles.recent_posts_by(member["id"]),
        "me": me,
        "roles": [r.value for r in Role],
        "error": error,
    }
    if me is not None:
        context["blocking"] = member["id"] in await blocking.blocked_by(me.id)
    if me is not None and me.is_admin:
        row = await User.select(User.can_view_personal_data).where(User.id == member["id"]).first()
        context["personal_data"] = bool(row and row["can_view_personal_data"])
    return Template("accounts/profile.html", context=context, status_code=status_code)
