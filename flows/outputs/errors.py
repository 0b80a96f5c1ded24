"""Errors of the output layer, under the catalog's tree so the CLI maps every one to exit code 2.

    RopaError                    (catalog/errors.py)
    └── OutputError              a usage or input error of an output command   (exit 2)
        ├── FormatError          unknown --format or --fail-on value
        └── BaselineError        the --baseline file is invalid (file:line: field: message)

All are terminal: retrying the same command with the same input fails the same way.
"""

from __future__ import annotations

from catalog.errors import RopaError

#: ``ropa check`` exit codes (presidio-cli's convention: 1 means "found something").
EXIT_CLEAN = 0
EXIT_VIOLATIONS = 1
EXIT_USAGE = 2


class OutputError(RopaError):
    """A usage or input error: the command cannot run as asked. Exit code 2."""

    exit_code: int = EXIT_USAGE


class FormatError(OutputError):
    """An unknown output format, rule kind or option value."""


class BaselineError(OutputError):
    """A baseline file is invalid; the message names the file, the line and the field."""
