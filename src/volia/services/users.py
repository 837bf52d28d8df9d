"""Staff users: accounts, roles, passwords (argon2id) and login sessions.

A user is a ledger like the rest of the registry: ``users`` names the account once and
``user_events`` says what changed (created, password, role, disabled, enabled); the newest
event of each kind is in force. Sessions live server-side: the browser holds a random token,
the database only its SHA-256, so a stolen database does not yield live sessions.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import (
    Connection,
    insert,
    select,
    update,
)

from volia.domain.model import new_id
from volia.store import audit
from volia.store.tables import user_events, user_sessions, users
from volia.store.unit import Database, utcnow


class Role(StrEnum):
    VIEWER = "viewer"
    REVIEWER = "reviewer"
    EDITOR = "editor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def allows(self, needed: Role) -> bool:
        """Roles are nested: each one may do everything the ones below it may."""
        return self.rank >= needed.rank


# argon2id with the library's RFC 9106 "low memory" profile: strong, and fast enough that a
# login does not stall the server (about 50 ms here).
_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong name costs the same time as a
# wrong password and names cannot be discovered by timing.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
MIN_PASSWORD = 10
SESSION_LIFETIME = timedelta(hours=8)  # absolute: a stolen cookie dies within a working day
SESSION_IDLE = timedelta(minutes=30)
_SEEN_EVERY = timedelta(minutes=1)  # write seen_at at most this often


@dataclass(frozen=True)
class User:
    id: str
    name: str
    role: Role
    active: bool
    password_hash: str = ""
    created_at: datetime | None = None

    @property
    def actor(self) -> str:
        """How the user appears in ledgers and the audit log."""
        return f"user:{self.name}"


@dataclass(frozen=True)
class Session:
    token: str  # the secret the browser holds; never stored
    user: User
    expires_at: datetime


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")


def _token_id(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _load(conn: Connection, where: object) -> User | None:
    row = conn.execute(select(users).where(where)).first()  # type: ignore[arg-type]
    if row is None:
        return None
    role, pw, active = Role.VIEWER, "", True
    for ev in conn.execute(select(user_events).where(user_events.c.user_id == row.id)
                           .order_by(user_events.c.seq)):
        if ev.role:
            role = Role(ev.role)
        if ev.password_hash:
            pw = ev.password_hash
        if ev.action in ("disable", "enable"):
            active = ev.action == "enable"
    return User(row.id, row.name, role, active, pw, row.recorded_at)


def get_user(conn: Connection, name: str) -> User | None:
    return _load(conn, users.c.name == name)


def get_user_by_id(conn: Connection, user_id: str) -> User | None:
    return _load(conn, users.c.id == user_id)


def list_users(db: Database) -> list[User]:
    with db.read() as conn:
        ids = conn.execute(select(users.c.id).order_by(users.c.name)).scalars().all()
        return [u for u in (get_user_by_id(conn, i) for i in ids) if u is not None]


def add_user(db: Database, name: str, role: Role, password: str, *, actor: str | None = None,
             reason: str | None = None) -> User:
    if not NAME_RE.match(name):
        raise ValueError("a user name is 1-100 letters, digits or . _ @ - and starts with a "
                         "letter or digit")
    check_password_strength(password)
    digest = _hasher.hash(password)
    with db.write(actor, reason) as unit:
        if get_user(unit.conn, name) is not None:
            raise ValueError(f"user {name!r} already exists")
        uid = new_id()
        unit.conn.execute(insert(users).values(id=uid, name=name, recorded_at=unit.now,
                                               recorded_by=unit.actor))
        _event(unit.conn, uid, "create", unit.now, unit.actor, reason, role=role,
               password_hash=digest)
        audit.record(unit, "user.add", entity="user", entity_id=name,
                     detail={"role": str(role)})
        return User(uid, name, role, True, digest, unit.now)


def _event(conn: Connection, uid: str, action: str, now: datetime, actor: str,
           reason: str | None, *, role: Role | None = None,
           password_hash: str | None = None) -> None:
    conn.execute(insert(user_events).values(
        user_id=uid, action=action, role=str(role) if role else None,
        password_hash=password_hash, reason=reason, recorded_at=now, recorded_by=actor))


def change_user(db: Database, name: str, *, actor: str | None = None, reason: str | None = None,
                role: Role | None = None, password: str | None = None,
                active: bool | None = None) -> User:
    """Record a change of role, password or status; sessions end when access shrinks."""
    if password is not None:
        check_password_strength(password)
    with db.write(actor, reason) as unit:
        user = get_user(unit.conn, name)
        if user is None:
            raise LookupError(f"no user {name!r}")
        if role is not None:
            _event(unit.conn, user.id, "role", unit.now, unit.actor, reason, role=role)
        if password is not None:
            _event(unit.conn, user.id, "password", unit.now, unit.actor, reason,
                   password_hash=_hasher.hash(password))
        if active is not None:
            _event(unit.conn, user.id, "enable" if active else "disable", unit.now,
                   unit.actor, reason)
        changed = sorted(k for k, v in (("role", role), ("password", password),
                                        ("active", active)) if v is not None)
        audit.record(unit, "user.change", entity="user", entity_id=name,
                     detail={"changed": changed, **({"role": str(role)} if role else {})})
        if password is not None or active is False or role is not None:
            _end_all(unit.conn, user.id, unit.now)
        found = get_user(unit.conn, name)
        assert found is not None
        return found


def authenticate(db: Database, name: str, password: str) -> User | None:
    """The user if the password is right and the account active; None otherwise."""
    with db.read() as conn:
        user = get_user(conn, name)
    digest = user.password_hash if user and user.password_hash else _DUMMY_HASH
    try:
        _hasher.verify(digest, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(digest):
        # Parameters were raised since this hash was made: store a fresh one.
        change_user(db, user.name, actor=user.actor, reason="password rehash",
                    password=password)
    return user


def record_login(db: Database, name: str, ok: bool, *, ip: str | None = None,
                 why: str | None = None) -> None:
    """Audit a login attempt, through the safety module's service when it has one."""
    try:
        from volia.safety.logins import record_login as safety_record_login
    except ImportError:  # the safety module is optional in a trimmed build
        pass
    else:
        safety_record_login(db, name, ok, address=ip)
        return
    with db.write(f"user:{name}" if ok else "anonymous") as unit:
        audit.record(unit, "login" if ok else "login.failed", entity="user", entity_id=name,
                     detail={"ip": ip, **({"why": why} if why else {})})


def start_session(db: Database, user: User, *, ip: str | None = None) -> Session:
    token = secrets.token_urlsafe(32)
    now = utcnow()
    expires = now + SESSION_LIFETIME
    with db.write(user.actor) as unit:
        unit.conn.execute(insert(user_sessions).values(
            id=_token_id(token), user_id=user.id, created_at=now, seen_at=now,
            expires_at=expires, ended_at=None, ip=ip))
    return Session(token, user, expires)


def load_session(db: Database, token: str) -> Session | None:
    """The live session for a cookie's token, or None (unknown, ended, expired, idle)."""
    if not token or len(token) > 100:
        return None
    now = utcnow()
    sid = _token_id(token)
    with db.read() as conn:
        row = conn.execute(select(user_sessions).where(user_sessions.c.id == sid)).first()
        if row is None or row.ended_at is not None or row.expires_at <= now \
                or row.seen_at + SESSION_IDLE <= now:
            return None
        user = get_user_by_id(conn, row.user_id)
    if user is None or not user.active:
        return None
    if now - row.seen_at >= _SEEN_EVERY:
        with db.engine.begin() as conn:
            conn.execute(update(user_sessions).where(user_sessions.c.id == sid)
                         .values(seen_at=now))
    return Session(token, user, row.expires_at)


def end_session(db: Database, token: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(update(user_sessions).where(user_sessions.c.id == _token_id(token))
                     .values(ended_at=utcnow()))


def _end_all(conn: Connection, user_id: str, now: datetime) -> None:
    conn.execute(update(user_sessions).where(
        (user_sessions.c.user_id == user_id) & user_sessions.c.ended_at.is_(None))
        .values(ended_at=now))


def csrf_token(session_token: str) -> str:
    """The form token of a session: derived from its secret, so nothing more is stored."""
    return hashlib.sha256(b"volia-csrf\0" + session_token.encode()).hexdigest()


def tokens_match(expected: str, given: str | None) -> bool:
    # As bytes: compare_digest refuses non-ASCII text with a TypeError (a 500, not a 403).
    return bool(given) and secrets.compare_digest(expected.encode(), (given or "").encode())


def audit_logout(db: Database, user: User) -> None:
    with db.write(user.actor) as unit:
        audit.record(unit, "logout", entity="user", entity_id=user.name)
