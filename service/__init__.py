"""Delivery: command line, HTTP service, storage, audit and reports."""
