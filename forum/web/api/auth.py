"""API accounts: sign up and exchange credentials for a bearer token."""

from __future__ import annotations

from litestar import Request, post
from litestar.exceptions import (
    ClientException,
    NotAuthorizedException,
    TooManyRequestsException,
)
from litestar.params import JSONBody

from forum.accounts.login import LOGIN_FAILED, LoginThrottled, check_credentials
from forum.accounts.members import create_account
from forum.accounts.sessions import issue_api_token
from forum.errors import AccountError
from forum.web.api.schemas import LoginIn, SignupIn, TokenOut
from forum.web.request import client_ip, settings_of


@post("/api/auth/signup", status_code=201, tags=["accounts"])
async def api_signup(request: Request, data: JSONBody[SignupIn]) -> TokenOut:
    """Create an account (the terms must be accepted) and return a bearer token."""
    try:
        account = await create_account(
            data.username,
            data.email,
            data.password,
            accept_terms=data.accept_terms,
            password_profile=settings_of(request).password_profile,
        )
    except AccountError as exc:
        raise ClientException(str(exc), extra={"field": exc.field}) from exc
    return TokenOut(token=await issue_api_token(account.id, "signup"), username=account.username)


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
