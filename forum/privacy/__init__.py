"""Privacy: the commitments about personal data, kept in code.

Per-person data for staff, every view logged (``personal_data``), a member's own changes,
export and erasure (``account_changes``, ``export``, ``erasure``), the request log and the
traffic figures made from it (``requestlog``, ``traffic``), the cookies the site sets
(``cookies``), the versioned policy documents (``policies``, texts in ``policy_texts/``), and
sign-up and sign-in links by mail that tell no one else whether an address has an account
(``signup``).

May import: the kernel, ``forum.storage``, ``forum.accounts``, ``forum.mail``,
``forum.reading`` and ``forum.desk``.
"""
