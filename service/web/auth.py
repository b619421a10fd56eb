"""Who may write: the API bearer token, reviewer sign-in and CSRF tokens for forms.

- API writes: when ``TQC_API_TOKEN`` is set, every POST under ``/api/v1``
  needs ``Authorization: Bearer <token>``, compared in constant time
  (:func:`hmac.compare_digest`); otherwise 401 with ``WWW-Authenticate``.
- HTML forms cannot send that header, so a reviewer signs in once with the
  same token (``/login``); the session (a signed cookie, ``SameSite=Lax``,
  ``HttpOnly``) then remembers a digest of the token, so changing the token
  signs everyone out. Without a token, forms are open like the API.
- Every form carries a CSRF token bound to the session (synchronizer token:
  random, kept in the session, compared in constant time on POST).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from flask import current_app, request, session

from .errors import Forbidden, Unauthorized

CSRF_FIELD = "csrf_token"


def configured_token() -> str | None:
    return current_app.config.get("TQC_API_TOKEN") or None


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"),
                               expected.encode("utf-8", "surrogateescape"))


def require_token() -> None:
    """Raise :class:`Unauthorized` unless the request carries the API token (when one is set)."""
    token = configured_token()
    if not token:
        return
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if not header:
        raise Unauthorized("this server requires 'Authorization: Bearer <token>' for writes")
    if scheme.lower() != "bearer" or not _same(given.strip(), token):
        raise Unauthorized("the bearer token is missing or wrong")


def _token_digest(token: str) -> str:
    key = str(current_app.secret_key).encode()
    return hmac.new(key, token.encode("utf-8", "surrogateescape"), hashlib.sha256).hexdigest()


def sign_in(given: str) -> bool:
    """Remember in the session that the reviewer knows the token; False when wrong."""
    token = configured_token()
    if token is None or not _same(given, token):
        return False
    session.clear()  # a fresh session (and CSRF token) on privilege change
    session["reviewer"] = _token_digest(token)
    return True


def sign_out() -> None:
    session.clear()


def can_review() -> bool:
    token = configured_token()
    if token is None:
        return True
    return _same(session.get("reviewer", ""), _token_digest(token))


def csrf_token() -> str:
    """This session's CSRF token (created on first use)."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


def check_csrf() -> None:
    expected = session.get(CSRF_FIELD)
    given = request.form.get(CSRF_FIELD, "")
    if not expected or not given or not _same(given, expected):
        raise Forbidden("this form has expired or did not come from this site: "
                        "reload the page and try again")
