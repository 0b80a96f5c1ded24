"""``ropa draft``: draft a declaration (policies/FORMAT.md) from a privacy policy's own text.

    from flows.draft import draft_policy
    result = draft_policy(Path("policy.txt").read_text(), lang="auto", source_name="policy.txt")
    Path("policy.yaml").write_text(result.to_yaml())   # declaration + REVIEW comments
    result.review_items                                 # what a person must check

Stages (one module each): ``language`` -> ``layout`` -> ``extract`` -> ``draft.assemble`` ->
``render``; the words live in ``lexicons/<lang>.yaml``. Built on spaCy blank pipelines (no model
download, ever).
"""

from flows.draft.draft import DraftError, DraftResult, assemble, draft_policy
from flows.draft.language import LanguageError, detect
from flows.draft.lexicons import LexiconError
from flows.draft.model import INCLUDE_AT, REVIEW_BELOW, Evidence, Item, Purpose, Retention, SubjectDraft

__all__ = [
    "draft_policy", "DraftResult", "DraftError", "LanguageError", "LexiconError", "detect",
    "assemble", "Item", "Evidence", "Purpose", "Retention", "SubjectDraft", "INCLUDE_AT",
    "REVIEW_BELOW",
]
