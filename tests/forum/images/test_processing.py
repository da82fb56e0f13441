"""Processing an upload, without the web: sniffed, bounded, upright, re-encoded clean."""

from __future__ import annotations

import io
import time

import pytest
from PIL import Image

from forum.images.processing import ImageTooLarge, Limits, NotAnImage, process
from tests.forum.images.pictures import SERIAL, altered, photo_with_gps, png, png_bomb

LIMITS = Limits(max_bytes=8_000_000, max_pixels=50_000_000, max_side=12_000)


def test_a_photo_loses_its_location_and_serial_and_says_what_it_carried() -> None:
    upload = photo_with_gps()
    assert b"EOS R5" in upload and SERIAL.encode() in upload
    picture = process(upload, LIMITS)
    stored = Image.open(io.BytesIO(picture.data))
    assert picture.format == "jpeg" and not stored.getexif()
    assert b"EOS R5" not in picture.data and SERIAL.encode() not in picture.data
    assert b"Exif" not in picture.data and b"Canon" not in picture.thumbnail
    kinds = {item["type"]: item for item in picture.found}
    assert kinds["gps"]["text"] == "52.52000, 13.40500" and kinds["gps"]["warn"]
    assert kinds["serial"]["text"] == SERIAL
    assert (picture.width, picture.height) == (480, 640)  # orientation 6 applied


def test_the_format_comes_from_the_bytes_not_the_name() -> None:
    picture = process(png(), LIMITS)  # whatever the file was called
    assert picture.format == "png" and picture.data.startswith(b"\x89PNG")
    assert picture.found == []


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    started = time.perf_counter()
    with pytest.raises(ImageTooLarge):
        process(png_bomb(), LIMITS)
    with pytest.raises(ImageTooLarge, match="pixels"):
        process(png_bomb(8_000), LIMITS)  # under Pillow's own guard, over ours
    assert time.perf_counter() - started < 0.5


def test_text_and_truncated_images_are_refused() -> None:
    with pytest.raises(NotAnImage):
        process(b"<html><script>alert(1)</script></html>", LIMITS)
    with pytest.raises(NotAnImage):
        process(photo_with_gps()[:2000], LIMITS)
    with pytest.raises(ImageTooLarge):
        process(png(), Limits(max_bytes=100, max_pixels=10**9, max_side=10**5))


def test_a_polyglot_is_refused() -> None:
    page = b"<html><body><script>alert(document.cookie)</script></body></html>"
    with pytest.raises(NotAnImage, match="after the picture"):
        process(photo_with_gps() + page, LIMITS)
    with pytest.raises(NotAnImage, match="after the picture"):
        process(png() + b"PK\x03\x04" + b"\x00" * 200, LIMITS)  # a PNG that is also a zip


def test_a_slightly_altered_picture_hashes_close() -> None:
    from forum.images.hashing import distance

    original = process(photo_with_gps(), LIMITS)
    other = process(altered(photo_with_gps()), LIMITS)
    different = process(png((200, 300)), LIMITS)
    assert distance(original.phash, other.phash) <= 8
    assert distance(original.phash, different.phash) > 8
