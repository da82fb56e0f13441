"""Images: pictures attached to posts (and, through the same ``attach``, to other targets).

An upload is sniffed from its bytes, refused before decoding when it is too big or claims too
many pixels, decoded, turned upright and re-encoded without any metadata (``processing``,
what it carried: ``metadata``); its perceptual hash (``hashing``) is checked against the
hashes of removed images; the file is stored by its sha256 under the data directory
(``files``), a row is staged for its owner (``intake``, within the ``quotas``) and attached to a
post in the post's own transaction (``attaching``). Who may see an image is who may see its
target (``visibility``); whether a member's images wait for review is the policy's
``images`` category (``holding``).

May import: the kernel, ``forum.storage``, ``forum.accounts``, ``forum.mail``,
``forum.reading``, ``forum.notifying`` and ``forum.desk``. Posting (and private messages)
build on images, never the other way round.
"""
