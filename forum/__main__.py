"""``python -m forum`` is the same as the ``forum`` command."""

from forum.cli.main import main

main()
