"""Where a picture's own bytes end, to refuse polyglots: a picture with another file behind it.

Re-encoding would drop whatever follows the picture anyway, but a file that is two things at
once (a JPEG and an HTML page, a PNG and a zip) is not an innocent upload: it is refused with a
sentence, and nothing is stored. Each format's end is found by walking its structure (chunks,
segments, blocks), never by searching for an end marker the payload could contain too.
"""

from __future__ import annotations

import struct

SLACK = 16  # some writers pad a few bytes after the end


def _png_end(data: bytes) -> int:
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        pos += 12 + length
        if kind == b"IEND":
            return pos
    return len(data)


def _jpeg_end(data: bytes) -> int:
    pos = 2  # after SOI
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return len(data)  # not where a marker must be: leave it to the decoder
        marker = data[pos + 1]
        if marker == 0xD9:
            return pos + 2
        if marker == 0xFF or 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 1 if marker == 0xFF else 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        pos += 2 + length
        if marker == 0xDA:  # scan data: runs to the next marker that is not stuffing or RSTn
            while pos + 1 < len(data):
                if data[pos] == 0xFF and data[pos + 1] not in (0x00, *range(0xD0, 0xD8)):
                    break
                pos += 1
    return len(data)


def _sub_blocks(data: bytes, pos: int) -> int:
    while pos < len(data) and data[pos] != 0:
        pos += data[pos] + 1
    return pos + 1


def _gif_end(data: bytes) -> int:
    pos = 13
    flags = data[10] if len(data) > 10 else 0
    if flags & 0x80:
        pos += 3 * (2 << (flags & 7))
    while pos < len(data):
        block = data[pos]
        if block == 0x3B:
            return pos + 1
        if block == 0x21:
            pos = _sub_blocks(data, pos + 2)
        elif block == 0x2C:
            local = data[pos + 9] if pos + 9 < len(data) else 0
            pos += 10 + (3 * (2 << (local & 7)) if local & 0x80 else 0)
            pos = _sub_blocks(data, pos + 1)  # after the LZW minimum code size
        else:
            return len(data)
    return len(data)


def _webp_end(data: bytes) -> int:
    (size,) = struct.unpack("<I", data[4:8])
    return 8 + size + (size & 1)


ENDS = {"png": _png_end, "jpeg": _jpeg_end, "gif": _gif_end, "webp": _webp_end}


def extra_bytes(data: bytes, fmt: str) -> int:
    """How many bytes follow the end of the picture (0 for a clean file)."""
    try:
        end = ENDS[fmt](data)
    except (struct.error, IndexError):  # a broken structure: the decoder will say so
        return 0
    extra = len(data) - end
    return extra if extra > SLACK else 0
