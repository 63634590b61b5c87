"""Decrypt every page of an SQLCipher 4 register and every frame of its WAL, as an attacker with the key would.

SQLCipher 4 defaults with a raw key: the page key is the key itself; the HMAC key is
PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 rounds, 32 bytes); each page is AES-256-CBC with a 16-byte IV
and a 64-byte HMAC-SHA512 (over ciphertext, IV and the little-endian page number) in its last 80 bytes;
page 1 starts after the 16-byte salt. Each page's HMAC is checked, so a wrong decryption cannot pass
unnoticed as "no remnant found".
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV_LEN = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


class PageDecryptor:
    def __init__(self, key: bytes, salt: bytes) -> None:
        self.key = key
        self.salt = salt
        self.hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)

    def decrypt(self, page: bytes, page_no: int) -> bytes:
        start = 16 if page_no == 1 else 0
        ciphertext = page[start:PAGE - RESERVE]
        iv = page[PAGE - RESERVE:PAGE - RESERVE + IV_LEN]
        mac = page[PAGE - RESERVE + IV_LEN:PAGE]
        expected = hmac.new(self.hmac_key, ciphertext + iv + struct.pack("<I", page_no), hashlib.sha512).digest()
        if not hmac.compare_digest(mac, expected):
            raise ValueError(f"page {page_no}: HMAC mismatch (wrong key or not a page)")
        decryptor = Cipher(algorithms.AES(self.key), modes.CBC(iv)).decryptor()
        return decryptor.update(ciphertext) + decryptor.finalize()


def decrypted_pages(db_path: Path, key: bytes) -> list[bytes]:
    """Every page of the database file and every frame of its WAL, decrypted; all must verify."""
    data = Path(db_path).read_bytes()
    salt = data[:16]
    dec = PageDecryptor(key, salt)
    pages = [dec.decrypt(data[i:i + PAGE], i // PAGE + 1) for i in range(0, len(data), PAGE)]
    wal = Path(str(db_path) + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        offset = WAL_HEADER
        while offset + WAL_FRAME_HEADER + PAGE <= len(raw):
            page_no = struct.unpack(">I", raw[offset:offset + 4])[0]
            frame = raw[offset + WAL_FRAME_HEADER:offset + WAL_FRAME_HEADER + PAGE]
            pages.append(dec.decrypt(frame, page_no))
            offset += WAL_FRAME_HEADER + PAGE
    return pages


def side_files(db_path: Path) -> list[Path]:
    """The register file and whatever SQLite keeps beside it."""
    return [p for p in Path(db_path).parent.iterdir() if p.name.startswith(Path(db_path).name)]
