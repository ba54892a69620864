<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/actions_page.py" line="179"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassifiedExportDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/exchange_flow.py" line="36"/>
        <source>%n meeting(s) of this export are marked confidential or secret. A workbook leaves the program: they are left out unless you include them.</source>
        <translation>
            <numerusform>%n meeting of this export is marked confidential or secret. A workbook leaves the program: it is left out unless you include it.</numerusform>
            <numerusform>%n meetings of this export are marked confidential or secret. A workbook leaves the program: they are left out unless you include them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message numerus="yes">
        <location filename="../../app/ui/exchange_flow.py" line="124"/>
        <source>(%n meeting(s) marked confidential or secret left out)</source>
        <translation>
            <numerusform>(%n meeting marked confidential or secret left out)</numerusform>
            <numerusform>(%n meetings marked confidential or secret left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/exchange_flow.py" line="186"/>
        <source>%n conflict(s) kept as they were here.</source>
        <translation>
            <numerusform>%n conflict kept as it was here.</numerusform>
            <numerusform>%n conflicts kept as they were here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="109"/>
        <source>The workbook has %n problem(s). Nothing can be imported until they are fixed in the workbook.</source>
        <translation>
            <numerusform>The workbook has %n problem. Nothing can be imported until it is fixed in the workbook.</numerusform>
            <numerusform>The workbook has %n problems. Nothing can be imported until they are fixed in the workbook.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="181"/>
        <source>%n row(s) were changed both here and in the workbook since the export. Choose for each, or:</source>
        <translation>
            <numerusform>%n row was changed both here and in the workbook since the export. Choose which to keep, or:</numerusform>
            <numerusform>%n rows were changed both here and in the workbook since the export. Choose for each, or:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>Loaded %n sample meetings.</source>
        <translation>
            <numerusform>Loaded %n sample meeting.</numerusform>
            <numerusform>Loaded %n sample meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="934"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <location filename="../../app/ui/meeting_editor.py" line="513"/>
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Not saved: %n problem to fix.</numerusform>
            <numerusform>Not saved: %n problems to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/meetings_model.py" line="113"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/overview_page.py" line="216"/>
        <source>&amp;Overdue actions (%n)</source>
        <translation>
            <numerusform>&amp;Overdue actions (%n)</numerusform>
            <numerusform>&amp;Overdue actions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/overview_page.py" line="220"/>
        <source>Due in the next %1 days (%n)</source>
        <translation>
            <numerusform>Due in the next %1 days (%n)</numerusform>
            <numerusform>Due in the next %1 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/overview_page.py" line="240"/>
        <source>%1 took part in all %n meetings and is not drawn.</source>
        <translation>
            <numerusform>%1 took part in the one meeting and is not drawn.</numerusform>
            <numerusform>%1 took part in all %n meetings and is not drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/people_dialog.py" line="151"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
