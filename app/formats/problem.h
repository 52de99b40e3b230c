#pragma once

#include <QString>

#include <utility>

namespace pressdesk {

// Something a reader reports about its input: in a problems list a record it could not use, in a
// warnings list something it read anyway that the user should look at. One type for every format.
struct Problem
{
    Problem() = default;
    Problem(int atLine, QString text, QString inFile = {})
        : line(atLine)
        , message(std::move(text))
        , file(std::move(inFile))
    {
    }

    int line = 0;    // 1-based; 0 when it concerns the whole input
    QString message; // a sentence for the user
    QString file;    // the file's path when the reader was given one; empty for a device or bytes
};

} // namespace pressdesk
