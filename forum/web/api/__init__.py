"""The JSON API under /api/: thin handlers and their msgspec schemas."""
