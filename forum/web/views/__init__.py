"""HTML pages: one module of thin handlers per area."""
