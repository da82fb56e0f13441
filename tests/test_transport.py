"""`forum run` serves TLS with a real certificate, and judges forwarding headers itself."""

from __future__ import annotations

import re
import shutil
import sqlite3
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import _unavailable
from tests.forum.cli.test_cli import _env, _free_port


def _self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 made with the openssl command line, valid for a day."""
    if shutil.which("openssl") is None:
        _unavailable("the openssl command is not installed (apt-get install openssl)")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    return cert, key


def test_forum_run_serves_tls_and_ignores_forwarding_headers_by_default(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    data_dir, port = tmp_path / "var", _free_port()
    log = tmp_path / "server.log"
    command = [sys.executable, "-m", "forum", "run", "--host", "127.0.0.1", "--port", str(port),
               "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)]  # fmt: skip
    proc = subprocess.Popen(
        command, env=_env(data_dir), stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    url = f"https://127.0.0.1:{port}"
    try:
        trust = ssl.create_default_context(cafile=str(cert))
        with httpx.Client(verify=trust, base_url=url, timeout=5) as tls:
            deadline = time.monotonic() + 30
            while True:
                assert proc.poll() is None, log.read_text()
                try:
                    home = tls.get("/", headers={"X-Forwarded-For": "203.0.113.99"})
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline, log.read_text()
                    time.sleep(0.2)
            assert home.status_code == 200
            assert home.headers["strict-transport-security"].startswith("max-age=31536000")
            password = re.search(r"admin\s+password: (\S+)", log.read_text()).group(1)
            page = tls.get("/login")
            token = re.search(r'name="_csrf_token" value="([^"]+)"', page.text).group(1)
            assert "Secure" in page.headers["set-cookie"]
            signed_in = tls.post(
                "/login", data={"username": "admin", "password": password, "_csrf_token": token}
            )
            session = next(
                c for c in signed_in.headers.get_list("set-cookie") if "forum_session" in c
            )
            assert "Secure" in session and "HttpOnly" in session
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{port}/", timeout=5)  # no plain HTTP on the TLS port
    finally:
        proc.terminate()
        proc.wait(timeout=15)  # a clean stop writes the buffered request log
    with sqlite3.connect(data_dir / "forum.sqlite") as db:
        addresses = {row[0] for row in db.execute("SELECT ip FROM request_log")}
    assert addresses == {"127.0.0.1"}  # FORUM_TRUST_PROXY unset: X-Forwarded-For is ignored
