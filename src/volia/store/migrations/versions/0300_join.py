"""Join the branches developed side by side: protection, staff accounts, review queue.

Revision ID: 0300
Revises: 0003, 0100, 0200
"""

revision = "0300"
down_revision = ("0003", "0100", "0200")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
