"""Articles in: files, folders and stdin; UTF-8 decoding; HTML pages reduced to their body text."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Iterator

from stance.errors import DataError
from stance.files import check_readable, decode_utf8

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def normalise_text(text: str) -> str:
    """BOM dropped, CRLF/CR line ends as LF (offsets count in this form)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise DataError("contains a NUL byte (binary file?)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_article(data: bytes, path: str) -> str:
    """UTF-8 text of an article file; a clear error for binary or undecodable bytes (stance.files decodes)."""
    return normalise_text(decode_utf8(data, path))


def looks_like_html(text: str, name: str = "") -> bool:
    """An HTML page rather than plain text (by file name or by markup at the top)."""
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:5000].lower():
        return True
    return bool(re.search(r"<(?:body|article|div|p)\b[^>]*>", head)) and head.count("<") >= 5


def html_to_text(html: str, path: str = "<html>") -> str:
    """The article body of an HTML page, navigation and boilerplate dropped (one paragraph a line)."""
    try:
        import trafilatura  # deferred: only HTML input pays for it
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise DataError(f"reading HTML needs trafilatura ({exc})", path=path) from None
    def body_of(page: str) -> str:
        return trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True,
                                   deduplicate=False) or ""

    body = body_of(html)
    if len(body) < _SHORT_BODY and re.search(r"<td\b", html, re.IGNORECASE):
        # an old table-layout page keeps its whole article in a cell, which the table filter drops: read the
        # cells as blocks instead (only when the first reading found next to nothing)
        again = body_of(_TABLE_TAGS.sub(lambda m: f"<{m.group(1)}div>", html))
        body = again if len(again) > len(body) else body
    return normalise_text(body)


_SHORT_BODY = 200
_TABLE_TAGS = re.compile(r"<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b[^>]*>", re.IGNORECASE)


def article_text(data: bytes, path: str) -> str:
    """Decoded article text; HTML pages reduced to their body."""
    text = decode_article(data, path)
    if looks_like_html(text, path):
        text = html_to_text(text, path)
    return text


def iter_article_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, the article files inside folders named (sorted, recursive), and "-" for stdin."""
    for p in paths:
        p = os.fspath(p)
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(x for x in path.rglob("*") if x.is_file() and x.suffix.lower() in ARTICLE_SUFFIXES
                           and not any(part.startswith(".") for part in x.relative_to(path).parts))
            if not found:
                raise DataError(f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder", path=p)
            yield from (os.fspath(x) for x in found)
        else:
            check_readable(path)
            yield p
