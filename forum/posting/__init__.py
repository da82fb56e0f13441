"""Posting: a member's text on its way into a space.

validate (``checks``) → moderate (``drafts``, asking ``forum.desk.moderating``) → store
(``storing``) → publish after the commit (``publishing``), strung together for topics,
replies and messages by ``submitting``; edits and withdrawals (``editing``); the disclosure
warning shown in the composer (``disclosure``).
Forums, boards, news groups (over NNTP too) and chat rooms all post through here.

May import: the kernel, ``forum.storage``, ``forum.accounts``, ``forum.mail``,
``forum.reading`` and ``forum.desk``.
"""
