// Anchors the resource library (translations, icons); it has no code of its own.
