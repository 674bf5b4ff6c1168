# Fails when a user-visible string of the sources has no French translation (UX-01: a complete
# French interface). Runs lupdate on a copy of the catalogue, so that a string added to the code
# without its translation is caught even before anyone updates the .ts file.
#   cmake -DLUPDATE=… -DSOURCE_DIR=… -DTS=…/glaneur_fr.ts -DWORK_DIR=… -P CheckFrenchCatalogue.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/glaneur_fr.ts)
configure_file(${TS} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -I ${SOURCE_DIR} -no-obsolete -locations none
            ${SOURCE_DIR}/core ${SOURCE_DIR}/app ${SOURCE_DIR}/ui -ts ${copy}
    RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status})")
endif()
file(STRINGS ${copy} lines)
set(previous "")
set(missing 0)
foreach(line IN LISTS lines)
    if(line MATCHES "type=\"unfinished\"")
        message(SEND_ERROR "No French translation for: ${previous}")
        math(EXPR missing "${missing} + 1")
    endif()
    if(line MATCHES "<source>")
        string(STRIP "${line}" previous)
    endif()
endforeach()
if(missing GREATER 0)
    message(FATAL_ERROR "${missing} string(s) without a French translation in ${TS}; run lupdate and translate them")
endif()
message(STATUS "Every string has its French translation")
