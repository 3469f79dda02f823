"""The FastAPI application: pages, fragments, the JSON API and static files."""

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import STATIC_DIR
from app.web import api, pages
from app.web.templating import templates


def create_app() -> FastAPI:
    app = FastAPI(title="Hotline", summary="Leader-to-leader calls, from articles and readouts.",
                  docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    return app


async def _http_error(request: Request, exc: StarletteHTTPException) -> HTMLResponse | JSONResponse:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
    return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "message": exc.detail},
                                      status_code=exc.status_code)


async def _validation_error(request: Request, exc: RequestValidationError) -> HTMLResponse | JSONResponse:
    problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": problems}, status_code=400)
    return templates.TemplateResponse(request, "error.html", {"status": 400, "message": problems}, status_code=400)
