// Compiled with pressdesk_storage's include roots only: a ui header must not be found from storage.
#include "ui/mainwindow.h"

int wrongWayIncludeCompiles()
{
    return 1;
}
