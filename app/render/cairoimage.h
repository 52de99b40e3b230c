#pragma once

#include <QImage>

#include <functional>

typedef struct _cairo cairo_t;

namespace pressdesk {

// A page drawn with cairo into a white image at the given resolution: `draw` paints in points (1/72 in),
// the image has dotsPerInch pixels per inch and says so in its metadata. What the release pages and the
// chronicle handout use for previews and printing.
QImage drawnImage(double widthPoints, double heightPoints, double dotsPerInch,
                  const std::function<void(cairo_t *)> &draw);

} // namespace pressdesk
