#pragma once

#include <QString>

namespace pressdesk {

// A line a reader reports, with the (1-based) line it is about: in a problems list a record it could not
// use, in a warnings list something it read anyway that the user should look at.
struct ParseProblem
{
    int line = 0;
    QString message;
};

} // namespace pressdesk
