// Anchors the translations resource library; it has no code of its own.
