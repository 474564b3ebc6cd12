"""The local SQLite cache: models, migrations, full-text index and the read queries views use."""
