// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Vocabulary.h"

#include <QString>

#include <vector>

namespace glaneur {

// The reference data of the synthetic collective (SyntheticCollective): fictitious names, real
// towns of Montérégie, the produce of Quebec with its season, and the kitchen's products and
// recipes. Plain data; nothing here touches a database.
class SyntheticCatalogue
{
public:
    struct Town
    {
        const char* name;
        const char* postalCode;
    };
    struct Kitchen
    {
        const char* code;
        const char* name;
        const char* street;
        Town town;
    };
    // Produce received by lot, or a pantry ingredient (water, oil, salt) that is not.
    struct Raw
    {
        const char* code;
        const char* nameFr;
        const char* nameEn;
        StorageMode storage;
        int shelfLifeDays;
        int cnf;        // Canadian Nutrient File food, 0: none
        int seasonMask; // bit m-1 set: Quebec farms deliver it in month m (field or storage)
        bool retail;    // grocery stores give it all year round (imports included)
        bool pantry;    // never received by lot
    };
    struct RecipeLine
    {
        const char* code;
        int basisPoints;
    };
    struct Finished
    {
        const char* code;
        const char* nameFr;
        const char* nameEn;
        int shelfLifeDays;
        bool blanched;                  // a blanching step with its temperature and time controls
        int fullCents;                  // price of a bag in the full tier
        int solidarityCents;            // and in the solidarity tier
        std::vector<RecipeLine> recipe; // the first line is the main ingredient
    };

    static const std::vector<Kitchen>& kitchens();
    static const std::vector<Town>& towns();
    static const std::vector<const char*>& surnames();
    static const std::vector<const char*>& firstNames();
    static const std::vector<Raw>& raws();
    static const std::vector<Finished>& finished();
};

} // namespace glaneur
