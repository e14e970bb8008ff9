"""Every way reading the web fails is one line naming the address, exit status 2, never
a traceback: unreachable host, DNS failure, timeout, 404/500, a redirect loop, a response
that is no page, a page too large, a page with no article (a paywall, a page that needs
JavaScript), and addresses that are not http or https."""
from __future__ import annotations

import socket

import pytest

from tui.cli.newsreader import main
from tui.ingest import fetch as fetch_module


def analyze_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run `newsreader analyze ARGV` and return its one line on stderr."""
    assert main(["analyze", *argv]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsreader: ")
    return lines[0]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_host(capsys, page_cache):
    url = f"http://127.0.0.1:{closed_port()}/news/story.html"
    assert analyze_error(capsys, url) == \
        f"newsreader: {url}: cannot connect to 127.0.0.1 (connection refused)"


def test_dns_failure(capsys, page_cache, monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    line = analyze_error(capsys, "http://news.example.invalid/story.html")
    assert line == ("newsreader: http://news.example.invalid/story.html: cannot find the host "
                    "news.example.invalid (DNS: Name or service not known)")


def test_timeout(capsys, page_cache, news_site, monkeypatch):
    monkeypatch.setattr(fetch_module, "DEFAULT_TIMEOUT", 0.5)
    url = news_site.url("/slow")
    assert analyze_error(capsys, url) == f"newsreader: {url}: timed out after 0.5 s"


@pytest.mark.parametrize("status, reason", [(404, "Not Found"), (500, "Internal Server Error")])
def test_http_errors(capsys, page_cache, news_site, status, reason):
    url = news_site.url(f"/status/{status}")
    assert analyze_error(capsys, url) == f"newsreader: {url}: the server answered {status} {reason}"


def test_redirect_loop(capsys, page_cache, news_site):
    url = news_site.url("/loop")
    assert analyze_error(capsys, url) == f"newsreader: {url}: redirect loop (back to {url})"


def test_not_a_page(capsys, page_cache, news_site):
    url = news_site.url("/image.png")
    assert analyze_error(capsys, url) == f"newsreader: {url}: is not a web page or a feed (image/png)"


def test_too_large_without_content_length(capsys, page_cache, news_site):
    url = news_site.url("/huge")  # 2.5 MB, chunked: only reading finds the size
    assert analyze_error(capsys, "--max-mb", "1", url) == (
        f"newsreader: {url}: is larger than 1 MB; raise the limit with --max-mb if it really "
        "is an article")


def test_too_large_by_content_length(capsys, page_cache, news_site):
    url = news_site.serve("/big.html", b"<html><body>" + b"<p>words</p>" * 200_000 + b"</body></html>")
    assert "is larger than 1 MB" in analyze_error(capsys, "--max-mb", "1", url)
    assert "/big.html" in news_site.requests[-1]


def test_paywall(capsys, page_cache, news_site):
    url = news_site.url("/paywall")
    assert analyze_error(capsys, url) == (
        f"newsreader: {url}: no article text found on the page "
        "(the article looks to be behind a paywall)")


def test_page_that_needs_javascript(capsys, page_cache, news_site):
    url = news_site.url("/app")
    assert analyze_error(capsys, url) == (
        f"newsreader: {url}: no article text found on the page "
        "(the page needs JavaScript to show its text, which newsreader does not run)")


def test_page_with_no_article_of_either_kind(capsys, page_cache, news_site):
    url = news_site.serve("/empty.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert analyze_error(capsys, url) == (
        f"newsreader: {url}: no article text found on the page "
        "(the page may be behind a paywall or need JavaScript)")


@pytest.mark.parametrize("url, shown", [("file:///etc/passwd", "file:"),
                                        ("ftp://127.0.0.1/story.html", "ftp:"),
                                        ("javascript://alert(1)", "javascript:")])
def test_only_http_and_https(capsys, page_cache, url, shown):
    assert analyze_error(capsys, url) == \
        f"newsreader: {url}: only http and https addresses are read, not {shown}"


def test_a_redirect_to_a_local_file_is_not_followed(capsys, page_cache, news_site):
    url = news_site.url("/to-file")
    assert analyze_error(capsys, url) == (
        f"newsreader: {url}: redirected to a file: address; only http and https are followed")


def test_offline_without_the_page_in_the_cache(capsys, page_cache, news_site):
    url = news_site.url("/news/not-fetched-before.html")
    before = len(news_site.requests)
    assert analyze_error(capsys, "--offline", url) == (
        f"newsreader: {url}: not in the cache, and --offline reads only pages fetched before")
    assert len(news_site.requests) == before  # nothing was asked of the server


def test_a_feed_is_not_an_article(capsys, page_cache, news_site):
    url = news_site.url("/feed.xml")
    assert "is a feed, not an article" in analyze_error(capsys, url)


def test_export_fails_the_same_way(capsys, page_cache, news_site, tmp_path):
    url = news_site.url("/status/404")
    assert main(["export", url, "--format", "md", "-o", str(tmp_path / "b.md")]) == 2
    err = capsys.readouterr().err
    assert err == f"newsreader export: {url}: the server answered 404 Not Found\n"
    assert not (tmp_path / "b.md").exists()


def test_the_reader_does_not_start_on_a_failing_url(capsys, page_cache, news_site):
    url = news_site.url("/status/500")

    def never(*args, **kwargs):
        raise AssertionError("the reader must not start")

    from tui.cli.newsreader import run_reader

    assert run_reader([url], launch=never) == 2
    assert capsys.readouterr().err == f"newsreader: {url}: the server answered 500 Internal Server Error\n"
