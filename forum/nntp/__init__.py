"""The news server: the forum's news groups over NNTP (RFC 3977), posting through the policy.

``server`` accepts connections and enforces limits; a ``session`` holds one connection's
state and answers from the table it is handed (``commands``: the general commands, and the
``reading`` ones); ``submitting`` turns a posted article into a topic or reply; ``store``
reads the visible articles; ``articles`` turns a post into headers and a body.

May import: the kernel and the domain packages (storage, accounts, reading, desk, posting);
never ``forum.web``, ``forum.cli`` or ``forum.app``.
"""
