"""Who is asking, and may they: sessions from the cookie, roles, CSRF and login throttling."""

from __future__ import annotations

import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import HTTPException, Request

from volia.services import users as users_service
from volia.services.users import Role, Session

SESSION_COOKIE = "volia_session"
LOGIN_CSRF_COOKIE = "volia_login_csrf"


class LoginRequired(Exception):
    """No live session: the app answers with a redirect to /login."""


@dataclass
class Staff:
    """The signed-in user on this request, with the token their forms must carry."""

    session: Session
    csrf: str

    @property
    def user(self) -> users_service.User:
        return self.session.user

    def can(self, role: str) -> bool:
        return self.user.role.allows(Role(role))


def current(request: Request) -> Staff | None:
    if hasattr(request.state, "staff"):
        cached: Staff | None = request.state.staff
        return cached
    token = request.cookies.get(SESSION_COOKIE, "")
    session = users_service.load_session(request.app.state.db, token) if token else None
    staff = Staff(session, users_service.csrf_token(token)) if session else None
    request.state.staff = staff
    return staff


def require(role: Role) -> Callable[[Request], Awaitable[Staff]]:
    """A dependency: a live session with at least ``role``; a POST must carry the CSRF token.

    Every state-changing route is a POST, so checking the token here, for all of them at once,
    means a new route cannot forget it.
    """

    async def dependency(request: Request) -> Staff:
        staff = current(request)
        if staff is None:
            raise LoginRequired()
        if request.method not in ("GET", "HEAD"):
            form = await request.form()
            given = form.get("csrf") or request.headers.get("x-csrf-token")
            if not users_service.tokens_match(staff.csrf, given if isinstance(given, str)
                                              else None):
                raise HTTPException(403, "The form token is missing or stale: reload the page "
                                         "and try again.")
        if not staff.user.role.allows(role):
            raise HTTPException(403, f"This needs the {role} role.")
        return staff

    return dependency


def new_login_csrf() -> str:
    return secrets.token_urlsafe(24)


def client_ip(request: Request) -> str:
    # uvicorn already applies X-Forwarded-For from trusted proxies (127.0.0.1 by default).
    return request.client.host if request.client else "unknown"


def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


class LoginThrottle:
    """Failed logins per (IP, user name) and per IP in a sliding window, in this process.

    Per pair stops guessing one account; per IP stops spraying many accounts from one place.
    A success clears the pair, so a user who mistyped once is not kept waiting.
    """

    def __init__(self, per_user: int = 5, per_ip: int = 30, window: float = 300.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_user, self.per_ip, self.window, self.clock = per_user, per_ip, window, clock
        self._fails: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._ip_fails: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _trim(self, times: deque[float], now: float) -> None:
        while times and times[0] <= now - self.window:
            times.popleft()

    def retry_after(self, ip: str, name: str) -> int:
        """Seconds until another attempt is allowed (0: allowed now)."""
        now = self.clock()
        with self._lock:
            waits = []
            for times, limit in ((self._fails[(ip, name.lower())], self.per_user),
                                 (self._ip_fails[ip], self.per_ip)):
                self._trim(times, now)
                if len(times) >= limit:
                    waits.append(int(times[0] + self.window - now) + 1)
            return max(waits, default=0)

    def failed(self, ip: str, name: str) -> None:
        now = self.clock()
        with self._lock:
            self._fails[(ip, name.lower())].append(now)
            self._ip_fails[ip].append(now)

    def succeeded(self, ip: str, name: str) -> None:
        with self._lock:
            self._fails.pop((ip, name.lower()), None)
