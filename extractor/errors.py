"""One catalogue of user-facing errors, each with a code a user can search for."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "E001": "no such file or folder",
    "E002": "the file is empty",
    "E003": "the file looks binary, not text",
    "E004": "the file could not be decoded as text ({detail})",
    "E005": "the input has no text after extraction",
    "E006": "could not fetch URL ({detail})",
    "E007": "could not read the file ({detail})",
    "E008": "not a valid JSON record ({detail})",
    "E009": "the input is too large ({detail})",
    "E010": "the patterns folder does not exist",
    "E011": "bad date for --published (want YYYY-MM-DD)",
    "E012": "unknown output format ({detail})",
    "E013": "cannot write the output ({detail})",
    "E014": "--resume needs an output (-o FILE, -o DIR/ or -o FILE.db)",
    "E020": "internal error while extracting ({detail})",
    "E021": "the worker process died while extracting this input ({detail})",
}


class ExtractorError(Exception):
    """An error about one input, reported as `path: [Exxx] reason` and never as a traceback."""

    def __init__(self, code: str, path: str | None = None, detail: str = "") -> None:
        self.code = code
        self.path = path
        self.detail = detail
        reason = CATALOGUE[code].format(detail=detail)
        self.reason = reason
        super().__init__(f"{path}: [{code}] {reason}" if path else f"[{code}] {reason}")

    def __reduce__(self) -> tuple:
        """Rebuild from the code, not the message, when sent back from a worker process."""
        return (ExtractorError, (self.code, self.path, self.detail))

    def to_dict(self) -> dict[str, str | None]:
        """The error as a record for an errors table or errors JSONL file."""
        return {"source": self.path, "code": self.code, "reason": self.reason, "message": str(self)}
