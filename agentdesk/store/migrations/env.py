"""Alembic environment: migrations run on the connection that `Store.open` hands over."""

from alembic import context

from agentdesk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the project's own code runs migrations
    raise RuntimeError("AgentDesk migrations run through agentdesk.store.database.Store.open")


def include_name(name, type_, parent_names):
    """The FTS5 virtual table and its shadow tables are made by hand in the migrations, not by models."""
    return not (type_ == "table" and name is not None and name.startswith("messages_fts"))


context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True, include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
