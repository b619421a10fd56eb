"""Storage: the SQLite database, reports, reviews and the review queue."""
