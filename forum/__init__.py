"""The forum web app: one package per domain, assembled in ``forum.app``.

The map, in layers; a module may import from its own package and from lower layers only
(docs/architecture.md tells the whole of it; tests/test_architecture.py enforces it):

0. the kernel, modules at this level: ``settings``, ``errors`` (the errors a person
   reads), ``events`` (channel names, publishing after commit), ``limits`` (rate limits),
   ``page_cache``, ``rendering`` (Markdown to safe HTML), ``metrics``;
1. ``storage``: tables, the database, migrations;
2. ``accounts`` (members, passwords, sessions, sign-in) and ``mail`` (sending, mailings);
3. ``reading``: what a viewer may see;
4. ``desk``: the content policy at work, the review queue, moderators' actions, the log;
5. ``posting`` (validate → moderate → store → publish) and ``privacy`` (personal data,
   export, erasure, the request log, cookies, policy documents);
6. the edges: ``web`` (pages, the JSON API, middleware) and ``nntp`` (news readers);
7. ``cli`` (the ``forum`` command, start-up) and the top-level ``chat`` package;
8. ``app``, which builds the Litestar app from all of them.
"""
