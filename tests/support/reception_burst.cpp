// SPDX-License-Identifier: GPL-3.0-or-later
// reception_burst DB COUNT: receives COUNT lots of carrots from the test farm, one by one,
// through the real services, and prints each lot code the moment receive() reports it saved.
// tst_crashsafety kills this process with SIGKILL in the middle of the burst.
#include "core/common/Clock.h"
#include "core/services/Services.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>

#include <cstdio>

using namespace glaneur;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool countOk = false;
    const int count = arguments.size() == 3 ? arguments.at(2).toInt(&countOk) : 0;
    if (!countOk || count < 1) {
        std::fprintf(stderr, "usage: reception_burst DB COUNT\n");
        return 2;
    }
    auto database = Database::open(arguments.at(1), Database::OpenMode::MustExist);
    if (!database) {
        std::fprintf(stderr, "reception_burst: %s\n", qPrintable(database.error().message));
        return 3;
    }
    SystemClock clock;
    Services services(*database.value(), clock);
    const auto farm = services.partners.find(test::TestDatabase::farmName());
    const auto carrot = services.products.byCode(test::TestDatabase::rawProductCode());
    if (!farm || !carrot) {
        std::fprintf(stderr, "reception_burst: the database has no test farm or product\n");
        return 3;
    }
    const Actor actor{QStringLiteral("reception_burst")};
    for (int i = 0; i < count; ++i) {
        ReceptionRequest request;
        request.supplierId = farm->id;
        request.productId = carrot->id;
        request.net = Mass::fromGrams(1'000 + i);
        const auto lot = services.receptions.receive(actor, request);
        if (!lot) {
            std::fprintf(stderr, "reception_burst: %s\n", qPrintable(lot.error().message));
            return 1;
        }
        // Reported only once receive() returned: the caller may count on every printed code.
        std::printf("%s\n", qPrintable(lot->code));
        std::fflush(stdout);
    }
    return 0;
}
