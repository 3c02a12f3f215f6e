"""The reverse proxy configuration the README points to (deploy/nginx.conf) keeps its safety rules, and gunicorn
leaves the forwarding headers to Django. (The configuration was run with nginx and gunicorn: see the README.)"""

import re
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NGINX = (ROOT / "deploy" / "nginx.conf").read_text()


def directives(text):
    """Directive lines without comments, whitespace collapsed."""
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [" ".join(line.split()) for line in lines if line]


def location_blocks(prefix):
    """The directives of each ``location <prefix> {`` block (nested blocks included)."""
    blocks = []
    for match in re.finditer(re.escape(f"location {prefix} {{"), NGINX):
        depth = 0
        for end in range(match.start(), len(NGINX)):
            depth += {"{": 1, "}": -1}.get(NGINX[end], 0)
            if depth == 0 and NGINX[end] == "}":
                break
        blocks.append(directives(NGINX[match.start() : end + 1]))
    return blocks


def proxied_location():
    (block,) = [block for block in location_blocks("/") if "proxy_pass http://multaqa_gunicorn;" in block]
    return block


def test_forwarding_headers_are_set_by_the_proxy_not_passed_on_from_the_client():
    proxied = proxied_location()
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in proxied  # set, not $proxy_add_x_forwarded_for
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in proxied
    assert "proxy_set_header Host $host;" in proxied
    for header in ("X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Ssl", "X-Forwarded-Protocol", "Forwarded"):
        assert f'proxy_set_header {header} "";' in proxied
    assert "$proxy_add_x_forwarded_for" not in NGINX


def test_only_static_files_and_image_renditions_are_served_from_disk():
    assert "alias /srv/multaqa/static_collected/;" in location_blocks("/static/")[0]
    renditions = re.search(r'location ~ "\^/media/images/[^"]+" \{[^}]*\}', NGINX).group(0)
    assert "alias /srv/multaqa/media/images/$1;" in renditions
    assert location_blocks("/media/") == [["location /media/ {", "return 404;", "}"]]  # documents, originals
    from_disk = [line for line in directives(NGINX) if line.startswith(("alias ", "root ")) and "/media" in line]
    assert from_disk == ["alias /srv/multaqa/media/images/$1;"]


def test_uploads_up_to_the_document_limit_get_through():
    from django.conf import settings

    limit = re.search(r"client_max_body_size (\d+)m;", NGINX)
    assert limit and int(limit.group(1)) * 1024 * 1024 > settings.DOCUMENT_MAX_UPLOAD_SIZE


def test_gunicorn_trusts_no_forwarding_header_of_its_own():
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["secure_scheme_headers"] == {}
    assert config["forwarder_headers"] == ""
