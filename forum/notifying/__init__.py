"""Notifying: what a member hears of, and what they keep for themselves to hear less.

``mentions`` (``@name`` found and linked), ``watching`` (watch or mute a topic or space,
read positions and unread counts), ``blocking`` (members one does not want to hear from),
``recipients`` (who hears of new posts: replies, mentions), ``watchers`` (the watchers'
notes of a batch, and which of them get a new row), ``fanout`` (after a post is published:
written in batches off the posting path, then sent live and by mail), ``inbox`` (the one
list a member reads, and their unread count), ``mailing`` (at once or the daily digest) and
``private`` (a private message's participants, told in their inbox and live).

May import: the kernel, ``forum.storage``, ``forum.accounts``, ``forum.mail`` and
``forum.reading``. The desk (moderators' notices, approving a held post) and posting call
into it, never the other way round.
"""
