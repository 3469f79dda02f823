"""What one ingest did, input by input: for the closing lines on screen and the --json report for scripts."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.ingest.reader import NoteKind, ReadProblem


@dataclass(frozen=True)
class Note:
    """One input (a file, a line of one, a URL) and what became of it."""

    input: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"input": self.input, "reason": self.message}


@dataclass
class IngestReport:
    """Every input, filed under what happened to it; `failed` decides the exit code."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    same_text: list[tuple[str, str]] = field(default_factory=list)  # (origin, the origin of the source it joined)
    skipped: list[Note] = field(default_factory=list)
    failed: list[Note] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # how an input was read, where that is worth saying
    reports: int = 0  # call reports found in the articles stored
    calls_written: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def articles(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged) + len(self.same_text)

    def note(self, problem: ReadProblem) -> None:
        """File a note the reader gave."""
        if problem.kind is NoteKind.SEEN:
            self.unchanged.append(problem.path)
            return
        target = {NoteKind.FAILED: self.failed, NoteKind.SKIPPED: self.skipped, NoteKind.WARNING: self.warnings,
                  NoteKind.NOTE: self.notes}[problem.kind]
        target.append(Note(problem.path, problem.message))

    def stored(self, origin: str, outcome: str, reports: int) -> None:
        """File what the store did with one article (its failure is filed from the store's summary)."""
        {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}.get(outcome, []).append(origin)
        self.reports += reports

    def summary_line(self) -> str:
        same = f", {len(self.same_text)} same text as a stored source" if self.same_text else ""
        return (f"{len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} unchanged{same}; "
                f"{len(self.skipped)} skipped, {len(self.failed)} failed; "
                f"{self.reports} call reports, {self.calls_written} calls written.")

    def as_json(self) -> dict:
        return {
            "ok": self.ok,
            "counts": {"added": len(self.added), "updated": len(self.updated), "unchanged": len(self.unchanged),
                       "same_text": len(self.same_text), "skipped": len(self.skipped), "failed": len(self.failed),
                       "warnings": len(self.warnings), "call_reports": self.reports,
                       "calls_written": self.calls_written},
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "same_text": [{"input": origin, "source": first} for origin, first in self.same_text],
            "skipped": [n.as_json() for n in self.skipped], "failed": [n.as_json() for n in self.failed],
            "warnings": [n.as_json() for n in self.warnings], "notes": [n.as_json() for n in self.notes],
        }
