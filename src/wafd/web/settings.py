"""Django settings for the Wafd web application, all taken from the environment.

Defaults suit one person on a laptop (SQLite in the user's data folder, a
generated secret kept beside it); production sets ``DATABASE_URL``,
``WAFD_SECRET_KEY`` and ``WAFD_ALLOWED_HOSTS`` and leaves ``WAFD_DEBUG`` unset.
"""

import hashlib
import importlib.resources
import os
import secrets
import tempfile
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _
from platformdirs import user_data_path

WEB_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("WAFD_DATA_DIR") or user_data_path("wafd", appauthor=False))


def _truthy(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _private_data_dir() -> None:
    """The data folder (database, secret key, cache) is its owner's alone."""
    DATA_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    if DATA_DIR.stat().st_uid == os.getuid():
        DATA_DIR.chmod(0o700)


def _dev_secret_key() -> str:
    """A random key generated once per data folder, so sessions survive restarts."""
    key_file = DATA_DIR / "secret_key"
    if key_file.is_file():
        return key_file.read_text(encoding="utf-8").strip()
    _private_data_dir()
    key = secrets.token_urlsafe(50)
    key_file.write_text(key, encoding="utf-8")
    key_file.chmod(0o600)
    return key


DEBUG = _truthy("WAFD_DEBUG")
_private_data_dir()
SECRET_KEY = os.environ.get("WAFD_SECRET_KEY") or _dev_secret_key()
ALLOWED_HOSTS = os.environ.get("WAFD_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("WAFD_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# Behind HTTPS (WAFD_HTTPS=1, or a proxy sending X-Forwarded-Proto) cookies never travel in clear.
HTTPS = _truthy("WAFD_HTTPS")
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks_db",
    "ninja",  # Swagger UI from the package's own static files, not a CDN
    "wafd.web.apps.WafdWebConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wafd.web.security.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "wafd.web.urls"
WSGI_APPLICATION = "wafd.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wafd.web.context.language_direction",
            ],
        },
    },
]

# Connections stay open between requests: opening one costs more than serving a cached
# page. WAFD_DB_HEALTH_CHECKS=1 tests each reused connection first (one more round trip
# per request) for databases that drop idle connections.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'wafd.sqlite3'}",
        conn_max_age=int(os.environ.get("WAFD_DB_CONN_MAX_AGE", "600")),
        conn_health_checks=_truthy("WAFD_DB_HEALTH_CHECKS"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The worker writes while pages poll for progress: wait for locks instead of failing,
    # take the write lock up front, and let readers go on during writes (WAL).
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Tests use a file too: an in-memory database shared between the live server's thread
    # and the test's fails at once with "table is locked" instead of waiting.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"wafd-test-{os.getpid()}.sqlite3")
    }
if test_url := os.environ.get("WAFD_TEST_DATABASE_URL"):
    # Tests on a shared server: a test database of this run's own, dropped at the end.
    DATABASES["default"] = dj_database_url.parse(test_url)
    DATABASES["default"]["TEST"] = {"NAME": f"test_wafd_{os.getpid()}"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_settings(url: str) -> dict[str, object]:
    """``WAFD_CACHE_URL``: ``redis://host:6379/0`` in production (``pip install redis``),
    ``locmem://`` for one process, ``file:///path``; by default files in the data folder,
    which every worker process of one machine shares and which needs no service."""
    if url.startswith(("redis://", "rediss://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    folder = url.removeprefix("file://") if url.startswith("file://") else DATA_DIR / "cache"
    return {
        "BACKEND": "wafd.web.filecache.FileCache",
        "LOCATION": str(folder),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }


def release_stamp() -> str:
    """Changes with the web application's code, templates and translations, so that a
    new release never serves pages (or ETags) cached by the previous one; the same in
    every worker process of one release, so they share one cache."""
    digest = hashlib.sha256()
    for path in sorted(WEB_DIR.rglob("*")):
        if path.suffix in {".py", ".html", ".mo", ".js", ".css"}:
            digest.update(path.relative_to(WEB_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# Cached: sessions (read on every page) and what is derived from a mission's state (an
# agenda, a version's meetings as JSON), keyed by the mission's ``changed_at``.
WAFD_RELEASE = release_stamp()
CACHES = {
    "default": {
        **cache_settings(os.environ.get("WAFD_CACHE_URL", "")),
        "TIMEOUT": 86400,
        "KEY_PREFIX": f"wafd-{WAFD_RELEASE}",
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},  # OWASP ASVS 2.1.1
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = ["wafd.web.backends.QuickModelBackend"]
LOGIN_URL = "wafd:login"
LOGIN_REDIRECT_URL = "wafd:home"
LOGOUT_REDIRECT_URL = "wafd:login"
# Failed logins (see wafd.web.throttle): a few are free, then each makes the next attempt
# wait, doubling from the first delay up to the longest; never a lock. The account-wide
# wait is capped shorter so that failures from elsewhere cannot keep its owner out.
WAFD_LOGIN_FREE_FAILURES = int(os.environ.get("WAFD_LOGIN_FREE_FAILURES", "5"))
WAFD_LOGIN_FIRST_DELAY_SECONDS = 2
WAFD_LOGIN_MAX_DELAY_SECONDS = int(os.environ.get("WAFD_LOGIN_MAX_DELAY_SECONDS", "900"))
WAFD_LOGIN_ACCOUNT_MAX_DELAY_SECONDS = int(
    os.environ.get("WAFD_LOGIN_ACCOUNT_MAX_DELAY_SECONDS", "60")
)
WAFD_LOGIN_FORGET_SECONDS = 24 * 3600
# Addresses (or networks) of the reverse proxies in front of the site: only from them is
# X-Forwarded-For believed, e.g. WAFD_TRUSTED_PROXIES=127.0.0.1,10.0.0.0/8.
WAFD_TRUSTED_PROXIES = [
    p.strip() for p in os.environ.get("WAFD_TRUSTED_PROXIES", "").split(",") if p.strip()
]


LANGUAGE_CODE = "en"
LANGUAGES = [("ar", _("Arabic")), ("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [WEB_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "static/"
# Production: set WAFD_STATIC_ROOT and run ``collectstatic``; otherwise WhiteNoise serves
# the files straight from the package.
if static_root := os.environ.get("WAFD_STATIC_ROOT"):
    STATIC_ROOT = Path(static_root)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
# The Arabic web font, served from its PyPI package (no font CDN): /static/fonts/...
STATICFILES_DIRS = [
    ("fonts", str(importlib.resources.files("fontpkg_ibm_plex_sans_arabic") / "files"))
]

# Imports: the engine's limits (wafd.model.limits, WAFD_LIMIT_* variables) are the only
# bounds on a mission file; the request measures the upload against them, then the worker
# reads it in a child process limited to WAFD_IMPORT_MEMORY_BYTES more.
WAFD_IMPORT_MEMORY_BYTES = int(os.environ.get("WAFD_IMPORT_MEMORY_BYTES", str(768 * 1024 * 1024)))
WAFD_IMPORT_ISSUES_KEPT = 1000
# Document bundles (zips of PDFs, calendars...) built by the worker, kept owner-only here.
WAFD_BUNDLE_DIR = Path(os.environ.get("WAFD_BUNDLE_DIR") or DATA_DIR / "bundles")
WAFD_IMPORT_ISSUES_PER_PAGE = 50
# Form fields other than files; an uploaded file over this size is spooled to a temporary file.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# E-mail: every message goes through the outbox table (wafd.web.outbox), sent by the worker.
# WAFD_EMAIL_URL: smtp://[user@]host:port, smtps://... or smtp+starttls://... (password in
# WAFD_SMTP_PASSWORD); unset (development), messages are written as .eml files into
# DATA_DIR/mail. WAFD_SITE_URL makes the links in messages absolute.
EMAIL_BACKEND = "wafd.web.mailer.OutboxBackend"
WAFD_EMAIL_URL = os.environ.get("WAFD_EMAIL_URL", "")
WAFD_EMAIL_FROM = os.environ.get("WAFD_EMAIL_FROM", "")
DEFAULT_FROM_EMAIL = WAFD_EMAIL_FROM or "wafd@localhost"
WAFD_SITE_URL = os.environ.get("WAFD_SITE_URL", "http://127.0.0.1:8000")
WAFD_MAIL_LEASE_SECONDS = int(os.environ.get("WAFD_MAIL_LEASE_SECONDS", "120"))
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600  # invitation and reset links expire after three days

# Logs name requests by path only; paths carry opaque ids, never names or e-mails.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"outages": {"()": "wafd.web.outage.OneLineOutages"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["outages"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("WAFD_LOG_LEVEL", "WARNING")},
}
