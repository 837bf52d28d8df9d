"""Web front ends. ``volia.web.public`` is the public site and API, built from a snapshot only."""
