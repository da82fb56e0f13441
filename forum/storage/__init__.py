"""Storage: where and how the forum's data is kept.

The Piccolo tables (``tables``), the database engine bound per process and its write
transactions (``db``), SQLite's connection pool and group commit (``sqlite_pool``,
``group_commit``), hot queries compiled once (``prepared``), online backups (``backup``),
and the Piccolo app with its ``migrations`` (``piccolo_app``, ``piccolo_conf``).

May import: the kernel (``forum.settings``, ``forum.page_cache`` …) and no other forum
package. Everything else builds on this.
"""
