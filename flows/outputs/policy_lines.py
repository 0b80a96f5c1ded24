"""Where in a policy file a violation would be fixed: the line that binds the asset, or that
declares the subject.

SARIF consumers (GitHub code scanning first) need a physical location on every result, and a
warehouse table has no file. The policy file does: the binding that assigns the table to its
subject (or, lacking one, the ``bindings:`` list a binding would join) is the line a reviewer edits
to resolve the alert. Lines come from PyYAML's node marks (``yaml.compose``), the same source
``catalog/declarations.py`` uses for its error messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from catalog.declarations import matches


@dataclass
class PolicyLines:
    """The line numbers (1-based) of one policy file's subjects and bindings."""

    path: Path
    policy: str
    subjects: dict[str, int] = field(default_factory=dict)
    bindings: list[tuple[str, str, int]] = field(default_factory=list)  # (glob, subject, line)
    bindings_line: int | None = None
    subjects_line: int | None = None


def _scalar(node: yaml.Node | None) -> str | None:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else None


def read_policy_lines(path: str | Path) -> PolicyLines:
    """Index one policy file; a file that cannot be read or parsed yields an empty index (the
    declaration loader has already refused broken policies before anything is rendered)."""
    p = Path(path)
    lines = PolicyLines(path=p, policy=p.stem)
    try:
        root = yaml.compose(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return lines
    if not isinstance(root, yaml.MappingNode):
        return lines
    for key, value in root.value:
        name = _scalar(key)
        if name == "subjects" and isinstance(value, yaml.MappingNode):
            lines.subjects_line = key.start_mark.line + 1
            for skey, _ in value.value:
                if _scalar(skey) is not None:
                    lines.subjects[str(_scalar(skey))] = skey.start_mark.line + 1
        elif name == "bindings":
            lines.bindings_line = key.start_mark.line + 1
            if isinstance(value, yaml.SequenceNode):
                for item in value.value:
                    if not isinstance(item, yaml.MappingNode):
                        continue
                    fields = {_scalar(k): v for k, v in item.value}
                    glob, subject = _scalar(fields.get("assets")), _scalar(fields.get("subject"))
                    if glob is not None:
                        lines.bindings.append((glob, subject or "", item.start_mark.line + 1))
    return lines


class PolicyIndex:
    """Answers "which policy line does this violation point at?" for a set of policy files."""

    def __init__(self, paths: Iterable[str | Path]) -> None:
        self.files = [read_policy_lines(p) for p in paths]

    def __bool__(self) -> bool:
        return bool(self.files)

    def locate(self, v: Mapping[str, Any]) -> tuple[Path, int] | None:
        """(policy file, line) for a violation, or None when no policy file was given.

        With a subject: the binding of that subject naming the asset, else the subject's
        declaration. Without (``unbound``, scan errors): any binding naming the asset, else the
        ``bindings:`` key (where the missing binding goes), else the file's first line.
        """
        if not self.files:
            return None
        asset = str(v.get("asset") or "")
        policy = str(v.get("policy") or "")
        # an unbound asset or an unreadable one has no subject to look up, whatever a row says
        subject = "" if v.get("kind") in ("unbound", "error") else str(v.get("subject") or "")
        if "/" in subject:  # the catalog spells subjects policy/subject
            policy, subject = subject.split("/", 1)
        mine = [f for f in self.files if f.policy == policy] or self.files
        if subject:
            for f in mine:
                for glob, subj, line in f.bindings:
                    if subj == subject and matches(glob, asset):
                        return f.path, line
            for f in mine:
                if subject in f.subjects:
                    return f.path, f.subjects[subject]
        for f in mine:
            for glob, _, line in f.bindings:
                if matches(glob, asset):
                    return f.path, line
        first = mine[0]
        return first.path, first.bindings_line or first.subjects_line or 1
