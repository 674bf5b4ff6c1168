// Fixture of CheckGuiFree.cmake: even core/labels/ must never use widgets.
#pragma once
#include <QPainter>
#include <QtWidgets/QWidget>
