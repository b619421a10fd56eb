"""Reports written back into the files translators use: XLIFF, TMX, and CSV.

``check FILE --format xliff|tmx|csv`` and ``GET /api/v1/reports/<id>?format=``
call :func:`service.exports.export.export_report`. The XML exports write the
translator's own document again, with the findings of each flagged unit as
notes and the unit marked for review; everything else stays as it was.
"""
