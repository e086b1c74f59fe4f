# One interface target carries the language level, warnings and strict Qt defines for every
# target of the project (see CONVENTIONS.md). Link it PRIVATE; nothing here leaks to consumers.

find_program(KT_CCACHE ccache)
if(KT_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${KT_CCACHE}")
endif()

add_library(kt_project_options INTERFACE)
target_compile_features(kt_project_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(kt_project_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    $<$<BOOL:${KT_WERROR}>:-Werror>)

target_compile_definitions(kt_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(KT_SANITIZE)
    target_compile_options(kt_project_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(kt_project_options INTERFACE -fsanitize=address,undefined)
endif()

# kt_add_test(<name> SOURCES <files> LIBS <targets> LABELS <labels> [FIXTURES <fixtures>] [TIMEOUT <s>])
# One Qt Test program per class, registered with CTest.
function(kt_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE kt_project_options Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/common")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;KT_SOURCE_DIR=${PROJECT_SOURCE_DIR};KT_BINARY_DIR=${CMAKE_BINARY_DIR};${ARG_ENVIRONMENT}")
    if(ARG_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
        if("cluster" IN_LIST ARG_FIXTURES)
            set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT ${KT_CLUSTER_ENVIRONMENT})
        endif()
    endif()
endfunction()

# Runs test `name` (made by kt_add_test) a second time as `name`_`variant`, with the same
# labels, timeout and fixtures and more ENVIRONMENT.
function(kt_add_test_variant name variant)
    cmake_parse_arguments(ARG "" "" "ENVIRONMENT" ${ARGN})
    set(_variant ${name}_${variant})
    add_test(NAME ${_variant} COMMAND ${name})
    foreach(_property LABELS TIMEOUT FIXTURES_REQUIRED ENVIRONMENT)
        get_test_property(${name} ${_property} _value)
        if(_value)
            set_tests_properties(${_variant} PROPERTIES ${_property} "${_value}")
        endif()
    endforeach()
    set_property(TEST ${_variant} APPEND PROPERTY ENVIRONMENT ${ARG_ENVIRONMENT})
endfunction()
