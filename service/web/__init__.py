"""The HTTP service: Flask app factory, API, HTML pages, auth, jobs, waitress server."""
