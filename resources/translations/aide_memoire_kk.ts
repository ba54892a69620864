<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../app/ui/actions_model.py" line="119"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="119"/>
        <source>Action</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="119"/>
        <source>Owner</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="119"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="119"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="120"/>
        <source>Committed by</source>
        <translation>Кімнің міндеттемесі</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="120"/>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="145"/>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../app/ui/actions_page.py" line="32"/>
        <source>Open or in progress</source>
        <translation>Ашық не орындалуда</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="33"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="34"/>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="35"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="36"/>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="37"/>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="40"/>
        <source>Any due date</source>
        <translation>Кез келген мерзім</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="41"/>
        <source>Due within 7 days</source>
        <translation>Мерзімі 7 күн ішінде</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="42"/>
        <source>Due within 14 days</source>
        <translation>Мерзімі 14 күн ішінде</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="43"/>
        <source>Due within 30 days</source>
        <translation>Мерзімі 30 күн ішінде</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="81"/>
        <source>Any owner</source>
        <translation>Кез келген орындаушы</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="84"/>
        <source>Any country</source>
        <translation>Кез келген ел</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="85"/>
        <source>Overdue onl&amp;y</source>
        <translation>Тек &amp;мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="106"/>
        <source>&amp;Status:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="107"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="108"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="109"/>
        <source>&amp;Due:</source>
        <translation>Мер&amp;зімі:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/actions_page.py" line="179"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n тапсырма</numerusform>
            <numerusform>%n тапсырма</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="64"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="85"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../app/ui/child_table.py" line="299"/>
        <source>Insert adds a row; Delete removes the row of the current cell</source>
        <translation>Insert жол қосады, Delete ағымдағы ұяшықтың жолын жояды</translation>
    </message>
    <message>
        <location filename="../../app/ui/child_table.py" line="300"/>
        <source>Remove row</source>
        <translation>Жолды жою</translation>
    </message>
</context>
<context>
    <name>ClassifiedExportDialog</name>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="33"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/exchange_flow.py" line="36"/>
        <source>%n meeting(s) of this export are marked confidential or secret. A workbook leaves the program: they are left out unless you include them.</source>
        <translation>
            <numerusform>Бұл экспорттың %n кездесуі «конфиденциалды» немесе «құпия» деп белгіленген. Кітап бағдарламадан тыс шығады: оларды өзіңіз қоспасаңыз, олар енгізілмейді.</numerusform>
            <numerusform>Бұл экспорттың %n кездесуі «конфиденциалды» немесе «құпия» деп белгіленген. Кітап бағдарламадан тыс шығады: оларды өзіңіз қоспасаңыз, олар енгізілмейді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="43"/>
        <source>&amp;Include the meetings marked confidential or secret</source>
        <translation>«Конфиденциалды» немесе «құпия» деп белгіленген кездесулерді &amp;қосу</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="32"/>
        <source>Changed at another desk</source>
        <translation>Басқа бөлімде өзгертілді</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="36"/>
        <source>“%1” was saved at another desk while you edited it. Their changes to other fields are kept with yours; these fields were changed on both sides. Choose, for each, which stays.</source>
        <translation>Сіз өңдеп жатқанда «%1» басқа бөлімде сақталды. Олардың басқа өрістердегі өзгерістері сіздікімен бірге сақталады; мына өрістер екі жақта да өзгертілді. Әрқайсысы үшін қайсысы қалатынын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <location filename="../../app/ui/conflict_dialog.py" line="54"/>
        <source>Saved elsewhere</source>
        <translation>Басқа жерде сақталғаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <location filename="../../app/ui/conflict_dialog.py" line="55"/>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="70"/>
        <source>&amp;Save with these choices</source>
        <translation>Осы таңдаумен &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="98"/>
        <source>(removed)</source>
        <translation>(жойылды)</translation>
    </message>
</context>
<context>
    <name>CountryChart</name>
    <message>
        <location filename="../../app/ui/overview_page.py" line="87"/>
        <source>No meetings in the last 12 months.</source>
        <translation>Соңғы 12 айда кездесу болған жоқ.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../app/ui/country_picker.py" line="45"/>
        <source>Country name or code, e.g. Kenya or KE</source>
        <translation>Елдің атауы немесе коды, мысалы Кения немесе KE</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_picker.py" line="108"/>
        <source>No country is called “%1”.</source>
        <translation>«%1» деген ел жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_picker.py" line="110"/>
        <source>“%1” could be %2: type more of the name.</source>
        <translation>«%1» — бұл %2 болуы мүмкін: атауын толығырақ жазыңыз.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../app/ui/date_field.py" line="52"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="25"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="73"/>
        <location filename="../../app/ui/exchange_flow.py" line="112"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="74"/>
        <source>Export every meeting, or only the %1 the list shows now?</source>
        <translation>Барлық кездесуді экспорттау керек пе, әлде тізімде қазір көрсетілген %1 ғана ма?</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="77"/>
        <source>Every meeting</source>
        <translation>Барлық кездесу</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="77"/>
        <source>Only those shown</source>
        <translation>Тек көрсетілгендер</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="77"/>
        <location filename="../../app/ui/exchange_flow.py" line="212"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="91"/>
        <source>Aide-Mémoire records %1</source>
        <translation>Aide-Mémoire жазбалары %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="93"/>
        <source>Export to a workbook</source>
        <translation>Excel кітабына экспорттау</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="112"/>
        <source>Writing the workbook…</source>
        <translation>Кітап жазылуда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="114"/>
        <source>The export failed: </source>
        <translation>Экспорт сәтсіз аяқталды: </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="116"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды; файл жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="122"/>
        <source>Exported %1 to %2</source>
        <translation>%1 %2 файлына экспортталды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/exchange_flow.py" line="124"/>
        <source>(%n meeting(s) marked confidential or secret left out)</source>
        <translation>
            <numerusform>(«конфиденциалды» немесе «құпия» деп белгіленген %n кездесу енгізілмеді)</numerusform>
            <numerusform>(«конфиденциалды» немесе «құпия» деп белгіленген %n кездесу енгізілмеді)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="134"/>
        <location filename="../../app/ui/exchange_flow.py" line="147"/>
        <location filename="../../app/ui/exchange_flow.py" line="171"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="134"/>
        <source>The database is open read-only; nothing can be imported.</source>
        <translation>Дерекқор тек оқу үшін ашылған; ештеңе импорттауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="136"/>
        <source>Import a workbook</source>
        <translation>Excel кітабын импорттау</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="147"/>
        <source>Reading and checking %1…</source>
        <translation>%1 оқылып, тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="150"/>
        <source>The workbook cannot be imported: </source>
        <translation>Кітапты импорттау мүмкін емес: </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="152"/>
        <location filename="../../app/ui/exchange_flow.py" line="175"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Импорт тоқтатылды; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="171"/>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="173"/>
        <source>The import failed; nothing was written: </source>
        <translation>Импорт сәтсіз аяқталды; ештеңе жазылған жоқ: </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="184"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Импортталды: %1 қосылды, %2 жаңартылды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/exchange_flow.py" line="186"/>
        <source>%n conflict(s) kept as they were here.</source>
        <translation>
            <numerusform>%n қайшылық осындағыдай қалдырылды.</numerusform>
            <numerusform>%n қайшылық осындағыдай қалдырылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="205"/>
        <location filename="../../app/ui/exchange_flow.py" line="212"/>
        <location filename="../../app/ui/exchange_flow.py" line="223"/>
        <location filename="../../app/ui/exchange_flow.py" line="235"/>
        <source>Undo the import</source>
        <translation>Импортты болдырмау</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="207"/>
        <source>Take back the import of %1 (%2)? Meetings it added are removed and fields it changed are put back, except where they were changed again since: those stay as they are now.</source>
        <translation>%1 импортын (%2) қайтарып алу керек пе? Ол қосқан кездесулер жойылады, ол өзгерткен өрістер бұрынғы қалпына келеді; кейін қайта өзгертілгендері ғана қазіргідей қалады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="223"/>
        <source>Taking the import back…</source>
        <translation>Импорт қайтарылуда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="225"/>
        <source>The import could not be undone: </source>
        <translation>Импортты болдырмау мүмкін болмады: </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="236"/>
        <source>The import was taken back except for what was changed since:</source>
        <translation>Импорт қайтарылды, кейін өзгертілгендерден басқасы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="241"/>
        <source>The last import was undone.</source>
        <translation>Соңғы импорт болдырылмады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="250"/>
        <source>something unexpected went wrong (%1); details are in the log</source>
        <translation>күтпеген қате орын алды (%1); толығырақ журналда</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="253"/>
        <source>Workbook</source>
        <translation>Кітап</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58"/>
        <source>Import %1</source>
        <translation>%1 импорты</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="62"/>
        <source>What importing %1 would do. Nothing is written until you press Import.</source>
        <translation>%1 импорты не өзгертетіні. «Импорттау» батырмасын баспайынша ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <location filename="../../app/ui/import_dialog.py" line="199"/>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="93"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="109"/>
        <source>The workbook has %n problem(s). Nothing can be imported until they are fixed in the workbook.</source>
        <translation>
            <numerusform>Кітапта %n қате бар. Олар кітапта түзетілмейінше ештеңе импорттауға болмайды.</numerusform>
            <numerusform>Кітапта %n қате бар. Олар кітапта түзетілмейінше ештеңе импорттауға болмайды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="121"/>
        <source>&amp;Copy the list</source>
        <translation>Тізімді &amp;көшіру</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="123"/>
        <source>&amp;Save the list…</source>
        <translation>Тізімді &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="138"/>
        <source>%1 row %2, column %3 (%4)</source>
        <translation>%1, %2-жол, %3 бағаны (%4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="141"/>
        <source>%1 row %2</source>
        <translation>%1, %2-жол</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="150"/>
        <source>%1 problems</source>
        <translation>%1 — қателер</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="151"/>
        <source>Save the list of problems</source>
        <translation>Қателер тізімін сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="151"/>
        <source>Text (*.txt)</source>
        <translation>Мәтін (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="160"/>
        <source>Could not save %1: %2</source>
        <translation>%1 сақталмады: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="169"/>
        <source>The records here already hold everything in this workbook: there is nothing to import.</source>
        <translation>Бұл кітаптағының бәрі жазбаларда бар: импорттайтын ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="181"/>
        <source>%n row(s) were changed both here and in the workbook since the export. Choose for each, or:</source>
        <translation>
            <numerusform>Экспорттан кейін %n жол мұнда да, кітапта да өзгертілді. Әрқайсысы үшін таңдаңыз немесе:</numerusform>
            <numerusform>Экспорттан кейін %n жол мұнда да, кітапта да өзгертілді. Әрқайсысы үшін таңдаңыз немесе:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="187"/>
        <source>&amp;Keep all of mine</source>
        <translation>Менікінің бәрін &amp;қалдыру</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="188"/>
        <source>&amp;Take all from the workbook</source>
        <translation>Бәрін кітаптан &amp;алу</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="200"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="201"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="202"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="203"/>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="204"/>
        <source>Use</source>
        <translation>Алу</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="212"/>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="213"/>
        <source>updated</source>
        <translation>жаңартылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="214"/>
        <source>conflict</source>
        <translation>қайшылық</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="215"/>
        <source>deleted here: not added again</source>
        <translation>мұнда жойылған: қайта қосылмайды</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="220"/>
        <source>Looks like a meeting already recorded: %1</source>
        <translation>Бұрын жазылған кездесуге ұқсайды: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="222"/>
        <source>Deleted in the program since the export; left deleted</source>
        <translation>Экспорттан кейін бағдарламада жойылған; жойылған күйі қалады</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="224"/>
        <source>Deleted in the program, changed in the workbook</source>
        <translation>Бағдарламада жойылған, кітапта өзгертілген</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="229"/>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="230"/>
        <source>Take the workbook&apos;s</source>
        <translation>Кітаптағыны алу</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="243"/>
        <source>%1 of the %2 changed rows are listed; the counts above cover them all.</source>
        <translation>Өзгерген %2 жолдың %1-і көрсетілді; жоғарыдағы сандар барлығын қамтиды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="252"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="42"/>
        <source>New meeting from a press release</source>
        <translation>Баспасөз релизінен жаңа кездесу</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="45"/>
        <source>Paste the press release here (English, Russian or Kazakh)</source>
        <translation>Баспасөз релизін осында қойыңыз (ағылшын, орыс немесе қазақ тілінде)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="46"/>
        <source>&amp;Text of the release:</source>
        <translation>Релиз &amp;мәтіні:</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="49"/>
        <source>&amp;Published on:</source>
        <translation>&amp;Жарияланған күні:</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="51"/>
        <source>&amp;Open a file…</source>
        <translation>&amp;Файлды ашу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="60"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="61"/>
        <source>&amp;Read into a draft</source>
        <translation>Жобаға &amp;оқу</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="81"/>
        <source>Open a press release</source>
        <translation>Баспасөз релизін ашу</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="81"/>
        <source>Releases (*.txt *.html *.htm *.docx)</source>
        <translation>Релиздер (*.txt *.html *.htm *.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="94"/>
        <source>Published on: %1</source>
        <translation>Жарияланған күні: %1</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="38"/>
        <source>Letterhead for briefs</source>
        <translation>Анықтамалар бланкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="44"/>
        <source>e.g. AF-{country}/{year}-{month}{day}</source>
        <translation>мысалы AF-{country}/{year}-{month}{day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="55"/>
        <source>C&amp;hoose…</source>
        <translation>Таңда&amp;у…</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="57"/>
        <source>Re&amp;move</source>
        <translation>Ал&amp;ып тастау</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="65"/>
        <source>Ministry, in &amp;English:</source>
        <translation>Министрлік, &amp;ағылшынша:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="65"/>
        <source>Ministry, in &amp;Russian:</source>
        <translation>Министрлік, &amp;орысша:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="66"/>
        <source>Ministry, in &amp;Kazakh:</source>
        <translation>Министрлік, &amp;қазақша:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="68"/>
        <source>&amp;Department:</source>
        <translation>&amp;Департамент:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="74"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="77"/>
        <source>&amp;Author:</source>
        <translation>Ав&amp;торы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="78"/>
        <source>Reference &amp;number:</source>
        <translation>Шығыс &amp;нөмірі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="80"/>
        <source>Distri&amp;bution (one per line):</source>
        <translation>Та&amp;ратылуы (әр жолға біреуі):</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="81"/>
        <source>Shown at the top of the first page of every brief, PDF and Word, and in the file&apos;s properties. Every field may stay empty.</source>
        <translation>Әр анықтаманың (PDF және Word) бірінші бетінің жоғарғы жағында және файл қасиеттерінде көрсетіледі. Кез келген өрісті бос қалдыруға болады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="87"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="88"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="119"/>
        <source>The letterhead could not be saved: %1</source>
        <translation>Бланкті сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="125"/>
        <source>Choose the logo</source>
        <translation>Логотипті таңдау</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="125"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="140"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="159"/>
        <source>Today&apos;s country brief of Kenya: %1</source>
        <translation>Бүгінгі Кения бойынша анықтама: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>(read-only)</source>
        <translation>(тек оқу)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208"/>
        <source>Load the &amp;sample records</source>
        <translation>Ү&amp;лгі жазбаларды жүктеу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>&amp;Import a workbook…</source>
        <translation>Кітапты &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Bring in meetings and actions from an Excel workbook, with a preview</source>
        <translation>Excel кітабынан кездесулер мен тапсырмаларды алдын ала қарап шығып жүктеу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>&amp;Export to a workbook…</source>
        <translation>Кітапқа &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Write the records to an Excel workbook</source>
        <translation>Жазбаларды Excel кітабына жазу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>Create a &amp;report…</source>
        <translation>&amp;Есеп жасау…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <source>Create a PDF brief: one meeting, one country, or the follow-up actions</source>
        <translation>PDF анықтама жасау: бір кездесу, бір ел немесе тапсырмалар бойынша</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Letter&amp;head for briefs…</source>
        <translation>Анықтамалар &amp;бланкі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>The ministry, logo, reference number and distribution on every brief</source>
        <translation>Әр анықтамадағы министрлік, логотип, шығыс нөмірі және таратылуы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>&amp;Connect to a department server…</source>
        <translation>Департамент &amp;серверіне қосылу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>Work on the records the whole department shares (PostgreSQL)</source>
        <translation>Бүкіл департаменттің ортақ жазбаларымен жұмыс істеу (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>Use the &amp;local records (this computer)</source>
        <translation>&amp;Жергілікті жазбалар (осы компьютер)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250"/>
        <source>&amp;Edit</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <source>&amp;Undo</source>
        <translation>Болдыр&amp;мау</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Undo the last &amp;import</source>
        <translation>Соңғы &amp;импортты болдырмау</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>&amp;Overview</source>
        <translation>&amp;Шолу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>What is overdue or due soon, the latest meetings</source>
        <translation>Мерзімі өткен және жақындаған тапсырмалар, соңғы кездесулер</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Кездесулер</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Follow-up &amp;actions</source>
        <translation>&amp;Тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>&amp;Records</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Жаңа кездесу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>From a press &amp;release…</source>
        <translation>Баспасөз &amp;релизінен…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="304"/>
        <source>&amp;Edit the meeting…</source>
        <translation>Кездесуді ө&amp;згерту…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309"/>
        <source>&amp;Delete the meeting</source>
        <translation>Кездесуді жо&amp;ю</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>&amp;People…</source>
        <translation>&amp;Адамдар…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>&amp;About %1</source>
        <translation>%1 &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>Sample records</source>
        <translation>Үлгі жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342"/>
        <source>The sample could not be loaded: </source>
        <translation>Үлгіні жүктеу мүмкін болмады: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>The sample records are already here.</source>
        <translation>Үлгі жазбалар бұрыннан бар.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>Loaded %n sample meetings.</source>
        <translation>
            <numerusform>Үлгіден %n кездесу жүктелді.</numerusform>
            <numerusform>Үлгіден %n кездесу жүктелді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>About %1</source>
        <translation>%1 туралы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359"/>
        <source>&lt;p&gt;Diplomatic meetings and their follow-up actions, kept on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Дипломатиялық кездесулер және олардың қорытындысы бойынша тапсырмалар; барлығы осы компьютерде сақталады.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Дерекқор: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="390"/>
        <location filename="../../app/ui/main_window.py" line="429"/>
        <location filename="../../app/ui/main_window.py" line="445"/>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="390"/>
        <source>Creating the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="394"/>
        <source>The report was cancelled; nothing was saved.</source>
        <translation>Есеп жасау тоқтатылды; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <source>Saved the %1 to %2</source>
        <translation>%1: %2 файлына сақталды</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="429"/>
        <source>No PDF viewer could be opened.</source>
        <translation>PDF қарау бағдарламасын ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="436"/>
        <source>“%1” is marked %2. Its brief is made only when “Include meetings marked confidential or secret” is ticked.</source>
        <translation>«%1» «%2» деп белгіленген. Оның анықтамасы «„Конфиденциалды“ немесе „құпия“ кездесулерді қосу» белгіленгенде ғана жасалады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="443"/>
        <source>Something unexpected went wrong (%1). Details are in the log in %2.</source>
        <translation>Күтпеген қате орын алды (%1). Толығырақ: %2 ішіндегі журналда.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="445"/>
        <source>The report could not be made: </source>
        <translation>Есепті жасау мүмкін болмады: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="492"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="574"/>
        <source>status of “%1” → %2</source>
        <translation>«%1» күйі → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="576"/>
        <source>Status set to %1.</source>
        <translation>Күйі: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="614"/>
        <source>Edit</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="625"/>
        <source>edit “%1”</source>
        <translation>«%1» түзету</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="625"/>
        <source>new “%1”</source>
        <translation>жаңа «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="630"/>
        <source>Saved “%1”.</source>
        <translation>Сақталды: «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="662"/>
        <source>Not saved: the meeting was changed at another desk. Your version is still here.</source>
        <translation>Сақталмады: кездесуді басқа бөлім өзгертті. Сіздің нұсқаңыз осында қалды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="676"/>
        <source>The letterhead is kept for the next briefs.</source>
        <translation>Бланк келесі анықтамалар үшін сақталды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="692"/>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="729"/>
        <location filename="../../app/ui/main_window.py" line="733"/>
        <location filename="../../app/ui/main_window.py" line="741"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="730"/>
        <source>Delete “%1” with its participants, statements and actions? Edit → Undo brings it back.</source>
        <translation>«%1» қатысушыларымен, мәлімдемелерімен және тапсырмаларымен бірге жойылсын ба? Түзету → Болдырмау оны қайтарады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="733"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="743"/>
        <source>delete “%1”</source>
        <translation>«%1» жою</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="745"/>
        <source>Deleted “%1”.</source>
        <translation>Жойылды: «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="792"/>
        <source>Something unexpected went wrong (%1).</source>
        <translation>Күтпеген қате орын алды (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="794"/>
        <source>Daily backup</source>
        <translation>Күнделікті көшірме</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="794"/>
        <source>The day&apos;s backup was not made: </source>
        <translation>Бүгінгі көшірме жасалмады: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="836"/>
        <source>The department server does not answer; what you type is kept and saved when it is back.</source>
        <translation>Департамент сервері жауап бермейді; енгізгеніңіз сақталып, сервер қайта қосылғанда жазылады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="844"/>
        <source>The department server is back.</source>
        <translation>Департамент сервері қайта қолжетімді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="871"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="872"/>
        <source>Not everything could be taken back, because it was changed since:</source>
        <translation>Бәрі бірдей қайтарылмады, себебі кейін мыналар өзгертілді:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="934"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n кездесу</numerusform>
            <numerusform>%n кездесу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="105"/>
        <source>Edit meeting</source>
        <translation>Кездесуді өзгерту</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="105"/>
        <source>New meeting</source>
        <translation>Жаңа кездесу</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="107"/>
        <source>New meeting from a press release</source>
        <translation>Баспасөз релизінен жаңа кездесу</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="109"/>
        <source>Meeting %1 of %2 from a press release</source>
        <translation>Баспасөз релизінен: %2 кездесудің %1-і</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="117"/>
        <source>The last day of a visit of several days; empty for one day</source>
        <translation>Бірнеше күнге созылған сапардың соңғы күні; бір күндік болса, бос қалдырыңыз</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="119"/>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="125"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="132"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="136"/>
        <source>topics separated by ;  e.g. trade; grain; UN</source>
        <translation>тақырыптар ; арқылы, мысалы: сауда; астық; БҰҰ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="148"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="149"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="150"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="151"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="151"/>
        <source>Side</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="152"/>
        <source>Add participant</source>
        <translation>Қатысушы қосу</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="156"/>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="157"/>
        <source>What was said</source>
        <translation>Не айтылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="158"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="159"/>
        <source>Add statement</source>
        <translation>Мәлімдеме қосу</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="162"/>
        <source>Action</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="162"/>
        <source>Owner</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="163"/>
        <source>Committed by</source>
        <translation>Кімнің міндеттемесі</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="164"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="164"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="165"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="166"/>
        <source>Completed on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="167"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="168"/>
        <source>Add action</source>
        <translation>Тапсырма қосу</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="178"/>
        <source>&amp;End date:</source>
        <translation>Аяқталу күн&amp;і:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="182"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="196"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="197"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="198"/>
        <source>&amp;Place:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="199"/>
        <source>&amp;Format:</source>
        <translation>&amp;Форматы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="200"/>
        <source>&amp;Level:</source>
        <translation>&amp;Деңгейі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="201"/>
        <source>Cou&amp;ntries:</source>
        <translation>&amp;Елдер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="202"/>
        <source>T&amp;opics:</source>
        <translation>&amp;Тақырыптар:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="203"/>
        <source>Summar&amp;y:</source>
        <translation>&amp;Қысқаша мазмұны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="204"/>
        <source>O&amp;utcomes:</source>
        <translation>Нәтиже&amp;лері:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="205"/>
        <source>Sou&amp;rce:</source>
        <translation>Дереккө&amp;зі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="206"/>
        <source>Cl&amp;assification:</source>
        <translation>&amp;Грифі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="232"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Негізгі</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="233"/>
        <source>Parti&amp;cipants</source>
        <translation>Қатысу&amp;шылар</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="234"/>
        <source>&amp;Statements</source>
        <translation>&amp;Мәлімдемелер</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="235"/>
        <source>Follo&amp;w-up actions</source>
        <translation>Та&amp;псырмалар</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="243"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="246"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="247"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="360"/>
        <location filename="../../app/ui/meeting_editor.py" line="371"/>
        <source>From the release: “%1”</source>
        <translation>Релизден: «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="373"/>
        <source>Known in People: linked to that person.</source>
        <translation>«Адамдар» тізімінде бар: сол адаммен байланыстырылды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="374"/>
        <source>New: added to People when the meeting is saved.</source>
        <translation>Жаңа: кездесу сақталғанда «Адамдар» тізіміне қосылады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/meeting_editor.py" line="513"/>
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Сақталмады: %n қатені түзету керек.</numerusform>
            <numerusform>Сақталмады: %n қатені түзету керек.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="537"/>
        <source>Discard the changes you made to this meeting?</source>
        <translation>Кездесуге енгізген өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="538"/>
        <location filename="../../app/ui/meeting_editor.py" line="591"/>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="538"/>
        <source>Discard changes</source>
        <translation>Өзгерістерден бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="564"/>
        <source>The department server does not answer. Nothing is lost: this meeting is saved as soon as the server is back (trying every %1 seconds).</source>
        <translation>Департамент сервері жауап бермейді. Ештеңе жоғалмайды: сервер қайта қосылған бойда кездесу сақталады (әр %1 секунд сайын қайталанады).</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="573"/>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="591"/>
        <source>Save anyway</source>
        <translation>Бәрібір сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="593"/>
        <source>Show the other meeting</source>
        <translation>Ол кездесуді көрсету</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="594"/>
        <source>Before saving, please check:</source>
        <translation>Сақтамас бұрын тексеріңіз:</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="22"/>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="23"/>
        <source>Our side</source>
        <translation>Біздің тарап</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="24"/>
        <source>Counterpart</source>
        <translation>Серіктес тарап</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="25"/>
        <source>Third parties</source>
        <translation>Үшінші тараптар</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="26"/>
        <source>Summary</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="27"/>
        <source>Statements</source>
        <translation>Мәлімдемелер</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="28"/>
        <source>Outcomes</source>
        <translation>Нәтижелері</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="29"/>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="30"/>
        <source>Action</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="31"/>
        <source>Owner</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="32"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="33"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="34"/>
        <source>Follow-up actions</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="35"/>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="81"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="81"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="81"/>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="81"/>
        <source>Format</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="81"/>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="82"/>
        <source>Open actions</source>
        <translation>Ашық</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/meetings_model.py" line="113"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n мерзімі өтті</numerusform>
            <numerusform>%n мерзімі өтті</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="116"/>
        <source>Marked %1: left out of exports and briefs unless included</source>
        <translation>Белгісі «%1»: арнайы қосылмаса, экспорт пен анықтамаларға енбейді</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="68"/>
        <source>No changes are recorded for this meeting yet.</source>
        <translation>Бұл кездесу бойынша әзірге өзгеріс жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="94"/>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="94"/>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="105"/>
        <source>Search meetings, people, statements and actions (Ctrl+F)</source>
        <translation>Кездесулерден, адамдардан, мәлімдемелерден және тапсырмалардан іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="108"/>
        <source>Any country</source>
        <translation>Кез келген ел</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="109"/>
        <location filename="../../app/ui/meetings_page.py" line="110"/>
        <source>Any date</source>
        <translation>Кез келген күн</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="111"/>
        <source>Any format</source>
        <translation>Кез келген формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="112"/>
        <source>Any level</source>
        <translation>Кез келген деңгей</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="113"/>
        <source>Clear f&amp;ilters</source>
        <translation>Сүзгілерді &amp;тазарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="125"/>
        <source>&amp;Details</source>
        <translation>То&amp;лығырақ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="126"/>
        <source>Histor&amp;y</source>
        <translation>Та&amp;рих</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="129"/>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="135"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="136"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="137"/>
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="138"/>
        <source>Form&amp;at:</source>
        <translation>Фор&amp;маты:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="139"/>
        <source>&amp;Level:</source>
        <translation>&amp;Деңгейі:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/overview_page.py" line="146"/>
        <source>Latest meetings</source>
        <translation>Соңғы кездесулер</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="147"/>
        <source>Meetings per country, last 12 months</source>
        <translation>Елдер бойынша кездесулер, соңғы 12 ай</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="148"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="148"/>
        <source>Action</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="148"/>
        <source>Owner</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="148"/>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="152"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="152"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="152"/>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="152"/>
        <source>Open actions</source>
        <translation>Ашық тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="158"/>
        <source>All overdue actions</source>
        <translation>Мерзімі өткеннің бәрі</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="159"/>
        <source>All actions due soon</source>
        <translation>Мерзімі жақындағанның бәрі</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="211"/>
        <source>Today, %1</source>
        <translation>Бүгін, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/overview_page.py" line="216"/>
        <source>&amp;Overdue actions (%n)</source>
        <translation>
            <numerusform>&amp;Мерзімі өткен тапсырмалар (%n)</numerusform>
            <numerusform>&amp;Мерзімі өткен тапсырмалар (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="218"/>
        <source>&amp;Overdue actions (%1)</source>
        <translation>&amp;Мерзімі өткен тапсырмалар (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/overview_page.py" line="220"/>
        <source>Due in the next %1 days (%n)</source>
        <translation>
            <numerusform>Алдағы %1 күндегі мерзімдер (%n)</numerusform>
            <numerusform>Алдағы %1 күндегі мерзімдер (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="222"/>
        <source>Due in the next %1 days (%2)</source>
        <translation>Алдағы %1 күндегі мерзімдер (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="224"/>
        <source>Nothing is overdue.</source>
        <translation>Мерзімі өткен тапсырма жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="225"/>
        <source>Nothing falls due in the next 14 days.</source>
        <translation>Алдағы 14 күнде мерзім жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/overview_page.py" line="240"/>
        <source>%1 took part in all %n meetings and is not drawn.</source>
        <translation>
            <numerusform>%1 барлық %n кездесуге қатысты; графикте көрсетілмеген.</numerusform>
            <numerusform>%1 барлық %n кездесуге қатысты; графикте көрсетілмеген.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="61"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="64"/>
        <source>a name in any spelling, e.g. Садыков or Sadyqov</source>
        <translation>кез келген жазылуындағы есім, мысалы Садыков немесе Sadyqov</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="66"/>
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="73"/>
        <source>&amp;Merge the two selected…</source>
        <translation>Таңдалған екеуін &amp;біріктіру…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="74"/>
        <source>Two records of one person become one, with every spelling and meeting</source>
        <translation>Бір адам туралы екі жазба барлық жазылуы мен кездесулерімен бір жазбаға айналады</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="82"/>
        <source>other spellings, separated by ;</source>
        <translation>басқа жазылулары, ; арқылы</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="87"/>
        <source>&amp;Save changes</source>
        <translation>Өзгерістерді &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="94"/>
        <source>&amp;Other spellings:</source>
        <translation>Басқа &amp;жазылуы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="95"/>
        <source>&amp;Country:</source>
        <translation>&amp;Елі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="95"/>
        <source>&amp;Usual side:</source>
        <translation>Әдеттегі &amp;тарапы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="127"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/people_dialog.py" line="151"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="155"/>
        <source>Nobody of that name.</source>
        <translation>Мұндай есімді ешкім жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="187"/>
        <source>Also written:</source>
        <translation>Басқаша жазылуы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="198"/>
        <source>Positions</source>
        <translation>Лауазымдары</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="200"/>
        <source>Meetings, newest first</source>
        <translation>Кездесулер, жаңалары басында</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="201"/>
        <source>Took on:</source>
        <translation>Өз мойнына алғаны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="215"/>
        <source>No meetings recorded.</source>
        <translation>Кездесу жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="231"/>
        <source>The name is required (how the desk writes this person).</source>
        <translation>Аты-жөні міндетті (жазбаларда бұл адам қалай жазылады).</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="236"/>
        <source>“%1” is not a country: choose one from the list.</source>
        <translation>«%1» — ел емес: тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="270"/>
        <location filename="../../app/ui/people_dialog.py" line="282"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="271"/>
        <source>“%1” and “%2” are one person: every spelling, position and meeting of both is kept. Which name should the person go by?</source>
        <translation>«%1» мен «%2» — бір адам: екеуінің барлық жазылуы, лауазымы мен кездесулері сақталады. Бұл адам қай есіммен жазылсын?</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="273"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="67"/>
        <source>Create a report</source>
        <translation>Есеп жасау</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="69"/>
        <source>&amp;Meeting brief</source>
        <translation>&amp;Кездесу бойынша анықтама</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="70"/>
        <source>&amp;Country brief</source>
        <translation>&amp;Ел бойынша анықтама</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="71"/>
        <source>Follo&amp;w-up actions report</source>
        <translation>&amp;Тапсырмалар бойынша есеп</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="80"/>
        <source>(select a meeting in the list first)</source>
        <translation>(алдымен тізімнен кездесуді таңдаңыз)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="85"/>
        <source>Only o&amp;verdue actions</source>
        <translation>Тек &amp;мерзімі өткен тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="87"/>
        <source>Only meetings in a &amp;period</source>
        <translation>Тек ке&amp;зеңдегі кездесулер</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="93"/>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="93"/>
        <source>&amp;To:</source>
        <translation>Со&amp;ңы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="98"/>
        <source>Include meetings marked confidential or &amp;secret</source>
        <translation>«Конфиденциалды» немесе «құпия» кездесулерді &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="100"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="101"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="108"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="109"/>
        <source>Word document (.docx), to finish in Word</source>
        <translation>Word құжаты (.docx), Word-та аяқтау үшін</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="113"/>
        <source>C&amp;hoose…</source>
        <translation>Таң&amp;дау…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="115"/>
        <source>&amp;Open the report when it is ready</source>
        <translation>Дайын болғанда есепті &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="123"/>
        <source>Create r&amp;eport</source>
        <translation>Есеп &amp;жасау</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="128"/>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="136"/>
        <source>Co&amp;untry:</source>
        <translation>Е&amp;лі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="149"/>
        <source>File t&amp;ype:</source>
        <translation>Файл тү&amp;рі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="150"/>
        <source>Pape&amp;r:</source>
        <translation>Қа&amp;ғаз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="154"/>
        <source>Save &amp;as:</source>
        <translation>&amp;Сақтау орны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="220"/>
        <source>&apos;%1&apos; is not a country: type a name or an ISO code such as KE.</source>
        <translation>«%1» — ел емес: атауын немесе KE сияқты ISO кодын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="222"/>
        <source>Choose the country of the brief.</source>
        <translation>Анықтама қай ел бойынша екенін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="226"/>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="228"/>
        <source>Say where to save the report.</source>
        <translation>Есепті қайда сақтау керегін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="230"/>
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="246"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 бұрыннан бар. Ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="247"/>
        <source>Replace</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="247"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="279"/>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="280"/>
        <source>Save the report as</source>
        <translation>Есепті былай сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="279"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="67"/>
        <source>Connect to a department server</source>
        <translation>Департамент серверіне қосылу</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="73"/>
        <source>only if the server asks for one; never stored</source>
        <translation>тек сервер сұраса ғана; ешқайда сақталмайды</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="75"/>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="76"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="78"/>
        <source>The records of the department, shared by every desk. Ask the administrator for the address.</source>
        <translation>Барлық бөлімге ортақ департамент жазбалары. Мекенжайын әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="89"/>
        <source>C&amp;onnect</source>
        <translation>Қо&amp;сылу</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="116"/>
        <source>Give the address as postgresql://user@host/dbname</source>
        <translation>Мекенжайды postgresql://пайдаланушы@сервер/дерекқор түрінде беріңіз</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="122"/>
        <source>Connecting to %1…</source>
        <translation>%1 серверіне қосылуда…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>Welcome to %1</source>
        <translation>%1 бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Your records are kept on this computer only. To look around first, load the sample records: three Kazakhstan–Kenya meetings of 2023–2024 with their follow-up actions.</source>
        <translation>Жазбаларыңыз тек осы компьютерде сақталады. Алдымен танысып шығу үшін үлгі жазбаларды жүктеңіз: 2023–2024 жылдардағы Қазақстан–Кения үш кездесуі және олардың тапсырмалары.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>&amp;Load the sample records</source>
        <translation>Ү&amp;лгі жазбаларды жүктеу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>&amp;Import a workbook…</source>
        <translation>Кітапты &amp;импорттау…</translation>
    </message>
</context>
<context>
    <name>brief</name>
    <message>
        <location filename="../../app/reports/labels.py" line="18"/>
        <source>Meeting brief</source>
        <translation>Кездесу туралы анықтама</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="19"/>
        <source>Country brief</source>
        <translation>Ел бойынша анықтама</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="20"/>
        <location filename="../../app/reports/labels.py" line="41"/>
        <source>Follow-up actions</source>
        <translation>Кездесулер қорытындысы бойынша тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="21"/>
        <source>Overdue follow-up actions</source>
        <translation>Мерзімі өткен тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="22"/>
        <source>Page {page} of {pages}</source>
        <translation>Бет {page} / {pages}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="23"/>
        <source>Produced {date}</source>
        <translation>Дайындалған күні: {date}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="24"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="25"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="26"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="27"/>
        <source>Format</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="28"/>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="29"/>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="30"/>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="31"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="32"/>
        <source>Our side</source>
        <translation>Біздің тарап</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="33"/>
        <source>Counterpart</source>
        <translation>Серіктес тарап</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="34"/>
        <source>Third parties</source>
        <translation>Үшінші тараптар</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="35"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="36"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="37"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="38"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="39"/>
        <source>Key statements</source>
        <translation>Негізгі мәлімдемелер</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="40"/>
        <source>Outcomes and decisions</source>
        <translation>Нәтижелер мен шешімдер</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="42"/>
        <source>Action</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="43"/>
        <source>Owner</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="44"/>
        <source>Committed by</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="45"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="46"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="47"/>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="48"/>
        <source>Meetings</source>
        <translation>Кездесулер</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="49"/>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТТІ</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="50"/>
        <source>(no owner)</source>
        <translation>(орындаушысыз)</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="51"/>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="52"/>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="53"/>
        <source>Period covered</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="54"/>
        <source>All records</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="55"/>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="56"/>
        <source>Key figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="57"/>
        <source>Meetings in the period</source>
        <translation>Кезеңдегі кездесулер</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="58"/>
        <source>Meetings by level</source>
        <translation>Деңгейі бойынша кездесулер</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="59"/>
        <source>Actions open</source>
        <translation>Ашық тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="60"/>
        <source>Actions overdue</source>
        <translation>Мерзімі өткен тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="61"/>
        <source>Actions done</source>
        <translation>Орындалған тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="62"/>
        <source>Meetings per year</source>
        <translation>Жылдар бойынша кездесулер</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="63"/>
        <source>Open commitments</source>
        <translation>Орындалмаған міндеттемелер</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="64"/>
        <source>Counterparts met</source>
        <translation>Кездескен серіктестер</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="65"/>
        <source>Met</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="66"/>
        <source>Last met</source>
        <translation>Соңғысы</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="67"/>
        <source>Ours</source>
        <translation>Біздікі</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="68"/>
        <source>Theirs</source>
        <translation>Серіктестікі</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="69"/>
        <source>Joint</source>
        <translation>Бірлескен</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="70"/>
        <source>Timeline of meetings</source>
        <translation>Кездесулер хронологиясы</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="71"/>
        <source>Latest meeting</source>
        <translation>Соңғы кездесу</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="72"/>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="73"/>
        <source>{year} · {count} meetings</source>
        <translation>{year} · {count} кездесу</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="74"/>
        <source>{year} · 1 meeting</source>
        <translation>{year} · 1 кездесу</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="75"/>
        <source>There are no meetings with {country} in this period.</source>
        <translation>Бұл кезеңде {country} елімен кездесу болған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="76"/>
        <source>There are no open follow-up actions.</source>
        <translation>Ашық тапсырма жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="77"/>
        <source>There are no overdue follow-up actions.</source>
        <translation>Мерзімі өткен тапсырма жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="78"/>
        <source>Meetings marked confidential or secret are not included.</source>
        <translation>«Конфиденциалды» немесе «құпия» деп белгіленген кездесулер енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="79"/>
        <source>This brief includes meetings marked confidential or secret.</source>
        <translation>Бұл анықтамаға «конфиденциалды» немесе «құпия» деп белгіленген кездесулер енгізілген.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="80"/>
        <source>As of {date}</source>
        <translation>{date} жағдай бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="81"/>
        <source>{count} open</source>
        <translation>ашық: {count}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="82"/>
        <source>Ref. {reference}</source>
        <translation>Шығ. № {reference}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="83"/>
        <source>Prepared by {author}</source>
        <translation>Дайындаған: {author}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="84"/>
        <source>Distribution: {names}</source>
        <translation>Таратылуы: {names}</translation>
    </message>
</context>
<context>
    <name>date</name>
    <message>
        <location filename="../../app/reports/labels.py" line="91"/>
        <source>{day} January {year}</source>
        <translation>{year} жылғы {day} қаңтар</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="92"/>
        <source>{day} February {year}</source>
        <translation>{year} жылғы {day} ақпан</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="93"/>
        <source>{day} March {year}</source>
        <translation>{year} жылғы {day} наурыз</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="94"/>
        <source>{day} April {year}</source>
        <translation>{year} жылғы {day} сәуір</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="95"/>
        <source>{day} May {year}</source>
        <translation>{year} жылғы {day} мамыр</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="96"/>
        <source>{day} June {year}</source>
        <translation>{year} жылғы {day} маусым</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="97"/>
        <source>{day} July {year}</source>
        <translation>{year} жылғы {day} шілде</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="98"/>
        <source>{day} August {year}</source>
        <translation>{year} жылғы {day} тамыз</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="99"/>
        <source>{day} September {year}</source>
        <translation>{year} жылғы {day} қыркүйек</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="100"/>
        <source>{day} October {year}</source>
        <translation>{year} жылғы {day} қазан</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="101"/>
        <source>{day} November {year}</source>
        <translation>{year} жылғы {day} қараша</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="102"/>
        <source>{day} December {year}</source>
        <translation>{year} жылғы {day} желтоқсан</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="105"/>
        <source>{day} {month_short} {year}</source>
        <translation>{day:02d}.{month:02d}.{year}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="107"/>
        <source>Jan</source>
        <translation>қаң.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="108"/>
        <source>Feb</source>
        <translation>ақп.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="109"/>
        <source>Mar</source>
        <translation>нау.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="110"/>
        <source>Apr</source>
        <translation>сәу.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="111"/>
        <source>May</source>
        <translation>мам.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="112"/>
        <source>Jun</source>
        <translation>мау.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="113"/>
        <source>Jul</source>
        <translation>шіл.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="114"/>
        <source>Aug</source>
        <translation>там.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="115"/>
        <source>Sep</source>
        <translation>қыр.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="116"/>
        <source>Oct</source>
        <translation>қаз.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="117"/>
        <source>Nov</source>
        <translation>қар.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="118"/>
        <source>Dec</source>
        <translation>жел.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../app/ui/labels.py" line="35"/>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>Statement</source>
        <translation>Мәлімдеме</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38"/>
        <source>Action</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39"/>
        <location filename="../../app/ui/labels.py" line="57"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>Edit</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45"/>
        <location filename="../../app/ui/labels.py" line="81"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="46"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="47"/>
        <source>Sample</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49"/>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50"/>
        <source>Merge of people</source>
        <translation>Адамдарды біріктіру</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="51"/>
        <source>Person corrected</source>
        <translation>Адам туралы түзету</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="55"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56"/>
        <source>End date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58"/>
        <source>Names</source>
        <translation>Есімдері</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="61"/>
        <source>Format</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="62"/>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="63"/>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64"/>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66"/>
        <source>Outcomes</source>
        <translation>Нәтижелері</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67"/>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>Classification</source>
        <translation>Грифі</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="71"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="73"/>
        <source>Side</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="74"/>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="75"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78"/>
        <source>Owner</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79"/>
        <source>Committed by</source>
        <translation>Міндеттенген тарап</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80"/>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="83"/>
        <source>Completed on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/main.py" line="67"/>
        <source>Bringing the search index of your records up to date for this version. This happens once.</source>
        <translation>Жазбаларыңыздың іздеу көрсеткіші осы нұсқаға сай жаңартылуда. Бұл бір рет болады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="97"/>
        <source>Open it read-only, or quit?</source>
        <translation>Тек оқу үшін ашу керек пе, әлде шығу керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="98"/>
        <source>Open read-only</source>
        <translation>Тек оқу үшін ашу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="98"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="132"/>
        <source>Something went wrong; it was written to the log.</source>
        <translation>Бір қате орын алды; ол журналға жазылды.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../app/domain/problem_words.py" line="20"/>
        <source>is required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="21"/>
        <source>must be text, not {kind}</source>
        <translation>{kind} емес, мәтін болуы керек</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="22"/>
        <source>is too long ({units} characters; at most {limit})</source>
        <translation>тым ұзын ({units} таңба; ең көбі {limit})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="23"/>
        <source>holds {units} characters, the most a spreadsheet cell can hold: the program that saved the workbook has probably cut the text short</source>
        <translation>{units} таңба бар — кесте ұяшығына сиятын ең көп мөлшер: кітапты сақтаған бағдарлама мәтінді қысқартып жіберген болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="28"/>
        <source>contains a character that cannot be stored ({code})</source>
        <translation>сақтауға болмайтын таңба бар ({code})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="29"/>
        <source>must be one of: {choices}</source>
        <translation>мыналардың бірі болуы керек: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="30"/>
        <source>must be a date</source>
        <translation>күн болуы керек</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="31"/>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>«{code}» — ISO 3166-1 alpha-2 ел коды емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="32"/>
        <source>&apos;{value}&apos; is not a valid record id</source>
        <translation>«{value}» — жарамсыз жазба идентификаторы</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="33"/>
        <source>&apos;{value}&apos; is not a language code such as en, ru or kk</source>
        <translation>«{value}» — en, ru немесе kk сияқты тіл коды емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="34"/>
        <source>is set but the status is not done</source>
        <translation>көрсетілген, бірақ күйі «Орындалды» емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="35"/>
        <source>must be a time of day</source>
        <translation>тәулік уақыты болуы керек</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="36"/>
        <source>is before the meeting&apos;s first day ({date})</source>
        <translation>кездесудің бірінші күнінен ({date}) бұрын</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="37"/>
        <source>lists a country twice</source>
        <translation>бір ел екі рет көрсетілген</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="38"/>
        <source>&apos;{topic}&apos; contains &apos;;&apos;, which separates topics</source>
        <translation>«{topic}» ішінде тақырыптарды бөлетін «;» бар</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="39"/>
        <source>two records of this meeting share an id</source>
        <translation>бұл кездесудің екі жазбасының идентификаторы бірдей</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="40"/>
        <source>must be a list</source>
        <translation>тізім болуы керек</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="41"/>
        <source>must be a table of fields</source>
        <translation>өрістер кестесі болуы керек</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="42"/>
        <source>&apos;{value}&apos; has a time of day; expected a date</source>
        <translation>«{value}» ішінде тәулік уақыты бар; күн күтілді</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="43"/>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>«{value}» — жоқ күн</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="44"/>
        <source>&apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>«{value}» — ЖЖЖЖ-АА-КК түріндегі күн емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="45"/>
        <source>{value} is not a date</source>
        <translation>{value} — күн емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="46"/>
        <source>&apos;{value}&apos; is not a time in the form HH:MM</source>
        <translation>«{value}» — СС:ММ түріндегі уақыт емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="47"/>
        <source>{value} is not a time</source>
        <translation>{value} — уақыт емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="48"/>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>«{value}» мыналардың бірі емес: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="50"/>
        <source>this column appears twice</source>
        <translation>бұл баған екі рет кездеседі</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="51"/>
        <source>row 1 holds none of the expected column headers</source>
        <translation>1-жолда күтілген баған тақырыптарының бірде-бірі жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="52"/>
        <source>the required column {columns} is missing</source>
        <translation>міндетті {columns} бағаны жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="53"/>
        <source>the required columns {columns} are missing</source>
        <translation>міндетті {columns} бағандары жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="54"/>
        <source>the ID {value} is also in row {row}</source>
        <translation>{value} идентификаторы {row}-жолда да бар</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="55"/>
        <source>is required: it is what the participants&apos; Person ID refers to</source>
        <translation>міндетті: қатысушылардың «Person ID» өрісі соған сілтейді</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="56"/>
        <source>{value} is longer than {limit} characters</source>
        <translation>{value} {limit} таңбадан ұзын</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="57"/>
        <source>is required: the ID of the meeting this row belongs to</source>
        <translation>міндетті: бұл жол тиесілі кездесудің идентификаторы</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="58"/>
        <source>the cell is formatted as a date but its number is not a date (after 9999-12-31 or an error)</source>
        <translation>ұяшық күн ретінде пішімделген, бірақ оның саны күн емес (9999-12-31-ден кейін немесе қате)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="61"/>
        <source>is merged with other cells ({cells}): a merged cell keeps its value in its first cell only, so the others read as empty; unmerge the cells and fill in each one</source>
        <translation>басқа ұяшықтармен біріктірілген ({cells}): біріктірілген ұяшық мәнін тек бірінші ұяшықта сақтайды, қалғандары бос болып оқылады; ұяшықтарды ажыратып, әрқайсысын толтырыңыз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="66"/>
        <source>is a formula whose result the workbook does not hold (the program that wrote it does not calculate): type the value itself, or open the workbook in a spreadsheet program and save it there</source>
        <translation>нәтижесі кітапта жоқ формула (оны жазған бағдарлама формулаларды есептемейді): мәннің өзін енгізіңіз немесе кітапты электрондық кесте бағдарламасында ашып, сонда сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="71"/>
        <source>the cell holds the spreadsheet error {value}, not a value</source>
        <translation>ұяшықта мән емес, кесте қатесі {value} тұр</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="72"/>
        <source>the cell&apos;s number is not a date: spreadsheet dates start on 1900-01-01 (a negative number?)</source>
        <translation>ұяшықтағы сан күн емес: кесте күндері 1900-01-01-ден басталады (теріс сан ба?)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="75"/>
        <source>the cell holds the number {value}, not a date (a date after 9999-12-31, or a number not formatted as a date)</source>
        <translation>ұяшықта күн емес, {value} саны тұр (9999-12-31-ден кейінгі күн немесе күн ретінде пішімделмеген сан)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="79"/>
        <source>must be a whole number</source>
        <translation>бүтін сан болуы керек</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="80"/>
        <source>{value} is not a revision this program wrote (a whole number from 0 to {most})</source>
        <translation>{value} — бұл бағдарлама жазған нұсқа емес (0-ден {most}-ге дейінгі бүтін сан)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="81"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» — бүтін сан емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="82"/>
        <source>there is no meeting {meeting}, neither in the Meetings sheet nor in the program</source>
        <translation>{meeting} кездесуі Meetings парағында да, бағдарламада да жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="83"/>
        <source>this row belongs to meeting {meeting} in the program; rows cannot move between meetings</source>
        <translation>бағдарламада бұл жол {meeting} кездесуіне тиесілі; жолдар кездесулер арасында ауыспайды</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="87"/>
        <source>there is no file at {file}</source>
        <translation>{file} файлы жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="88"/>
        <source>{file} is a folder, not a workbook</source>
        <translation>{file} — кітап емес, қалта</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="89"/>
        <source>{file} is empty</source>
        <translation>{file} бос</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="90"/>
        <source>{file} is protected with a password; save a copy without the password and import that</source>
        <translation>{file} құпиясөзбен қорғалған; құпиясөзсіз көшірмесін сақтап, соны импорттаңыз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="93"/>
        <source>{file} is an old-style Excel 97–2003 (.xls) file; save it as an Excel Workbook (.xlsx) first</source>
        <translation>{file} — ескі Excel 97–2003 (.xls) файлы; алдымен оны Excel кітабы (.xlsx) ретінде сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="97"/>
        <source>{file} is not an Excel workbook (.xlsx): it is a text file</source>
        <translation>{file} — Excel кітабы (.xlsx) емес, мәтіндік файл</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="98"/>
        <source>{file} is not an Excel workbook (.xlsx): it is not a zip archive</source>
        <translation>{file} — Excel кітабы (.xlsx) емес: zip мұрағаты емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="99"/>
        <source>{file} is a zip archive but not an Excel workbook</source>
        <translation>{file} — zip мұрағаты, бірақ Excel кітабы емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="100"/>
        <source>{file} declares XML entities, which no spreadsheet writes; refused</source>
        <translation>{file} ешбір кесте жазбайтын XML нысандарын жариялайды; қабылданбады</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="101"/>
        <source>{file} would inflate to {size}, more than the {most} a workbook of records needs; refused as a possible zip bomb</source>
        <translation>{file} ашылғанда {size} болар еді — жазбалар кітабына қажет {most}-тан көп; ықтимал zip-бомба ретінде қабылданбады</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="106"/>
        <source>{file} is damaged or incomplete: {detail}</source>
        <translation>{file} бүлінген немесе толық емес: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="107"/>
        <source>{file} is damaged: {detail}</source>
        <translation>{file} бүлінген: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="108"/>
        <source>{file} cannot be read as a workbook: {detail}</source>
        <translation>{file} кітап ретінде оқылмайды: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="109"/>
        <source>{file} cannot be read: {detail}</source>
        <translation>{file} оқылмайды: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="111"/>
        <source>there is no Meetings sheet: only rows of the other sheets are read</source>
        <translation>Meetings парағы жоқ: тек басқа парақтардың жолдары оқылады</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="112"/>
        <source>the sheet {sheet} was read as {name}, from its column headers</source>
        <translation>{sheet} парағы баған тақырыптары бойынша {name} ретінде оқылды</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="113"/>
        <source>{sheet}: columns not known here were ignored: {columns}</source>
        <translation>{sheet}: бағдарламаға белгісіз бағандар өткізіп жіберілді: {columns}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="114"/>
        <source>{sheet}: the workbook has no column {columns}; records already here keep what they hold there, new records get empty or default values (classification: unclassified)</source>
        <translation>{sheet}: кітапта {columns} бағаны жоқ; бар жазбалардағы мәндер сақталады, жаңа жазбалар бос немесе әдепкі мәндер алады (грифі: грифсіз)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="119"/>
        <source>{sheet}: the workbook has no column {columns}; records already here keep what they hold there, new records get empty or default values</source>
        <translation>{sheet}: кітапта {columns} бағаны жоқ; бар жазбалардағы мәндер сақталады, жаңа жазбалар бос немесе әдепкі мәндер алады</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="125"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} — дерекқор файлы емес, қалта</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="126"/>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} оқылмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="127"/>
        <source>{path} is not an Aide-Mémoire database (not an SQLite file)</source>
        <translation>{path} — Aide-Mémoire дерекқоры емес (SQLite файлы емес)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="128"/>
        <source>cannot use {path} as the database: {reason}</source>
        <translation>{path} дерекқор ретінде пайдаланылмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="129"/>
        <source>there is no database at {path}</source>
        <translation>{path} дерекқоры жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="130"/>
        <source>{path} was made by an older version; open it once for writing to bring it up to date</source>
        <translation>{path} ескі нұсқада жасалған; жаңарту үшін оны бір рет жазуға ашыңыз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="133"/>
        <source>{path} is damaged ({what}); nothing was written. Restore the newest copy from {folder}</source>
        <translation>{path} бүлінген ({what}); ештеңе жазылған жоқ. {folder} ішіндегі ең жаңа көшірмені қалпына келтіріңіз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="136"/>
        <source>{file} is open read-only; changes cannot be saved</source>
        <translation>{file} тек оқу үшін ашылған; өзгерістерді сақтауға болмайды</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="137"/>
        <source>cannot open the database {path}: {reason}</source>
        <translation>{path} дерекқоры ашылмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="138"/>
        <source>{path} is not a readable database (it may be damaged)</source>
        <translation>{path} — оқылмайтын дерекқор (бүлінген болуы мүмкін)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="139"/>
        <source>{path} is an SQLite file of another program, not an Aide-Mémoire database</source>
        <translation>{path} — Aide-Mémoire дерекқоры емес, басқа бағдарламаның SQLite файлы</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="140"/>
        <source>{path} was written by a newer version of Aide-Mémoire (schema {version}; this one knows {known}); it has not been changed</source>
        <translation>{path} Aide-Mémoire-дің жаңарақ нұсқасымен жазылған (схема {version}; бұл нұсқа {known} біледі); файл өзгертілген жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="145"/>
        <source>{path} is damaged and cannot be read</source>
        <translation>{path} бүлінген және оқылмайды</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="146"/>
        <source>{file} is open in another copy of Aide-Mémoire{who}; close it there first, or open the database read-only</source>
        <translation>{file} Aide-Mémoire-дің басқа көшірмесінде ашық{who}; алдымен оны сонда жабыңыз немесе дерекқорды тек оқу үшін ашыңыз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="150"/>
        <source>another desk&apos;s change crossed this one; nothing was saved ({detail})</source>
        <translation>басқа бөлімнің өзгерісі осымен қиылысты; ештеңе сақталған жоқ ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="151"/>
        <source>the department server {url} is unreachable (the network, or a restart); nothing was saved and nothing you typed is lost: it is saved when the server is back</source>
        <translation>{url} департамент серверіне қол жетпейді (желі немесе қайта іске қосу); ештеңе сақталған жоқ, бірақ енгізгеніңіз жоғалған жоқ: сервер қайта қосылғанда сақталады</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="156"/>
        <source>the department server {url} asks for a password</source>
        <translation>{url} департамент сервері құпиясөз сұрайды</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="157"/>
        <source>the department server {url} asks for a password (the one given was not accepted)</source>
        <translation>{url} департамент сервері құпиясөз сұрайды (берілгені қабылданбады)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="158"/>
        <source>cannot reach the department server {url}: {reason}</source>
        <translation>{url} департамент серверіне қосылу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="159"/>
        <source>the department server {url} holds schema {version}, newer than this version of Aide-Mémoire knows ({known}); nothing was changed</source>
        <translation>{url} департамент серверінде {version} схемасы, Aide-Mémoire-дің бұл нұсқасы білетіннен ({known}) жаңа; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="164"/>
        <source>the department server {url} holds no Aide-Mémoire records yet: its administrator sets it up with: {command}</source>
        <translation>{url} департамент серверінде әлі Aide-Mémoire жазбалары жоқ: әкімші оны мына пәрменмен баптайды: {command}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="168"/>
        <source>the department server {url} was set up by an older version of Aide-Mémoire (schema {version}; this version needs {needed}): its administrator brings it up to date with: {command}</source>
        <translation>{url} департамент сервері Aide-Mémoire-дің ескі нұсқасымен бапталған (схема {version}; бұл нұсқаға {needed} керек): әкімші оны мына пәрменмен жаңартады: {command}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="173"/>
        <source>there is no meeting with id {id}</source>
        <translation>{id} идентификаторы бар кездесу жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="174"/>
        <source>there is no action with id {id}</source>
        <translation>{id} идентификаторы бар тапсырма жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="175"/>
        <source>&apos;{title}&apos; was changed elsewhere (revision {revision}, expected {expected})</source>
        <translation>«{title}» басқа жерде өзгертілген (нұсқа {revision}, күтілгені {expected})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="176"/>
        <source>a participant, statement or action of &apos;{title}&apos; has the id of a record in another meeting</source>
        <translation>«{title}» кездесуінің қатысушысында, мәлімдемесінде немесе тапсырмасында басқа кездесу жазбасының идентификаторы тұр</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="179"/>
        <source>&apos;{title}&apos; keeps being changed elsewhere; try saving again in a moment</source>
        <translation>«{title}» басқа жерде үнемі өзгертілуде; сәлден соң қайта сақтап көріңіз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="181"/>
        <source>cannot write {target}: that is the database {name}, one of its files or one of its backups; choose another file name</source>
        <translation>{target} жазылмайды: бұл {name} дерекқоры, оның файлдарының немесе көшірмелерінің бірі; басқа атау таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="186"/>
        <source>cannot write {target}: the folder {folder} does not exist</source>
        <translation>{target} жазылмайды: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="187"/>
        <source>cannot write {target}: {reason}</source>
        <translation>{target} жазылмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="188"/>
        <source>the text is empty: paste a press release or give a file that holds one</source>
        <translation>мәтін бос: баспасөз релизін қойыңыз немесе ол бар файлды көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="189"/>
        <source>the text is {size} characters long; a press release is at most {most}</source>
        <translation>мәтінде {size} таңба; баспасөз релизі ең көбі {most} таңба</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="190"/>
        <source>{file}: the document is {size} bytes unpacked; too large for a release</source>
        <translation>{file}: ашылған құжат {size} байт; релиз үшін тым үлкен</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="191"/>
        <source>{file} is not a Word document (.docx), or it is damaged</source>
        <translation>{file} — Word құжаты (.docx) емес немесе бүлінген</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="192"/>
        <source>{file}: the document&apos;s text cannot be read (damaged or unsafe XML)</source>
        <translation>{file}: құжат мәтіні оқылмайды (бүлінген немесе қауіпті XML)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="193"/>
        <source>{file} is {size} bytes; a press release is far smaller</source>
        <translation>{file} — {size} байт; баспасөз релизі әлдеқайда кіші</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="194"/>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} — UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="195"/>
        <source>logo: cannot read {path} ({reason})</source>
        <translation>логотип: {path} оқылмайды ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="196"/>
        <source>logo: {path} is {size} MB; give an image of at most 5 MB</source>
        <translation>логотип: {path} — {size} МБ; ең көбі 5 МБ сурет беріңіз</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="197"/>
        <source>logo: {path} is not a PNG or JPEG image</source>
        <translation>логотип: {path} — PNG немесе JPEG суреті емес</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="198"/>
        <source>reference number: {field} is not known; use {allowed}</source>
        <translation>шығыс нөмірі: {field} белгісіз; мыналарды қолданыңыз: {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="199"/>
        <source>reference number: the pattern {pattern} is not well formed ({reason})</source>
        <translation>шығыс нөмірі: {pattern} үлгісі қате құрылған ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="200"/>
        <source>reference number: the pattern {pattern} cannot be filled in ({reason})</source>
        <translation>шығыс нөмірі: {pattern} үлгісін толтыру мүмкін емес ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="201"/>
        <source>this person is no longer in the records (merged or removed meanwhile)</source>
        <translation>бұл адам енді жазбаларда жоқ (осы уақытта біріктірілген немесе жойылған)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="202"/>
        <source>a person needs at least one name</source>
        <translation>адамның кемінде бір есімі болуы керек</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="16"/>
        <source>Bilateral meeting</source>
        <translation>Екіжақты кездесу</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="17"/>
        <source>Multilateral meeting</source>
        <translation>Көпжақты кездесу</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="18"/>
        <source>Official visit</source>
        <translation>Ресми сапар</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="19"/>
        <source>State visit</source>
        <translation>Мемлекеттік сапар</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="20"/>
        <source>Sidelines meeting</source>
        <translation>Кулуардағы кездесу</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="21"/>
        <source>Phone call</source>
        <translation>Телефон арқылы сөйлесу</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="22"/>
        <source>Video call</source>
        <translation>Бейнеқоңырау</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="23"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="24"/>
        <source>Head of state</source>
        <translation>Мемлекет басшысы</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="25"/>
        <source>Head of government</source>
        <translation>Үкімет басшысы</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="26"/>
        <source>Minister</source>
        <translation>Министр</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="27"/>
        <source>Deputy minister</source>
        <translation>Министрдің орынбасары</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="28"/>
        <source>Ambassador</source>
        <translation>Елші</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="29"/>
        <source>Working level</source>
        <translation>Жұмыс деңгейі</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="30"/>
        <location filename="../../app/domain/vocab_words.py" line="33"/>
        <source>Ours</source>
        <translation>Біздің</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="31"/>
        <location filename="../../app/domain/vocab_words.py" line="34"/>
        <source>Counterpart</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="32"/>
        <source>Third party</source>
        <translation>Үшінші тарап</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="35"/>
        <source>Joint</source>
        <translation>Бірлескен</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="36"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="37"/>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="38"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="39"/>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="40"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="41"/>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="42"/>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="43"/>
        <source>Unclassified</source>
        <translation>Грифсіз</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="44"/>
        <source>Official use only</source>
        <translation>Қызмет бабында пайдалану үшін</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="45"/>
        <source>Confidential</source>
        <translation>Конфиденциалды</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="46"/>
        <source>Secret</source>
        <translation>Құпия</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../../app/ui/labels.py" line="109"/>
        <source>outcomes</source>
        <translation>нәтижелер</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="110"/>
        <source>statements</source>
        <translation>мәлімдемелер</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="111"/>
        <source>actions done</source>
        <translation>орындалған тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="128"/>
        <source>Looks like “%1” of %2: the same countries and a similar title.</source>
        <translation>%2 күнгі «%1» кездесуіне ұқсайды: елдері бірдей, атауы ұқсас.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="131"/>
        <source>No country: the meeting will not appear in any country&apos;s brief.</source>
        <translation>Ел көрсетілмеген: кездесу ешбір ел бойынша анықтамаға енбейді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="133"/>
        <source>Action %1 (“%2”) is due %3, before the meeting (%4).</source>
        <translation>%1-тапсырманың («%2») мерзімі %3 — кездесуден (%4) бұрын.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="137"/>
        <source>The meeting is on %1, still to come, but already has %2.</source>
        <translation>Кездесу %1 күні, әлі болмаған, бірақ оның %2 бар.</translation>
    </message>
</context>
</TS>
