"""Offline validation of exports against the bundled schemas (used by the tests).

Needs jsonschema (a test dependency), imported lazily so exporting never does.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from ..resources import SCHEMA_DIR

W3C_DIR = SCHEMA_DIR / "w3c"
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")


def _format_checker() -> Any:
    from jsonschema import FormatChecker

    checker = FormatChecker()

    # jsonschema checks "uri" only if rfc3987 is installed; check the RFC 3986 shape here.
    @checker.checks("uri")
    def _uri(value: object) -> bool:
        return not isinstance(value, str) or bool(_URI.match(value))

    @checker.checks("date-time", raises=ValueError)
    def _date_time(value: object) -> bool:
        if isinstance(value, str):
            if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$", value):
                raise ValueError(f"not an RFC 3339 date-time: {value!r}")
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True

    return checker


def annotations_errors(data: dict[str, Any]) -> list[str]:
    """Schema errors of a newsreader.annotations/1 document, plus broken span invariants."""
    from jsonschema import Draft202012Validator

    schema = json.loads((SCHEMA_DIR / "annotations.schema.json").read_text("utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}"
              for e in Draft202012Validator(schema).iter_errors(data)]
    text = data.get("text", "")
    for q in data.get("quotes", []):
        if text[q["start"]:q["end"]] != q["text"]:
            errors.append(f"quote {q['id']}: text does not match its offsets")
    return errors


def _w3c_validator() -> Any:
    from jsonschema import Draft4Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    resources = []
    for path in W3C_DIR.glob("*.json"):
        contents = json.loads(path.read_text("utf-8"))
        resources.append((path.name, Resource(contents, specification=DRAFT4)))
    registry = Registry().with_resources(resources)
    musts = json.loads((W3C_DIR / "annotationMusts.json").read_text("utf-8"))
    return Draft4Validator(musts, registry=registry, format_checker=_format_checker())


def w3c_errors(collection: dict[str, Any]) -> list[str]:
    """Errors of a W3C AnnotationCollection: its shape, and every Annotation against the
    Web Annotation model's MUST assertions (web-platform-tests, bundled)."""
    errors: list[str] = []
    if collection.get("type") != "AnnotationCollection":
        errors.append("not an AnnotationCollection")
    if collection.get("@context") != "http://www.w3.org/ns/anno.jsonld":
        errors.append("the collection's @context is not the Web Annotation context")
    items = collection.get("first", {}).get("items", [])
    if collection.get("total") != len(items):
        errors.append(f"total {collection.get('total')} != {len(items)} items")
    validator = _w3c_validator()
    ids = set()
    for item in items:
        anno = {"@context": collection.get("@context"), **item}  # embedded: context inherited
        for e in validator.iter_errors(anno):
            errors.append(f"{item.get('id')}: {e.message[:200]}")
        if item.get("id") in ids:
            errors.append(f"{item.get('id')}: duplicate id")
        ids.add(item.get("id"))
    return errors
