# Fails when the GUI-free core includes GUI headers (style-examples.md §2, design.md §3):
#   - nowhere under core/ (core/labels/ and core/documents/ included): QtWidgets or QtPrintSupport headers;
#   - outside core/labels/ and core/documents/ (the QtGui libraries): QtGui headers as well (QPainter, QImage…).
# Usage: cmake -DCORE_DIR=<source>/core -P CheckGuiFree.cmake
cmake_minimum_required(VERSION 3.22)

if(NOT DEFINED CORE_DIR OR NOT IS_DIRECTORY "${CORE_DIR}")
    message(FATAL_ERROR "CheckGuiFree: CORE_DIR « ${CORE_DIR} » is not a folder.")
endif()

# Class headers, lower case, without ".h" (both <QPainter> and <qpainter.h> are caught).
set(_widget_headers
    qwidget qapplication qmainwindow qmessagebox qdialog qdialogbuttonbox qfiledialog qinputdialog
    qprogressdialog qerrormessage qcolordialog qfontdialog qwizard qwizardpage
    qaction qwidgetaction qactiongroup
    qpushbutton qtoolbutton qabstractbutton qbuttongroup qlabel qlineedit qtextedit qplaintextedit
    qtextbrowser qcombobox qspinbox qdoublespinbox qabstractspinbox qcheckbox qradiobutton qgroupbox
    qslider qprogressbar qdatetimeedit qdateedit qtimeedit qcalendarwidget qlcdnumber
    qtableview qtreeview qlistview qcolumnview qtablewidget qtreewidget qlistwidget qheaderview
    qabstractitemview qabstractitemdelegate qstyleditemdelegate qitemdelegate qdatawidgetmapper qcompleter
    qlayout qlayoutitem qboxlayout qvboxlayout qhboxlayout qgridlayout qformlayout qstackedlayout
    qmenu qmenubar qtoolbar qstatusbar qdockwidget qsplitter qstackedwidget qtabwidget qtabbar qtoolbox
    qscrollarea qabstractscrollarea qscrollbar qframe qsizegrip qrubberband qsystemtrayicon qundoview
    qstyle qstyleoption qstylefactory qcommonstyle qproxystyle qgraphicsview qgraphicsscene qgraphicsitem
    qmdiarea qmdisubwindow qsplashscreen qtooltip qwhatsthis qkeysequenceedit qfocusframe qfilesystemmodel
    qprinter qprintdialog qprintpreviewdialog qprintpreviewwidget qprinterinfo qpagesetupdialog
    qabstractprintdialog qprintengine)
set(_gui_headers
    qguiapplication qpainter qpainterpath qpaintdevice qpagedpaintdevice qpaintengine qpaintevent qpicture
    qimage qimagereader qimagewriter qimageiohandler qpixmap qpixmapcache qbitmap qicon qiconengine qmovie
    qcolor qcolorspace qrgb qrgba64 qpen qbrush qgradient qlineargradient qradialgradient qconicalgradient
    qpalette qcursor qfont qfontmetrics qfontmetricsf qfontdatabase qfontinfo qrawfont qglyphrun
    qpdfwriter qpagesize qpagelayout qpageranges qtransform qpolygon qpolygonf qregion
    qtextdocument qtextcursor qtextlayout qtextoption qtextformat qtextobject qtextlist qtexttable
    qtextdocumentwriter qstatictext qsyntaxhighlighter qabstracttextdocumentlayout
    qstandarditemmodel qvalidator qintvalidator qdoublevalidator qregularexpressionvalidator
    qdesktopservices qclipboard qdrag qkeysequence qshortcut qscreen qwindow qoffscreensurface qsurfaceformat
    qstylehints qinputmethod qsessionmanager qevent qkeyevent qmouseevent qundostack qundocommand qundogroup
    qopenglcontext qvector2d qvector3d qvector4d qmatrix4x4 qquaternion qgenericmatrix)

file(GLOB_RECURSE _files LIST_DIRECTORIES false
     "${CORE_DIR}/*.h" "${CORE_DIR}/*.hpp" "${CORE_DIR}/*.cpp" "${CORE_DIR}/*.cc" "${CORE_DIR}/*.cxx"
     "${CORE_DIR}/*.ui")
set(_violations "")
set(_checked 0)
foreach(_file IN LISTS _files)
    math(EXPR _checked "${_checked} + 1")
    file(RELATIVE_PATH _relative "${CORE_DIR}" "${_file}")
    set(_in_labels FALSE)
    if(_relative MATCHES "^(labels|documents)/")
        set(_in_labels TRUE)
    endif()
    file(STRINGS "${_file}" _includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(_line IN LISTS _includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*$" "\\1" _header "${_line}")
        string(TOLOWER "${_header}" _lower)
        string(REGEX REPLACE "\\.h$" "" _lower "${_lower}")
        string(REGEX REPLACE "^.*/" "" _class "${_lower}")
        set(_kind "")
        if(_lower MATCHES "^qt(widgets|printsupport)(/|$)" OR _class IN_LIST _widget_headers)
            set(_kind "widgets/printsupport")
        elseif(NOT _in_labels AND (_lower MATCHES "^qtgui(/|$)" OR _class IN_LIST _gui_headers))
            set(_kind "QtGui (allowed only in core/labels/ and core/documents/)")
        endif()
        if(_kind)
            string(APPEND _violations "\n  core/${_relative}: #include <${_header}> is ${_kind}")
        endif()
    endforeach()
endforeach()

if(_checked EQUAL 0)
    message(FATAL_ERROR "CheckGuiFree: no source file under ${CORE_DIR}.")
endif()
if(_violations)
    message(FATAL_ERROR "GUI-free check failed: the core includes GUI headers:${_violations}")
endif()
message(STATUS "GUI-free check passed: ${_checked} files under ${CORE_DIR}.")
