"""Who may correct calls: a curator's signed session cookie and the CSRF token every curation form carries.

Both are HMACs keyed by the curator token from the settings, so changing the token signs every curator out.
The session cookie is HttpOnly and SameSite=Strict; the CSRF token is tied to a random cookie of its own.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from fastapi import Request, Response

from app.settings import get_settings

SESSION_COOKIE = "hotline_curator"
CSRF_COOKIE = "hotline_csrf"
SESSION_SECONDS = 12 * 3600


@dataclass(frozen=True)
class Curator:
    name: str


def curation_enabled() -> bool:
    return bool(get_settings().curator_token)


def _key() -> bytes:
    token = get_settings().curator_token or ""
    return hashlib.sha256(b"hotline curator session\0" + token.encode("utf-8")).digest()


def _sign(payload: str) -> str:
    return hmac.new(_key(), payload.encode("ascii"), hashlib.sha256).hexdigest()


def token_matches(given: str) -> bool:
    token = get_settings().curator_token
    return bool(token) and hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def current_curator(request: Request) -> Curator | None:
    """The signed-in curator, or None: no token configured, no cookie, a forged or expired one."""
    if not curation_enabled():
        return None
    cookie = request.cookies.get(SESSION_COOKIE, "")
    payload, _, signature = cookie.rpartition(".")
    if not payload or not hmac.compare_digest(_sign(payload), signature):
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
        name, issued = str(data["name"]), int(data["at"])
    except (ValueError, KeyError, TypeError):
        return None
    return Curator(name) if 0 <= time.time() - issued <= SESSION_SECONDS else None


def _secure(request: Request) -> bool:
    base = get_settings().base_url or ""
    return request.url.scheme == "https" or base.startswith("https://")


def sign_in(response: Response, request: Request, name: str) -> None:
    payload = base64.urlsafe_b64encode(json.dumps({"name": name, "at": int(time.time())}).encode()).decode("ascii")
    response.set_cookie(SESSION_COOKIE, f"{payload}.{_sign(payload)}", max_age=SESSION_SECONDS, httponly=True,
                        samesite="strict", secure=_secure(request), path="/")


def sign_out(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")


def csrf_nonce(request: Request) -> tuple[str, bool]:
    """The browser's CSRF nonce, and whether it is new (and so must be set as a cookie with the response)."""
    nonce = request.cookies.get(CSRF_COOKIE, "")
    if len(nonce) >= 16:
        return nonce, False
    return secrets.token_urlsafe(24), True


def csrf_token(nonce: str) -> str:
    return hmac.new(_key(), b"csrf\0" + nonce.encode("ascii", "replace"), hashlib.sha256).hexdigest()


def keep_nonce(response: Response, request: Request, nonce: str) -> None:
    response.set_cookie(CSRF_COOKIE, nonce, httponly=True, samesite="strict", secure=_secure(request), path="/")


def csrf_ok(request: Request, given: str) -> bool:
    nonce = request.cookies.get(CSRF_COOKIE, "")
    return curation_enabled() and len(nonce) >= 16 and hmac.compare_digest(csrf_token(nonce), given)
