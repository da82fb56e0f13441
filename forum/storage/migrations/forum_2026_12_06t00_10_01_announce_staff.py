"""The announcements group the demo seeds, "news from the people running the site", takes
posts from staff only (a migration of its own: Piccolo runs raw steps before added columns)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-12-06T00:10:01:000000"
VERSION = "1.38.0"
DESCRIPTION = "community.announce: staff only"


async def _announcements_for_staff() -> None:
    from forum.storage.tables import Space

    await Space.update({Space.who_starts: "staff", Space.who_replies: "staff"}).where(
        Space.slug == "community.announce"
    )


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="forum", description=DESCRIPTION)
    manager.add_raw(_announcements_for_staff)
    return manager
