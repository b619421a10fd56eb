"""Who may write: the API bearer token, reviewer sign-in and CSRF tokens for forms.

- API writes: when ``TQC_API_TOKEN`` is set, every POST under ``/api/v1``
  needs ``Authorization: Bearer <token>``, compared in constant time
  (:func:`hmac.compare_digest`); otherwise 401 with ``WWW-Authenticate``.
- HTML forms cannot send that header, so a reviewer signs in once with the
  same token (``/login``); the session (a signed cookie, ``SameSite=Lax``,
  ``HttpOnly``) then holds a session id kept in the database, which expires
  after ``TQC_SESSION_HOURS`` and which logout deletes (a copied cookie is
  worthless afterwards), and a digest of the token, so changing the token
  signs everyone out. Without a token, forms are open like the API.
- Wrong tokens and sign-ins are counted per client address: past
  ``TQC_AUTH_FAILURES`` in a minute the answer is 429 with ``Retry-After``,
  before any comparison, so guessing runs at a few tries a minute.
- Every form carries a CSRF token bound to the session (synchronizer token:
  random, kept in the session, compared in constant time on POST).
"""
from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
import time
from collections import deque
from datetime import datetime, timedelta, timezone

from flask import current_app, request, session

from ..store import db
from .context import get_db, runtime
from .errors import Forbidden, TooManyRequests, Unauthorized

#: the window over which failed attempts are counted
FAILURE_WINDOW_S = 60.0

CSRF_FIELD = "csrf_token"


def configured_token() -> str | None:
    return current_app.config.get("TQC_API_TOKEN") or None


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"),
                               expected.encode("utf-8", "surrogateescape"))


class Throttle:
    """Failed attempts per client address in a sliding window (one per process)."""

    def __init__(self, window: float = FAILURE_WINDOW_S):
        self.window = window
        self._failures: dict[str, deque] = {}
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque:
        times = self._failures.setdefault(address, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def check(self, address: str, limit: int) -> None:
        """Raise 429 while this address has used up its failures."""
        now = time.monotonic()
        with self._lock:
            times = self._recent(address, now)
            if len(times) >= limit:
                wait = math.ceil(times[0] + self.window - now)
                raise TooManyRequests(f"too many failed attempts from this address; try again "
                                      f"in {wait} s", max(1, wait))

    def fail(self, address: str) -> None:
        with self._lock:
            self._recent(address, time.monotonic()).append(time.monotonic())
            if len(self._failures) > 10_000:  # bounded memory under a spray of addresses
                self._failures = {a: t for a, t in self._failures.items() if t}


def _throttle() -> Throttle:
    return current_app.extensions.setdefault("tqc_throttle", Throttle())


def _client() -> str:
    return request.remote_addr or "unknown"


def check_attempts() -> None:
    """429 before any comparison when this address failed too often lately."""
    _throttle().check(_client(), runtime().config.auth_failures)


def failed_attempt() -> None:
    _throttle().fail(_client())


def require_token() -> None:
    """Raise :class:`Unauthorized` unless the request carries the API token (when one is set)."""
    token = configured_token()
    if not token:
        return
    check_attempts()
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if not header:
        raise Unauthorized("this server requires 'Authorization: Bearer <token>' for writes")
    if scheme.lower() != "bearer" or not _same(given.strip(), token):
        failed_attempt()
        raise Unauthorized("the bearer token is missing or wrong")


def _token_digest(token: str) -> str:
    key = str(current_app.secret_key).encode()
    return hmac.new(key, token.encode("utf-8", "surrogateescape"), hashlib.sha256).hexdigest()


def sign_in(given: str) -> bool:
    """Open a server-side session for a reviewer who knows the token; False when wrong."""
    token = configured_token()
    if token is None:
        return False
    check_attempts()
    if not _same(given, token):
        failed_attempt()
        return False
    session.clear()  # a fresh session (and CSRF token) on privilege change
    sid = secrets.token_urlsafe(32)
    now = datetime.now(timezone.utc)
    expires = now + timedelta(hours=runtime().config.session_hours)
    conn = get_db()
    with db.transaction(conn):
        conn.execute("DELETE FROM sessions WHERE expires < ?", (now.isoformat(),))
        conn.execute("INSERT INTO sessions (id, created, expires) VALUES (?, ?, ?)",
                     (sid, now.isoformat(timespec="seconds"), expires.isoformat()))
    session["reviewer"] = _token_digest(token)
    session["sid"] = sid
    return True


def sign_out() -> None:
    """End the session on the server too: the cookie is worthless from now on."""
    sid = session.get("sid")
    if sid:
        conn = get_db()
        with db.transaction(conn):
            conn.execute("DELETE FROM sessions WHERE id = ?", (sid,))
    session.clear()


def can_review() -> bool:
    token = configured_token()
    if token is None:
        return True
    if not _same(session.get("reviewer", ""), _token_digest(token)):
        return False
    sid = session.get("sid")
    if not sid:
        return False
    row = get_db().execute("SELECT expires FROM sessions WHERE id = ?", (sid,)).fetchone()
    return row is not None and row["expires"] > datetime.now(timezone.utc).isoformat()


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
