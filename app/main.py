"""The FastAPI application: pages, fragments, exports, the JSON API and static files."""

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import STATIC_DIR
from app.web import api, exports, indexes, pages, profiles
from app.web.security import SecurityHeaders
from app.web.templating import templates

MISSING_PAGE = "There is no page at this address. It may have been mistyped or moved; the timeline lists every call."


def create_app() -> FastAPI:
    # No Swagger page: it loads scripts from another host, which the Content-Security-Policy forbids.
    app = FastAPI(title="Hotline", summary="Leader-to-leader calls, from articles and readouts.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(exports.router)
    app.include_router(indexes.router)
    app.include_router(pages.router)
    app.include_router(profiles.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    return app


async def _http_error(request: Request, exc: StarletteHTTPException) -> HTMLResponse | JSONResponse:
    message = MISSING_PAGE if exc.status_code == 404 and exc.detail == "Not Found" else exc.detail
    if request.url.path.startswith("/api/") or request.url.path.startswith("/calls."):
        return JSONResponse({"error": message}, status_code=exc.status_code)
    return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "message": message},
                                      status_code=exc.status_code, headers=getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: RequestValidationError) -> HTMLResponse | JSONResponse:
    problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
    if request.url.path.startswith("/api/") or request.url.path.startswith("/calls."):
        return JSONResponse({"error": problems}, status_code=400)
    return templates.TemplateResponse(request, "error.html", {"status": 400, "message": problems}, status_code=400)
