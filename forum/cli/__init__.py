"""Running the forum: the ``forum`` command and what happens at start-up.

The entry point (``main``), the command groups mounted on Litestar's CLI (``plugin``;
``users``, ``database``, ``dry_run``, ``nntp``, ``privacy``, ``spaces``), how ``forum run``
starts its server (``serving``: bounded request heads, the address for links), start-up:
migrate under a lock, refuse non-durable databases (``bootstrap``), and the demo community
(``demo``).

May import: every domain package and ``forum.nntp``; never ``forum.app`` or ``forum.web``.
"""
