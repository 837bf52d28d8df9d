"""The ``volia`` command line. Each module here that defines ``register(app)`` adds commands."""
