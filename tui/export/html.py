"""`html`: the Markdown brief rendered with markdown-it-py, raw HTML disabled.

The brief already escapes untrusted text for Markdown; with ``html: False`` markdown-it
also escapes any HTML that gets through, so article text can never become markup.
"""
from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt

from ..model import Annotations
from .markdown import render as render_markdown

_STYLE = ("body{max-width:46em;margin:2em auto;padding:0 1em;font:16px/1.5 sans-serif}"
          "blockquote{border-left:4px solid #ccc;margin:0;padding-left:1em;color:#333}")


def render(docs: list[Annotations]) -> str:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False})
    body = md.render(render_markdown(docs))
    title = escape(docs[0].source.title if len(docs) == 1 else "newsreader brief")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
            f"{body}</body>\n</html>\n")
