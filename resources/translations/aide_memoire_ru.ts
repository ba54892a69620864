<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../app/ui/actions_model.py" line="119"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="119"/>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="119"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="119"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="119"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="120"/>
        <source>Committed by</source>
        <translation>Чьё обязательство</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="120"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_model.py" line="145"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../app/ui/actions_page.py" line="32"/>
        <source>Open or in progress</source>
        <translation>Открытые или в работе</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="33"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="34"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="35"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="36"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="37"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="40"/>
        <source>Any due date</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="41"/>
        <source>Due within 7 days</source>
        <translation>Срок в ближайшие 7 дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="42"/>
        <source>Due within 14 days</source>
        <translation>Срок в ближайшие 14 дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="43"/>
        <source>Due within 30 days</source>
        <translation>Срок в ближайшие 30 дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="81"/>
        <source>Any owner</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="84"/>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="85"/>
        <source>Overdue onl&amp;y</source>
        <translation>Просро&amp;ченные</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="106"/>
        <source>&amp;Status:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="107"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="108"/>
        <source>C&amp;ountry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions_page.py" line="109"/>
        <source>&amp;Due:</source>
        <translation>Сро&amp;к:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/actions_page.py" line="179"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n поручение</numerusform>
            <numerusform>%n поручения</numerusform>
            <numerusform>%n поручений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="64"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="85"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../app/ui/child_table.py" line="299"/>
        <source>Insert adds a row; Delete removes the row of the current cell</source>
        <translation>Insert добавляет строку, Delete удаляет строку текущей ячейки</translation>
    </message>
    <message>
        <location filename="../../app/ui/child_table.py" line="300"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
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
            <numerusform>%n встреча этой выгрузки имеет гриф «конфиденциально» или «секретно». Книга покидает программу: такие встречи не включаются, если вы их не добавите.</numerusform>
            <numerusform>%n встречи этой выгрузки имеют гриф «конфиденциально» или «секретно». Книга покидает программу: такие встречи не включаются, если вы их не добавите.</numerusform>
            <numerusform>%n встреч этой выгрузки имеют гриф «конфиденциально» или «секретно». Книга покидает программу: такие встречи не включаются, если вы их не добавите.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="43"/>
        <source>&amp;Include the meetings marked confidential or secret</source>
        <translation>&amp;Включить встречи с грифом «конфиденциально» или «секретно»</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="32"/>
        <source>Changed at another desk</source>
        <translation>Изменено за другим столом</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="36"/>
        <source>“%1” was saved at another desk while you edited it. Their changes to other fields are kept with yours; these fields were changed on both sides. Choose, for each, which stays.</source>
        <translation>«%1» сохранили за другим столом, пока вы её редактировали. Их изменения в других полях сохраняются вместе с вашими; эти поля изменены с обеих сторон. Выберите для каждого, что оставить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <location filename="../../app/ui/conflict_dialog.py" line="54"/>
        <source>Saved elsewhere</source>
        <translation>Сохранено там</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <location filename="../../app/ui/conflict_dialog.py" line="55"/>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="70"/>
        <source>&amp;Save with these choices</source>
        <translation>&amp;Сохранить с этим выбором</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="98"/>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
</context>
<context>
    <name>CountryChart</name>
    <message>
        <location filename="../../app/ui/overview_page.py" line="87"/>
        <source>No meetings in the last 12 months.</source>
        <translation>За последние 12 месяцев встреч не было.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../app/ui/country_picker.py" line="45"/>
        <source>Country name or code, e.g. Kenya or KE</source>
        <translation>Название или код страны, например Кения или KE</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_picker.py" line="108"/>
        <source>No country is called “%1”.</source>
        <translation>Нет страны «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_picker.py" line="110"/>
        <source>“%1” could be %2: type more of the name.</source>
        <translation>«%1» — это может быть %2: введите название полнее.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../app/ui/date_field.py" line="52"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="73"/>
        <location filename="../../app/ui/exchange_flow.py" line="112"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="74"/>
        <source>Export every meeting, or only the %1 the list shows now?</source>
        <translation>Выгрузить все встречи или только %1, показанные в списке?</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="77"/>
        <source>Every meeting</source>
        <translation>Все встречи</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="77"/>
        <source>Only those shown</source>
        <translation>Только показанные</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="77"/>
        <location filename="../../app/ui/exchange_flow.py" line="212"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="91"/>
        <source>Aide-Mémoire records %1</source>
        <translation>Записи Aide-Mémoire %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="93"/>
        <source>Export to a workbook</source>
        <translation>Экспорт в книгу Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="112"/>
        <source>Writing the workbook…</source>
        <translation>Запись книги…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="114"/>
        <source>The export failed: </source>
        <translation>Экспорт не удался: </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="116"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="122"/>
        <source>Exported %1 to %2</source>
        <translation>%1 выгружено в %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/exchange_flow.py" line="124"/>
        <source>(%n meeting(s) marked confidential or secret left out)</source>
        <translation>
            <numerusform>(%n встреча с грифом «конфиденциально» или «секретно» не включена)</numerusform>
            <numerusform>(%n встречи с грифом «конфиденциально» или «секретно» не включены)</numerusform>
            <numerusform>(%n встреч с грифом «конфиденциально» или «секретно» не включены)</numerusform>
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
        <translation>База открыта только для чтения; импорт невозможен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="136"/>
        <source>Import a workbook</source>
        <translation>Импорт книги Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="147"/>
        <source>Reading and checking %1…</source>
        <translation>Чтение и проверка %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="150"/>
        <source>The workbook cannot be imported: </source>
        <translation>Книгу нельзя импортировать: </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="152"/>
        <location filename="../../app/ui/exchange_flow.py" line="175"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="171"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="173"/>
        <source>The import failed; nothing was written: </source>
        <translation>Импорт не удался; ничего не записано: </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="184"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Импортировано: добавлено %1, обновлено %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/exchange_flow.py" line="186"/>
        <source>%n conflict(s) kept as they were here.</source>
        <translation>
            <numerusform>%n конфликт оставлен как здесь.</numerusform>
            <numerusform>%n конфликта оставлены как здесь.</numerusform>
            <numerusform>%n конфликтов оставлены как здесь.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="207"/>
        <source>Take back the import of %1 (%2)? Meetings it added are removed and fields it changed are put back, except where they were changed again since: those stay as they are now.</source>
        <translation>Отменить импорт %1 (%2)? Добавленные им встречи будут удалены, изменённые поля — возвращены, кроме тех, что с тех пор изменили снова: они останутся как есть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="223"/>
        <source>Taking the import back…</source>
        <translation>Отмена импорта…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="225"/>
        <source>The import could not be undone: </source>
        <translation>Импорт не удалось отменить: </translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="236"/>
        <source>The import was taken back except for what was changed since:</source>
        <translation>Импорт отменён, кроме того, что с тех пор изменили:</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="205"/>
        <location filename="../../app/ui/exchange_flow.py" line="212"/>
        <location filename="../../app/ui/exchange_flow.py" line="223"/>
        <location filename="../../app/ui/exchange_flow.py" line="235"/>
        <source>Undo the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="25"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="241"/>
        <source>The last import was undone.</source>
        <translation>Последний импорт отменён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="250"/>
        <source>something unexpected went wrong (%1); details are in the log</source>
        <translation>произошла непредвиденная ошибка (%1); подробности в журнале</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_flow.py" line="253"/>
        <source>Workbook</source>
        <translation>Книга</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="62"/>
        <source>What importing %1 would do. Nothing is written until you press Import.</source>
        <translation>Что изменит импорт %1. Ничего не записывается, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <location filename="../../app/ui/import_dialog.py" line="199"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="93"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="109"/>
        <source>The workbook has %n problem(s). Nothing can be imported until they are fixed in the workbook.</source>
        <translation>
            <numerusform>В книге %n ошибка. Импорт невозможен, пока она не исправлена в книге.</numerusform>
            <numerusform>В книге %n ошибки. Импорт невозможен, пока они не исправлены в книге.</numerusform>
            <numerusform>В книге %n ошибок. Импорт невозможен, пока они не исправлены в книге.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="121"/>
        <source>&amp;Copy the list</source>
        <translation>&amp;Копировать список</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="123"/>
        <source>&amp;Save the list…</source>
        <translation>&amp;Сохранить список…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="138"/>
        <source>%1 row %2, column %3 (%4)</source>
        <translation>%1, строка %2, столбец %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="141"/>
        <source>%1 row %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="150"/>
        <source>%1 problems</source>
        <translation>%1 — ошибки</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="151"/>
        <source>Save the list of problems</source>
        <translation>Сохранить список ошибок</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="151"/>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="160"/>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="169"/>
        <source>The records here already hold everything in this workbook: there is nothing to import.</source>
        <translation>Все данные этой книги уже есть в записях: импортировать нечего.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="181"/>
        <source>%n row(s) were changed both here and in the workbook since the export. Choose for each, or:</source>
        <translation>
            <numerusform>%n строка изменена и здесь, и в книге после экспорта. Выберите для каждой или:</numerusform>
            <numerusform>%n строки изменены и здесь, и в книге после экспорта. Выберите для каждой или:</numerusform>
            <numerusform>%n строк изменены и здесь, и в книге после экспорта. Выберите для каждой или:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="187"/>
        <source>&amp;Keep all of mine</source>
        <translation>&amp;Оставить все мои</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="188"/>
        <source>&amp;Take all from the workbook</source>
        <translation>&amp;Взять всё из книги</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="200"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="201"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="202"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="203"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="204"/>
        <source>Use</source>
        <translation>Взять</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="212"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="213"/>
        <source>updated</source>
        <translation>обновлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="214"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="215"/>
        <source>deleted here: not added again</source>
        <translation>удалена здесь: не добавляется снова</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="220"/>
        <source>Looks like a meeting already recorded: %1</source>
        <translation>Похоже на уже записанную встречу: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="222"/>
        <source>Deleted in the program since the export; left deleted</source>
        <translation>Удалена в программе после выгрузки; остаётся удалённой</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="224"/>
        <source>Deleted in the program, changed in the workbook</source>
        <translation>Удалена в программе, изменена в книге</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="229"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="230"/>
        <source>Take the workbook&apos;s</source>
        <translation>Взять из книги</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="243"/>
        <source>%1 of the %2 changed rows are listed; the counts above cover them all.</source>
        <translation>Показано %1 из %2 изменённых строк; счётчики выше учитывают все.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="252"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="42"/>
        <source>New meeting from a press release</source>
        <translation>Новая встреча из пресс-релиза</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="45"/>
        <source>Paste the press release here (English, Russian or Kazakh)</source>
        <translation>Вставьте сюда пресс-релиз (на английском, русском или казахском)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="46"/>
        <source>&amp;Text of the release:</source>
        <translation>&amp;Текст релиза:</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="49"/>
        <source>&amp;Published on:</source>
        <translation>&amp;Опубликован:</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="51"/>
        <source>&amp;Open a file…</source>
        <translation>Открыть &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="60"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="61"/>
        <source>&amp;Read into a draft</source>
        <translation>&amp;Прочитать в черновик</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="81"/>
        <source>Open a press release</source>
        <translation>Открыть пресс-релиз</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="81"/>
        <source>Releases (*.txt *.html *.htm *.docx)</source>
        <translation>Пресс-релизы (*.txt *.html *.htm *.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="94"/>
        <source>Published on: %1</source>
        <translation>Дата публикации: %1</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="38"/>
        <source>Letterhead for briefs</source>
        <translation>Бланк для справок</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="44"/>
        <source>e.g. AF-{country}/{year}-{month}{day}</source>
        <translation>например AF-{country}/{year}-{month}{day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="55"/>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="57"/>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="65"/>
        <source>Ministry, in &amp;English:</source>
        <translation>Министерство по-&amp;английски:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="65"/>
        <source>Ministry, in &amp;Russian:</source>
        <translation>Министерство по-&amp;русски:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="66"/>
        <source>Ministry, in &amp;Kazakh:</source>
        <translation>Министерство по-&amp;казахски:</translation>
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
        <translation>А&amp;втор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="78"/>
        <source>Reference &amp;number:</source>
        <translation>&amp;Номер исходящего:</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="80"/>
        <source>Distri&amp;bution (one per line):</source>
        <translation>Рассылка (по одному в &amp;строке):</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="81"/>
        <source>Shown at the top of the first page of every brief, PDF and Word, and in the file&apos;s properties. Every field may stay empty.</source>
        <translation>Печатается вверху первой страницы каждой справки (PDF и Word) и в свойствах файла. Любое поле можно оставить пустым.</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="87"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="88"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="119"/>
        <source>The letterhead could not be saved: %1</source>
        <translation>Не удалось сохранить бланк: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="125"/>
        <source>Choose the logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="125"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="140"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/letterhead_dialog.py" line="159"/>
        <source>Today&apos;s country brief of Kenya: %1</source>
        <translation>Страновая справка по Кении сегодня: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="492"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208"/>
        <source>Load the &amp;sample records</source>
        <translation>Загрузить &amp;пример записей</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>&amp;Import a workbook…</source>
        <translation>&amp;Импорт книги Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Bring in meetings and actions from an Excel workbook, with a preview</source>
        <translation>Загрузить встречи и поручения из книги Excel с предварительным просмотром</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>&amp;Export to a workbook…</source>
        <translation>&amp;Экспорт в книгу Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Write the records to an Excel workbook</source>
        <translation>Записать записи в книгу Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>Create a &amp;report…</source>
        <translation>Создать &amp;отчёт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <source>Create a PDF brief: one meeting, one country, or the follow-up actions</source>
        <translation>Создать справку в PDF: по встрече, по стране или по поручениям</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Letter&amp;head for briefs…</source>
        <translation>&amp;Бланк для справок…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>The ministry, logo, reference number and distribution on every brief</source>
        <translation>Министерство, логотип, номер исходящего и рассылка на каждой справке</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>&amp;Connect to a department server…</source>
        <translation>Подключиться к &amp;серверу департамента…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>Work on the records the whole department shares (PostgreSQL)</source>
        <translation>Работать с общими записями департамента (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>Use the &amp;local records (this computer)</source>
        <translation>&amp;Локальные записи (этот компьютер)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Undo the last &amp;import</source>
        <translation>Отменить последний &amp;импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>What is overdue or due soon, the latest meetings</source>
        <translation>Просроченные и ближайшие поручения, последние встречи</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Встречи</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Follow-up &amp;actions</source>
        <translation>&amp;Поручения</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Новая встреча…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>From a press &amp;release…</source>
        <translation>Из пресс-&amp;релиза…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="304"/>
        <source>&amp;Edit the meeting…</source>
        <translation>&amp;Изменить встречу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309"/>
        <source>&amp;Delete the meeting</source>
        <translation>&amp;Удалить встречу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>&amp;People…</source>
        <translation>&amp;Люди…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>&amp;About %1</source>
        <translation>&amp;О программе %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>Sample records</source>
        <translation>Пример записей</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342"/>
        <source>The sample could not be loaded: </source>
        <translation>Не удалось загрузить пример: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>The sample records are already here.</source>
        <translation>Пример записей уже загружен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>Loaded %n sample meetings.</source>
        <translation>
            <numerusform>Загружена %n встреча из примера.</numerusform>
            <numerusform>Загружены %n встречи из примера.</numerusform>
            <numerusform>Загружено %n встреч из примера.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359"/>
        <source>&lt;p&gt;Diplomatic meetings and their follow-up actions, kept on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Дипломатические встречи и поручения по их итогам; всё хранится на этом компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;База данных: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="390"/>
        <location filename="../../app/ui/main_window.py" line="429"/>
        <location filename="../../app/ui/main_window.py" line="445"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="390"/>
        <source>Creating the report…</source>
        <translation>Создание отчёта…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="394"/>
        <source>The report was cancelled; nothing was saved.</source>
        <translation>Создание отчёта отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <source>Saved the %1 to %2</source>
        <translation>%1: сохранено в %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="429"/>
        <source>No PDF viewer could be opened.</source>
        <translation>Не удалось открыть программу просмотра PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="436"/>
        <source>“%1” is marked %2. Its brief is made only when “Include meetings marked confidential or secret” is ticked.</source>
        <translation>«%1» имеет гриф «%2». Справка по ней создаётся, только если отмечено «Включить встречи с грифом „конфиденциально“ или „секретно“».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="443"/>
        <source>Something unexpected went wrong (%1). Details are in the log in %2.</source>
        <translation>Произошла непредвиденная ошибка (%1). Подробности в журнале в %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="445"/>
        <source>The report could not be made: </source>
        <translation>Не удалось создать отчёт: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="574"/>
        <source>status of “%1” → %2</source>
        <translation>статус «%1» → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="576"/>
        <source>Status set to %1.</source>
        <translation>Статус: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="614"/>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="625"/>
        <source>edit “%1”</source>
        <translation>правка «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="625"/>
        <source>new “%1”</source>
        <translation>новая «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="630"/>
        <source>Saved “%1”.</source>
        <translation>Сохранено: «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="662"/>
        <source>Not saved: the meeting was changed at another desk. Your version is still here.</source>
        <translation>Не сохранено: встречу изменили за другим столом. Ваш вариант остался в редакторе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="676"/>
        <source>The letterhead is kept for the next briefs.</source>
        <translation>Бланк сохранён для следующих справок.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="692"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="729"/>
        <location filename="../../app/ui/main_window.py" line="733"/>
        <location filename="../../app/ui/main_window.py" line="741"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="730"/>
        <source>Delete “%1” with its participants, statements and actions? Edit → Undo brings it back.</source>
        <translation>Удалить «%1» вместе с участниками, заявлениями и поручениями? Правка → Отменить вернёт её.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="733"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="743"/>
        <source>delete “%1”</source>
        <translation>удаление «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="745"/>
        <source>Deleted “%1”.</source>
        <translation>Удалено: «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="792"/>
        <source>Something unexpected went wrong (%1).</source>
        <translation>Произошла непредвиденная ошибка (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="794"/>
        <source>Daily backup</source>
        <translation>Ежедневная копия</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="794"/>
        <source>The day&apos;s backup was not made: </source>
        <translation>Копия за сегодня не сделана: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="836"/>
        <source>The department server does not answer; what you type is kept and saved when it is back.</source>
        <translation>Сервер департамента не отвечает; всё введённое сохранится, когда он вернётся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="844"/>
        <source>The department server is back.</source>
        <translation>Сервер департамента снова доступен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="871"/>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="872"/>
        <source>Not everything could be taken back, because it was changed since:</source>
        <translation>Отменено не всё: следующее с тех пор изменили:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="934"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="105"/>
        <source>Edit meeting</source>
        <translation>Изменение встречи</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="105"/>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="107"/>
        <source>New meeting from a press release</source>
        <translation>Новая встреча из пресс-релиза</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="109"/>
        <source>Meeting %1 of %2 from a press release</source>
        <translation>Встреча %1 из %2 из пресс-релиза</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="117"/>
        <source>The last day of a visit of several days; empty for one day</source>
        <translation>Последний день визита в несколько дней; пусто, если встреча в один день</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="119"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="125"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="132"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="136"/>
        <source>topics separated by ;  e.g. trade; grain; UN</source>
        <translation>темы через ;  например: торговля; зерно; ООН</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="148"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="149"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="150"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="151"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="151"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="152"/>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="159"/>
        <source>Add statement</source>
        <translation>Добавить заявление</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="168"/>
        <source>Add action</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="178"/>
        <source>&amp;End date:</source>
        <translation>Дата &amp;окончания:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="182"/>
        <source>T&amp;ime:</source>
        <translation>Вр&amp;емя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="201"/>
        <source>Cou&amp;ntries:</source>
        <translation>&amp;Страны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="202"/>
        <source>T&amp;opics:</source>
        <translation>&amp;Темы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="203"/>
        <source>Summar&amp;y:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="204"/>
        <source>O&amp;utcomes:</source>
        <translation>&amp;Итоги:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="205"/>
        <source>Sou&amp;rce:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="233"/>
        <source>Parti&amp;cipants</source>
        <translation>Уч&amp;астники</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="234"/>
        <source>&amp;Statements</source>
        <translation>&amp;Заявления</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="235"/>
        <source>Follo&amp;w-up actions</source>
        <translation>&amp;Поручения</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="243"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="246"/>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="247"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="360"/>
        <location filename="../../app/ui/meeting_editor.py" line="371"/>
        <source>From the release: “%1”</source>
        <translation>Из пресс-релиза: «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="373"/>
        <source>Known in People: linked to that person.</source>
        <translation>Есть в справочнике «Люди»: связан с этим человеком.</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="374"/>
        <source>New: added to People when the meeting is saved.</source>
        <translation>Новый: будет добавлен в «Люди» при сохранении встречи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="564"/>
        <source>The department server does not answer. Nothing is lost: this meeting is saved as soon as the server is back (trying every %1 seconds).</source>
        <translation>Сервер департамента не отвечает. Ничего не потеряно: встреча будет сохранена, как только сервер вернётся (попытка каждые %1 с).</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="591"/>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="593"/>
        <source>Show the other meeting</source>
        <translation>Показать ту встречу</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="594"/>
        <source>Before saving, please check:</source>
        <translation>Перед сохранением проверьте:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="156"/>
        <source>Speaker</source>
        <translation>Кто говорил</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="157"/>
        <source>What was said</source>
        <translation>Что было сказано</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="158"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="162"/>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="162"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="163"/>
        <source>Committed by</source>
        <translation>Чьё обязательство</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="164"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="164"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="165"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="166"/>
        <source>Completed on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="167"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="196"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="197"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="198"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="199"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="200"/>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="206"/>
        <source>Cl&amp;assification:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="232"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Встреча</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/meeting_editor.py" line="513"/>
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Не сохранено: нужно исправить %n ошибку.</numerusform>
            <numerusform>Не сохранено: нужно исправить %n ошибки.</numerusform>
            <numerusform>Не сохранено: нужно исправить %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="537"/>
        <source>Discard the changes you made to this meeting?</source>
        <translation>Отбросить изменения, внесённые во встречу?</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="538"/>
        <location filename="../../app/ui/meeting_editor.py" line="591"/>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="538"/>
        <source>Discard changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_editor.py" line="573"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="22"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="23"/>
        <source>Our side</source>
        <translation>Наша сторона</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="24"/>
        <source>Counterpart</source>
        <translation>Сторона партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="25"/>
        <source>Third parties</source>
        <translation>Третьи стороны</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="26"/>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="27"/>
        <source>Statements</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="28"/>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="29"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="30"/>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="31"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="32"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="33"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="34"/>
        <source>Follow-up actions</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_view.py" line="35"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="81"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="81"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="81"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="81"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="81"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="82"/>
        <source>Open actions</source>
        <translation>Открыто</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/meetings_model.py" line="113"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_model.py" line="116"/>
        <source>Marked %1: left out of exports and briefs unless included</source>
        <translation>Гриф «%1»: не попадает в выгрузки и справки, если не включить явно</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="68"/>
        <source>No changes are recorded for this meeting yet.</source>
        <translation>Для этой встречи изменений пока не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="94"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="94"/>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="105"/>
        <source>Search meetings, people, statements and actions (Ctrl+F)</source>
        <translation>Поиск по встречам, людям, заявлениям и поручениям (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="108"/>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="109"/>
        <location filename="../../app/ui/meetings_page.py" line="110"/>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="111"/>
        <source>Any format</source>
        <translation>Любой формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="112"/>
        <source>Any level</source>
        <translation>Любой уровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="113"/>
        <source>Clear f&amp;ilters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="125"/>
        <source>&amp;Details</source>
        <translation>Подроб&amp;но</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="136"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="138"/>
        <source>Form&amp;at:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="139"/>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="126"/>
        <source>Histor&amp;y</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="129"/>
        <source>&amp;Search:</source>
        <translation>По&amp;иск:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="135"/>
        <source>C&amp;ountry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location filename="../../app/ui/meetings_page.py" line="137"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/overview_page.py" line="146"/>
        <source>Latest meetings</source>
        <translation>Последние встречи</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="147"/>
        <source>Meetings per country, last 12 months</source>
        <translation>Встречи по странам за последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="148"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="148"/>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="148"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="148"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="152"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="152"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="152"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="152"/>
        <source>Open actions</source>
        <translation>Открытые поручения</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="158"/>
        <source>All overdue actions</source>
        <translation>Все просроченные</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="159"/>
        <source>All actions due soon</source>
        <translation>Все ближайшие</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="211"/>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/overview_page.py" line="216"/>
        <source>&amp;Overdue actions (%n)</source>
        <translation>
            <numerusform>Просро&amp;ченные поручения (%n)</numerusform>
            <numerusform>Просро&amp;ченные поручения (%n)</numerusform>
            <numerusform>Просро&amp;ченные поручения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="218"/>
        <source>&amp;Overdue actions (%1)</source>
        <translation>Просро&amp;ченные поручения (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/overview_page.py" line="220"/>
        <source>Due in the next %1 days (%n)</source>
        <translation>
            <numerusform>Срок в ближайшие %1 дней (%n)</numerusform>
            <numerusform>Срок в ближайшие %1 дней (%n)</numerusform>
            <numerusform>Срок в ближайшие %1 дней (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="222"/>
        <source>Due in the next %1 days (%2)</source>
        <translation>Срок в ближайшие %1 дней (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="224"/>
        <source>Nothing is overdue.</source>
        <translation>Просроченных поручений нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="225"/>
        <source>Nothing falls due in the next 14 days.</source>
        <translation>В ближайшие 14 дней сроков нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/overview_page.py" line="240"/>
        <source>%1 took part in all %n meetings and is not drawn.</source>
        <translation>
            <numerusform>%1: участие во всех %n встрече; на графике не показана.</numerusform>
            <numerusform>%1: участие во всех %n встречах; на графике не показана.</numerusform>
            <numerusform>%1: участие во всех %n встречах; на графике не показана.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="61"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="64"/>
        <source>a name in any spelling, e.g. Садыков or Sadyqov</source>
        <translation>имя в любом написании, например Садыков или Sadyqov</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="66"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="73"/>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Объединить двух выбранных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="74"/>
        <source>Two records of one person become one, with every spelling and meeting</source>
        <translation>Две записи об одном человеке станут одной, со всеми написаниями и встречами</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="82"/>
        <source>other spellings, separated by ;</source>
        <translation>другие написания через ;</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="87"/>
        <source>&amp;Save changes</source>
        <translation>Со&amp;хранить изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="94"/>
        <source>&amp;Other spellings:</source>
        <translation>&amp;Другие написания:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="95"/>
        <source>&amp;Country:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="95"/>
        <source>&amp;Usual side:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="127"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/people_dialog.py" line="151"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="155"/>
        <source>Nobody of that name.</source>
        <translation>Никого с таким именем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="187"/>
        <source>Also written:</source>
        <translation>Пишется также:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="198"/>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="200"/>
        <source>Meetings, newest first</source>
        <translation>Встречи, сначала новые</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="201"/>
        <source>Took on:</source>
        <translation>Взял на себя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="215"/>
        <source>No meetings recorded.</source>
        <translation>Встреч не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="231"/>
        <source>The name is required (how the desk writes this person).</source>
        <translation>Нужно имя (как этого человека пишут в записях).</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="236"/>
        <source>“%1” is not a country: choose one from the list.</source>
        <translation>«%1» — не страна: выберите её из списка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="270"/>
        <location filename="../../app/ui/people_dialog.py" line="282"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="271"/>
        <source>“%1” and “%2” are one person: every spelling, position and meeting of both is kept. Which name should the person go by?</source>
        <translation>«%1» и «%2» — один человек: все написания, должности и встречи обоих сохранятся. Под каким именем его вести?</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="273"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="67"/>
        <source>Create a report</source>
        <translation>Создание отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="69"/>
        <source>&amp;Meeting brief</source>
        <translation>Справка по &amp;встрече</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="70"/>
        <source>&amp;Country brief</source>
        <translation>Справка по &amp;стране</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="80"/>
        <source>(select a meeting in the list first)</source>
        <translation>(сначала выберите встречу в списке)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="87"/>
        <source>Only meetings in a &amp;period</source>
        <translation>Только встречи за пер&amp;иод</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="93"/>
        <source>&amp;From:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="93"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="98"/>
        <source>Include meetings marked confidential or &amp;secret</source>
        <translation>Включить встречи с грифом «кон&amp;фиденциально» или «секретно»</translation>
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
        <location filename="../../app/ui/report_dialog.py" line="113"/>
        <source>C&amp;hoose…</source>
        <translation>Выбр&amp;ать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="115"/>
        <source>&amp;Open the report when it is ready</source>
        <translation>От&amp;крыть отчёт, когда он будет готов</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="128"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="136"/>
        <source>Co&amp;untry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="71"/>
        <source>Follo&amp;w-up actions report</source>
        <translation>Отчёт по &amp;поручениям</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="85"/>
        <source>Only o&amp;verdue actions</source>
        <translation>&amp;Только просроченные поручения</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="108"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="109"/>
        <source>Word document (.docx), to finish in Word</source>
        <translation>Документ Word (.docx) для доработки в Word</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="123"/>
        <source>Create r&amp;eport</source>
        <translation>Со&amp;здать отчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="149"/>
        <source>File t&amp;ype:</source>
        <translation>Тип фай&amp;ла:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="150"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="154"/>
        <source>Save &amp;as:</source>
        <translation>Со&amp;хранить как:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="220"/>
        <source>&apos;%1&apos; is not a country: type a name or an ISO code such as KE.</source>
        <translation>«%1» — не страна: введите название или код ISO, например KE.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="222"/>
        <source>Choose the country of the brief.</source>
        <translation>Выберите страну для справки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="226"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="228"/>
        <source>Say where to save the report.</source>
        <translation>Укажите, куда сохранить отчёт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="230"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="246"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="247"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="247"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="279"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="280"/>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
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
        <translation>Подключение к серверу департамента</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="73"/>
        <source>only if the server asks for one; never stored</source>
        <translation>только если сервер его запросит; нигде не сохраняется</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="75"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="76"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="78"/>
        <source>The records of the department, shared by every desk. Ask the administrator for the address.</source>
        <translation>Записи департамента, общие для всех отделов. Адрес сообщит администратор.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="89"/>
        <source>C&amp;onnect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="116"/>
        <source>Give the address as postgresql://user@host/dbname</source>
        <translation>Укажите адрес в виде postgresql://пользователь@сервер/база</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="122"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>Welcome to %1</source>
        <translation>Добро пожаловать в %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Your records are kept on this computer only. To look around first, load the sample records: three Kazakhstan–Kenya meetings of 2023–2024 with their follow-up actions.</source>
        <translation>Ваши записи хранятся только на этом компьютере. Чтобы осмотреться, загрузите пример: три встречи Казахстан–Кения 2023–2024 годов с поручениями по их итогам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>&amp;Load the sample records</source>
        <translation>&amp;Загрузить пример записей</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>&amp;Import a workbook…</source>
        <translation>&amp;Импорт книги Excel…</translation>
    </message>
</context>
<context>
    <name>brief</name>
    <message>
        <location filename="../../app/reports/labels.py" line="18"/>
        <source>Meeting brief</source>
        <translation>Справка о встрече</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="19"/>
        <source>Country brief</source>
        <translation>Страновая справка</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="20"/>
        <location filename="../../app/reports/labels.py" line="41"/>
        <source>Follow-up actions</source>
        <translation>Поручения по итогам встреч</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="21"/>
        <source>Overdue follow-up actions</source>
        <translation>Просроченные поручения</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="22"/>
        <source>Page {page} of {pages}</source>
        <translation>Стр. {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="23"/>
        <source>Produced {date}</source>
        <translation>Подготовлено {date}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="24"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="25"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="26"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="27"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="28"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="29"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="30"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="31"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="32"/>
        <source>Our side</source>
        <translation>Наша сторона</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="33"/>
        <source>Counterpart</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="34"/>
        <source>Third parties</source>
        <translation>Третьи стороны</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="35"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="36"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="37"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="38"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="39"/>
        <source>Key statements</source>
        <translation>Основные заявления</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="40"/>
        <source>Outcomes and decisions</source>
        <translation>Итоги и решения</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="42"/>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="43"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="44"/>
        <source>Committed by</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="45"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="46"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="47"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="48"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="49"/>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="50"/>
        <source>(no owner)</source>
        <translation>(без исполнителя)</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="51"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="52"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="53"/>
        <source>Period covered</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="54"/>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="55"/>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="56"/>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="57"/>
        <source>Meetings in the period</source>
        <translation>Встреч за период</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="58"/>
        <source>Meetings by level</source>
        <translation>Встречи по уровню</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="59"/>
        <source>Actions open</source>
        <translation>Поручений открыто</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="60"/>
        <source>Actions overdue</source>
        <translation>Поручений просрочено</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="61"/>
        <source>Actions done</source>
        <translation>Поручений выполнено</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="62"/>
        <source>Meetings per year</source>
        <translation>Встречи по годам</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="63"/>
        <source>Open commitments</source>
        <translation>Невыполненные обязательства</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="64"/>
        <source>Counterparts met</source>
        <translation>С кем проводились встречи</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="65"/>
        <source>Met</source>
        <translation>Встреч</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="66"/>
        <source>Last met</source>
        <translation>Последняя</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="67"/>
        <source>Ours</source>
        <translation>Наши</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="68"/>
        <source>Theirs</source>
        <translation>Партнёров</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="69"/>
        <source>Joint</source>
        <translation>Совместные</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="70"/>
        <source>Timeline of meetings</source>
        <translation>Хронология встреч</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="71"/>
        <source>Latest meeting</source>
        <translation>Последняя встреча</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="72"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="73"/>
        <source>{year} · {count} meetings</source>
        <translation>{year} · встреч: {count}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="74"/>
        <source>{year} · 1 meeting</source>
        <translation>{year} · 1 встреча</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="75"/>
        <source>There are no meetings with {country} in this period.</source>
        <translation>Встреч со страной «{country}» в этот период не было.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="76"/>
        <source>There are no open follow-up actions.</source>
        <translation>Открытых поручений нет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="77"/>
        <source>There are no overdue follow-up actions.</source>
        <translation>Просроченных поручений нет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="78"/>
        <source>Meetings marked confidential or secret are not included.</source>
        <translation>Встречи с грифом «конфиденциально» или «секретно» не включены.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="79"/>
        <source>This brief includes meetings marked confidential or secret.</source>
        <translation>Справка включает встречи с грифом «конфиденциально» или «секретно».</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="80"/>
        <source>As of {date}</source>
        <translation>По состоянию на {date}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="81"/>
        <source>{count} open</source>
        <translation>открыто: {count}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="82"/>
        <source>Ref. {reference}</source>
        <translation>Исх. № {reference}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="83"/>
        <source>Prepared by {author}</source>
        <translation>Подготовил(а): {author}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="84"/>
        <source>Distribution: {names}</source>
        <translation>Рассылка: {names}</translation>
    </message>
</context>
<context>
    <name>date</name>
    <message>
        <location filename="../../app/reports/labels.py" line="91"/>
        <source>{day} January {year}</source>
        <translation>{day} января {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="92"/>
        <source>{day} February {year}</source>
        <translation>{day} февраля {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="93"/>
        <source>{day} March {year}</source>
        <translation>{day} марта {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="94"/>
        <source>{day} April {year}</source>
        <translation>{day} апреля {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="95"/>
        <source>{day} May {year}</source>
        <translation>{day} мая {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="96"/>
        <source>{day} June {year}</source>
        <translation>{day} июня {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="97"/>
        <source>{day} July {year}</source>
        <translation>{day} июля {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="98"/>
        <source>{day} August {year}</source>
        <translation>{day} августа {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="99"/>
        <source>{day} September {year}</source>
        <translation>{day} сентября {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="100"/>
        <source>{day} October {year}</source>
        <translation>{day} октября {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="101"/>
        <source>{day} November {year}</source>
        <translation>{day} ноября {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="102"/>
        <source>{day} December {year}</source>
        <translation>{day} декабря {year} г.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="105"/>
        <source>{day} {month_short} {year}</source>
        <translation>{day:02d}.{month:02d}.{year}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="107"/>
        <source>Jan</source>
        <translation>янв.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="108"/>
        <source>Feb</source>
        <translation>февр.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="109"/>
        <source>Mar</source>
        <translation>мар.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="110"/>
        <source>Apr</source>
        <translation>апр.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="111"/>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="112"/>
        <source>Jun</source>
        <translation>июн.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="113"/>
        <source>Jul</source>
        <translation>июл.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="114"/>
        <source>Aug</source>
        <translation>авг.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="115"/>
        <source>Sep</source>
        <translation>сент.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="116"/>
        <source>Oct</source>
        <translation>окт.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="117"/>
        <source>Nov</source>
        <translation>нояб.</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="118"/>
        <source>Dec</source>
        <translation>дек.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../app/ui/labels.py" line="35"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38"/>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39"/>
        <location filename="../../app/ui/labels.py" line="57"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>New</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45"/>
        <location filename="../../app/ui/labels.py" line="81"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="46"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="47"/>
        <source>Sample</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48"/>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49"/>
        <source>Redo</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50"/>
        <source>Merge of people</source>
        <translation>Объединение людей</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="51"/>
        <source>Person corrected</source>
        <translation>Исправление человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="55"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="61"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="62"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="63"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66"/>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>Classification</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="71"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="73"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="74"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="75"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79"/>
        <source>Committed by</source>
        <translation>Обязалась сторона</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="83"/>
        <source>Completed on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/main.py" line="67"/>
        <source>Bringing the search index of your records up to date for this version. This happens once.</source>
        <translation>Поисковый указатель ваших записей обновляется для этой версии. Это происходит один раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="97"/>
        <source>Open it read-only, or quit?</source>
        <translation>Открыть только для чтения или выйти?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="98"/>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="98"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="132"/>
        <source>Something went wrong; it was written to the log.</source>
        <translation>Что-то пошло не так; подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../app/domain/problem_words.py" line="20"/>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="21"/>
        <source>must be text, not {kind}</source>
        <translation>должно быть текстом, а не {kind}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="22"/>
        <source>is too long ({units} characters; at most {limit})</source>
        <translation>слишком длинно ({units} знаков; не более {limit})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="23"/>
        <source>holds {units} characters, the most a spreadsheet cell can hold: the program that saved the workbook has probably cut the text short</source>
        <translation>содержит {units} знаков — столько, сколько вмещает ячейка таблицы: программа, сохранившая книгу, вероятно, обрезала текст</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="28"/>
        <source>contains a character that cannot be stored ({code})</source>
        <translation>содержит символ, который нельзя сохранить ({code})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="29"/>
        <source>must be one of: {choices}</source>
        <translation>должно быть одним из: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="30"/>
        <source>must be a date</source>
        <translation>должно быть датой</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="31"/>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>«{code}» — не код страны ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="32"/>
        <source>&apos;{value}&apos; is not a valid record id</source>
        <translation>«{value}» — недопустимый идентификатор записи</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="33"/>
        <source>&apos;{value}&apos; is not a language code such as en, ru or kk</source>
        <translation>«{value}» — не код языка вроде en, ru или kk</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="34"/>
        <source>is set but the status is not done</source>
        <translation>указано, но статус — не «Выполнено»</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="35"/>
        <source>must be a time of day</source>
        <translation>должно быть временем суток</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="36"/>
        <source>is before the meeting&apos;s first day ({date})</source>
        <translation>раньше первого дня встречи ({date})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="37"/>
        <source>lists a country twice</source>
        <translation>одна страна указана дважды</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="38"/>
        <source>&apos;{topic}&apos; contains &apos;;&apos;, which separates topics</source>
        <translation>«{topic}» содержит «;», которая разделяет темы</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="39"/>
        <source>two records of this meeting share an id</source>
        <translation>у двух записей этой встречи одинаковый идентификатор</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="40"/>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="41"/>
        <source>must be a table of fields</source>
        <translation>должно быть таблицей полей</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="42"/>
        <source>&apos;{value}&apos; has a time of day; expected a date</source>
        <translation>«{value}» содержит время суток; ожидается дата</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="43"/>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>«{value}» — несуществующая дата</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="44"/>
        <source>&apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>«{value}» — не дата в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="45"/>
        <source>{value} is not a date</source>
        <translation>{value} — не дата</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="46"/>
        <source>&apos;{value}&apos; is not a time in the form HH:MM</source>
        <translation>«{value}» — не время в виде ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="47"/>
        <source>{value} is not a time</source>
        <translation>{value} — не время</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="48"/>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>«{value}» — не одно из: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="50"/>
        <source>this column appears twice</source>
        <translation>этот столбец встречается дважды</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="51"/>
        <source>row 1 holds none of the expected column headers</source>
        <translation>в строке 1 нет ни одного из ожидаемых заголовков столбцов</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="52"/>
        <source>the required column {columns} is missing</source>
        <translation>нет обязательного столбца {columns}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="53"/>
        <source>the required columns {columns} are missing</source>
        <translation>нет обязательных столбцов {columns}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="54"/>
        <source>the ID {value} is also in row {row}</source>
        <translation>идентификатор {value} есть и в строке {row}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="55"/>
        <source>is required: it is what the participants&apos; Person ID refers to</source>
        <translation>обязательно: на него ссылается «Person ID» участников</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="56"/>
        <source>{value} is longer than {limit} characters</source>
        <translation>{value} длиннее {limit} знаков</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="57"/>
        <source>is required: the ID of the meeting this row belongs to</source>
        <translation>обязательно: идентификатор встречи, к которой относится строка</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="58"/>
        <source>the cell is formatted as a date but its number is not a date (after 9999-12-31 or an error)</source>
        <translation>ячейка отформатирована как дата, но её число — не дата (позже 9999-12-31 или ошибка)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="61"/>
        <source>is merged with other cells ({cells}): a merged cell keeps its value in its first cell only, so the others read as empty; unmerge the cells and fill in each one</source>
        <translation>объединена с другими ячейками ({cells}): объединённая ячейка хранит значение только в первой ячейке, остальные читаются как пустые; разъедините ячейки и заполните каждую</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="66"/>
        <source>is a formula whose result the workbook does not hold (the program that wrote it does not calculate): type the value itself, or open the workbook in a spreadsheet program and save it there</source>
        <translation>формула, результата которой в книге нет (программа, записавшая её, не вычисляет формулы): введите само значение или откройте книгу в программе электронных таблиц и сохраните её там</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="71"/>
        <source>the cell holds the spreadsheet error {value}, not a value</source>
        <translation>в ячейке ошибка таблицы {value}, а не значение</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="72"/>
        <source>the cell&apos;s number is not a date: spreadsheet dates start on 1900-01-01 (a negative number?)</source>
        <translation>число в ячейке — не дата: даты таблиц начинаются с 1900-01-01 (отрицательное число?)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="75"/>
        <source>the cell holds the number {value}, not a date (a date after 9999-12-31, or a number not formatted as a date)</source>
        <translation>в ячейке число {value}, а не дата (дата позже 9999-12-31 или число без формата даты)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="79"/>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="80"/>
        <source>{value} is not a revision this program wrote (a whole number from 0 to {most})</source>
        <translation>{value} — не версия, записанная этой программой (целое число от 0 до {most})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="81"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="82"/>
        <source>there is no meeting {meeting}, neither in the Meetings sheet nor in the program</source>
        <translation>встречи {meeting} нет ни на листе Meetings, ни в программе</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="83"/>
        <source>this row belongs to meeting {meeting} in the program; rows cannot move between meetings</source>
        <translation>в программе эта строка относится к встрече {meeting}; строки не переходят между встречами</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="87"/>
        <source>there is no file at {file}</source>
        <translation>файла {file} нет</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="88"/>
        <source>{file} is a folder, not a workbook</source>
        <translation>{file} — папка, а не книга</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="89"/>
        <source>{file} is empty</source>
        <translation>{file} пуст</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="90"/>
        <source>{file} is protected with a password; save a copy without the password and import that</source>
        <translation>{file} защищён паролем; сохраните копию без пароля и импортируйте её</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="93"/>
        <source>{file} is an old-style Excel 97–2003 (.xls) file; save it as an Excel Workbook (.xlsx) first</source>
        <translation>{file} — файл старого формата Excel 97–2003 (.xls); сначала сохраните его как книгу Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="97"/>
        <source>{file} is not an Excel workbook (.xlsx): it is a text file</source>
        <translation>{file} — не книга Excel (.xlsx), а текстовый файл</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="98"/>
        <source>{file} is not an Excel workbook (.xlsx): it is not a zip archive</source>
        <translation>{file} — не книга Excel (.xlsx): это не zip-архив</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="99"/>
        <source>{file} is a zip archive but not an Excel workbook</source>
        <translation>{file} — zip-архив, но не книга Excel</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="100"/>
        <source>{file} declares XML entities, which no spreadsheet writes; refused</source>
        <translation>{file} объявляет XML-сущности, которых не пишет ни одна таблица; отклонён</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="101"/>
        <source>{file} would inflate to {size}, more than the {most} a workbook of records needs; refused as a possible zip bomb</source>
        <translation>{file} распаковался бы в {size} — больше {most}, нужных книге записей; отклонён как возможная zip-бомба</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="106"/>
        <source>{file} is damaged or incomplete: {detail}</source>
        <translation>{file} повреждён или неполон: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="107"/>
        <source>{file} is damaged: {detail}</source>
        <translation>{file} повреждён: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="108"/>
        <source>{file} cannot be read as a workbook: {detail}</source>
        <translation>{file} не читается как книга: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="109"/>
        <source>{file} cannot be read: {detail}</source>
        <translation>{file} не удаётся прочитать: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="111"/>
        <source>there is no Meetings sheet: only rows of the other sheets are read</source>
        <translation>листа Meetings нет: читаются только строки других листов</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="112"/>
        <source>the sheet {sheet} was read as {name}, from its column headers</source>
        <translation>лист {sheet} прочитан как {name} по заголовкам его столбцов</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="113"/>
        <source>{sheet}: columns not known here were ignored: {columns}</source>
        <translation>{sheet}: неизвестные программе столбцы пропущены: {columns}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="114"/>
        <source>{sheet}: the workbook has no column {columns}; records already here keep what they hold there, new records get empty or default values (classification: unclassified)</source>
        <translation>{sheet}: в книге нет столбца {columns}; у существующих записей остаётся то, что в них есть, новые получают пустые значения или значения по умолчанию (гриф: без грифа)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="119"/>
        <source>{sheet}: the workbook has no column {columns}; records already here keep what they hold there, new records get empty or default values</source>
        <translation>{sheet}: в книге нет столбца {columns}; у существующих записей остаётся то, что в них есть, новые получают пустые значения или значения по умолчанию</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="125"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} — папка, а не файл базы данных</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="126"/>
        <source>cannot read {path}: {reason}</source>
        <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="127"/>
        <source>{path} is not an Aide-Mémoire database (not an SQLite file)</source>
        <translation>{path} — не база Aide-Mémoire (не файл SQLite)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="128"/>
        <source>cannot use {path} as the database: {reason}</source>
        <translation>нельзя использовать {path} как базу данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="129"/>
        <source>there is no database at {path}</source>
        <translation>базы данных {path} нет</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="130"/>
        <source>{path} was made by an older version; open it once for writing to bring it up to date</source>
        <translation>{path} создана более старой версией; откройте её один раз для записи, чтобы обновить</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="133"/>
        <source>{path} is damaged ({what}); nothing was written. Restore the newest copy from {folder}</source>
        <translation>{path} повреждена ({what}); ничего не записано. Восстановите самую новую копию из {folder}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="136"/>
        <source>{file} is open read-only; changes cannot be saved</source>
        <translation>{file} открыта только для чтения; изменения нельзя сохранить</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="137"/>
        <source>cannot open the database {path}: {reason}</source>
        <translation>не удаётся открыть базу данных {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="138"/>
        <source>{path} is not a readable database (it may be damaged)</source>
        <translation>{path} — нечитаемая база данных (возможно, повреждена)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="139"/>
        <source>{path} is an SQLite file of another program, not an Aide-Mémoire database</source>
        <translation>{path} — файл SQLite другой программы, а не база Aide-Mémoire</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="140"/>
        <source>{path} was written by a newer version of Aide-Mémoire (schema {version}; this one knows {known}); it has not been changed</source>
        <translation>{path} записана более новой версией Aide-Mémoire (схема {version}; эта версия знает {known}); файл не изменён</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="145"/>
        <source>{path} is damaged and cannot be read</source>
        <translation>{path} повреждена и не читается</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="146"/>
        <source>{file} is open in another copy of Aide-Mémoire{who}; close it there first, or open the database read-only</source>
        <translation>{file} открыта в другой копии Aide-Mémoire{who}; сначала закройте её там или откройте базу только для чтения</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="150"/>
        <source>another desk&apos;s change crossed this one; nothing was saved ({detail})</source>
        <translation>изменение за другим столом пересеклось с этим; ничего не сохранено ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="151"/>
        <source>the department server {url} is unreachable (the network, or a restart); nothing was saved and nothing you typed is lost: it is saved when the server is back</source>
        <translation>сервер департамента {url} недоступен (сеть или перезапуск); ничего не сохранено, но и ничего из введённого не потеряно: всё сохранится, когда сервер вернётся</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="156"/>
        <source>the department server {url} asks for a password</source>
        <translation>сервер департамента {url} запрашивает пароль</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="157"/>
        <source>the department server {url} asks for a password (the one given was not accepted)</source>
        <translation>сервер департамента {url} запрашивает пароль (введённый не подошёл)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="158"/>
        <source>cannot reach the department server {url}: {reason}</source>
        <translation>нет связи с сервером департамента {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="159"/>
        <source>the department server {url} holds schema {version}, newer than this version of Aide-Mémoire knows ({known}); nothing was changed</source>
        <translation>на сервере департамента {url} схема {version}, новее известной этой версии Aide-Mémoire ({known}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="164"/>
        <source>the department server {url} holds no Aide-Mémoire records yet: its administrator sets it up with: {command}</source>
        <translation>на сервере департамента {url} ещё нет записей Aide-Mémoire: администратор настраивает его командой {command}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="168"/>
        <source>the department server {url} was set up by an older version of Aide-Mémoire (schema {version}; this version needs {needed}): its administrator brings it up to date with: {command}</source>
        <translation>сервер департамента {url} настроен более старой версией Aide-Mémoire (схема {version}; этой версии нужна {needed}): администратор обновляет его командой {command}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="173"/>
        <source>there is no meeting with id {id}</source>
        <translation>встречи с идентификатором {id} нет</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="174"/>
        <source>there is no action with id {id}</source>
        <translation>поручения с идентификатором {id} нет</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="175"/>
        <source>&apos;{title}&apos; was changed elsewhere (revision {revision}, expected {expected})</source>
        <translation>«{title}» изменили в другом месте (версия {revision}, ожидалась {expected})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="176"/>
        <source>a participant, statement or action of &apos;{title}&apos; has the id of a record in another meeting</source>
        <translation>у участника, заявления или поручения встречи «{title}» идентификатор записи из другой встречи</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="179"/>
        <source>&apos;{title}&apos; keeps being changed elsewhere; try saving again in a moment</source>
        <translation>«{title}» всё время меняют в другом месте; попробуйте сохранить чуть позже</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="181"/>
        <source>cannot write {target}: that is the database {name}, one of its files or one of its backups; choose another file name</source>
        <translation>нельзя записать {target}: это база данных {name}, один из её файлов или копий; выберите другое имя</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="186"/>
        <source>cannot write {target}: the folder {folder} does not exist</source>
        <translation>нельзя записать {target}: папки {folder} нет</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="187"/>
        <source>cannot write {target}: {reason}</source>
        <translation>нельзя записать {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="188"/>
        <source>the text is empty: paste a press release or give a file that holds one</source>
        <translation>текст пуст: вставьте пресс-релиз или укажите файл с ним</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="189"/>
        <source>the text is {size} characters long; a press release is at most {most}</source>
        <translation>в тексте {size} знаков; пресс-релиз не длиннее {most}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="190"/>
        <source>{file}: the document is {size} bytes unpacked; too large for a release</source>
        <translation>{file}: документ в распакованном виде занимает {size} байт; слишком велик для пресс-релиза</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="191"/>
        <source>{file} is not a Word document (.docx), or it is damaged</source>
        <translation>{file} — не документ Word (.docx) или он повреждён</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="192"/>
        <source>{file}: the document&apos;s text cannot be read (damaged or unsafe XML)</source>
        <translation>{file}: текст документа не читается (повреждённый или небезопасный XML)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="193"/>
        <source>{file} is {size} bytes; a press release is far smaller</source>
        <translation>{file} занимает {size} байт; пресс-релиз намного меньше</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="194"/>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} — не текст в UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="195"/>
        <source>logo: cannot read {path} ({reason})</source>
        <translation>логотип: не удаётся прочитать {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="196"/>
        <source>logo: {path} is {size} MB; give an image of at most 5 MB</source>
        <translation>логотип: {path} занимает {size} МБ; нужно изображение не более 5 МБ</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="197"/>
        <source>logo: {path} is not a PNG or JPEG image</source>
        <translation>логотип: {path} — не изображение PNG или JPEG</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="198"/>
        <source>reference number: {field} is not known; use {allowed}</source>
        <translation>номер исходящего: {field} неизвестно; используйте {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="199"/>
        <source>reference number: the pattern {pattern} is not well formed ({reason})</source>
        <translation>номер исходящего: шаблон {pattern} составлен неверно ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="200"/>
        <source>reference number: the pattern {pattern} cannot be filled in ({reason})</source>
        <translation>номер исходящего: шаблон {pattern} нельзя заполнить ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="201"/>
        <source>this person is no longer in the records (merged or removed meanwhile)</source>
        <translation>этого человека уже нет в записях (тем временем объединён или удалён)</translation>
    </message>
    <message>
        <location filename="../../app/domain/problem_words.py" line="202"/>
        <source>a person needs at least one name</source>
        <translation>у человека должно быть хотя бы одно имя</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="16"/>
        <source>Bilateral meeting</source>
        <translation>Двусторонняя встреча</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="17"/>
        <source>Multilateral meeting</source>
        <translation>Многосторонняя встреча</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="18"/>
        <source>Official visit</source>
        <translation>Официальный визит</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="19"/>
        <source>State visit</source>
        <translation>Государственный визит</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="20"/>
        <source>Sidelines meeting</source>
        <translation>Встреча на полях</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="21"/>
        <source>Phone call</source>
        <translation>Телефонный разговор</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="22"/>
        <source>Video call</source>
        <translation>Видеозвонок</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="23"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="24"/>
        <source>Head of state</source>
        <translation>Глава государства</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="25"/>
        <source>Head of government</source>
        <translation>Глава правительства</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="26"/>
        <source>Minister</source>
        <translation>Министр</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="27"/>
        <source>Deputy minister</source>
        <translation>Заместитель министра</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="28"/>
        <source>Ambassador</source>
        <translation>Посол</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="29"/>
        <source>Working level</source>
        <translation>Рабочий уровень</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="30"/>
        <location filename="../../app/domain/vocab_words.py" line="33"/>
        <source>Ours</source>
        <translation>Наша</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="31"/>
        <location filename="../../app/domain/vocab_words.py" line="34"/>
        <source>Counterpart</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="32"/>
        <source>Third party</source>
        <translation>Третья сторона</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="35"/>
        <source>Joint</source>
        <translation>Совместно</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="36"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="37"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="38"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="39"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="40"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="41"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="42"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="43"/>
        <source>Unclassified</source>
        <translation>Без грифа</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="44"/>
        <source>Official use only</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="45"/>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocab_words.py" line="46"/>
        <source>Secret</source>
        <translation>Секретно</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../../app/ui/labels.py" line="109"/>
        <source>outcomes</source>
        <translation>итоги</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="110"/>
        <source>statements</source>
        <translation>заявления</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="111"/>
        <source>actions done</source>
        <translation>выполненные поручения</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="128"/>
        <source>Looks like “%1” of %2: the same countries and a similar title.</source>
        <translation>Похоже на «%1» от %2: те же страны и похожее название.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="131"/>
        <source>No country: the meeting will not appear in any country&apos;s brief.</source>
        <translation>Нет страны: встреча не попадёт ни в одну справку по стране.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="133"/>
        <source>Action %1 (“%2”) is due %3, before the meeting (%4).</source>
        <translation>Поручение %1 («%2») со сроком %3 — раньше встречи (%4).</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="137"/>
        <source>The meeting is on %1, still to come, but already has %2.</source>
        <translation>Встреча %1 ещё не прошла, но у неё уже есть: %2.</translation>
    </message>
</context>
</TS>
