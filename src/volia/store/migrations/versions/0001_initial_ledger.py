"""initial ledger

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 23:39:21.053922
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=True),
    sa.Column('entity_id', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_log_hash'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)

    op.create_table('facilities',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('region', sa.String(length=200), nullable=True),
    sa.Column('postal_address', sa.Text(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facilities')),
    sa.UniqueConstraint('key', name=op.f('uq_facilities_key'))
    )
    op.create_table('persons',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('slug', sa.String(length=120), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons')),
    sa.UniqueConstraint('slug', name=op.f('uq_persons_slug'))
    )
    op.create_table('sources',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('publisher', sa.String(length=300), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('visibility', sa.String(length=12), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_sources_content_hash'))
    )
    op.create_table('status_intervals',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('valid_from', sa.DateTime(), nullable=False),
    sa.Column('valid_to', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_status_intervals'))
    )
    with op.batch_alter_table('status_intervals', schema=None) as batch_op:
        batch_op.create_index('ix_status_intervals_count', ['kind', 'start_date', 'end_date', 'valid_from', 'valid_to', 'person_id'], unique=False)
        batch_op.create_index('ix_status_intervals_person', ['person_id', 'valid_to'], unique=False)

    op.create_table('events',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('lineage_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('verification', sa.String(length=16), nullable=False),
    sa.Column('visibility', sa.String(length=12), nullable=False),
    sa.Column('embargo_reason', sa.Text(), nullable=True),
    sa.Column('embargo_until', sa.Date(), nullable=True),
    sa.Column('supersedes', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=True),
    sa.Column('import_slot', sa.String(length=255), nullable=True),
    sa.Column('import_digest', sa.String(length=64), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_events_person_id_persons')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_events')),
    sa.UniqueConstraint('id', name=op.f('uq_events_id'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_import_slot'), ['import_slot'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_lineage_id'), ['lineage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_person_id'), ['person_id'], unique=False)

    op.create_table('external_ids',
    sa.Column('system', sa.String(length=40), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_external_ids_person_id_persons')),
    sa.PrimaryKeyConstraint('system', 'external_id', name=op.f('pk_external_ids'))
    )
    with op.batch_alter_table('external_ids', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_external_ids_person_id'), ['person_id'], unique=False)

    op.create_table('person_merges',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('absorbed_id', sa.String(length=36), nullable=False),
    sa.Column('into_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['absorbed_id'], ['persons.id'], name=op.f('fk_person_merges_absorbed_id_persons')),
    sa.ForeignKeyConstraint(['into_id'], ['persons.id'], name=op.f('fk_person_merges_into_id_persons')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_person_merges'))
    )
    with op.batch_alter_table('person_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_merges_absorbed_id'), ['absorbed_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_merges_into_id'), ['into_id'], unique=False)

    op.create_table('person_names',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('script', sa.String(length=8), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('visibility', sa.String(length=12), nullable=False),
    sa.Column('search_key', sa.String(length=500), nullable=False),
    sa.Column('supersedes', sa.Integer(), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_names_person_id_persons')),
    sa.ForeignKeyConstraint(['supersedes'], ['person_names.seq'], name=op.f('fk_person_names_supersedes_person_names')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_person_names'))
    )
    with op.batch_alter_table('person_names', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_names_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_names_search_key'), ['search_key'], unique=False)

    op.create_table('person_revisions',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=True),
    sa.Column('gender', sa.String(length=10), nullable=False),
    sa.Column('citizenship', sa.JSON(), nullable=False),
    sa.Column('occupations', sa.JSON(), nullable=False),
    sa.Column('visibility', sa.String(length=12), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_revisions_person_id_persons')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_person_revisions'))
    )
    with op.batch_alter_table('person_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_revisions_person_id'), ['person_id'], unique=False)

    op.create_table('event_citations',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('quote', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_citations_event_id_events')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_event_citations_source_id_sources')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_event_citations'))
    )
    with op.batch_alter_table('event_citations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_citations_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_citations_source_id'), ['source_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('event_citations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_citations_source_id'))
        batch_op.drop_index(batch_op.f('ix_event_citations_event_id'))

    op.drop_table('event_citations')
    with op.batch_alter_table('person_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_revisions_person_id'))

    op.drop_table('person_revisions')
    with op.batch_alter_table('person_names', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_names_search_key'))
        batch_op.drop_index(batch_op.f('ix_person_names_person_id'))

    op.drop_table('person_names')
    with op.batch_alter_table('person_merges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_merges_into_id'))
        batch_op.drop_index(batch_op.f('ix_person_merges_absorbed_id'))

    op.drop_table('person_merges')
    with op.batch_alter_table('external_ids', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_external_ids_person_id'))

    op.drop_table('external_ids')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_person_id'))
        batch_op.drop_index(batch_op.f('ix_events_lineage_id'))
        batch_op.drop_index(batch_op.f('ix_events_import_slot'))

    op.drop_table('events')
    with op.batch_alter_table('status_intervals', schema=None) as batch_op:
        batch_op.drop_index('ix_status_intervals_person')
        batch_op.drop_index('ix_status_intervals_count')

    op.drop_table('status_intervals')
    op.drop_table('sources')
    op.drop_table('persons')
    op.drop_table('facilities')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
