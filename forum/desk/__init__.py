"""The desk: the content policy at work, and the staff's side of the forum.

The policy in force and what it decides for a text (``moderating``), review items
(``review``) and the queue that moderators work (``queue``), what they do to posts
(``actions``) and to members and topics (``sanctions``), members' reports (``reports``),
the append-only moderation log (``modlog``), notices to members (``notices``), admins'
role changes (``roles``), who may post in a space (``space_settings``), policy dry-runs
(``dry_run``), dashboard figures (``stats``) and private messages that were held or
reported (``message_review``: the queue's item, the verbs, never the text in the log).

May import: the kernel, ``forum.storage``, ``forum.accounts``, ``forum.mail`` and
``forum.reading``. Posting builds on the desk (it asks ``moderating.decide`` and hands held
posts to ``review.hold``), never the other way round.
"""
