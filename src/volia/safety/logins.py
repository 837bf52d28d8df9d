"""Audit entries for sign-ins: the staff console calls :func:`record_login` on every attempt."""

from __future__ import annotations

from volia.store import audit
from volia.store.unit import Database

LOGIN_OK = "login"
LOGIN_FAILED = "login.failed"


def record_login(db: Database, user: str, ok: bool, *, address: str | None = None) -> None:
    """Record a sign-in attempt. A failed attempt is recorded under the name that was tried
    (it may not be a real account: that is worth seeing in the log too)."""
    # The actor is the name typed only when it could be an account name: account names have
    # no ":" or space, so a typed "user:admin" or "volia serve" cannot pass for the actor of
    # staff or system entries. The text tried is kept as the entry's entity id either way.
    from volia.services.users import NAME_RE

    actor = user if user and NAME_RE.match(user) else "unknown"
    with db.write(actor, "login") as unit:
        audit.record(unit, LOGIN_OK if ok else LOGIN_FAILED, entity="user", entity_id=user,
                     detail={"ok": ok, **({"address": address} if address else {})})
