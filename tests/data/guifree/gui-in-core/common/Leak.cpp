// Fixture of CheckGuiFree.cmake: a QtGui header outside core/labels/ must be refused.
#include <QString>
#  include <QColor>
