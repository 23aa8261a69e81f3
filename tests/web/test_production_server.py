"""The production command of the README serves the site: granian on ``wafd.web.wsgi``.

Run as a real server process (no test client), so a wrong entry point, a setting that
only works under ``runserver`` or static files that only the debug server finds would
fail here and not in production.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("production")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wafd.web.settings",
        "WAFD_DATA_DIR": str(data),
        "WAFD_SECRET_KEY": "a production-like secret key that is long enough to pass checks",
    }
    env.pop("DATABASE_URL", None)
    env.pop("WAFD_TEST_DATABASE_URL", None)
    bin_dir = Path(sys.executable).parent
    subprocess.run([bin_dir / "django-admin", "migrate", "--verbosity=0"], env=env, check=True)
    port = _free_port()
    command = [
        bin_dir / "granian",
        "--interface=wsgi",
        "--host=127.0.0.1",
        f"--port={port}",
        "--workers=2",
        "--blocking-threads=2",
        "wafd.web.wsgi:application",
    ]
    process = subprocess.Popen(command, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/login/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_login_page_is_served_in_the_browsers_language(server: str) -> None:
    request = urllib.request.Request(f"{server}/login/", headers={"Accept-Language": "ar"})

    with urllib.request.urlopen(request, timeout=10) as response:
        page = response.read().decode()

    assert response.status == 200
    assert 'dir="rtl"' in page
    assert "csrftoken=" in (response.headers["Set-Cookie"] or "")


def test_static_files_are_served_without_collectstatic(server: str) -> None:
    with urllib.request.urlopen(f"{server}/static/wafd/style.css", timeout=10) as response:
        css = response.read().decode()

    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/css")
    assert "{" in css


def test_a_mission_page_needs_a_signed_in_user(server: str) -> None:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as answer:
        opener.open(f"{server}/m/1/agenda/", timeout=10)

    assert answer.value.code == 302
    assert answer.value.headers["Location"].startswith("/login/")
