"""Piccolo configuration; ``DB`` is set by ``forum.storage.db.bind`` before any query runs."""

from piccolo.conf.apps import AppRegistry
from piccolo.engine.base import Engine

DB: Engine | None = None

APP_REGISTRY = AppRegistry(apps=["forum.storage.piccolo_app"])
