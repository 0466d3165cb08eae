"""YAML at the edges: safe loading with line numbers and limits, atomic deterministic writing.

Content YAML is edited by hand, so every problem must name the file and line. Nothing is
ever constructed from YAML beyond plain data (safe loader), anchors are capped so a
"billion laughs" file cannot expand without bound, and writes go through a temporary file
and a rename so a killed run never leaves a half-written file.
"""
from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from typing import Any, Iterable, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

MAX_ALIASES = 64
MAX_EXPANDED = 1_000_000   # nodes a document may expand to through its aliases
MAX_YAML_BYTES = 8 * 1024 * 1024


class ContentError(Exception):
    """A problem in a content file: `file:line: message`."""

    def __init__(self, file: str | os.PathLike, line: int | None, message: str) -> None:
        self.file, self.line, self.message = str(file), line, message
        super().__init__(self.where() + ": " + message)

    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def __reduce__(self) -> tuple[Any, ...]:  # survives pickling (process pools, caches) with its fields
        return (type(self), (self.file, self.line, self.message))


class MustFix(str):
    """A warning an editor must fix: shown with the warnings, counted as a problem by --strict.

    It is plain text wherever warnings are text (and pickles like it), so it can travel in any
    warning list; `error()` gives the ContentError the run reports."""

    file: str
    line: int | None
    message: str

    def __new__(cls, file: str | os.PathLike, line: int | None, message: str) -> "MustFix":
        err = ContentError(file, line, message)
        obj = super().__new__(cls, f"{err.where()}: {message}")
        obj.file, obj.line, obj.message = err.file, line, message
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.file, self.line, self.message))

    def error(self) -> ContentError:
        return ContentError(self.file, self.line, self.message)


def outside_root(path: Path, root: Path | None) -> Path | None:
    """Where a symbolic link leads when that is outside `root` (or loops); None when it is fine."""
    if root is None or not path.is_symlink():
        return None
    try:
        target = path.resolve()
    except (OSError, RuntimeError):   # a loop of links
        return path
    limit = root.resolve()
    return None if target == limit or limit in target.parents else target


class LineDict(dict):
    """A mapping that remembers the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[Any, int]


class LineList(list):
    line: int = 0
    item_lines: list[int]   # line of each item (1-based)


class _Loader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                mark = self.peek_event().start_mark
                raise yaml.YAMLError(f"line {mark.line + 1}: more than {MAX_ALIASES} aliases "
                                     "(anchors that expand without bound are refused); "
                                     "write the values out instead of repeating *aliases")
        return super().compose_node(parent, index)


def _mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.YAMLError(f"line {key_node.start_mark.line + 1}: a key must be plain text, "
                                 "not a list or a mapping") from None
        if key in out:
            raise yaml.YAMLError(f"line {key_node.start_mark.line + 1}: duplicate key {key!r}; "
                                 "keep only one of them")
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


def _timestamp_as_text(loader: _Loader, node: yaml.ScalarNode) -> str:
    # Dates stay strings: "2019-01-31" must not become a datetime that serialises differently.
    return loader.construct_scalar(node)


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser with the same constructors: for text that has no anchors or aliases."""


for _cls in (_Loader, _FastLoader):
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
    _cls.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)

# Where an anchor (&a) or alias (*a) could start. Text without one cannot expand, so libyaml
# may read it (about 20 times faster); anything else, and any error, goes the careful way.
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,])[&*]")


class _Recursive(Exception):
    """An anchor whose value contains an alias to itself."""

    def __init__(self, node: yaml.Node) -> None:
        self.node = node


def _expanded_size(root: yaml.Node) -> int:
    """Nodes a document has once every alias is expanded (counted without expanding);
    raises _Recursive when an anchor contains itself (it would expand forever)."""
    sizes: dict[int, int] = {}
    open_: set[int] = set()                  # nodes whose children are still being counted
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        children = ([c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode)
                    else node.value if isinstance(node, yaml.SequenceNode) else [])
        if done:
            open_.discard(id(node))
            sizes[id(node)] = min(1 + sum(sizes[id(c)] for c in children), MAX_EXPANDED + 1)
            continue
        if id(node) in sizes:
            continue
        if id(node) in open_:
            raise _Recursive(node)
        open_.add(id(node))
        stack.append((node, True))
        for c in children:
            if id(c) in open_:
                raise _Recursive(c)
            if id(c) not in sizes:
                stack.append((c, False))
    return sizes[id(root)]


def loads(text: str, source: str | os.PathLike = "<string>") -> Any:
    """Parse YAML text safely; errors become ContentError with the line."""
    if not _MAYBE_ANCHOR.search(text):
        try:
            fast = _FastLoader(text)
            try:
                return fast.get_single_data()
            finally:
                fast.dispose()
        except Exception:  # noqa: BLE001 - a syntax error, surrogates libyaml cannot encode …
            pass  # … read again below, the careful way, for the message and line an editor needs
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            try:
                too_big = bool(loader._aliases) and _expanded_size(node) > MAX_EXPANDED
            except _Recursive as exc:
                raise ContentError(source, exc.node.start_mark.line + 1,
                                   "an anchor contains an alias to itself (it would never end); "
                                   "write the value out instead") from None
            if too_big:
                raise ContentError(source, node.start_mark.line + 1,
                                   f"aliases expand this document to more than {MAX_EXPANDED:,} values "
                                   "(\"billion laughs\"); write the values out instead of repeating *aliases")
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and (any(w in (exc.problem or "") for w in ("stream end", "end of stream"))
                                 or "flow" in (exc.context or "")):
            mark = exc.context_mark   # the line where the unclosed quote, [ or { was opened
        line = mark.line + 1 if mark else None
        raise ContentError(source, line, f"not valid YAML: {exc.problem or exc}; fix the syntax on this line "
                           "(quote text that contains ': ' or ' #', close every [ and {)") from None
    except yaml.YAMLError as exc:
        text_ = str(exc)
        line = None
        if text_.startswith("line "):
            head, _, text_ = text_.partition(": ")
            line = int(head.split()[1])
        raise ContentError(source, line, text_) from None
    except RecursionError:
        raise ContentError(source, None, "YAML nested too deeply to read; flatten the structure") from None


def load(path: Path) -> Any:
    """Read and parse a YAML file within the size limit."""
    try:
        if not path.is_file():
            raise ContentError(path, None, "not a regular file; replace it with a YAML file or remove it")
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise ContentError(path, None, f"file is {size:,} bytes, over the {MAX_YAML_BYTES:,}-byte limit; "
                               "split it into smaller files")
        with path.open("rb") as handle:
            data = handle.read(MAX_YAML_BYTES + 1)
    except OSError as exc:
        raise ContentError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(path, None, f"not UTF-8 ({exc.reason}); save it as UTF-8") from None
    return loads(text, path)


def line_of(data: Any, loc: Iterable[Any]) -> int | None:
    """Best line for a pydantic error location inside loaded data."""
    line = getattr(data, "line", None)
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            line = node.key_lines.get(part, line) if isinstance(node, LineDict) else line
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            lines = getattr(node, "item_lines", None)
            if lines and part < len(lines):
                line = lines[part]
            node = node[part]
            line = getattr(node, "line", line)
        else:
            break
    return line


M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], data: Any, source: str | os.PathLike[str],
             loc_prefix: tuple[Any, ...] = (), default_line: int | None = None) -> M:
    """Validate data against a model; the first error becomes a ContentError with its line
    (`default_line` when the data carries none, e.g. a bare value)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        where = ".".join(str(p) for p in (*loc_prefix, *loc)) or "top level"
        todo = _TODO.get(err["type"], "correct the value")
        line = line_of(data, loc) or default_line
        raise ContentError(source, line, f"{where}: {err['msg']}; {todo}") from None


_TODO = {"missing": "add it", "extra_forbidden": "remove this key or correct its name",
         "partial_date": "correct it (YYYY, YYYY-MM or YYYY-MM-DD)"}


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dumps(data: Any) -> str:
    """Deterministic YAML: keys in the given order, Unicode kept, no line folding (fact sheets
    are written faster, with the same bytes, by generator.factsheet.emit)."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     width=10_000, default_flow_style=False)


def _new_file(path: Path) -> tuple[int, str]:
    """A new temporary file beside `path`, created with the permissions the umask gives new
    files (mkstemp's 0600 would leave every rewritten sheet unreadable to the group)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(tmp, flags, 0o666), str(tmp)
        except FileExistsError:
            continue


def write_atomic(path: Path, text: str, durable: bool = True) -> bool:
    """Write text through a temporary file and rename; False when content was unchanged.
    `durable` also flushes the file to disk before the rename (for files only people write)."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _new_file(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
