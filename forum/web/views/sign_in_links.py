"""Links that arrive by mail: finishing a sign-up, and one-time sign-in links.

Each link opens a page with a button; only pressing it (a POST with the CSRF token) uses the
link, so mail scanners that open links do not use them up.
"""

from __future__ import annotations

from litestar import Request, get, post
from litestar.params import FromQuery
from litestar.response import Redirect, Template

from forum.accounts.links import link_is_fresh, use_link
from forum.errors import AccountError
from forum.mail.sender import MailError
from forum.mail.signing import BadToken
from forum.privacy.signup import confirm_signup, read_signup_token, send_sign_in_link
from forum.web.request import form_data, settings_of
from forum.web.signing_in import remember_device, sign_in

_STALE_LINK = "This sign-in link has been used or has expired; links work once, for a short while."


def _button_page(**context: object) -> Template:
    status = 400 if context.get("error") else 200
    return Template("accounts/press_button.html", context=context, status_code=status)


@get("/signup/confirm", name="signup_confirm_form")
async def signup_confirm_form(token: FromQuery[str] = "") -> Template:
    """The page a sign-up mail links to: one button opens the account."""
    heading = "Finish signing up"
    try:
        read_signup_token(token)
    except BadToken as exc:
        return _button_page(heading=heading, error=str(exc))
    message = "Press the button to open your account and sign in."
    return _button_page(
        heading=heading,
        message=message,
        action="/signup/confirm",
        token=token,
        button="Open my account",
    )


@post("/signup/confirm", name="signup_confirm")
async def signup_confirm(request: Request) -> Template | Redirect:
    """Open the account the link is for and sign in."""
    data = await form_data(request)
    try:
        account = await confirm_signup(data.get("token", ""))
    except BadToken as exc:
        return _button_page(heading="Finish signing up", error=str(exc))
    response = await sign_in(request, account, Redirect("/", status_code=303))
    return remember_device(request, account, response)


@get("/login/link", name="login_link_form")
async def login_link_form() -> Template:
    """Ask for a one-time sign-in link by mail."""
    return Template("accounts/login_link.html", context={})


@post("/login/link", name="login_link")
async def login_link(request: Request) -> Template:
    """Mail a sign-in link if the name matches an account; the same answer either way."""
    data = await form_data(request)
    try:
        sent = await send_sign_in_link(data.get("identifier", ""), settings_of(request).site_url)
    except AccountError as exc:
        return Template("accounts/login_link.html", context={"error": str(exc)}, status_code=400)
    except MailError as exc:
        return Template("accounts/login_link.html", context={"error": str(exc)}, status_code=503)
    return Template("accounts/login_link.html", context={"sent": sent})


@get("/login/link/use", name="login_link_use_form")
async def login_link_use_form(token: FromQuery[str] = "") -> Template:
    """The page a sign-in mail links to: one button signs in."""
    heading = "Sign in"
    if not await link_is_fresh(token):
        return _button_page(heading=heading, error=_STALE_LINK)
    message = "Press the button to sign in on this browser."
    return _button_page(
        heading=heading, message=message, action="/login/link/use", token=token, button="Sign in"
    )


@post("/login/link/use", name="login_link_use")
async def login_link_use(request: Request) -> Template | Redirect:
    """Use a sign-in link once: sign in, and remember this browser."""
    data = await form_data(request)
    account = await use_link(data.get("token", ""))
    if account is None:
        return _button_page(heading="Sign in", error=_STALE_LINK)
    response = await sign_in(request, account, Redirect("/account", status_code=303))
    return remember_device(request, account, response)
