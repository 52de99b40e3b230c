// Compiled with pressdesk_storage's include roots only: its own headers and core's are found.
#include "core/contact.h"
#include "storage/store.h"

int ownAndLowerLayersCompile()
{
    return pressdesk::Contact().channels.size() == 0 ? 0 : 1;
}
