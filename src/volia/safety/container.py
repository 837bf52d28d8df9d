"""The backup file: a header line, then the payload compressed and, optionally, encrypted.

Layout: ``VOLIA-BACKUP\\n``, one line of JSON (the header), then frames. Each frame is a
4-byte big-endian length and that many bytes. Without a passphrase a frame is a zlib-compressed
chunk. With one, it is the chunk compressed and sealed with AES-256-GCM; the key comes from the
passphrase through scrypt (salt and cost in the header). Each frame's nonce is a random prefix
plus the frame number, and its associated data is the header, the frame number and a "last"
flag: frames cannot be reordered, dropped or appended, and a truncated file is detected.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"VOLIA-BACKUP\n"
VERSION = 1
CHUNK = 1 << 20
SCRYPT_N = 1 << 17  # 128 MiB of memory per guess: slow for whoever steals the file
SCRYPT_R, SCRYPT_P = 8, 1
# Limits on the cost read back from a header, which is only authenticated after the key is
# derived: a forged header must not make a restore allocate gigabytes or spin for hours.
MAX_SCRYPT_N, MAX_SCRYPT_R, MAX_SCRYPT_P = 1 << 20, 16, 4


class BackupError(Exception):
    """A backup that cannot be read: wrong passphrase, damaged, or not a Volia backup."""


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">QB", index, int(last))


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _lookahead(chunks: Iterable[bytes]) -> Iterator[tuple[bytes, bool]]:
    it = iter(chunks)
    previous = next(it, None)
    if previous is None:
        yield b"", True
        return
    for chunk in it:
        yield previous, False
        previous = chunk
    yield previous, True


def write(out: IO[bytes], header: dict[str, Any], chunks: Iterable[bytes],
          passphrase: str | None = None, *, scrypt_n: int = SCRYPT_N) -> None:
    header = {**header, "version": VERSION, "cipher": None}
    aead = prefix = None
    if passphrase is not None:
        salt, prefix = os.urandom(16), os.urandom(8)
        header["cipher"] = {"name": "aes-256-gcm", "kdf": "scrypt", "n": scrypt_n,
                            "r": SCRYPT_R, "p": SCRYPT_P,
                            "salt": base64.b64encode(salt).decode(),
                            "nonce_prefix": base64.b64encode(prefix).decode()}
        aead = AESGCM(_key(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P))
    line = json.dumps(header, sort_keys=True).encode("utf-8")
    out.write(MAGIC + line + b"\n")
    for index, (chunk, last) in enumerate(_lookahead(chunks)):
        frame = zlib.compress(chunk, 6)
        if aead is not None and prefix is not None:
            frame = aead.encrypt(_nonce(prefix, index), frame, _aad(line, index, last))
        out.write(struct.pack(">I", len(frame)) + frame)


def read_header(src: IO[bytes]) -> tuple[dict[str, Any], bytes]:
    if src.read(len(MAGIC)) != MAGIC:
        raise BackupError("not a Volia backup file")
    line = src.readline().rstrip(b"\n")
    try:
        header = json.loads(line)
    except ValueError as exc:
        raise BackupError("damaged backup header") from exc
    if header.get("version") != VERSION:
        raise BackupError(f"backup format version {header.get('version')} is not supported")
    return header, line


def read(src: IO[bytes], passphrase: str | None = None) -> tuple[dict[str, Any],
                                                                  Iterator[bytes]]:
    """The header, and the payload's chunks (decrypted and checked as they are read)."""
    header, line = read_header(src)
    cipher = header.get("cipher")
    aead = prefix = None
    if not cipher and passphrase is not None:
        # Asked for a sealed backup, given a plain one: someone may have swapped the file
        # (a plain backup carries no proof of who wrote it).
        raise BackupError("this backup is not encrypted, but a passphrase was given: "
                          "restore it without a passphrase only if you trust where it "
                          "came from")
    if cipher:
        if passphrase is None:
            raise BackupError("this backup is encrypted: give its passphrase")
        try:
            if cipher.get("name") != "aes-256-gcm" or cipher.get("kdf") != "scrypt":
                raise ValueError("unknown cipher")
            n, r, p = int(cipher["n"]), int(cipher["r"]), int(cipher["p"])
            salt = base64.b64decode(cipher["salt"])
            prefix = base64.b64decode(cipher["nonce_prefix"])
        except (KeyError, TypeError, ValueError) as exc:
            raise BackupError("damaged backup header") from exc
        if not (1 < n <= MAX_SCRYPT_N and 0 < r <= MAX_SCRYPT_R and 0 < p <= MAX_SCRYPT_P
                and len(prefix) == 8):
            raise BackupError("the backup header asks for a key derivation cost out of "
                              "bounds: damaged or forged")
        aead = AESGCM(_key(passphrase, salt, n, r, p))

    def frames() -> Iterator[bytes]:
        index, pending = 0, _frame(src)
        if pending is None:
            raise BackupError("the backup is truncated (no data)")
        while pending is not None:
            following = _frame(src)
            last = following is None
            data = pending
            if aead is not None and prefix is not None:
                try:
                    data = aead.decrypt(_nonce(prefix, index), data, _aad(line, index, last))
                except InvalidTag:
                    raise BackupError("wrong passphrase, or the backup was altered or "
                                      "truncated") from None
            try:
                yield zlib.decompress(data)
            except zlib.error as exc:
                raise BackupError("damaged backup data") from exc
            index, pending = index + 1, following

    return header, frames()


def _frame(src: IO[bytes]) -> bytes | None:
    size = src.read(4)
    if not size:
        return None
    if len(size) != 4:
        raise BackupError("the backup is truncated")
    (n,) = struct.unpack(">I", size)
    data = src.read(n)
    if len(data) != n:
        raise BackupError("the backup is truncated")
    return data
