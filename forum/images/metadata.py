"""What an upload carried besides its pixels: location, camera serials, camera and dates.

Read from the file's header (EXIF, XMP, comments) without decoding the pixels; everything
listed here is dropped by the re-encoding, and the list is what the author is told.
"""

from __future__ import annotations

from typing import Any

from PIL import ExifTags, Image

_SERIALS = {
    0xA431: "camera serial number",  # BodySerialNumber
    0xA435: "lens serial number",  # LensSerialNumber
    0xA430: "camera owner's name",  # CameraOwnerName
}
_CAMERA = {0x010F: "camera make", 0x0110: "camera model", 0x0131: "software"}
_DATES = {0x9003: "date and time taken", 0x0132: "date and time"}
_XMP_KEYS = ("xmp", "XML:com.adobe.xmp")


def _degrees(value: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    sign = -1 if str(ref).strip().upper() in ("S", "W") else 1
    return sign * (d + m / 60 + s / 3600)


def _location(gps: dict[int, Any]) -> str:
    lat = _degrees(gps.get(2), gps.get(1))
    lon = _degrees(gps.get(4), gps.get(3))
    if lat is None or lon is None:
        return "a GPS position"
    return f"{lat:.5f}, {lon:.5f}"


def _item(kind: str, label: str, text: str, warn: bool) -> dict[str, Any]:
    return {"type": kind, "label": label, "text": text[:120], "warn": warn}


def _exif_found(image: Image.Image) -> list[dict[str, Any]]:
    exif = image.getexif()
    if not exif:
        return []
    found = []
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if gps:
        found.append(_item("gps", "location (GPS)", _location(gps), True))
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    for tag, label in _SERIALS.items():
        if value := str(sub.get(tag, exif.get(tag, ""))).strip("\x00 "):
            found.append(_item("serial", label, value, True))
    for tag, label in {**_CAMERA, **_DATES}.items():
        if value := str(sub.get(tag, exif.get(tag, ""))).strip("\x00 "):
            found.append(_item("camera", label, value, False))
    return found


def _xmp_found(image: Image.Image) -> list[dict[str, Any]]:
    raw = next((image.info[k] for k in _XMP_KEYS if image.info.get(k)), None)
    if raw is None:
        return []
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    found = [_item("xmp", "XMP metadata", f"{len(text)} characters", False)]
    if "GPSLatitude" in text or "GPSLongitude" in text:
        found.append(_item("gps", "location (GPS, in XMP)", "a GPS position", True))
    if "SerialNumber" in text:
        found.append(_item("serial", "camera serial number (in XMP)", "a serial number", True))
    return found


def found_in(image: Image.Image) -> list[dict[str, Any]]:
    """Everything besides the pixels that the re-encoding removes, most telling first."""
    try:
        found = _exif_found(image)
    except (OSError, ValueError, SyntaxError):  # a mangled EXIF block: dropped all the same
        found = [_item("exif", "unreadable EXIF block", "", False)]
    found += _xmp_found(image)
    if comment := image.info.get("comment"):
        text = comment.decode("utf-8", "replace") if isinstance(comment, bytes) else str(comment)
        found.append(_item("comment", "comment", text, False))
    if image.info.get("icc_profile"):
        found.append(_item("icc", "colour profile", "", False))
    found.sort(key=lambda item: not item["warn"])
    return found


def telling(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items the author must see before publishing: a location or a serial number."""
    return [item for item in found if item["warn"]]
