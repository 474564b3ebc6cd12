"""Alembic environment: migrations run on the connection that `Store.open` hands over."""

from alembic import context

from agentdesk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the project's own code runs migrations
    raise RuntimeError("AgentDesk migrations run through agentdesk.store.database.Store.open")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
