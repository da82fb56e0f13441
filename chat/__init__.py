"""Chat rooms over websockets: the same moderate(), then save, then publish.

See docs/chat-protocol.md for the wire format and README "Chat" for the settings.
"""
