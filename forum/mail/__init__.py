"""Mail: sending, and the member's say over what they are sent.

The sender, SMTP or a local outbox (``sender``), which mails a member gets, one-click
unsubscribe and ``notify()`` for other packages (``mailings``), and the signed tokens that
links in mails carry (``signing``).

May import: the kernel and ``forum.storage``.
"""
