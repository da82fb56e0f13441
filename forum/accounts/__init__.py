"""Accounts: who a member is and how they prove it.

The ``Account`` a request carries and the rules for creating one (``members``), password
hashing (``passwords``), server-side sessions and API tokens (``sessions``), checking
credentials under a rate limit, with known browsers counted apart (``login``), one-time
sign-in links (``links``), and each account's open live connections, so closing an account
closes them at once (``presence``).

May import: the kernel and ``forum.storage``.
"""
