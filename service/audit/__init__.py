"""The nightly audit of a corpus: the run (local or Ray) and its static HTML report."""
