"""Storage: SQLAlchemy tables, Alembic migrations and repositories over the ledger."""
