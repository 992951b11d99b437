"""PostgreSQL, the server several desks share: its connection and errors (``pg``), its
search index (``search``) and the attachment bytes it keeps (``blobs``). Only
``desk/store`` imports these."""
