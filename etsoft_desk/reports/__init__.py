"""The only place that imports reportlab: it is imported when a PDF is made, never at start-up."""
