"""The forum's own command groups, mounted on Litestar's CLI."""

from __future__ import annotations

from click import Group
from litestar.plugins import CLIPluginProtocol


class ForumCLIPlugin(CLIPluginProtocol):
    """Adds `users`, `moderation`, `nntp`, `privacy`, `policies`, `mail`, `db` and `spaces`."""

    def on_cli_init(self, cli: Group) -> None:
        """Register our command groups."""
        from forum.cli.database import db_group
        from forum.cli.dry_run import dry_run_command
        from forum.cli.nntp import nntp_command
        from forum.cli.privacy import mail_group, policies_group, privacy_group
        from forum.cli.spaces import spaces_group
        from forum.cli.users import users_group
        from moderation.cli import moderation_group

        # `scan` works on text alone (moderation/); `dry-run` reads the forum's posts.
        moderation_group.add_command(dry_run_command)
        cli.add_command(users_group)
        cli.add_command(moderation_group, "moderation")
        cli.add_command(nntp_command)
        for group in (privacy_group, policies_group, mail_group, db_group, spaces_group):
            cli.add_command(group)
        add_workers_option(cli)
        bound_run(cli)


def add_workers_option(cli: Group) -> None:
    """Let ``forum run --workers N`` mean Litestar's ``--wc``/``--web-concurrency N``.

    Litestar then starts ``uvicorn --workers N`` with our app factory; every worker runs the
    start-up (migrations, demo seeding) under ``bootstrap.startup_lock``, one at a time.
    """
    run = cli.commands.get("run")
    for param in run.params if run is not None else ():
        if param.name == "wc" and "--workers" not in param.opts:
            param.opts.append("--workers")


def bound_run(cli: Group) -> None:
    """Start ``forum run``'s server with a bounded request head and tell the app its address."""
    from forum.cli.serving import wrap_run

    run = cli.commands.get("run")
    if run is not None and run.callback is not None and not getattr(run.callback, "bounded", False):
        run.callback = wrap_run(run.callback)
