"""The reader's widgets: each owns its bindings and posts messages up to the screen."""
