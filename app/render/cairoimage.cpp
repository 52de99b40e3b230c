#include "cairoimage.h"

#include <cairo.h>

#include <cmath>

namespace pressdesk {

QImage drawnImage(double widthPoints, double heightPoints, double dotsPerInch,
                  const std::function<void(cairo_t *)> &draw)
{
    const double scale = dotsPerInch / 72.0;
    QImage image(int(std::ceil(widthPoints * scale)), int(std::ceil(heightPoints * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(std::lround(dotsPerInch / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dotsPerInch / 0.0254)));
    cairo_surface_t *surface = cairo_image_surface_create_for_data(
        image.bits(), CAIRO_FORMAT_ARGB32, image.width(), image.height(), int(image.bytesPerLine()));
    cairo_t *cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    draw(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return image;
}

} // namespace pressdesk
