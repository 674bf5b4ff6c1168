// Fixture of CheckGuiFree.cmake: core/labels/ may paint.
#include <QImage>
#include <QPainter>
#include <QtGui/QPdfWriter>
