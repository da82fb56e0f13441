"""Messaging: private conversations between members, through the same policy as posts.

``checks`` (recipients, blocks, how many conversations a new account may open),
``sending`` (validate → moderate on the ``private`` surface → store → publish after commit),
``reading`` (what a participant sees: everyone else gets a 404, staff included),
``reporting`` (a participant reports one message; staff read it, and its pictures, only through
logged views), ``pictures`` (a message's pictures: for its participants only, the ``message``
rule of ``forum.images.visibility``) and ``privacy`` (a member's conversations in the export,
their messages blanked on erasure).

May import: the kernel, ``forum.storage``, ``forum.accounts``, ``forum.notifying``,
``forum.desk``, ``forum.images``, ``forum.posting`` (its checks and pictures) and
``forum.privacy`` (the access log, the export and erasure registries). Only ``forum.web`` and
the app import it.
"""
