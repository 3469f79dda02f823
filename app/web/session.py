"""The database session a request's handlers share, as a FastAPI dependency."""

from typing import Annotated

from fastapi import Depends
from sqlmodel import Session

from app.db import get_session

SessionDep = Annotated[Session, Depends(get_session)]
