"""An ingest on a terminal, with rich: a live line of articles, calls found and problems, then a closing table."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.ingest.report import IngestReport


class LiveProgress:
    """Counts that move as each input is done; the total is unknown, as the reader finds inputs as it goes."""

    def __init__(self, console: Console) -> None:
        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                  TextColumn("[dim]{task.fields[current]}"), console=console, transient=True)
        self._task = self._progress.add_task("reading", total=None, current="")

    def __enter__(self) -> LiveProgress:
        self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._progress.stop()

    def update(self, report: IngestReport, done: str) -> None:
        problems = len(report.failed)
        self._progress.update(self._task, current=done[-60:], description=(
            f"{report.articles} articles · {report.reports} calls found · "
            f"{'[red]' if problems else ''}{problems} problems{'[/]' if problems else ''}"))


def closing_table(report: IngestReport) -> Table:
    table = Table(title="Ingest", show_header=False, box=None, padding=(0, 2))
    table.add_column(justify="right", style="bold")
    table.add_column()
    rows = [(len(report.added), "added"), (len(report.updated), "updated"), (len(report.unchanged), "unchanged"),
            (len(report.same_text), "same text as a stored source (recorded as another origin)"),
            (len(report.skipped), "skipped (not articles)"), (len(report.failed), "failed"),
            (len(report.warnings), "warnings"), (report.reports, "call reports found"),
            (report.calls_written, "calls written")]
    for count, label in rows:
        style = "red" if label == "failed" and count else None
        table.add_row(str(count), label, style=style)
    return table
