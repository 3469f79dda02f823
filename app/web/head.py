"""HEAD on every GET route: the GET answer's status and headers, without its body (RFC 9110, 9.3.2)."""

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _Sent(Exception):
    """The headers are out: a streamed body need not be written at all."""


class HeadAsGet:
    """Pure ASGI middleware: a HEAD request runs as a GET whose body is dropped, and a streamed body is stopped
    after its first chunk, so a HEAD on a large export costs no more than its first batch."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
                return
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            if message.get("more_body"):
                raise _Sent

        try:
            await self.app({**scope, "method": "GET"}, receive, send_headers_only)
        except _Sent:
            pass
