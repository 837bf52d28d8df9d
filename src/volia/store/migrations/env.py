"""Alembic environment: migrations run on the engine Volia hands over (see store.db.migrate)."""

from alembic import context

from volia.store.tables import metadata

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    context.run_migrations()
