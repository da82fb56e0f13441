"""Hot queries built and compiled once, then run with new values.

Building a Piccolo select with joins and compiling it to SQL costs 0.2-0.5 ms of CPU — more
than SQLite takes to run it — and the session look-up runs on every signed-in request. A
``Prepared`` query is built once per database kind with stand-in values, compiled, and from
then on only its argument list is filled in. Only for plain selects whose parameters are
compared as they are (no value conversion by Piccolo); the result rows are the same dicts
Piccolo's own ``select()`` returns.

A ``PreparedInsert`` does the same for the rows every post writes (the post, its topic, the
request log): Piccolo builds a table object per row and converts every column's value through
its query builder, about 0.3 ms of CPU for a post's row. The statement is written once per
database kind and row count; values are converted as Piccolo converts them (JSON columns
dumped with Piccolo's own encoder, enums by value; dates by the database driver's adapter).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from piccolo.columns import JSON, JSONB, Column
from piccolo.querystring import QueryString
from piccolo.table import Table
from piccolo.utils.encoding import dump_json

from forum.storage import db


class _StandIn:
    """A parameter's place in the compiled argument list."""

    def __init__(self, index: int) -> None:
        self.index = index


class _Compiled(QueryString):
    """A QueryString whose SQL is already compiled."""

    def __init__(self, sql: str, args: list[Any], query_type: str = "select") -> None:
        super().__init__("")
        self._sql, self._args = sql, args
        self.query_type = query_type

    def compile_string(self, engine_type: str = "postgres") -> tuple[str, list[Any]]:
        """The SQL and its arguments, as compiled once."""
        return self._sql, self._args

    def __str__(self) -> str:
        return self._sql


class Prepared:
    """A select built by ``build(*params)`` once per database kind; run with ``rows(*values)``."""

    def __init__(self, build: Callable[..., Any]) -> None:
        self._build = build
        self._compiled: dict[str, tuple[str, list[Any]]] = {}

    def _compile(self, engine_type: str, count: int) -> tuple[str, list[Any]]:
        found = self._compiled.get(engine_type)
        if found is None:
            query = self._build(*(_StandIn(i) for i in range(count)))
            sql, args = query.querystrings[0].compile_string(engine_type=engine_type)
            if sum(isinstance(a, _StandIn) for a in args) != count:
                raise TypeError("every parameter must reach the SQL unchanged")
            found = self._compiled[engine_type] = (sql, args)
        return found

    async def rows(self, *values: Any) -> list[dict[str, Any]]:
        """Run the query with these values in place of the parameters."""
        engine = db.engine()
        sql, template = self._compile(engine.engine_type, len(values))
        args = [values[a.index] if isinstance(a, _StandIn) else a for a in template]
        result = await engine.run_querystring(_Compiled(sql, args))
        return [row if isinstance(row, dict) else dict(row) for row in result]

    async def first(self, *values: Any) -> dict[str, Any] | None:
        """The first row, or None (the query should say ``.limit(1)``)."""
        found = await self.rows(*values)
        return found[0] if found else None


class PreparedInsert:
    """``INSERT INTO table (columns) VALUES … RETURNING id``, written once per database kind
    and number of rows; ``ids(*rows)`` inserts rows (tuples in the columns' order)."""

    CHUNK = 200
    """Rows per statement (SQLite allows 32,766 parameters, PostgreSQL 32,767)."""

    def __init__(self, table: type[Table], *columns: Column) -> None:
        self._table = table._meta.tablename
        self._names = ", ".join(f'"{column._meta.db_column_name}"' for column in columns)
        self._json = [isinstance(column, (JSON, JSONB)) for column in columns]
        self._sql: dict[tuple[str, int], str] = {}

    def _statement(self, engine_type: str, count: int) -> str:
        found = self._sql.get((engine_type, count))
        if found is None:
            width = len(self._json)
            if engine_type == "postgres":
                marks = (f"${n * width + i + 1}" for n in range(count) for i in range(width))
            else:
                marks = ("?" for _ in range(count * width))
            slots = list(marks)
            values = ", ".join(
                "(" + ", ".join(slots[n * width : (n + 1) * width]) + ")" for n in range(count)
            )
            found = f'INSERT INTO "{self._table}" ({self._names}) VALUES {values} RETURNING "id"'
            self._sql[(engine_type, count)] = found
        return found

    def _value(self, value: Any, is_json: bool) -> Any:
        if isinstance(value, Enum):
            return value.value
        if is_json and value is not None and not isinstance(value, str):
            return dump_json(value)
        return value

    async def ids(self, *rows: Sequence[Any]) -> list[int]:
        """Insert the rows (inside or outside a transaction); their ids, in order."""
        engine = db.engine()
        found: list[int] = []
        for start in range(0, len(rows), self.CHUNK):
            chunk = rows[start : start + self.CHUNK]
            args = [
                self._value(value, is_json)
                for row in chunk
                for value, is_json in zip(row, self._json, strict=True)
            ]
            sql = self._statement(engine.engine_type, len(chunk))
            result = await engine.run_querystring(_Compiled(sql, args, "insert"))
            found += [row["id"] for row in result]
        return found
