"""Security review findings on redaction and backups (each test failed before its fix)."""

from __future__ import annotations

import io
import json
import os
import stat

import pytest

from volia.domain.dates import PartialDate
from volia.domain.model import EventDetails, EventType, ReleaseReason, Visibility
from volia.publish.redact import redact
from volia.safety import container
from volia.safety.backup import BackupError, backup, restore
from volia.services import registry
from volia.store.db import make_engine
from volia.store.unit import Database

from .helpers import AS_OF, OK, batch, person

FAST_KDF = 1 << 14


def _deported(db, pid: str, group: str, country: str, visibility: Visibility) -> None:
    with db.write("tester") as unit:
        for kind, details in ((EventType.RELEASED, EventDetails(reason=ReleaseReason.DEAL)),
                              (EventType.DEPORTED, EventDetails(destination_country=country))):
            registry.record_event(unit, type=kind, person_id=pid,
                                  date=PartialDate.parse("2025-12-13"), verification=OK,
                                  visibility=visibility, group_id=group, details=details)


def test_batch_destinations_come_from_public_records_only(db):
    """A restricted deportation (staff only) must not surface as a batch's destination."""
    shown, hidden = person(db, "Ales Shown"), person(db, "Hanna Hidden")
    _deported(db, shown, "g1", "LT", Visibility.PUBLIC)
    _deported(db, hidden, "g1", "UA", Visibility.RESTRICTED)
    batch(db, "g1", 10)
    view = redact(db, as_of=AS_OF)
    (release,) = view.releases
    assert release.destinations == ("LT",)
    assert view.figures.imprisoned == 0  # the restricted release still counts


def _encrypted_and_plain(db, tmp_path):
    person(db, "Ivan Backup")
    sealed, plain = tmp_path / "sealed.backup", tmp_path / "plain.backup"
    backup(db, sealed, "the right passphrase", scrypt_n=FAST_KDF)
    backup(db, plain)
    return sealed, plain


def test_restore_with_a_passphrase_refuses_an_unencrypted_file(db, tmp_path):
    """Whoever can replace the sealed backup with a forged plain one must not get it
    restored silently by an operator who gave the passphrase (a downgrade)."""
    _, plain = _encrypted_and_plain(db, tmp_path)
    with open(plain, "rb") as fh, pytest.raises(BackupError, match="not encrypted"):
        _, chunks = container.read(fh, "the right passphrase")
        list(chunks)


def test_backup_file_is_private_to_its_owner(db, tmp_path):
    old = os.umask(0o022)
    try:
        sealed, plain = _encrypted_and_plain(db, tmp_path)
    finally:
        os.umask(old)
    for path in (sealed, plain):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_key_derivation_cost_from_the_header_is_bounded(db, tmp_path):
    """The scrypt cost is read from the (not yet authenticated) header: a forged file must
    not make a restore allocate gigabytes before the passphrase is even checked."""
    sealed, _ = _encrypted_and_plain(db, tmp_path)
    raw = sealed.read_bytes()
    start = len(container.MAGIC)
    end = raw.index(b"\n", start)
    header = json.loads(raw[start:end])
    header["cipher"]["n"] = 1 << 30
    forged = container.MAGIC + json.dumps(header, sort_keys=True).encode() + raw[end:]
    with pytest.raises(BackupError, match="cost"):
        container.read(io.BytesIO(forged), "the right passphrase")
    # and the real file still restores
    empty = Database(make_engine(f"sqlite:///{tmp_path / 'restored.db'}"))
    try:
        restore(empty, sealed, "the right passphrase")
    finally:
        empty.dispose()
