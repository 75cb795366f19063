# Compiler settings shared by every LeadSync target.
function(leadsync_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS QT_NO_URL_CAST_FROM_STRING)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(LEADSYNC_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(LEADSYNC_SANITIZE)
        # -fsanitize=function is left out: clang 14 cannot emit its prologue data for coroutines
        # ("Cannot represent a difference across sections"); the rest of UBSan stays.
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-sanitize=function
            -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
        target_compile_definitions(${target} PRIVATE LEADSYNC_SANITIZE=1)
    endif()
endfunction()

# One QTest executable per class or feature: leadsync_add_test(NAME SOURCES ... [LIBS ...]).
function(leadsync_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    leadsync_target_defaults(${name})
    set_target_properties(${name} PROPERTIES ENABLE_EXPORTS ON) # names in backtraces, as the apps
    target_link_libraries(${name} PRIVATE Qt6::Test leadsync_models ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        LEADSYNC_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        LEADSYNC_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        LEADSYNC_CLI="$<TARGET_FILE:leadsync-cli>")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()
