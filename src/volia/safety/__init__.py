"""Protecting the people in the registry: embargoes, consent, field visibility, logins,
backups and the ledger's self-check. Redaction itself lives in :mod:`volia.publish.redact`."""
