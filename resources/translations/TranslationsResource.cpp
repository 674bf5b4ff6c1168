// SPDX-License-Identifier: GPL-3.0-or-later
// The translation catalogues (.qm) are linked into this library as a Qt resource under
// :/i18n; core/common/Translations loads them. This file only gives the library a body.
namespace glaneur {
[[maybe_unused]] constexpr int translationsResource = 1;
}
