"""Volia: a registry of political prisoners."""
__version__ = "0.1.0"
