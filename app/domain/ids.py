"""Record ids that two desks cannot both invent.

A ULID-style id: 48 bits of milliseconds then 80 random bits, in Crockford base32 (26 characters). Ids sort by
creation time, and two databases creating records at the same millisecond collide with probability 2**-80.
"""

from __future__ import annotations

import os
import re
import time

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Ids made elsewhere (another tool, a hand-filled workbook) are accepted if they are short and plain.
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")


def new_id() -> str:
    # os.urandom is what secrets draws from; calling it directly spares loading OpenSSL's hashes at start-up.
    value = (int(time.time() * 1000) << 80) | int.from_bytes(os.urandom(10), "big")
    chars = []
    for _ in range(26):
        chars.append(_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def is_valid_id(text: str) -> bool:
    return bool(ID_PATTERN.match(text))
