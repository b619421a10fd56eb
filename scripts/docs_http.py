"""The HTTP reference (``docs/reference/http-api.md``), rendered from the OpenAPI document.

The document is the one the service serves at ``/api/v1/openapi.json``
(:func:`service.web.openapi.openapi_document`), built with the default
settings and a token required, so the page shows the limits and the
authentication a default server applies. Every path and method becomes a
section with its parameters, request bodies and responses as tables; every
component schema a table of its fields. Hand-written rather than a renderer
from PyPI: those need network assets or plugins (see docs/layout.md).
"""
from __future__ import annotations

import json
from typing import Any

from checks.config import Config
from service.web.openapi import openapi_document

from docs_markdown import anchor, code, prose, table

METHODS = ("get", "post", "put", "patch", "delete")
CONSTRAINTS = (("minLength", "at least {} characters"), ("maxLength", "at most {} characters"),
               ("minimum", "≥ {}"), ("maximum", "≤ {}"), ("minItems", "at least {} items"),
               ("maxItems", "at most {} items"), ("pattern", "matches {}"),
               ("default", "default {}"))


def _name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def type_of(schema: dict[str, Any]) -> str:
    """A schema in a few words, component schemas linked."""
    if "$ref" in schema:
        name = _name(schema["$ref"])
        return f"[{name}](#{anchor(name)})"
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return " or ".join(type_of(s) for s in schema[key])
    if "allOf" in schema:
        return " and ".join(type_of(s) for s in schema["allOf"])
    if schema.get("enum") == [None]:
        words = "null"
    elif "enum" in schema:
        words = "one of " + ", ".join("null" if v is None else code(v) for v in schema["enum"])
    elif schema.get("type") == "array":
        words = "array of " + type_of(schema.get("items", {}))
    elif schema.get("type") == "object" and isinstance(schema.get("additionalProperties"),
                                                        dict):
        words = "object of " + type_of(schema["additionalProperties"])
    else:
        words = schema.get("type", "any")
    limits = [text.format(schema[key] if isinstance(schema[key], (int, float)) else
                          code(schema[key])) for key, text in CONSTRAINTS if key in schema]
    if schema.get("nullable") and "enum" not in schema:
        words += " or null"
    return words + (f" ({', '.join(limits)})" if limits else "")


def fields(schema: dict[str, Any], prefix: str = "") -> list[tuple[str, str, str, str]]:
    """(field, type, required, description) for an object's properties, nested flattened."""
    rows = []
    required = set(schema.get("required", ()))
    for name, prop in schema.get("properties", {}).items():
        rows.append((code(prefix + name), type_of(prop), "yes" if name in required else "",
                     prose(prop.get("description", ""))))
        if prop.get("type") == "object" and prop.get("properties"):
            rows += fields(prop, f"{prefix}{name}.")
        items = prop.get("items", {})
        if prop.get("type") == "array" and items.get("properties"):
            rows += fields(items, f"{prefix}{name}[].")
    return rows


def schema_block(schema: dict[str, Any]) -> list[str]:
    """A schema as a line of description and a table of fields (one per variant)."""
    out = [prose(schema["description"]), ""] if schema.get("description") else []
    variants = schema.get("oneOf") if "properties" not in schema else None
    if variants and all(v.get("properties") for v in variants):
        for number, variant in enumerate(variants, 1):
            out += [f"Variant {number}:", "", table(["field", "type", "required", "meaning"],
                                                    fields(variant)), ""]
    elif schema.get("properties"):
        out += [table(["field", "type", "required", "meaning"], fields(schema)), ""]
    else:
        out += [f"Type: {type_of(schema)}.", ""]
    return out


def operation(method: str, path: str, op: dict[str, Any]) -> list[str]:
    out = [f"### {method.upper()} {path}", ""]
    out += [f"**{prose(op['summary'])}**" if op.get("summary") else "", ""]
    if op.get("description"):
        out += [prose(op["description"]), ""]
    if op.get("security"):
        out += ["Needs `Authorization: Bearer <token>` when `TQC_API_TOKEN` is set.", ""]
    if op.get("parameters"):
        out += ["Parameters:", "", table(
            ["name", "in", "required", "type", "meaning"],
            [(code(p["name"]), p["in"], "yes" if p.get("required") else "",
              type_of(p.get("schema", {})), prose(p.get("description", "")))
             for p in op["parameters"]]), ""]
    body = op.get("requestBody")
    if body:
        same: dict[str, list[str]] = {}  # content types sharing one schema are shown once
        for media, content in body.get("content", {}).items():
            same.setdefault(json.dumps(content.get("schema", {}), sort_keys=True), []).append(media)
        for schema, media in same.items():
            out += ["Request body, " + ", ".join(f"`{m}`" for m in media)
                    + (" (required):" if body.get("required") else ":"), ""]
            out += schema_block(json.loads(schema))
    rows = []
    for status, response in op.get("responses", {}).items():
        content = response.get("content", {})
        bodies = "; ".join(f"`{media}`: {type_of(c.get('schema', {}))}"
                           for media, c in content.items())
        headers = ", ".join(code(h) for h in response.get("headers", {}))
        rows.append((f"`{status}`", prose(response.get("description", "")), bodies, headers))
    out += ["Responses:", "", table(["status", "meaning", "body", "headers"], rows), ""]
    return out


def page() -> str:
    document = openapi_document(Config(), token_required=True)
    out = ["# HTTP API", "",
           "<!-- Generated by scripts/gen_docs.py from service/web/openapi.py: do not edit. -->",
           "",
           "Every endpoint of `serve`, rendered from the OpenAPI document the service itself "
           "serves at `GET /api/v1/openapi.json` (OpenAPI "
           f"{document['openapi']}), here with the default settings and `TQC_API_TOKEN` set; "
           "a running server fills in its own limits. How to run and use the service: "
           "[HTTP service](../http-service.md).", "",
           prose(document["info"].get("description", "")), "",
           "## Endpoints", "",
           table(["method and path", "what it does"],
                 [(f"[{m.upper()} {p}](#{anchor(f'{m.upper()} {p}')})",
                   prose(op.get("summary", "")))
                  for p, item in document["paths"].items()
                  for m, op in item.items() if m in METHODS]), ""]
    for path, item in document["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                out += operation(method, path, op)
    out += ["## Schemas", ""]
    for name, schema in document["components"]["schemas"].items():
        out += [f"### {name}", ""] + schema_block(schema)
    return "\n".join(out).rstrip("\n") + "\n"


def pages() -> dict[str, str]:
    return {"http-api.md": page()}
