"""Chat rooms over websockets: the same moderate(), then save, then publish.

See docs/chat-protocol.md for the wire format and README "Chat" for the settings.

May import: the forum's kernel, its domain packages and ``forum.web`` (the Origin check);
never ``forum.app``, ``forum.cli`` or ``forum.nntp`` (docs/architecture.md).
"""
