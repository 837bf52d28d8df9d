"""Use cases: each function is one thing a person using Volia does, in one transaction."""
