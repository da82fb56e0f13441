"""Pictures for the image tests, made by Pillow: a photo with GPS and a camera serial, plain
PNGs, a decompression bomb's header, and the same picture slightly altered."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import ExifTags, Image, ImageDraw, ImageOps

SERIAL = "SN-4242-XYZ"


def scene(size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A picture with shapes (a flat colour would hash like any other flat colour)."""
    image = Image.new("RGB", size, (30, 90, 160))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w // 8, h // 8, w // 2, h // 2), fill=(240, 200, 40))
    draw.rectangle((w // 2, h // 2, w - w // 10, h - h // 10), fill=(200, 30, 60))
    draw.line((0, h, w, 0), fill=(255, 255, 255), width=max(2, w // 60))
    return image


def photo_with_gps(size: tuple[int, int] = (640, 480), serial: str = SERIAL) -> bytes:
    """A JPEG whose EXIF carries a GPS position, a camera serial and the camera's name."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "EOS R5"
    exif[ExifTags.Base.Orientation] = 6  # taken sideways: must be turned upright
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps.update({1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 18.0)})
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.BodySerialNumber] = serial
    out = io.BytesIO()
    scene(size).save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


def png(size: tuple[int, int] = (300, 200)) -> bytes:
    """A plain PNG."""
    out = io.BytesIO()
    scene(size).save(out, "PNG")
    return out.getvalue()


def altered(data: bytes) -> bytes:
    """The same picture resized and recompressed (what a re-uploader would do)."""
    image = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB")
    image = image.resize((image.width * 3 // 4, image.height * 3 // 4))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=60)
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def png_bomb(side: int = 100_000) -> bytes:
    """A tiny PNG whose header declares side by side pixels (a decompression bomb)."""
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    data = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )
