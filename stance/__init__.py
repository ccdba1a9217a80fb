"""stance: learn and predict the stance a speaker takes toward negotiations."""

__version__ = "0.1.0"
