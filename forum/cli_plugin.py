"""The forum's own command groups, mounted on Litestar's CLI."""

from __future__ import annotations

from click import Group
from litestar.plugins import CLIPluginProtocol


class ForumCLIPlugin(CLIPluginProtocol):
    """Adds ``forum users`` and ``forum nntp`` next to Litestar's ``run``."""

    def on_cli_init(self, cli: Group) -> None:
        """Register our command groups."""
        from forum.commands.nntp import nntp_command
        from forum.commands.users import users_group

        cli.add_command(users_group)
        cli.add_command(nntp_command)
