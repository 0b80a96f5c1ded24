"""Demo warehouses for the five seed organisations, with planted problems.

``build_demo(root)`` writes, offline and deterministically, one warehouse per organisation whose
privacy policy is encoded in ``policies/<org>.yaml``::

    <root>/wecasa.duckdb      customers, partners, prospects (English table names)
    <root>/wemaintain/        a folder of files: Parquet, CSV (one a `;`-separated cp1252 Excel
                              export), NDJSON with nested objects (French names)
    <root>/wemind.duckdb      adhérents, ayants droit, contrats, transcriptions (French names)
    <root>/wegroup.duckdb     users, visitors, customer contacts, subscribers (English names)
    <root>/webcasso.duckdb    debiteuren, opdrachtgevers, sollicitanten (Dutch names)

Why generate rather than ship files: the retention problems must hold on any day the demo is run,
so every date is computed back from ``today``; and the identifiers carry real check digits
(python-stdnum's ``calc_check_digit(s)`` where it has one), so the classifiers must earn each
finding the way they would on production data.

Most tables are clean with respect to their organisation's policy: every column holds what the
bound subject declares. :data:`PLANTED` lists the exceptions, each a real breach of the encoded
policy (an IP address the policy never mentions, a BSN in clear where the policy promises it masked,
prospects kept past three years...). ``tests/catalog/expected/<org>.yaml`` states the violations a
check must report; ``tests/flows/test_demo.py`` checks that the data really holds them.

Determinism: every table draws from its own ``random.Random`` seeded by organisation and table
name, so two builds with the same ``today`` write the same rows, and a change to one table leaves
the others as they were. Names, streets and towns are small hand-written lists rather than Faker:
Faker's output for a seed changes between its releases, and the demo must not.

Modules: ``problems`` (what is planted, and why), ``vocab`` (the name lists and text templates),
``values`` (the seeded value generators, identifiers with their check digits), one module per
organisation building its tables (``wecasa``, ``wemaintain``, ``wemind``, ``wegroup``,
``webcasso``), ``writers`` (DuckDB, Parquet, CSV, NDJSON), ``build`` (``build_demo``) and
``readback`` (reading the written demo back for tests).
"""

from flows.demo.build import ORGS, build_demo, warehouse_path
from flows.demo.problems import (
    PLANTED,
    WEBCASSO_STALE_PAYMENTS,
    WECASA_STALE_PROSPECTS,
    Planted,
    planted,
)
from flows.demo.readback import assets_of, planted_identifiers, read_column
from flows.demo.writers import Columns

__all__ = [
    "ORGS", "PLANTED", "Planted", "planted", "WECASA_STALE_PROSPECTS", "WEBCASSO_STALE_PAYMENTS",
    "build_demo", "warehouse_path", "read_column", "assets_of", "planted_identifiers", "Columns",
]
