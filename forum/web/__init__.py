"""The web edge: everything that speaks HTTP or serves a browser.

Middleware (``middleware``: sign-in and CSRF; ``proxy``, ``headers``, ``origins``), route
guards (``guards``), what handlers read from a request (``request``), signing in and out
with the session cookie and remembering known browsers (``signing_in``), templates and
cached pages (``templating``, ``pages``), error answers (``error_handlers``), work beside
the app (``background``), the moderators' live queue (``live_queue``), and the handlers
themselves: HTML pages in ``views/``, the JSON API in ``api/``, scripts and the stylesheet
in ``static/``.

May import: every domain package (storage, accounts, mail, reading, desk, posting,
privacy); never ``forum.app``, ``forum.cli``, ``forum.nntp`` or ``chat``. Handlers stay
thin: the rules live in the domain packages.
"""
