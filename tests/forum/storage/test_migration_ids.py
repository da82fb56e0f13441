"""Every migration has its own id: Piccolo records applied migrations by id, so a second
migration with an id already recorded would silently never run."""

from __future__ import annotations

import importlib
import pkgutil

from forum.storage import migrations


def test_migration_ids_are_unique() -> None:
    ids: dict[str, str] = {}
    for module in pkgutil.iter_modules(migrations.__path__):
        found = importlib.import_module(f"{migrations.__name__}.{module.name}").ID
        assert found not in ids, f"{module.name} reuses the id of {ids[found]}"
        ids[found] = module.name
    assert len(ids) >= 2
