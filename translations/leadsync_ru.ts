<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LeadSync::CampaignPanel</name>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Создать кампанию</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename the selected campaign</source>
        <translation>Переименовать выбранную кампанию</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected campaign (its leads stay)</source>
        <translation>Удалить выбранную кампанию (её лиды останутся)</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Все лиды</translation>
    </message>
    <message>
        <source>Not in a campaign</source>
        <translation>Вне кампаний</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) in %1</source>
        <translation>
            <numerusform>%Ln лид в %1</numerusform>
            <numerusform>%Ln лида в %1</numerusform>
            <numerusform>%Ln лидов в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a campaign &quot;%1&quot;.</source>
        <translation>Кампания «%1» уже существует.</translation>
    </message>
    <message>
        <source>A new campaign &quot;%1&quot; will be created.</source>
        <translation>Будет создана новая кампания «%1».</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>New Campaign %1</source>
        <translation>Новая кампания %1</translation>
    </message>
    <message>
        <source>Rename Campaign</source>
        <translation>Переименовать кампанию</translation>
    </message>
    <message>
        <source>Rename Campaign %1 to %2</source>
        <translation>Переименовать кампанию %1 в %2</translation>
    </message>
    <message>
        <source>Delete Campaign %1</source>
        <translation>Удалить кампанию %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Lead(s) to Campaign</source>
        <translation>
            <numerusform>Добавить %Ln лида в кампанию</numerusform>
            <numerusform>Добавить %Ln лида в кампанию</numerusform>
            <numerusform>Добавить %Ln лидов в кампанию</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln Lead(s) from Campaign</source>
        <translation>
            <numerusform>Убрать %Ln лида из кампании</numerusform>
            <numerusform>Убрать %Ln лида из кампании</numerusform>
            <numerusform>Убрать %Ln лидов из кампании</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Кампания:</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Lead(s) to New Campaign %1</source>
        <translation>
            <numerusform>Добавить %Ln лида в новую кампанию %1</numerusform>
            <numerusform>Добавить %Ln лида в новую кампанию %1</numerusform>
            <numerusform>Добавить %Ln лидов в новую кампанию %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Lead(s) to %1</source>
        <translation>
            <numerusform>Добавить %Ln лида в %1</numerusform>
            <numerusform>Добавить %Ln лида в %1</numerusform>
            <numerusform>Добавить %Ln лидов в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln Lead(s) from %1</source>
        <translation>
            <numerusform>Убрать %Ln лида из %1</numerusform>
            <numerusform>Убрать %Ln лида из %1</numerusform>
            <numerusform>Убрать %Ln лидов из %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSync::CampaignStore</name>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Кампании больше нет.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>У кампании должно быть название.</translation>
    </message>
    <message>
        <source>There is already a campaign &quot;%1&quot;.</source>
        <translation>Кампания «%1» уже существует.</translation>
    </message>
</context>
<context>
    <name>LeadSync::CellComputer</name>
    <message>
        <source>Column &quot;%1&quot; refers to &quot;%2&quot;, which is not a column.</source>
        <translation>Столбец «%1» ссылается на «%2», но такого столбца нет.</translation>
    </message>
    <message>
        <source>the reply is not a chat completion</source>
        <translation>ответ не является chat completion</translation>
    </message>
    <message>
        <source>the model did not answer with a JSON object</source>
        <translation>модель ответила не JSON-объектом</translation>
    </message>
    <message>
        <source>the reply is not JSON: %1</source>
        <translation>ответ не является JSON: %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::Column</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnRunPanel</name>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1: no cells to compute.</source>
        <translation>%1: нечего вычислять.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Запуск: %1</translation>
    </message>
    <message numerus="yes">
        <source>Compute %Ln cell(s) of %1?</source>
        <translation>
            <numerusform>Вычислить %Ln ячейку столбца %1?</numerusform>
            <numerusform>Вычислить %Ln ячейки столбца %1?</numerusform>
            <numerusform>Вычислить %Ln ячеек столбца %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: at most $%1. Cells already computed with the same inputs come from the cache, free.</source>
        <translation>Оценка стоимости: не более $%1. Ячейки, уже вычисленные с теми же входными данными, берутся из кэша бесплатно.</translation>
    </message>
    <message>
        <source>No cost is known for this model, or the column runs locally.</source>
        <translation>Стоимость для этой модели неизвестна, или столбец вычисляется локально.</translation>
    </message>
    <message>
        <source>The request for the first lead:

%1</source>
        <translation>Запрос для первого лида:

%1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) done</source>
        <translation>
            <numerusform>%1: готова %Ln ячейка</numerusform>
            <numerusform>%1: готовы %Ln ячейки</numerusform>
            <numerusform>%1: готово %Ln ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln failed</source>
        <translation>
            <numerusform>, %Ln с ошибкой</numerusform>
            <numerusform>, %Ln с ошибкой</numerusform>
            <numerusform>, %Ln с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln from the cache</source>
        <translation>
            <numerusform>, %Ln из кэша</numerusform>
            <numerusform>, %Ln из кэша</numerusform>
            <numerusform>, %Ln из кэша</numerusform>
        </translation>
    </message>
    <message>
        <source>, cost $%1.</source>
        <translation>, стоимость $%1.</translation>
    </message>
    <message>
        <source>Cancelled: Run again to compute the rest.</source>
        <translation>Отменено: запустите снова, чтобы вычислить остальное.</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: запуск…</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 · %L4 failed · %5/s · $%6</source>
        <translation>%1: %L2 из %L3 · ошибок: %L4 · %5/с · $%6</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnRunner</name>
    <message>
        <source>&quot;%1&quot; is not one of all, empty, failed, stale.</source>
        <translation>«%1» — не одно из значений all, empty, failed, stale.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;.</source>
        <translation>Столбца «%1» нет.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is a %2 column: there is nothing to run.</source>
        <translation>Столбец «%1» имеет тип %2: запускать нечего.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has no run %2.</source>
        <translation>У столбца «%1» нет запуска %2.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>не хватает: %1</translation>
    </message>
    <message>
        <source>Stopped after %1 failures in a row. The last: %2</source>
        <translation>Остановлено после %1 ошибок подряд. Последняя: %2</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnSpec</name>
    <message>
        <source>Unknown column kind &quot;%1&quot;; the kinds are %2.</source>
        <translation>Неизвестный тип столбца «%1»; типы: %2.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>Столбец «%1»: %2</translation>
    </message>
    <message>
        <source>a template column needs a template (--template).</source>
        <translation>столбцу-шаблону нужен шаблон (--template).</translation>
    </message>
    <message>
        <source>an AI column needs a prompt (--prompt or --preset).</source>
        <translation>ИИ-столбцу нужен промпт (--prompt или --preset).</translation>
    </message>
    <message>
        <source>an AI column needs a model (--model).</source>
        <translation>ИИ-столбцу нужна модель (--model).</translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; is not an http(s) URL.</source>
        <translation>базовый URL «%1» не является http(s)-адресом.</translation>
    </message>
    <message>
        <source>the temperature must be between 0 and 2.</source>
        <translation>температура должна быть от 0 до 2.</translation>
    </message>
    <message>
        <source>--max-tokens must be at least 1.</source>
        <translation>--max-tokens должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>a webhook column needs an http(s) URL (--url).</source>
        <translation>столбцу-вебхуку нужен http(s)-адрес (--url).</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation>заголовок «%1» не имеет вид «Имя: значение».</translation>
    </message>
    <message>
        <source>the concurrency must be between 1 and 256.</source>
        <translation>параллельность должна быть от 1 до 256.</translation>
    </message>
    <message>
        <source>the rate limit cannot be negative.</source>
        <translation>ограничение частоты не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;; the presets are %2.</source>
        <translation>Неизвестная заготовка «%1»; заготовки: %2.</translation>
    </message>
    <message>
        <source>an email column needs the column holding the addresses (--input).</source>
        <translation>столбцу проверки email нужен столбец с адресами (--input).</translation>
    </message>
    <message>
        <source>the SMTP port must be between 1 and 65535.</source>
        <translation>порт SMTP должен быть от 1 до 65535.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; the providers are %2.</source>
        <translation>Неизвестный провайдер «%1»; провайдеры: %2.</translation>
    </message>
</context>
<context>
    <name>LeadSync::CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: the bytes here are not valid %3 text; choose the file&apos;s encoding.</source>
        <translation>%1:%2: эти байты не являются допустимым текстом %3; выберите кодировку файла.</translation>
    </message>
    <message>
        <source>%1:%2: binary data (a NUL byte); this is not a text file.</source>
        <translation>%1:%2: двоичные данные (байт NUL); это не текстовый файл.</translation>
    </message>
    <message>
        <source>%1:%2: the file ends inside a %3 character.</source>
        <translation>%1:%2: файл обрывается посреди символа %3.</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field opened on this line is never closed.</source>
        <translation>%1:%2: поле в кавычках, открытое в этой строке, нигде не закрыто.</translation>
    </message>
</context>
<context>
    <name>LeadSync::CsvSniffer</name>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation>%1 не является текстовым файлом (содержит двоичные данные).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Неизвестная кодировка «%1».</translation>
    </message>
</context>
<context>
    <name>LeadSync::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadSync::DetailPanel</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Это недопустимый адрес электронной почты.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Лид не выбран</translation>
    </message>
    <message>
        <source>Select a row to see the lead&apos;s fields.</source>
        <translation>Выберите строку, чтобы увидеть поля лида.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Импортирован из %1</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1: задано %2</translation>
    </message>
    <message>
        <source>%1 cleared (was %2)</source>
        <translation>%1: очищено (было %2)</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1: изменено с %2 на %3</translation>
    </message>
    <message>
        <source>Added to campaign %1</source>
        <translation>Добавлен в кампанию %1</translation>
    </message>
    <message>
        <source>Removed from campaign %1</source>
        <translation>Удалён из кампании %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::EmailVerifier</name>
    <message>
        <source>not an address (LOCAL@DOMAIN)</source>
        <translation>это не адрес (ИМЯ@ДОМЕН)</translation>
    </message>
    <message>
        <source>longer than 254 characters</source>
        <translation>длиннее 254 символов</translation>
    </message>
    <message>
        <source>the part before @ is longer than 64 characters</source>
        <translation>часть до @ длиннее 64 символов</translation>
    </message>
    <message>
        <source>a broken quoted name before @</source>
        <translation>испорченное имя в кавычках до @</translation>
    </message>
    <message>
        <source>a quoted name before @</source>
        <translation>имя в кавычках до @</translation>
    </message>
    <message>
        <source>a dot at the start or end of the name, or two in a row</source>
        <translation>точка в начале или в конце имени или две подряд</translation>
    </message>
    <message>
        <source>a character not allowed before @</source>
        <translation>недопустимый символ до @</translation>
    </message>
    <message>
        <source>an IP address instead of a domain</source>
        <translation>IP-адрес вместо домена</translation>
    </message>
    <message>
        <source>not a valid domain</source>
        <translation>недопустимый домен</translation>
    </message>
    <message>
        <source>the domain has no dot</source>
        <translation>в домене нет точки</translation>
    </message>
    <message>
        <source>a disposable domain</source>
        <translation>одноразовый домен</translation>
    </message>
    <message>
        <source>the domain does not exist</source>
        <translation>домен не существует</translation>
    </message>
    <message>
        <source>the DNS lookup failed: %1</source>
        <translation>DNS-запрос не удался: %1</translation>
    </message>
    <message>
        <source>the domain accepts no mail (null MX)</source>
        <translation>домен не принимает почту (null MX)</translation>
    </message>
    <message>
        <source>the domain has no mail server</source>
        <translation>у домена нет почтового сервера</translation>
    </message>
    <message>
        <source>a role account (%1@), not a person</source>
        <translation>ролевой адрес (%1@), а не человек</translation>
    </message>
    <message>
        <source>no MX record; mail would go to the domain&apos;s own address</source>
        <translation>нет MX-записи; почта пошла бы на адрес самого домена</translation>
    </message>
    <message>
        <source>the domain receives mail (%1)</source>
        <translation>домен принимает почту (%1)</translation>
    </message>
    <message>
        <source>; a free provider</source>
        <translation>; бесплатный почтовый сервис</translation>
    </message>
    <message>
        <source>SMTP: the mail server has no address</source>
        <translation>SMTP: у почтового сервера нет адреса</translation>
    </message>
    <message>
        <source>SMTP: cannot connect (%1); port 25 is often blocked</source>
        <translation>SMTP: не удаётся подключиться (%1); порт 25 часто заблокирован</translation>
    </message>
    <message>
        <source>SMTP: the server did not talk (%1)</source>
        <translation>SMTP: сервер не ответил (%1)</translation>
    </message>
    <message>
        <source>SMTP: the domain accepts every address (catch-all)</source>
        <translation>SMTP: домен принимает любой адрес (catch-all)</translation>
    </message>
    <message>
        <source>SMTP: the mailbox exists</source>
        <translation>SMTP: ящик существует</translation>
    </message>
    <message>
        <source>SMTP: the mailbox does not exist (%1)</source>
        <translation>SMTP: ящика не существует (%1)</translation>
    </message>
    <message>
        <source>SMTP: no answer for now (%1)</source>
        <translation>SMTP: пока нет ответа (%1)</translation>
    </message>
</context>
<context>
    <name>LeadSync::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>Columns (tick to export, drag to reorder)</source>
        <translation>Столбцы (отметьте для экспорта, перетащите для изменения порядка)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>&amp;All leads</source>
        <translation>&amp;Все лиды</translation>
    </message>
    <message>
        <source>Leads matching the current &amp;filter and search</source>
        <translation>Лиды, подходящие под текущий &amp;фильтр и поиск</translation>
    </message>
    <message>
        <source>Leads matching the current &amp;filter (none is set)</source>
        <translation>Лиды, подходящие под текущий &amp;фильтр (не задан)</translation>
    </message>
    <message>
        <source>&amp;Selected leads (%L1)</source>
        <translation>&amp;Выбранные лиды (%L1)</translation>
    </message>
    <message>
        <source>Start the file with a &amp;BOM, so Excel reads accents correctly</source>
        <translation>Начать файл с &amp;BOM, чтобы Excel правильно читал нелатинские символы</translation>
    </message>
    <message>
        <source>&amp;Neutralise cells a spreadsheet would run as formulas (=, +, -, @)</source>
        <translation>&amp;Обезвредить ячейки, которые электронная таблица выполнила бы как формулы (=, +, -, @)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
</context>
<context>
    <name>LeadSync::Exporter</name>
    <message>
        <source>Cannot sort by &quot;%1&quot;.</source>
        <translation>Нельзя сортировать по «%1».</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; to export.</source>
        <translation>Нет столбца «%1» для экспорта.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadSync::FilterBar</name>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>не пусто</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>больше</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <source>+ Filter</source>
        <translation>+ Фильтр</translation>
    </message>
    <message>
        <source>Add a condition (Ctrl+Shift+F)</source>
        <translation>Добавить условие (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Remove every condition</source>
        <translation>Удалить все условия</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Представление:</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Сохранить представление…</translation>
    </message>
    <message>
        <source>Keep this filter, search, sort and columns under a name</source>
        <translation>Сохранить этот фильтр, поиск, сортировку и столбцы под именем</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Удалить представление</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Удалить это условие</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Удалить условие</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>LeadSync::HttpCall</name>
    <message>
        <source>the reply is larger than %L1 bytes</source>
        <translation>ответ больше %L1 байт</translation>
    </message>
    <message>
        <source>no reply within %L1 s</source>
        <translation>нет ответа в течение %L1 с</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (после %2 попыток)</translation>
    </message>
</context>
<context>
    <name>LeadSync::ImportPlan</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 не существует или не является файлом.</translation>
    </message>
    <message>
        <source>The mapping &quot;%1=%2&quot; names a column the file does not have.</source>
        <translation>Сопоставление «%1=%2» указывает столбец, которого нет в файле.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>LeadSync detected how %1 is written. Change a setting if the preview looks wrong.</source>
        <translation>LeadSync определил, как записан %1. Измените настройку, если предпросмотр выглядит неправильно.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Вертикальная черта ( | )</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>Первая строка содержит названия столбцов</translation>
    </message>
    <message>
        <source>The first row is data</source>
        <translation>Первая строка содержит данные</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose where each column of the file goes: a lead field, an existing column, a new column, or nowhere.</source>
        <translation>Выберите, куда попадёт каждый столбец файла: в поле лида, в существующий столбец, в новый столбец или никуда.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Импортировать в</translation>
    </message>
    <message>
        <source>New column “%1”</source>
        <translation>Новый столбец «%1»</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Пропустить этот столбец</translation>
    </message>
    <message>
        <source>Duplicates and bad rows</source>
        <translation>Дубликаты и ошибочные строки</translation>
    </message>
    <message>
        <source>&amp;Merge rows whose email is already known into that lead (fills its empty fields, never overwrites)</source>
        <translation>&amp;Объединять строки с уже известным email с этим лидом (заполняет пустые поля, ничего не перезаписывает)</translation>
    </message>
    <message>
        <source>&amp;Keep every row as a new lead</source>
        <translation>&amp;Сохранять каждую строку как нового лида</translation>
    </message>
    <message>
        <source>&amp;Set aside rows with more fields than the header, with their reasons, and import the others</source>
        <translation>&amp;Откладывать строки, в которых полей больше, чем в заголовке, с указанием причины, и импортировать остальные</translation>
    </message>
    <message>
        <source>Otherwise such a row stops the import, and nothing is imported.</source>
        <translation>Иначе такая строка останавливает импорт, и ничего не импортируется.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <source>Two columns of the file go into the same place (row %1). Choose another for one of them.</source>
        <translation>Два столбца файла попадают в одно и то же место (строка %1). Выберите для одного из них другое.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation>Ничего не импортировано.
%1</translation>
    </message>
    <message>
        <source>New leads: %L1
Merged into existing leads: %L2
Rejected rows: %L3</source>
        <translation>Новых лидов: %L1
Объединено с существующими: %L2
Отклонено строк: %L3</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation>Отклонённые строки сохранены в %1.</translation>
    </message>
    <message>
        <source>Could not save the rejected rows to %1.</source>
        <translation>Не удалось сохранить отклонённые строки в %1.</translation>
    </message>
</context>
<context>
    <name>LeadSync::Importer</name>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Не удаётся записать отклонённые строки в %1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Two columns of %1 are mapped to the same field &quot;%2&quot;.</source>
        <translation>Два столбца %1 сопоставлены одному полю «%2».</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>в строке %1 полей, а в заголовке %2</translation>
    </message>
    <message>
        <source>%1:%2: %3. Nothing was imported; use --skip-bad-rows to import the other rows.</source>
        <translation>%1:%2: %3. Ничего не импортировано; используйте --skip-bad-rows, чтобы импортировать остальные строки.</translation>
    </message>
</context>
<context>
    <name>LeadSync::JsonPath</name>
    <message>
        <source>Cannot read the JSON path &quot;%1&quot;.</source>
        <translation>Не удаётся прочитать JSON-путь «%1».</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadFilter</name>
    <message>
        <source>Cannot read the condition &quot;%1&quot;: write COLUMN OPERATOR VALUE, with an operator among = != &lt; &gt; &lt;= &gt;= contains, is empty, is not empty.</source>
        <translation>Не удаётся прочитать условие «%1»: пишите СТОЛБЕЦ ОПЕРАТОР ЗНАЧЕНИЕ, где оператор — один из = != &lt; &gt; &lt;= &gt;= contains, is empty, is not empty.</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; names no column &quot;%2&quot;.</source>
        <translation>В условии «%1» указан несуществующий столбец «%2».</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; takes no value.</source>
        <translation>Условие «%1» не принимает значения.</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadLoader</name>
    <message>
        <source>The table changed while the selection was read; select the rows again.</source>
        <translation>Таблица изменилась, пока читалось выделение; выделите строки заново.</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadTableModel</name>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadWriter</name>
    <message>
        <source>There is no column &quot;%1&quot; to edit.</source>
        <translation>Нет столбца «%1» для изменения.</translation>
    </message>
</context>
<context>
    <name>LeadSync::MainWindow</name>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>LeadSync</source>
        <translation>LeadSync</translation>
    </message>
    <message>
        <source>Search names, email, company, title, notes</source>
        <translation>Поиск по именам, email, компании, должности, заметкам</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Открыть рабочее пространство…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Set &amp;Field of Selected Leads…</source>
        <translation>Задать &amp;поле выбранных лидов…</translation>
    </message>
    <message>
        <source>&amp;Add Lead</source>
        <translation>&amp;Добавить лида</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Leads</source>
        <translation>&amp;Удалить выбранных лидов</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Add &amp;Filter Condition</source>
        <translation>Добавить условие &amp;фильтра</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>&amp;Сохранить представление…</translation>
    </message>
    <message>
        <source>&amp;Campaigns Panel</source>
        <translation>Панель &amp;кампаний</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Кампании</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Новая кампания…</translation>
    </message>
    <message>
        <source>&amp;Rename Campaign…</source>
        <translation>&amp;Переименовать кампанию…</translation>
    </message>
    <message>
        <source>&amp;Delete Campaign</source>
        <translation>&amp;Удалить кампанию</translation>
    </message>
    <message>
        <source>&amp;Add Selected Leads to Campaign…</source>
        <translation>Добавить &amp;выбранных лидов в кампанию…</translation>
    </message>
    <message>
        <source>Re&amp;move Selected Leads from Campaign…</source>
        <translation>&amp;Убрать выбранных лидов из кампании…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About LeadSync</source>
        <translation>&amp;О LeadSync</translation>
    </message>
    <message>
        <source>About LeadSync</source>
        <translation>О LeadSync</translation>
    </message>
    <message>
        <source>&lt;b&gt;LeadSync %1&lt;/b&gt;&lt;p&gt;Import, clean, enrich and export lead lists. Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LeadSync %1&lt;/b&gt;&lt;p&gt;Импорт, очистка, обогащение и экспорт списков лидов. Ваши данные хранятся в одном файле на этом компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was changed.</source>
        <translation>%1: отменено, ничего не изменено.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Открытие %1</translation>
    </message>
    <message>
        <source>%1 — LeadSync</source>
        <translation>%1 — LeadSync</translation>
    </message>
    <message>
        <source>The edit was not saved</source>
        <translation>Изменение не сохранено</translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation>Индексация для поиска</translation>
    </message>
    <message>
        <source>Add Lead</source>
        <translation>Добавить лида</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <source>Save the filter, search, sort and visible columns as:</source>
        <translation>Сохранить фильтр, поиск, сортировку и видимые столбцы как:</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation>Представление «%1» сохранено.</translation>
    </message>
    <message>
        <source>Leads: %L1</source>
        <translation>Лидов: %L1</translation>
    </message>
    <message>
        <source>Counting leads…</source>
        <translation>Подсчёт лидов…</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Фильтр: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>Set Field of Selected Leads</source>
        <translation>Задать поле выбранных лидов</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <source>LeadSync workspaces (*.leadsync)</source>
        <translation>Рабочие пространства LeadSync (*.leadsync)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <source>LeadSync workspaces (*.leadsync);;All files (*)</source>
        <translation>Рабочие пространства LeadSync (*.leadsync);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported: %L1 new, %L2 merged, %L3 rejected.</source>
        <translation>Импортировано: новых %L1, объединено %L2, отклонено %L3.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Экспорт %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Lead(s)</source>
        <translation>
            <numerusform>Удалить %Ln лида</numerusform>
            <numerusform>Удалить %Ln лида</numerusform>
            <numerusform>Удалить %Ln лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit of %Ln field(s)</source>
        <translation>
            <numerusform>Изменение %Ln поля</numerusform>
            <numerusform>Изменение %Ln полей</numerusform>
            <numerusform>Изменение %Ln полей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not pasted: they are still loading. Paste again.</source>
        <translation>
            <numerusform>%Ln строка не вставлена: она ещё загружается. Вставьте снова.</numerusform>
            <numerusform>%Ln строки не вставлены: они ещё загружаются. Вставьте снова.</numerusform>
            <numerusform>%Ln строк не вставлено: они ещё загружаются. Вставьте снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln selected lead(s).</source>
        <translation>
            <numerusform>Для %Ln выбранного лида.</numerusform>
            <numerusform>Для %Ln выбранных лидов.</numerusform>
            <numerusform>Для %Ln выбранных лидов.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>С&amp;толбцы</translation>
    </message>
    <message>
        <source>The column was not run</source>
        <translation>Столбец не был вычислен</translation>
    </message>
    <message>
        <source>Run on &amp;Empty Cells</source>
        <translation>Вычислить &amp;пустые ячейки</translation>
    </message>
    <message>
        <source>Run on &amp;All Cells</source>
        <translation>Вычислить &amp;все ячейки</translation>
    </message>
    <message>
        <source>Run on &amp;Selected Rows</source>
        <translation>Вычислить для в&amp;ыбранных строк</translation>
    </message>
    <message>
        <source>Run on &amp;Failed Cells</source>
        <translation>Вычислить &amp;ошибочные ячейки</translation>
    </message>
    <message>
        <source>Run on S&amp;tale Cells</source>
        <translation>Вычислить у&amp;старевшие ячейки</translation>
    </message>
    <message>
        <source>&amp;Revert Last Run</source>
        <translation>&amp;Откатить последний запуск</translation>
    </message>
    <message>
        <source>No computed columns yet (add them with leadsync-cli column add)</source>
        <translation>Вычисляемых столбцов пока нет (добавьте их командой leadsync-cli column add)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) restored.</source>
        <translation>
            <numerusform>%1: восстановлена %Ln ячейка.</numerusform>
            <numerusform>%1: восстановлены %Ln ячейки.</numerusform>
            <numerusform>%1: восстановлено %Ln ячеек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSync::SavedView</name>
    <message>
        <source>The saved view &quot;%1&quot; cannot be read.</source>
        <translation>Не удаётся прочитать сохранённое представление «%1».</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>У сохранённого представления должно быть имя.</translation>
    </message>
    <message>
        <source>There is no saved view &quot;%1&quot;.</source>
        <translation>Нет сохранённого представления «%1».</translation>
    </message>
</context>
<context>
    <name>LeadSync::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>LeadSync starts in the new language the next time you open it.</source>
        <translation>LeadSync запустится на новом языке при следующем открытии.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>LeadSync::SqlQuery</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Ошибка базы данных: %1 (в: %2)</translation>
    </message>
</context>
<context>
    <name>LeadSync::SqliteStatement</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Ошибка базы данных: %1 (в: %2)</translation>
    </message>
</context>
<context>
    <name>LeadSync::Workspace</name>
    <message>
        <source>Cannot create the folder of workspace %1.</source>
        <translation>Не удаётся создать папку рабочего пространства %1.</translation>
    </message>
    <message>
        <source>Workspace %1 is not a file.</source>
        <translation>Рабочее пространство %1 не является файлом.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation>Не удаётся открыть рабочее пространство %1: %2</translation>
    </message>
    <message>
        <source>it was written by a newer LeadSync (schema %1, this build knows %2)</source>
        <translation>оно записано более новой версией LeadSync (схема %1, эта сборка знает %2)</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>отсутствует миграция %1</translation>
    </message>
    <message>
        <source>The built-in column &quot;%1&quot; cannot be deleted.</source>
        <translation>Встроенный столбец «%1» нельзя удалить.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadSync: your lead lists, on your laptop.</source>
        <translation>LeadSync: ваши списки лидов — на вашем ноутбуке.</translation>
    </message>
    <message>
        <source>The workspace to open (default: the last one).</source>
        <translation>Рабочее пространство для открытия (по умолчанию — последнее).</translation>
    </message>
</context>
</TS>
