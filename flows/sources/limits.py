"""Bounds that keep one hostile or huge asset from hanging or exhausting the machine.

Every reader checks these; none is a tuning knob for accuracy. Crossing one either truncates
with a count (cells, documents, the head of a huge file for a sample) or stops with a
``SourceLimitError`` (a compression bomb), never silently.
"""

from __future__ import annotations

MiB = 1024 * 1024

# Text cells are cut to this many characters before classification: a prefix this long shows
# whatever a pattern or model can find, and a 10 MB cell must not cost 10 MB per sampled row.
MAX_CELL_CHARS = 10_000

# A plain-text document is read up to this many bytes (decoded) for classification.
MAX_DOCUMENT_BYTES = 5 * MiB

# A sample of a text file (CSV, JSON) reads at most this many decompressed bytes; beyond it the
# head is sampled and the row count is reported unknown.
MAX_SAMPLE_BYTES = 128 * MiB

# A sample of a Parquet or Excel file scans at most this many rows.
MAX_SCAN_ROWS = 1_000_000

# An Excel sample reads at most this many cells (rows x columns), whichever bound comes first.
MAX_SCAN_CELLS = 20_000_000

# Decompression past EXPANSION_FLOOR bytes at more than MAX_EXPANSION times the compressed size is
# treated as a compression bomb. Real CSV/JSON compresses 5-20x, very repetitive exports ~50x.
MAX_EXPANSION = 100
EXPANSION_FLOOR = 32 * MiB

# DuckDB's CSV reader refuses lines longer than max_line_size (2 MB by default); a 10 MB cell
# must still be read (and truncated), so the bound is raised to this and its buffer with it.
MAX_LINE_BYTES = 32 * MiB

# Bytes read from a file's start to tell text from binary and guess the encoding.
HEAD_BYTES = 64 * 1024

# The seed of every pushed-down sample, so a rescan of unchanged data reads the same rows.
SAMPLE_SEED = 42

# Rejected (malformed) lines of a file are counted in full; this many of their line numbers are
# kept, the first in the file: enough to open the file at them, bounded whatever the damage.
MAX_REJECTED_LINES = 10
