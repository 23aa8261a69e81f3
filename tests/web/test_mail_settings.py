"""Where the web application's mail goes, and what ``wafd serve`` says about it."""

from pathlib import Path
from typing import Any

import pytest

from wafd.cli.serve import say_where_mail_goes
from wafd.web.mailer import FileTransport, SmtpTransport, open_transport


def test_without_email_url_mail_is_written_into_the_data_folder(
    settings: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.DATA_DIR, settings.WAFD_EMAIL_URL = tmp_path, ""
    transport = open_transport()
    say_where_mail_goes()
    assert isinstance(transport, FileTransport)
    assert transport.folder == tmp_path / "mail"
    assert str(tmp_path / "mail") in capsys.readouterr().out.replace("\n", "")


def test_email_url_sends_through_that_server_without_showing_the_user(
    settings: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.WAFD_EMAIL_URL = "smtp+starttls://mailer@mail.example.org:587"
    transport = open_transport()
    say_where_mail_goes()
    assert isinstance(transport, SmtpTransport)
    assert (transport.server.scheme, transport.server.port) == ("smtp+starttls", 587)
    said = capsys.readouterr().out
    assert "mail.example.org:587" in said
    assert "mailer" not in said
