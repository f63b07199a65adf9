"""lagebild: a sourced, dated, cross-checked picture of a developing news story."""
from lagebild.model import Article

__version__ = "0.1.0"
__all__ = ["Article", "__version__"]
