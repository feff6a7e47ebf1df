"""Chronicle: news articles about a political crisis in, a sourced record of what happened out."""
from .api import Chronicle, IngestReport
from .pipeline import PIPELINE_VERSION

__all__ = ["Chronicle", "IngestReport", "PIPELINE_VERSION"]
__version__ = "0.1.0"
