"""Reading: what a viewer may see of spaces, topics, posts and members.

The read side with a vocabulary (``queries``: ``topic_list``, ``topic_posts``,
``post_by_id``, ``can_see_post`` …), Atom feeds of visible content (``feeds``) and full-text
search (``search``, ``search_input``, ``search_sql``). Nothing here writes.

May import: the kernel, ``forum.storage`` and ``forum.accounts``.
"""
