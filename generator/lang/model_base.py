"""The base of the language files' schemas: unknown keys are errors (a misspelt key is caught)."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")
