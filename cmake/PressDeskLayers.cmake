# Layers whose boundaries the compiler enforces.
#
# Each layer library gets an include root of its own, build/layers/<layer>/, holding one symbolic link
# <layer> -> app/<layer>. A library sees the roots of what it links (PUBLIC, so transitively), and nothing
# else: "storage/store.h" compiles in models, which links storage; "ui/mainwindow.h" does not compile in
# storage. app/ itself is nobody's include root.
#
# The edges a layer may link are listed here once; pressdesk_check_layers() (end of app/CMakeLists.txt)
# fails the configure step on any other edge between our libraries, and tests/layers checks the same
# from ctest, with a wrong-way include that must not compile.

set(PRESSDESK_LAYER_ROOT ${PROJECT_BINARY_DIR}/layers)

# What each layer may link directly (a layer also sees what those link).
set(PRESSDESK_LAYERS_ALLOWED
    "core:"
    "storage:core"
    "formats:core"
    "exchange:core,formats,storage"
    "models:core,storage,exchange"
    "undo:core,storage,exchange"
    "render:core,formats"
    "ui:core,storage,formats,exchange,models,undo,render"
    "cli:core,storage,formats,exchange,render")

function(pressdesk_layer target layer)
    set(root ${PRESSDESK_LAYER_ROOT}/${layer})
    file(MAKE_DIRECTORY ${root})
    if(NOT IS_SYMLINK ${root}/${layer})
        file(CREATE_LINK ${PROJECT_SOURCE_DIR}/app/${layer} ${root}/${layer} SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC ${root})
    set_property(GLOBAL APPEND PROPERTY PRESSDESK_LAYER_TARGETS ${target})
    set_property(TARGET ${target} PROPERTY PRESSDESK_LAYER ${layer})
endfunction()

# Writes every edge between layers (build/layers/edges.txt, "from>to" per line) and checks them.
function(pressdesk_check_layers)
    get_property(targets GLOBAL PROPERTY PRESSDESK_LAYER_TARGETS)
    set(edges "")
    foreach(target IN LISTS targets)
        get_property(from TARGET ${target} PROPERTY PRESSDESK_LAYER)
        get_target_property(links ${target} LINK_LIBRARIES)
        foreach(link IN LISTS links)
            if(TARGET ${link})
                get_property(to TARGET ${link} PROPERTY PRESSDESK_LAYER)
                if(to)
                    list(APPEND edges "${from}>${to}")
                endif()
            endif()
        endforeach()
    endforeach()
    list(SORT edges)
    string(REPLACE ";" "\n" text "${edges}")
    file(WRITE ${PRESSDESK_LAYER_ROOT}/edges.txt "${text}\n")
    execute_process(
        COMMAND ${CMAKE_COMMAND} -DEDGES_FILE=${PRESSDESK_LAYER_ROOT}/edges.txt
                -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/check-layers.cmake
        RESULT_VARIABLE failed OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(failed)
        message(FATAL_ERROR "${output}")
    endif()
    message(STATUS "Layers: ${output}")
endfunction()
