// Fixture of CheckGuiFree.cmake: QtCore only, as core/ must be.
#pragma once
#include <QObject>
#include <QString>
#include "core/common/Result.h"
