"""API accounts: sign up (confirmed by mail) and exchange credentials for a bearer token."""

from __future__ import annotations

from litestar import Request, post
from litestar.exceptions import (
    ClientException,
    NotAuthorizedException,
    ServiceUnavailableException,
    TooManyRequestsException,
)
from litestar.params import JSONBody

from forum.accounts.login import LOGIN_FAILED, LoginThrottled, check_credentials
from forum.accounts.sessions import issue_api_token
from forum.errors import AccountError
from forum.mail.sender import MailError
from forum.privacy.signup import sign_up
from forum.web.api.schemas import LoginIn, SignupIn, SignupOut, TokenOut
from forum.web.request import client_ip, settings_of


@post("/api/auth/signup", status_code=202, tags=["accounts"])
async def api_signup(request: Request, data: JSONBody[SignupIn]) -> SignupOut:
    """Sign up (the terms must be accepted); the account opens from the link mailed to the
    address, then ``/api/auth/login`` gives a token. The answer never says whether the
    address already had an account (its owner is mailed instead)."""
    settings = settings_of(request)
    try:
        message = await sign_up(
            data.username,
            data.email,
            data.password,
            accept_terms=data.accept_terms,
            profile=settings.password_profile,
            site_url=settings.site_url,
        )
    except AccountError as exc:
        raise ClientException(str(exc), extra={"field": exc.field}) from exc
    except MailError as exc:
        raise ServiceUnavailableException(str(exc)) from exc
    return SignupOut(status="check_mail", detail=message)


@post("/api/auth/login", status_code=200, tags=["accounts"])
async def api_login(request: Request, data: JSONBody[LoginIn]) -> TokenOut:
    """Exchange a username and password for a bearer token."""
    try:
        account = await check_credentials(
            data.username, data.password, settings_of(request).password_profile, client_ip(request)
        )
    except LoginThrottled as exc:
        raise TooManyRequestsException(
            str(exc), headers={"Retry-After": str(max(1, round(exc.retry_after)))}
        ) from exc
    if account is None:
        raise NotAuthorizedException(LOGIN_FAILED)
    return TokenOut(token=await issue_api_token(account.id, "login"), username=account.username)
