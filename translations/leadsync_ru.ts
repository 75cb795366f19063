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
    <message>
        <source>Skipped: %1 is empty.</source>
        <translation>Пропущено: %1 пусто.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; cannot write into &quot;%2&quot;: only a lead analysis (a score column) does.</source>
        <translation>Столбец «%1» не может записывать в «%2»: это делает только анализ лида (столбец оценки).</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>ИИ: %1</translation>
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
    <message>
        <source>Messages sent</source>
        <translation>Отправлено писем</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Hours since reply</source>
        <translation>Часов с ответа</translation>
    </message>
    <message>
        <source>Hours since sent</source>
        <translation>Часов с отправки</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnDefinition</name>
    <message>
        <source>A column needs a name.</source>
        <translation>У столбца должно быть имя.</translation>
    </message>
    <message>
        <source>There is already a column &quot;%1&quot;.</source>
        <translation>Столбец «%1» уже есть.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is running (here or in another LeadSync): cancel its run first.</source>
        <translation>Столбец «%1» сейчас выполняется (здесь или в другом LeadSync): сначала отмените его запуск.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnEditor</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Single select</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Флажок</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>AI prompt</source>
        <translation>Запрос к ИИ</translation>
    </message>
    <message>
        <source>Webhook / HTTP</source>
        <translation>Вебхук / HTTP</translation>
    </message>
    <message>
        <source>Email verification</source>
        <translation>Проверка email</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>Первая фраза</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Призыв к действию</translation>
    </message>
    <message>
        <source>P.S.</source>
        <translation>P.S.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not &quot;from = Column&quot;.</source>
        <translation>%1: «%2» не в виде «откуда = Столбец».</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Добавить столбец</translation>
    </message>
    <message>
        <source>e.g. Icebreaker</source>
        <translation>например, Первая фраза</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>You and your team type the values of this column, in the table or the details panel.</source>
        <translation>Значения этого столбца вводите вы и ваша команда — в таблице или на панели сведений.</translation>
    </message>
    <message>
        <source>Hot, Warm, Cold</source>
        <translation>Горячий, Тёплый, Холодный</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Варианты:</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, I saw {{company}}…</source>
        <translation>Здравствуйте, {{first_name|коллега}}, я видел {{company}}…</translation>
    </message>
    <message>
        <source>{{column}} is the row&apos;s value; {{column|text}} uses the text when it is empty. Recomputed when the inputs change.</source>
        <translation>{{column}} — значение строки; {{column|текст}} подставляет текст, если значение пусто. Пересчитывается при изменении входных данных.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY; empty: no key</source>
        <translation>например, OPENAI_API_KEY; пусто — без ключа</translation>
    </message>
    <message>
        <source>The name the key is filed under in the system keychain (and the environment variable the command line reads it from). The key itself is never stored in the workspace.</source>
        <translation>Имя, под которым ключ хранится в системной связке ключей (и переменная окружения, из которой его читает командная строка). Сам ключ никогда не сохраняется в рабочей области.</translation>
    </message>
    <message>
        <source>Write my own</source>
        <translation>Написать свой</translation>
    </message>
    <message>
        <source>Write a one-line opener for {{first_name}}, {{title}} at {{company}}.</source>
        <translation>Напиши одну вступительную фразу для {{first_name}}, {{title}} в {{company}}.</translation>
    </message>
    <message>
        <source>Optional: who the model is, the tone, the language.</source>
        <translation>Необязательно: кто такая модель, тон, язык.</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>Другой сервер, совместимый с OpenAI</translation>
    </message>
    <message>
        <source>Optional: icebreaker = Opener, ps = P.S.</source>
        <translation>Необязательно: icebreaker = Вступление, ps = P.S.</translation>
    </message>
    <message>
        <source>Ask for a JSON object and put its fields into these columns (made when missing). Empty: the answer&apos;s text fills this column.</source>
        <translation>Запросить объект JSON и разложить его поля по этим столбцам (недостающие создаются). Пусто: текст ответа заполняет этот столбец.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Заготовка:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Базовый URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>My own endpoint</source>
        <translation>Свой адрес</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>По одному в строке: Имя: значение</translation>
    </message>
    <message>
        <source>One per line: person.company.name = Company size</source>
        <translation>По одному в строке: person.company.name = Размер компании</translation>
    </message>
    <message>
        <source>Authorization sends &quot;Bearer &lt;key&gt;&quot;; any other header sends the key as it is.</source>
        <translation>Authorization отправляет «Bearer &lt;ключ&gt;»; любой другой заголовок отправляет ключ как есть.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Заголовки:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Тело:</translation>
    </message>
    <message>
        <source>Ask the mail server whether the mailbox exists (port 25)</source>
        <translation>Спросить почтовый сервер, существует ли ящик (порт 25)</translation>
    </message>
    <message>
        <source>Most home and office networks block port 25; the verdict is then &quot;unknown&quot;. Leave it off unless your network allows it.</source>
        <translation>Большинство домашних и офисных сетей закрывают порт 25; тогда результат — «unknown». Не включайте, если ваша сеть этого не позволяет.</translation>
    </message>
    <message>
        <source>The system&apos;s; or host[:port]</source>
        <translation>Системный; или host[:port]</translation>
    </message>
    <message>
        <source>Verdicts: valid, risky (role account, catch-all, disposable…), invalid, or unknown, with the reason. Nothing is sent to the address.</source>
        <translation>Результаты: valid, risky (ролевой ящик, catch-all, одноразовый…), invalid или unknown, с причиной. На адрес ничего не отправляется.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> в минуту</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Optional: country = Germany</source>
        <translation>Необязательно: country = Германия</translation>
    </message>
    <message>
        <source>Optional: company, title</source>
        <translation>Необязательно: company, title</translation>
    </message>
    <message>
        <source>A row with one of these empty is skipped, not sent.</source>
        <translation>Строка, где одно из них пусто, пропускается, а не отправляется.</translation>
    </message>
    <message>
        <source>Run on new and changed rows</source>
        <translation>Выполнять для новых и изменённых строк</translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Запросов одновременно:</translation>
    </message>
    <message>
        <source>Re&amp;quired inputs:</source>
        <translation>&amp;Обязательные входные:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Computes this lead&apos;s cell for real (a request is sent and may cost), without saving it.</source>
        <translation>Вычисляет ячейку этого лида по-настоящему (запрос отправляется и может стоить денег), не сохраняя её.</translation>
    </message>
    <message>
        <source>The result of a try shows here.</source>
        <translation>Здесь появится результат проверки.</translation>
    </message>
    <message>
        <source>Edit Column %1</source>
        <translation>Изменить столбец %1</translation>
    </message>
    <message>
        <source>JSON fields</source>
        <translation>Поля JSON</translation>
    </message>
    <message>
        <source>Reply to columns</source>
        <translation>Ответ в столбцы</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>Новый столбец</translation>
    </message>
    <message>
        <source>Select a lead in the table to see what this column sends for it.</source>
        <translation>Выберите лида в таблице, чтобы увидеть, что этот столбец для него отправит.</translation>
    </message>
    <message>
        <source>For %1:</source>
        <translation>Для %1:</translation>
    </message>
    <message>
        <source>The key is read from the keychain entry %1 when the column runs.</source>
        <translation>При выполнении ключ читается из записи связки ключей %1.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Токены: %1 на входе, %2 на выходе</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Name the key first (e.g. OPENAI_API_KEY): it is filed under that name.</source>
        <translation>Сначала назовите ключ (например, OPENAI_API_KEY): он хранится под этим именем.</translation>
    </message>
    <message>
        <source>Set Key %1</source>
        <translation>Задать ключ %1</translation>
    </message>
    <message>
        <source>The key for %1, saved in the system keychain (never in the workspace):</source>
        <translation>Ключ для %1, сохраняется в системной связке ключей (никогда в рабочей области):</translation>
    </message>
    <message>
        <source>The key %1 is saved in the keychain.</source>
        <translation>Ключ %1 сохранён в связке ключей.</translation>
    </message>
    <message>
        <source>Se&amp;t Key…</source>
        <translation>&amp;Задать ключ…</translation>
    </message>
    <message>
        <source>API ke&amp;y name:</source>
        <translation>Имя &amp;ключа API:</translation>
    </message>
    <message>
        <source>Pr&amp;ompt:</source>
        <translation>&amp;Запрос:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Системный запрос:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Поставщик:</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>Т&amp;емпература:</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation>Ма&amp;кс. токенов:</translation>
    </message>
    <message>
        <source>&amp;JSON fields:</source>
        <translation>Поля &amp;JSON:</translation>
    </message>
    <message>
        <source>Reply to c&amp;olumns:</source>
        <translation>Ответ в с&amp;толбцы:</translation>
    </message>
    <message>
        <source>Key hea&amp;der:</source>
        <translation>Заголовок &amp;ключа:</translation>
    </message>
    <message>
        <source>A&amp;ddresses in:</source>
        <translation>&amp;Адреса в:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-&amp;сервер:</translation>
    </message>
    <message>
        <source>R&amp;ate limit:</source>
        <translation>&amp;Ограничение частоты:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Т&amp;айм-аут:</translation>
    </message>
    <message>
        <source>Only run i&amp;f:</source>
        <translation>Выполнять, &amp;только если:</translation>
    </message>
    <message>
        <source>Try on This &amp;Lead</source>
        <translation>Проверить на этом &amp;лиде</translation>
    </message>
    <message>
        <source>Send the key over plain HTTP (a server on your own network)</source>
        <translation>Отправлять ключ по незащищённому HTTP (сервер в вашей сети)</translation>
    </message>
    <message>
        <source>Off: a key goes to another machine only over https://.</source>
        <translation>Выключено: ключ уходит на другой компьютер только по https://.</translation>
    </message>
    <message>
        <source>Lead analysis (score)</source>
        <translation>Анализ лида (оценка)</translation>
    </message>
    <message>
        <source>Scores each lead from 0 to 1 with a recommendation (transfer_to_sales, nurture, disqualify) and the reason, into the Score, Recommendation and Score reason fields. The score advises; it never moves a lead&apos;s stage.</source>
        <translation>Оценивает каждого лида от 0 до 1 с рекомендацией (transfer_to_sales, nurture, disqualify) и причиной в полях «Оценка», «Рекомендация» и «Причина оценки». Оценка лишь советует: этап лида она не меняет.</translation>
    </message>
    <message>
        <source>Rules (no AI; every point explained)</source>
        <translation>Правила (без ИИ, каждый балл объяснён)</translation>
    </message>
    <message>
        <source>AI provider (OpenAI-compatible)</source>
        <translation>Поставщик ИИ (совместимый с OpenAI)</translation>
    </message>
    <message>
        <source>title, company, website</source>
        <translation>title, company, website</translation>
    </message>
    <message>
        <source>The fields the AI reads besides the lead&apos;s source, stage, activity and business domain, separated by commas.</source>
        <translation>Поля, которые ИИ читает помимо источника, этапа, активности и сферы бизнеса лида, через запятую.</translation>
    </message>
    <message>
        <source>&amp;Scorer:</source>
        <translation>&amp;Оценивает:</translation>
    </message>
    <message>
        <source>&amp;Fields for the AI:</source>
        <translation>&amp;Поля для ИИ:</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnLayout</name>
    <message>
        <source>&amp;Wrap Text</source>
        <translation>&amp;Переносить текст</translation>
    </message>
    <message>
        <source>&amp;Fit Width to Contents</source>
        <translation>&amp;Ширина по содержимому</translation>
    </message>
    <message>
        <source>F&amp;reeze Columns up to Here</source>
        <translation>&amp;Закрепить столбцы до этого</translation>
    </message>
    <message>
        <source>&amp;Unfreeze Columns</source>
        <translation>&amp;Открепить столбцы</translation>
    </message>
    <message>
        <source>&amp;Hide Column</source>
        <translation>&amp;Скрыть столбец</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Столбцы…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Find a column</source>
        <translation>Найти столбец</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Wrap text</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Показать &amp;все</translation>
    </message>
    <message>
        <source>&amp;Hide All</source>
        <translation>&amp;Скрыть все</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&amp;Freeze the first columns:</source>
        <translation>&amp;Закрепить первые столбцы:</translation>
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
        <source>Cancelled: Run again to compute the rest.</source>
        <translation>Отменено: запустите снова, чтобы вычислить остальное.</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: запуск…</translation>
    </message>
    <message numerus="yes">
        <source>Run on %n Row(s)</source>
        <translation>
            <numerusform>Выполнить на %n строке</numerusform>
            <numerusform>Выполнить на %n строках</numerusform>
            <numerusform>Выполнить на %n строках</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: at most %1. Cells already computed with the same inputs come from the cache, free.</source>
        <translation>Оценка стоимости: не более %1. Ячейки, уже вычисленные с теми же входными данными, берутся из кэша бесплатно.</translation>
    </message>
    <message>
        <source>Free: the column calls no paid service, or a model on this computer.</source>
        <translation>Бесплатно: столбец не обращается к платным сервисам или использует модель на этом компьютере.</translation>
    </message>
    <message>
        <source>The price of this model is unknown, so the cost cannot be shown. Add it in Model Prices, then run.</source>
        <translation>Цена этой модели неизвестна, поэтому стоимость не показать. Добавьте её в «Цены моделей» и запустите снова.</translation>
    </message>
    <message>
        <source>Model &amp;Prices…</source>
        <translation>&amp;Цены моделей…</translation>
    </message>
    <message>
        <source>, cost: %1.</source>
        <translation>, стоимость: %1.</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 · %L4 failed · %5/s · %6</source>
        <translation>%1: %L2 из %L3 · ошибок %L4 · %5/с · %6</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnRunSession</name>
    <message>
        <source>Column %1 has no interrupted run to resume.</source>
        <translation>У столбца %1 нет прерванного запуска, который можно продолжить.</translation>
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
    <message>
        <source>Column &quot;%1&quot;: most values of &quot;%2&quot; are not email addresses (%3 of %4 looked at). Choose the column that holds the addresses; nothing was run.</source>
        <translation>Столбец «%1»: большинство значений «%2» — не адреса электронной почты (%3 из %4 проверенных). Выберите столбец с адресами; ничего не запущено.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; was not run: %2. A verdict from it could call good addresses invalid; try again on another network, or set a DNS server in the column.</source>
        <translation>Столбец «%1» не запущен: %2. Такой вердикт мог бы объявить хорошие адреса недействительными; попробуйте в другой сети или укажите DNS-сервер в столбце.</translation>
    </message>
    <message>
        <source>edited while the run computed it: the edit was kept</source>
        <translation>изменено во время вычисления: правка сохранена</translation>
    </message>
    <message>
        <source>What run %1 replaced cannot be read (byte %2 of %3): the workspace was changed outside LeadSync or is damaged.</source>
        <translation>Невозможно прочитать, что заменил запуск %1 (байт %2 из %3): рабочая область была изменена вне LeadSync или повреждена.</translation>
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
    <message>
        <source>Apify actor, synchronous run</source>
        <translation>Актор Apify, синхронный запуск</translation>
    </message>
    <message>
        <source>Hunter email verifier</source>
        <translation>Проверка email в Hunter</translation>
    </message>
    <message>
        <source>n8n or Zapier webhook</source>
        <translation>Вебхук n8n или Zapier</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnsMenu</name>
    <message>
        <source>The column was not run</source>
        <translation>Столбец не был вычислен</translation>
    </message>
    <message>
        <source>&amp;Add Column…</source>
        <translation>&amp;Добавить столбец…</translation>
    </message>
    <message>
        <source>Model &amp;Prices…</source>
        <translation>&amp;Цены моделей…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete Column…</source>
        <translation>&amp;Удалить столбец…</translation>
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
        <source>Res&amp;ume Interrupted Run</source>
        <translation>&amp;Продолжить прерванный запуск</translation>
    </message>
    <message>
        <source>&amp;Revert Last Run</source>
        <translation>&amp;Откатить последний запуск</translation>
    </message>
    <message>
        <source>Column %1 added.</source>
        <translation>Столбец %1 добавлен.</translation>
    </message>
    <message>
        <source>Column %1 saved.</source>
        <translation>Столбец %1 сохранён.</translation>
    </message>
    <message>
        <source>The column cannot be edited</source>
        <translation>Столбец нельзя изменить</translation>
    </message>
    <message>
        <source>Delete Column</source>
        <translation>Удалить столбец</translation>
    </message>
    <message>
        <source>Delete the column %1 and all its values?</source>
        <translation>Удалить столбец %1 и все его значения?</translation>
    </message>
    <message>
        <source>This cannot be undone. Export the workspace first to keep a copy.</source>
        <translation>Это нельзя отменить. Чтобы сохранить копию, сначала экспортируйте рабочую область.</translation>
    </message>
    <message>
        <source>Column %1 deleted.</source>
        <translation>Столбец %1 удалён.</translation>
    </message>
    <message>
        <source>An interrupted run can be resumed (Columns › Resume Interrupted Run): %1</source>
        <translation>Прерванный запуск можно продолжить (Столбцы › Продолжить прерванный запуск): %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) restored.</source>
        <translation>
            <numerusform>%1: восстановлена %Ln ячейка.</numerusform>
            <numerusform>%1: восстановлены %Ln ячейки.</numerusform>
            <numerusform>%1: восстановлено %Ln ячеек.</numerusform>
        </translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation>лид №%1</translation>
    </message>
    <message>
        <source>%1: Empty Cells in View</source>
        <translation>%1: пустые ячейки в представлении</translation>
    </message>
    <message>
        <source>No computed column yet: Add Column…</source>
        <translation>Вычисляемых столбцов пока нет: добавить столбец…</translation>
    </message>
    <message>
        <source>%1: its last run changed no cell, or was reverted already.</source>
        <translation>%1: последний запуск не изменил ни одной ячейки или уже был отменён.</translation>
    </message>
    <message>
        <source>Revert Last Run</source>
        <translation>Отменить последний запуск</translation>
    </message>
    <message>
        <source>Revert the last run of %1 (%2)?</source>
        <translation>Отменить последний запуск столбца %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln cell(s) it computed get back the values they had before it, unless changed since. Its answers stay in the cache: running the column again does not pay for them twice.</source>
        <translation>
            <numerusform>%Ln ячейка, вычисленная им, получит прежнее значение, если с тех пор не менялась. Его ответы остаются в кэше: повторный запуск столбца не оплачивает их дважды.</numerusform>
            <numerusform>%Ln ячейки, вычисленные им, получат прежние значения, если с тех пор не менялись. Его ответы остаются в кэше: повторный запуск столбца не оплачивает их дважды.</numerusform>
            <numerusform>%Ln ячеек, вычисленных им, получат прежние значения, если с тех пор не менялись. Его ответы остаются в кэше: повторный запуск столбца не оплачивает их дважды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert Run</source>
        <translation>Отменить запуск</translation>
    </message>
    <message>
        <source>A column is running: revert when it has finished.</source>
        <translation>Столбец сейчас вычисляется: отмените запуск, когда он закончится.</translation>
    </message>
    <message>
        <source>Reverting the last run of %1</source>
        <translation>Отмена последнего запуска столбца %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) restored</source>
        <translation>
            <numerusform>%Ln ячейка восстановлена</numerusform>
            <numerusform>%Ln ячейки восстановлены</numerusform>
            <numerusform>%Ln ячеек восстановлено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSync::Contacts</name>
    <message>
        <source>the phone %1 has no country code, and the lead has no country to read it by</source>
        <translation>у телефона %1 нет кода страны, а у лида не указана страна, по которой его прочесть</translation>
    </message>
    <message>
        <source>the phone %1 is not a phone number</source>
        <translation>%1 — не номер телефона</translation>
    </message>
    <message>
        <source>the phone %1 is not a valid number</source>
        <translation>номер телефона %1 недействителен</translation>
    </message>
    <message>
        <source>the phone %1 is not a valid number in %2</source>
        <translation>номер телефона %1 недействителен для %2</translation>
    </message>
    <message>
        <source>the Telegram username %1 is not one (5 to 32 letters, digits and underscores, starting with a letter)</source>
        <translation>%1 — не имя пользователя Telegram (от 5 до 32 латинских букв, цифр и подчёркиваний, начиная с буквы)</translation>
    </message>
</context>
<context>
    <name>LeadSync::Conversation</name>
    <message>
        <source>%1, step %2</source>
        <translation>%1, шаг %2</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>ваш ответ</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>Re: %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::Cost</name>
    <message>
        <source>free</source>
        <translation>бесплатно</translation>
    </message>
    <message>
        <source>unknown price</source>
        <translation>цена неизвестна</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
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
    <message>
        <source>%1:%2: a field here is longer than %3 MiB; a quote opened on this line is probably never closed. (Raise the limit with --max-field-mib if the field is real.)</source>
        <translation>%1:%2: поле здесь длиннее %3 МиБ; кавычка, открытая в этой строке, вероятно, не закрыта. (Если поле настоящее, увеличьте предел с помощью --max-field-mib.)</translation>
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
    <message>
        <source>%1 is empty: it has no header and no rows to import.</source>
        <translation>%1 пуст: в нём нет ни заголовка, ни строк для импорта.</translation>
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
    <message>
        <source>Outreach: %1 (%2)</source>
        <translation>Рассылка: %1 (%2)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Stage %1 → %2, by %3</source>
        <translation>Этап %1 → %2, кто: %3</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Отменить этот импорт</translation>
    </message>
</context>
<context>
    <name>LeadSync::DirectSend</name>
    <message>
        <source>A message needs a subject and a body.</source>
        <translation>Письму нужны тема и текст.</translation>
    </message>
    <message numerus="yes">
        <source>Name the mailbox to send from: the workspace has %n mailbox(es).</source>
        <translation>
            <numerusform>Укажите почтовый ящик для отправки: в рабочей области %n ящик.</numerusform>
            <numerusform>Укажите почтовый ящик для отправки: в рабочей области %n ящика.</numerusform>
            <numerusform>Укажите почтовый ящик для отправки: в рабочей области %n ящиков.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no mailbox &quot;%1&quot;.</source>
        <translation>Почтового ящика «%1» нет.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Лида %1 нет.</translation>
    </message>
    <message>
        <source>Lead %1 has no email.</source>
        <translation>У лида %1 нет адреса почты.</translation>
    </message>
    <message>
        <source>%1 opted out.</source>
        <translation>%1 отписался.</translation>
    </message>
    <message>
        <source>%1 bounced before.</source>
        <translation>Письма на %1 уже возвращались.</translation>
    </message>
    <message>
        <source>Mailbox %1: its password was not found.</source>
        <translation>Почтовый ящик %1: пароль не найден.</translation>
    </message>
    <message>
        <source>Mailbox %1 has reached its caps; it may send again at %2.</source>
        <translation>Почтовый ящик %1 исчерпал лимиты; снова отправлять можно в %2.</translation>
    </message>
    <message>
        <source>Mailbox %1 has reached its caps.</source>
        <translation>Почтовый ящик %1 исчерпал лимиты.</translation>
    </message>
    <message>
        <source>one-off message: %1</source>
        <translation>разовое письмо: %1</translation>
    </message>
    <message>
        <source>one-off message %1: %2</source>
        <translation>разовое письмо %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadSync::DnsResolver</name>
    <message>
        <source>no answer in time</source>
        <translation>нет ответа вовремя</translation>
    </message>
</context>
<context>
    <name>LeadSync::DuplicatesWindow</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Merge &amp;All Shown</source>
        <translation>Объединить &amp;все показанные</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Keep the first lead with the values picked, and remove the others</source>
        <translation>Оставить первого лида с выбранными значениями, остальных удалить</translation>
    </message>
    <message>
        <source>Merge every group listed: the oldest lead kept, its empty fields filled from the others</source>
        <translation>Объединить каждую группу из списка: остаётся самый старый лид, его пустые поля заполняются из остальных</translation>
    </message>
    <message>
        <source>Click a value to keep it in the merged lead. Edit › Undo brings merged leads back.</source>
        <translation>Щёлкните значение, чтобы оставить его в объединённом лиде. Правка › Отменить возвращает объединённых лидов.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>No duplicates: no two leads share an email address, or a name at the same company.</source>
        <translation>Дубликатов нет: ни у каких двух лидов нет общего адреса почты или имени в одной компании.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of duplicates; merging them all would remove %1 lead(s).</source>
        <translation>
            <numerusform>%Ln группа дубликатов; объединение всех удалит лидов: %1.</numerusform>
            <numerusform>%Ln группы дубликатов; объединение всех удалит лидов: %1.</numerusform>
            <numerusform>%Ln групп дубликатов; объединение всех удалит лидов: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The largest %L1 are listed; merge them to see the others.</source>
        <translation>Показаны %L1 самых больших; объедините их, чтобы увидеть остальные.</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>одинаковая почта</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>одинаковые имя и компания</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln leads, %2)</source>
        <translation>
            <numerusform>%1 (%Ln лид, %2)</numerusform>
            <numerusform>%1 (%Ln лида, %2)</numerusform>
            <numerusform>%1 (%Ln лидов, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 (kept)</source>
        <translation>Лид %1 (остаётся)</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Лид %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln Lead(s)</source>
        <translation>
            <numerusform>Объединить %Ln лида</numerusform>
            <numerusform>Объединить %Ln лида</numerusform>
            <numerusform>Объединить %Ln лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
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
    <message>
        <source>the DNS server finds no mail server for gmail.com (%1): it cannot be reached, or it does not tell the truth (a captive portal, an offline or sandboxed network)</source>
        <translation>DNS-сервер не находит почтовый сервер для gmail.com (%1): он недоступен или отвечает неправду (портал авторизации, сеть без интернета или в песочнице)</translation>
    </message>
    <message>
        <source>no such domain or no MX</source>
        <translation>нет такого домена или нет MX</translation>
    </message>
    <message>
        <source>the DNS server answers for a domain that does not exist (%1.com): it does not tell the truth (a captive portal?)</source>
        <translation>DNS-сервер отвечает для несуществующего домена (%1.com): он отвечает неправду (портал авторизации?)</translation>
    </message>
    <message>
        <source>a malformed address literal</source>
        <translation>искажённый адресный литерал</translation>
    </message>
</context>
<context>
    <name>LeadSync::EnrollDialog</name>
    <message>
        <source>Enroll in Sequence</source>
        <translation>Добавить в цепочку</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation>Лиды:</translation>
    </message>
    <message>
        <source>&amp;Sequence:</source>
        <translation>&amp;Цепочка:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (на паузе)</translation>
    </message>
    <message>
        <source>There is no sequence yet: create one in Outreach › Sequences.</source>
        <translation>Цепочек пока нет: создайте её в меню Рассылка › Цепочки.</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>нет адреса почты</translation>
    </message>
    <message>
        <source>the email column calls the address invalid</source>
        <translation>столбец проверки почты считает адрес недействительным</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>отписался</translation>
    </message>
    <message>
        <source>already in this sequence</source>
        <translation>уже в этой цепочке</translation>
    </message>
    <message>
        <source>bounced before</source>
        <translation>ранее был недоставлен</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be enrolled.</source>
        <translation>Будет добавлено: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Skipped:</source>
        <translation>&lt;br&gt;Пропущено:</translation>
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
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Leads matching the current &amp;filter and search (%L1)</source>
        <translation>Лиды, подходящие под текущий &amp;фильтр и поиск (%L1)</translation>
    </message>
    <message>
        <source>&amp;All leads (%L1)</source>
        <translation>&amp;Все лиды (%L1)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
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
        <source>&amp;Neutralise cells a spreadsheet would run as formulas (=SUM(…), +1+2, @A1…)</source>
        <translation>&amp;Обезвредить ячейки, которые таблица выполнила бы как формулы (=СУММ(…), +1+2, @A1…)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Built-in fields get the names %1 knows: %2. Not a spreadsheet: no formula escaping.</source>
        <translation>Встроенные поля получают имена, которые знает %1: %2. Это не таблица: формулы не обезвреживаются.</translation>
    </message>
    <message>
        <source>With a BOM, and the list separator of this computer&apos;s language (%1).</source>
        <translation>С BOM и разделителем списков языка этого компьютера (%1).</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>LeadSync::ExportProfile</name>
    <message>
        <source>Plain CSV (UTF-8)</source>
        <translation>Обычный CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Microsoft Excel</source>
        <translation>Microsoft Excel</translation>
    </message>
    <message>
        <source>Google Sheets</source>
        <translation>Google Таблицы</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Pipedrive</source>
        <translation>Pipedrive</translation>
    </message>
    <message>
        <source>Apollo</source>
        <translation>Apollo</translation>
    </message>
    <message>
        <source>Instantly</source>
        <translation>Instantly</translation>
    </message>
    <message>
        <source>lemlist</source>
        <translation>lemlist</translation>
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
        <source>the export has stopped</source>
        <translation>экспорт остановлен</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadSync::FiguresTab</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sequence / step</source>
        <translation>Цепочка / шаг</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Охвачено</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ответили</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Заинтересованы</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Недоставлено</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Отписались</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Доля ответов</translation>
    </message>
    <message>
        <source>Positive rate</source>
        <translation>Доля положительных</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Доля недоставленных</translation>
    </message>
    <message>
        <source>Median hours to reply</source>
        <translation>Медиана часов до ответа</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Chart of:</source>
        <translation>График:</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <source>%1: sent and replies per day</source>
        <translation>%1: отправлено и ответов по дням</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>%1: funnel</source>
        <translation>%1: воронка</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>No sequence yet</source>
        <translation>Цепочек пока нет</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>Экспорт показателей</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
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
    <message>
        <source>is one of</source>
        <translation>одно из</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>не содержит</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>заканчивается на</translation>
    </message>
    <message>
        <source>And or or</source>
        <translation>И или или</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>or</source>
        <translation>или</translation>
    </message>
    <message>
        <source>“or”: this condition or the one above is enough</source>
        <translation>«или»: достаточно этого условия или условия выше</translation>
    </message>
    <message>
        <source>%1   (%L2)</source>
        <translation>%1   (%L2)</translation>
    </message>
    <message>
        <source>Pick one of the most frequent values; the number is how many leads have it.</source>
        <translation>Выберите одно из самых частых значений; число — сколько лидов его имеют.</translation>
    </message>
    <message>
        <source>Pick one of the most frequent values; the number is how many of the first %L1 leads have it.</source>
        <translation>Выберите одно из самых частых значений; число — сколько из первых %L1 лидов его имеют.</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (изменено)</translation>
    </message>
</context>
<context>
    <name>LeadSync::FirstSteps</name>
    <message>
        <source>&lt;b&gt;This is a sample workspace.&lt;/b&gt; Its leads are made up, to try LeadSync with. Remove them, or import your own list into a fresh workspace.</source>
        <translation>&lt;b&gt;Это пример рабочей области.&lt;/b&gt; Её лиды вымышлены, чтобы попробовать LeadSync. Удалите их или импортируйте свой список в новую рабочую область.</translation>
    </message>
    <message>
        <source>&amp;Remove Sample Leads</source>
        <translation>&amp;Удалить лиды примера</translation>
    </message>
    <message>
        <source>Import Your &amp;CSV…</source>
        <translation>Импортировать свой &amp;CSV…</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Лидов пока нет</translation>
    </message>
    <message>
        <source>Drop a CSV here or choose File › Import CSV.
Apollo, Sales Navigator, HubSpot and Excel files work as they are.</source>
        <translation>Перетащите сюда CSV или выберите Файл › Импорт CSV.
Файлы Apollo, Sales Navigator, HubSpot и Excel подходят как есть.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <source>The sample leads were removed.</source>
        <translation>Лиды примера удалены.</translation>
    </message>
    <message>
        <source>Getting Started with LeadSync</source>
        <translation>Начало работы с LeadSync</translation>
    </message>
    <message>
        <source>Your day with LeadSync</source>
        <translation>Ваш день с LeadSync</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import&lt;/b&gt; a CSV from Apollo, Sales Navigator, HubSpot, Excel or a scraper: File › Import CSV, or drop the file on the window. LeadSync detects the encoding and delimiter and maps the columns, in any of the usual languages; Edit › Undo Import takes an import back.</source>
        <translation>&lt;b&gt;Импортируйте&lt;/b&gt; CSV из Apollo, Sales Navigator, HubSpot, Excel или парсера: Файл › Импорт CSV, или перетащите файл на окно. LeadSync определяет кодировку и разделитель и сопоставляет столбцы на любом из обычных языков; Правка › Отменить импорт возвращает всё как было.</translation>
    </message>
    <message>
        <source>More on importing</source>
        <translation>Подробнее об импорте</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clean and enrich&lt;/b&gt; in the table: search, filter, sort, edit cells, tag leads with campaigns. Columns › Add Column computes cells per lead: an AI prompt, an email check, a webhook.</source>
        <translation>&lt;b&gt;Очищайте и обогащайте&lt;/b&gt; в таблице: поиск, фильтры, сортировка, правка ячеек, кампании. Столбцы › Добавить столбец вычисляет ячейки для каждого лида: промпт ИИ, проверка почты, вебхук.</translation>
    </message>
    <message>
        <source>More on columns</source>
        <translation>Подробнее о столбцах</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reach out&lt;/b&gt; from your own mailbox: Outreach › Sequences sends the first email and the follow-ups, and stops when a lead replies.</source>
        <translation>&lt;b&gt;Пишите&lt;/b&gt; из своего почтового ящика: Рассылка › Цепочки отправляют первое письмо и напоминания и останавливаются, когда лид отвечает.</translation>
    </message>
    <message>
        <source>More on outreach</source>
        <translation>Подробнее о рассылках</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move leads along&lt;/b&gt; the pipeline (Pipeline › Board) and hand the best to sales.</source>
        <translation>&lt;b&gt;Продвигайте лидов&lt;/b&gt; по воронке (Воронка › Доска) и передавайте лучших в продажи.</translation>
    </message>
    <message>
        <source>More on the pipeline</source>
        <translation>Подробнее о воронке</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export&lt;/b&gt; with File › Export CSV, for Excel, Google Sheets or your CRM.</source>
        <translation>&lt;b&gt;Экспортируйте&lt;/b&gt; через Файл › Экспорт CSV, для Excel, Google Таблиц или вашей CRM.</translation>
    </message>
    <message>
        <source>More on exporting</source>
        <translation>Подробнее об экспорте</translation>
    </message>
    <message>
        <source>Everything stays in one workspace file on this computer.</source>
        <translation>Всё хранится в одном файле рабочей области на этом компьютере.</translation>
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
    <message>
        <source>the API key would go over plain http:// to %1; use https://, or allow plain HTTP for this column (a server on your own network)</source>
        <translation>API-ключ ушёл бы по незащищённому http:// на %1; используйте https:// или разрешите незащищённый HTTP для этого столбца (сервер в вашей сети)</translation>
    </message>
    <message>
        <source>the header %1 would hold a line break (from the lead&apos;s data)</source>
        <translation>заголовок %1 содержал бы перевод строки (из данных лида)</translation>
    </message>
    <message>
        <source>too many or bad redirects</source>
        <translation>слишком много или неверные перенаправления</translation>
    </message>
</context>
<context>
    <name>LeadSync::HttpServer</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Тело запроса больше %1 байт.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: the address is not this machine&apos;s, or the port is taken.</source>
        <translation>Не удаётся слушать %1, порт %2: адрес не принадлежит этому компьютеру или порт занят.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ImapClient</name>
    <message>
        <source>Cannot reach the IMAP server %1: %2</source>
        <translation>IMAP-сервер %1 недоступен: %2</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the IMAP server %1 failed: %2</source>
        <translation>Не удалось установить защищённое соединение (TLS) с IMAP-сервером %1: %2</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the user or password: %2</source>
        <translation>IMAP-сервер %1 отклонил пользователя или пароль: %2</translation>
    </message>
    <message>
        <source>The IMAP server %1 cannot open the folder: %2</source>
        <translation>IMAP-сервер %1 не может открыть папку: %2</translation>
    </message>
    <message>
        <source>The IMAP server %1 failed to send messages: %2</source>
        <translation>IMAP-сервер %1 не смог передать письма: %2</translation>
    </message>
    <message>
        <source>The IMAP server %1 failed: %2</source>
        <translation>Ошибка IMAP-сервера %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>нет ответа за %1 с</translation>
    </message>
    <message>
        <source>the URL must be imaps://host:993 or imap://host:143, not %1</source>
        <translation>адрес должен быть imaps://host:993 или imap://host:143, а не %1</translation>
    </message>
    <message>
        <source>the server offers no STARTTLS, and LeadSync sends no password in the clear</source>
        <translation>сервер не предлагает STARTTLS, а LeadSync не передаёт пароль открытым текстом</translation>
    </message>
    <message>
        <source>the server did not ask for the credentials</source>
        <translation>сервер не запросил учётные данные</translation>
    </message>
</context>
<context>
    <name>LeadSync::ImapReader</name>
    <message>
        <source>The IMAP server sent a malformed response: %1.</source>
        <translation>IMAP-сервер прислал некорректный ответ: %1.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ImportExport</name>
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
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Import into the Sample?</source>
        <translation>Импортировать в пример?</translation>
    </message>
    <message>
        <source>This workspace holds the sample leads. Import %1 into a fresh workspace of its own?</source>
        <translation>В этой рабочей области лежат лиды примера. Импортировать %1 в отдельную новую рабочую область?</translation>
    </message>
    <message>
        <source>A fresh workspace keeps your leads apart from the made-up ones. You can still remove the sample leads later.</source>
        <translation>Новая рабочая область не смешивает ваши лиды с вымышленными. Лиды примера можно удалить и позже.</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>&amp;Новая рабочая область</translation>
    </message>
    <message>
        <source>Import into the &amp;Sample</source>
        <translation>Импортировать в &amp;пример</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Нет импорта, который можно отменить.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)?</source>
        <translation>Отменить импорт %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln lead(s) it added are deleted, with their history.</source>
        <translation>
            <numerusform>Добавленный им %Ln лид будет удалён вместе с историей.</numerusform>
            <numerusform>Добавленные им %Ln лида будут удалены вместе с историей.</numerusform>
            <numerusform>Добавленные им %Ln лидов будут удалены вместе с историей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fields it filled in %Ln lead(s) it merged into are emptied again, unless changed since.</source>
        <translation>
            <numerusform>Поля, заполненные им в %Ln объединённом лиде, снова станут пустыми, если с тех пор не менялись.</numerusform>
            <numerusform>Поля, заполненные им в %Ln объединённых лидах, снова станут пустыми, если с тех пор не менялись.</numerusform>
            <numerusform>Поля, заполненные им в %Ln объединённых лидах, снова станут пустыми, если с тех пор не менялись.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 undone.</source>
        <translation>Импорт %1 отменён.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) to %1</source>
        <translation>
            <numerusform>%Ln лид в %1</numerusform>
            <numerusform>%Ln лида в %1</numerusform>
            <numerusform>%Ln лидов в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) a spreadsheet would run as formulas kept as text with an apostrophe.</source>
        <translation>
            <numerusform>%Ln ячейка, которую таблица выполнила бы как формулу, сохранена как текст с апострофом.</numerusform>
            <numerusform>%Ln ячейки, которые таблица выполнила бы как формулы, сохранены как текст с апострофом.</numerusform>
            <numerusform>%Ln ячеек, которые таблица выполнила бы как формулы, сохранены как текст с апострофом.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>Undoing the import of %1</source>
        <translation>Отмена импорта %1</translation>
    </message>
    <message>
        <source>Import of %1 undone</source>
        <translation>Импорт %1 отменён</translation>
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
    <message>
        <source>&amp;Normalise phones (+49…) and Telegram names afterwards; what cannot be read is kept and flagged in Contact check</source>
        <translation>&amp;Нормализовать телефоны (+7…) и имена Telegram после импорта; нечитаемое сохраняется и отмечается в «Проверке контактов»</translation>
    </message>
    <message>
        <source>Contacts normalised: %L1; not readable (flagged in Contact check): %L2</source>
        <translation>Контактов нормализовано: %L1; нечитаемых (отмечены в «Проверке контактов»): %L2</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>ваш выбор</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>по имени</translation>
    </message>
    <message>
        <source>by values</source>
        <translation>по значениям</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>нет совпадения</translation>
    </message>
    <message>
        <source>Line endings:</source>
        <translation>Концы строк:</translation>
    </message>
    <message>
        <source>%1, as chosen.</source>
        <translation>%1, как выбрано.</translation>
    </message>
    <message>
        <source>Detected %1, certain: the file starts with its byte-order mark.</source>
        <translation>Определено: %1, точно: файл начинается с метки порядка байтов.</translation>
    </message>
    <message>
        <source>Detected UTF-8, certain: all of its accented letters are valid UTF-8.</source>
        <translation>Определено: UTF-8, точно: все не-ASCII символы — корректный UTF-8.</translation>
    </message>
    <message>
        <source>Detected plain ASCII, certain: the first mebibyte has no accented letters, and every encoding reads it the same.</source>
        <translation>Определено: чистый ASCII, точно: в первом мебибайте нет не-ASCII символов, любая кодировка читает его одинаково.</translation>
    </message>
    <message>
        <source>Detected %1, a guess from the letters used: check the names in the preview.</source>
        <translation>Определено: %1, догадка по используемым буквам: проверьте имена в предпросмотре.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>точно</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>вероятно</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>неуверенно</translation>
    </message>
    <message>
        <source>%1 of %2 rows have %3 fields</source>
        <translation>в %1 из %2 строк по %3 полей</translation>
    </message>
    <message>
        <source>%1, as chosen: %2.</source>
        <translation>%1, как выбрано: %2.</translation>
    </message>
    <message>
        <source>Detected %1, %2: %3.</source>
        <translation>Определено: %1, %2: %3.</translation>
    </message>
    <message>
        <source>Column names in the first row, as chosen.</source>
        <translation>Имена столбцов в первой строке, как выбрано.</translation>
    </message>
    <message>
        <source>No header row, as chosen.</source>
        <translation>Без строки заголовков, как выбрано.</translation>
    </message>
    <message>
        <source>Detected column names in the first row, certain: “%1” names a lead field.</source>
        <translation>Определено: имена столбцов в первой строке, точно: «%1» — поле лида.</translation>
    </message>
    <message>
        <source>Detected column names in the first row, likely: none of its cells looks like data.</source>
        <translation>Определено: имена столбцов в первой строке, вероятно: ни одна ячейка не похожа на данные.</translation>
    </message>
    <message>
        <source>Detected no header row, likely: “%1” in the first row looks like data.</source>
        <translation>Определено: без строки заголовков, вероятно: «%1» в первой строке похоже на данные.</translation>
    </message>
    <message>
        <source>None: the file is a single line.</source>
        <translation>Нет: файл состоит из одной строки.</translation>
    </message>
    <message>
        <source>Unix and macOS (LF).</source>
        <translation>Unix и macOS (LF).</translation>
    </message>
    <message>
        <source>Windows (CR LF).</source>
        <translation>Windows (CR LF).</translation>
    </message>
    <message>
        <source>Classic Mac OS (CR).</source>
        <translation>Классическая Mac OS (CR).</translation>
    </message>
    <message>
        <source>Mixed (LF, CR LF or CR): each is read as a line break.</source>
        <translation>Смешанные (LF, CR LF или CR): каждый читается как перевод строки.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Split into first and last name</source>
        <translation>Разделить на имя и фамилию</translation>
    </message>
    <message>
        <source>Split into last and first name (surname first)</source>
        <translation>Разделить на фамилию и имя (сначала фамилия)</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>запомнено</translation>
    </message>
    <message>
        <source>Choose what happens to rows whose lead you already have, and to rows that cannot be read.</source>
        <translation>Выберите, что делать со строками, чей лид у вас уже есть, и со строками, которые нельзя прочитать.</translation>
    </message>
    <message>
        <source>All or nothing: if you cancel, or the import fails, the workspace stays as it was.</source>
        <translation>Всё или ничего: если вы отмените или импорт не удастся, рабочая область останется прежней.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>The leads are in the workspace; Edit › Undo Import takes them back.</source>
        <translation>Лиды в рабочей области; Правка › Отменить импорт убирает их.</translation>
    </message>
    <message>
        <source>The workspace is unchanged.</source>
        <translation>Рабочая область не изменилась.</translation>
    </message>
    <message>
        <source>%L1 new, %L2 merged, %L3 rejected</source>
        <translation>новых %L1, объединено %L2, отклонено %L3</translation>
    </message>
</context>
<context>
    <name>LeadSync::Importer</name>
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
    <name>LeadSync::JobQueue</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was changed.</source>
        <translation>%1: отменено, ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>LeadSync::JobsPanel</name>
    <message>
        <source>Job</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Начато %1</translation>
    </message>
    <message>
        <source>%1 %2/s</source>
        <translation>%1 %2/с</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строк</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Computing %1</source>
        <translation>Вычисление %1</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>ячеек</translation>
    </message>
    <message>
        <source>Sending due messages</source>
        <translation>Отправка запланированных писем</translation>
    </message>
    <message>
        <source>%L1 sent, %L2 failed, %L3 to retry, %L4 unknown, %L5 skipped</source>
        <translation>отправлено %L1, ошибок %L2, к повтору %L3, неизвестно %L4, пропущено %L5</translation>
    </message>
    <message>
        <source>next at %1</source>
        <translation>следующее в %1</translation>
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
    <name>LeadSync::KeyStore</name>
    <message>
        <source>No API key is stored under the name %1. Set it in the column&apos;s settings (Set Key…).</source>
        <translation>Под именем %1 ключ API не сохранён. Задайте его в настройках столбца (Задать ключ…).</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), and the environment variable %2 is not set.</source>
        <translation>Не удалось прочитать связку ключей (%1), а переменная окружения %2 не задана.</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain: %1</source>
        <translation>Ключ не сохранён в связке ключей: %1</translation>
    </message>
    <message>
        <source>The key was not deleted from the keychain: %1</source>
        <translation>Ключ не удалён из связки ключей: %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadApi</name>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>Тело — не корректный JSON: %1 в позиции %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Тело должно быть объектом JSON.</translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation>Поле %1 должно быть строкой.</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number.</source>
        <translation>%1 должно быть целым положительным числом.</translation>
    </message>
    <message>
        <source>The field %1 is required.</source>
        <translation>Поле %1 обязательно.</translation>
    </message>
    <message>
        <source>The field %1 must be a number.</source>
        <translation>Поле %1 должно быть числом.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Лида %1 нет.</translation>
    </message>
    <message>
        <source>A valid token is required: Authorization: Bearer &lt;token&gt;.</source>
        <translation>Нужен действительный токен: Authorization: Bearer &lt;token&gt;.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>%1 здесь не разрешён.</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>По адресу %1 ничего нет.</translation>
    </message>
    <message>
        <source>A lead needs at least one contact: email, phone or telegram.</source>
        <translation>Лиду нужен хотя бы один контакт: почта, телефон или Telegram.</translation>
    </message>
    <message>
        <source>The field stage must be new, contacted, qualified, transferred or lost, not &quot;%1&quot;.</source>
        <translation>Поле stage должно быть new, contacted, qualified, transferred или lost, а не «%1».</translation>
    </message>
    <message>
        <source>the API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>The analysis failed.</source>
        <translation>Анализ не удался.</translation>
    </message>
    <message>
        <source>The field text is required.</source>
        <translation>Поле text обязательно.</translation>
    </message>
    <message>
        <source>The field received_at must be an ISO 8601 time.</source>
        <translation>Поле received_at должно быть временем в формате ISO 8601.</translation>
    </message>
    <message>
        <source>Name the mailbox the reply belongs to (the field mailbox).</source>
        <translation>Укажите почтовый ящик, к которому относится ответ (поле mailbox).</translation>
    </message>
    <message>
        <source>There is no mailbox &quot;%1&quot;.</source>
        <translation>Почтового ящика «%1» нет.</translation>
    </message>
    <message>
        <source>This reply was recorded before.</source>
        <translation>Этот ответ уже записан.</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>Ответа %1 нет.</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadFilter</name>
    <message>
        <source>The condition &quot;%1&quot; names no column &quot;%2&quot;.</source>
        <translation>В условии «%1» указан несуществующий столбец «%2».</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; takes no value.</source>
        <translation>Условие «%1» не принимает значения.</translation>
    </message>
    <message>
        <source>Cannot read the condition &quot;%1&quot;: write COLUMN OPERATOR VALUE, with an operator among = != &lt; &gt; &lt;= &gt;= contains, does not contain, starts with, ends with, is one of, is empty, is not empty.</source>
        <translation>Не удаётся прочитать условие «%1»: пишите СТОЛБЕЦ ОПЕРАТОР ЗНАЧЕНИЕ, с оператором из = != &lt; &gt; &lt;= &gt;= contains, does not contain, starts with, ends with, is one of, is empty, is not empty.</translation>
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
    <name>LeadSync::LeadScorer</name>
    <message>
        <source>an email address</source>
        <translation>адрес почты</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>a business domain</source>
        <translation>сфера бизнеса</translation>
    </message>
    <message>
        <source>a senior title</source>
        <translation>руководящая должность</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <source>replied (%1)</source>
        <translation>ответил (%1)</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>связались</translation>
    </message>
    <message>
        <source>came in by itself (%1)</source>
        <translation>пришёл сам (%1)</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>квалифицирован</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Rule-based: %1 = %2.</source>
        <translation>По правилам: %1 = %2.</translation>
    </message>
    <message>
        <source>nothing known</source>
        <translation>ничего не известно</translation>
    </message>
    <message>
        <source>the model&apos;s score %1 is not a number from 0 to 1</source>
        <translation>оценка модели %1 — не число от 0 до 1</translation>
    </message>
    <message>
        <source>the model gave no score</source>
        <translation>модель не дала оценку</translation>
    </message>
    <message>
        <source>the model gave no recommendation</source>
        <translation>модель не дала рекомендацию</translation>
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
    <message numerus="yes">
        <source>%n cell(s) had changed since and were left as they are.</source>
        <translation>
            <numerusform>%n ячейка с тех пор изменилась и оставлена как есть.</numerusform>
            <numerusform>%n ячейки с тех пор изменились и оставлены как есть.</numerusform>
            <numerusform>%n ячеек с тех пор изменились и оставлены как есть.</numerusform>
        </translation>
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
    <name>LeadSync::LocalApi</name>
    <message>
        <source>The API token could not be kept in the keychain: %1</source>
        <translation>Не удалось сохранить токен API в связке ключей: %1</translation>
    </message>
    <message>
        <source>The API&apos;s address %1 is not HOST:PORT with an IP address.</source>
        <translation>Адрес API %1 — не HOST:PORT с IP-адресом.</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>Локальный API</translation>
    </message>
    <message>
        <source>&amp;Run the local API while LeadSync is open</source>
        <translation>&amp;Запускать локальный API, пока LeadSync открыт</translation>
    </message>
    <message>
        <source>127.0.0.1 is this computer only; another address lets other machines in.</source>
        <translation>127.0.0.1 — только этот компьютер; другой адрес открывает доступ другим машинам.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;New Token</source>
        <translation>&amp;Новый токен</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>напр. RU</translation>
    </message>
    <message>
        <source>Phones written without a country code are read in this country when the lead has none.</source>
        <translation>Номера без кода страны читаются для этой страны, если у лида страна не указана.</translation>
    </message>
    <message>
        <source>Listening on %1
Tilda webhook: %1/leads/webhooks/tilda/%2
Description: %1/openapi.json</source>
        <translation>Слушает %1
Вебхук Tilda: %1/leads/webhooks/tilda/%2
Описание: %1/openapi.json</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Выключен.</translation>
    </message>
    <message>
        <source>%1 is not a country&apos;s ISO code (DE, US, FR…).</source>
        <translation>%1 — не ISO-код страны (RU, DE, US…).</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Токен:</translation>
    </message>
    <message>
        <source>Default &amp;country for phones:</source>
        <translation>&amp;Страна для телефонов по умолчанию:</translation>
    </message>
</context>
<context>
    <name>LeadSync::MailboxCredentials</name>
    <message>
        <source>Mailbox %1 is not signed in: sign in from its settings.</source>
        <translation>Ящик %1 не авторизован: войдите в его настройках.</translation>
    </message>
</context>
<context>
    <name>LeadSync::MailboxDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <source>Ana Example &lt;ana@example.com&gt;</source>
        <translation>Анна Пример &lt;anna@example.com&gt;</translation>
    </message>
    <message>
        <source>smtps://smtp.example.com:465 or smtp://smtp.example.com:587</source>
        <translation>smtps://smtp.example.com:465 или smtp://smtp.example.com:587</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>адрес отправителя</translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation>пароль или пароль приложения</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain under this name. An environment variable of the same name works too, e.g. for leadsync-cli from cron.</source>
        <translation>Пароль хранится в системной связке ключей под этим именем. Подойдёт и переменная окружения с тем же именем, например для leadsync-cli из cron.</translation>
    </message>
    <message>
        <source>Days and hours in the mailbox&apos;s zone, e.g. “mon-fri 09:00-17:00”.</source>
        <translation>Дни и часы в часовом поясе ящика, например «mon-fri 09:00-17:00».</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>optional: an https page for one-click unsubscribe</source>
        <translation>необязательно: https-страница для отписки в один клик</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Отправитель:</translation>
    </message>
    <message>
        <source>&amp;SMTP server:</source>
        <translation>&amp;SMTP-сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <source>Password &amp;entry:</source>
        <translation>&amp;Запись пароля:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>Sending &amp;window:</source>
        <translation>&amp;Окно отправки:</translation>
    </message>
    <message>
        <source>&amp;Daily cap:</source>
        <translation>&amp;Лимит в день:</translation>
    </message>
    <message>
        <source>&amp;Hourly cap:</source>
        <translation>Лимит в &amp;час:</translation>
    </message>
    <message>
        <source>Gap between sends:</source>
        <translation>Пауза между письмами:</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe page:</source>
        <translation>Страница &amp;отписки:</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>без изменений (в связке ключей)</translation>
    </message>
    <message>
        <source>The mailbox needs a name.</source>
        <translation>У ящика должно быть имя.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Не удалось сохранить пароль в связке ключей: %1</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Отправка тестового письма на %1…</translation>
    </message>
    <message>
        <source>✔ The mailbox works: a test message was sent to its own address.</source>
        <translation>✔ Ящик работает: тестовое письмо отправлено на его собственный адрес.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found</source>
        <translation>Имя сервера не найдено</translation>
    </message>
    <message>
        <source>The server could not be reached</source>
        <translation>Сервер недоступен</translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed</source>
        <translation>Не удалось установить защищённое соединение (TLS)</translation>
    </message>
    <message>
        <source>The server refused the user or password</source>
        <translation>Сервер отклонил пользователя или пароль</translation>
    </message>
    <message>
        <source>The server refused the From address</source>
        <translation>Сервер отклонил адрес отправителя</translation>
    </message>
    <message>
        <source>The server refused the recipient</source>
        <translation>Сервер отклонил получателя</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Сервер отклонил письмо</translation>
    </message>
    <message>
        <source>The test failed</source>
        <translation>Проверка не удалась</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Пароль или пароль приложения</translation>
    </message>
    <message>
        <source>Google account (OAuth)</source>
        <translation>Аккаунт Google (OAuth)</translation>
    </message>
    <message>
        <source>Microsoft 365 account (OAuth)</source>
        <translation>Аккаунт Microsoft 365 (OAuth)</translation>
    </message>
    <message>
        <source>the client ID of your own OAuth app (see the README)</source>
        <translation>ID клиента вашего OAuth-приложения (см. README)</translation>
    </message>
    <message>
        <source>if your provider gave one (Google does); kept in the keychain</source>
        <translation>если провайдер его выдал (Google выдаёт); хранится в связке ключей</translation>
    </message>
    <message>
        <source>Opens your browser to sign in; the tokens go to the keychain entry below, never to the workspace.</source>
        <translation>Открывает браузер для входа; токены сохраняются в записи связки ключей ниже, никогда — в рабочем пространстве.</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>&amp;Способ входа:</translation>
    </message>
    <message>
        <source>OAuth &amp;client ID:</source>
        <translation>&amp;ID клиента OAuth:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Секрет клиента:</translation>
    </message>
    <message>
        <source>Other OAuth provider (%1)</source>
        <translation>Другой OAuth-провайдер (%1)</translation>
    </message>
    <message>
        <source>Signing in with OAuth needs the client ID of your own OAuth app.</source>
        <translation>Для входа через OAuth нужен ID клиента вашего OAuth-приложения.</translation>
    </message>
    <message>
        <source>Sign in in your browser; LeadSync waits for its answer.</source>
        <translation>Войдите в браузере; LeadSync ждёт ответа.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>✔ Signed in: the tokens are in the keychain. Test the mailbox, then save it.</source>
        <translation>✔ Вход выполнен: токены в связке ключей. Проверьте ящик и сохраните его.</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be stored in the keychain: %1</source>
        <translation>Вход выполнен, но токены не удалось сохранить в связке ключей: %1</translation>
    </message>
    <message>
        <source>imaps://imap.example.com:993, to read replies (signs in as SMTP does)</source>
        <translation>imaps://imap.example.com:993 — для чтения ответов (вход как для SMTP)</translation>
    </message>
    <message>
        <source>Folders separated by commas; replies are looked for in each.</source>
        <translation>Папки через запятую; ответы ищутся в каждой.</translation>
    </message>
    <message>
        <source>&amp;IMAP server (replies):</source>
        <translation>&amp;IMAP-сервер (ответы):</translation>
    </message>
    <message>
        <source>Folders to &amp;read:</source>
        <translation>&amp;Папки для чтения:</translation>
    </message>
</context>
<context>
    <name>LeadSync::MailboxStore</name>
    <message>
        <source>&quot;%1&quot; is not a From address: write &quot;Name &lt;address&gt;&quot; or an address.</source>
        <translation>«%1» — не адрес отправителя: укажите «Имя &lt;адрес&gt;» или адрес.</translation>
    </message>
    <message>
        <source>A mailbox needs a name.</source>
        <translation>У почтового ящика должно быть имя.</translation>
    </message>
    <message>
        <source>Mailbox %1: &quot;%2&quot; is not an email address.</source>
        <translation>Почтовый ящик %1: «%2» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Mailbox %1: the SMTP URL must be smtps://host:465 or smtp://host:587, not &quot;%2&quot;.</source>
        <translation>Почтовый ящик %1: URL SMTP должен быть smtps://host:465 или smtp://host:587, а не «%2».</translation>
    </message>
    <message>
        <source>Mailbox %1: the time zone is not a zone name such as Europe/Berlin.</source>
        <translation>Почтовый ящик %1: часовой пояс должен быть названием зоны, например Europe/Berlin.</translation>
    </message>
    <message>
        <source>Mailbox %1: the daily cap must be at least 1, the hourly cap 0 (none) or more.</source>
        <translation>Почтовый ящик %1: дневной лимит — не меньше 1, часовой — 0 (без лимита) или больше.</translation>
    </message>
    <message>
        <source>Mailbox %1: the gap must be MIN-MAX seconds with MIN ≤ MAX.</source>
        <translation>Почтовый ящик %1: интервал задаётся как MIN-MAX секунд, где MIN ≤ MAX.</translation>
    </message>
    <message>
        <source>Mailbox %1: the unsubscribe URL must be https.</source>
        <translation>Почтовый ящик %1: URL отписки должен использовать https.</translation>
    </message>
    <message>
        <source>Mailbox %1: the OAuth URL &quot;%2&quot; must be https.</source>
        <translation>Ящик %1: OAuth-адрес «%2» должен быть https.</translation>
    </message>
    <message>
        <source>Mailbox %1: OAuth needs a keychain entry to keep its tokens in.</source>
        <translation>Ящик %1: для OAuth нужна запись в связке ключей для токенов.</translation>
    </message>
    <message>
        <source>Mailbox %1: the IMAP URL must be imaps://host:993 or imap://host:143, not &quot;%2&quot;.</source>
        <translation>Ящик %1: адрес IMAP должен быть imaps://host:993 или imap://host:143, а не «%2».</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>С&amp;толбцы</translation>
    </message>
    <message>
        <source>LeadSync Closed Unexpectedly</source>
        <translation>LeadSync неожиданно закрылся</translation>
    </message>
    <message>
        <source>LeadSync closed unexpectedly the last time it ran. A short report was saved; it holds the version, where the program was and your last commands, no lead data.</source>
        <translation>В прошлый раз LeadSync неожиданно закрылся. Сохранён краткий отчёт: версия, место в программе и ваши последние команды, без данных лидов.</translation>
    </message>
    <message>
        <source>Show Report</source>
        <translation>Показать отчёт</translation>
    </message>
    <message>
        <source>&amp;Outreach</source>
        <translation>&amp;Рассылка</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Исходящие</translation>
    </message>
    <message>
        <source>&amp;Sequences</source>
        <translation>&amp;Цепочки</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>&amp;Почтовые ящики</translation>
    </message>
    <message>
        <source>Opt-&amp;Outs</source>
        <translation>&amp;Отписки</translation>
    </message>
    <message>
        <source>&amp;Enroll Selected Leads…</source>
        <translation>&amp;Добавить выбранных лидов…</translation>
    </message>
    <message>
        <source>Enroll &amp;All Leads in View…</source>
        <translation>Добавить &amp;всех лидов представления…</translation>
    </message>
    <message>
        <source>Send &amp;Automatically</source>
        <translation>Отправлять &amp;автоматически</translation>
    </message>
    <message>
        <source>Send the messages due while LeadSync runs.</source>
        <translation>Отправлять письма по расписанию, пока LeadSync работает.</translation>
    </message>
    <message>
        <source>all %1 leads in the view</source>
        <translation>все лиды представления (%1)</translation>
    </message>
    <message>
        <source>all leads in the view</source>
        <translation>все лиды представления</translation>
    </message>
    <message>
        <source>%1 selected leads</source>
        <translation>выбрано лидов: %1</translation>
    </message>
    <message>
        <source>Messages Due Today</source>
        <translation>Письма на сегодня</translation>
    </message>
    <message>
        <source>%1 outreach messages are due today. LeadSync sends them only while it runs (or from the leadsync-outreach timer, if you set it up). Quit anyway?</source>
        <translation>Писем на сегодня: %1. LeadSync отправляет их, только пока работает (или по таймеру leadsync-outreach, если он настроен). Всё равно выйти?</translation>
    </message>
    <message>
        <source>Keep &amp;Running</source>
        <translation>&amp;Не выходить</translation>
    </message>
    <message>
        <source>&amp;Remove Selected Leads from Sequence…</source>
        <translation>&amp;Убрать выбранных лидов из цепочки…</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Select the leads in the table first.</source>
        <translation>Сначала выберите лидов в таблице.</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Deals exported to %1.</source>
        <translation>Сделки выгружены в %1.</translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>Выгрузить сделки</translation>
    </message>
    <message>
        <source>Local API: %1</source>
        <translation>Локальный API: %1</translation>
    </message>
    <message>
        <source>Local API on %1.</source>
        <translation>Локальный API на %1.</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Воронка</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Доска</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Сделки</translation>
    </message>
    <message>
        <source>&amp;Move Selected Leads To</source>
        <translation>&amp;Перевести выбранных лидов на этап</translation>
    </message>
    <message>
        <source>&amp;Analyse Selected Leads</source>
        <translation>&amp;Проанализировать выбранных лидов</translation>
    </message>
    <message>
        <source>Analyse All Leads in &amp;View</source>
        <translation>Проанализировать всех лидов в &amp;представлении</translation>
    </message>
    <message>
        <source>&amp;Local API…</source>
        <translation>&amp;Локальный API…</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) moved to %1.</source>
        <translation>
            <numerusform>%n лид переведён на этап «%1».</numerusform>
            <numerusform>%n лида переведены на этап «%1».</numerusform>
            <numerusform>%n лидов переведены на этап «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not moved: %1</source>
        <translation>
            <numerusform>%n не переведён: %1</numerusform>
            <numerusform>%n не переведены: %1</numerusform>
            <numerusform>%n не переведены: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean Up &amp;Phones of Selected Leads</source>
        <translation>Привести в порядок &amp;телефоны выбранных лидов</translation>
    </message>
    <message>
        <source>Clean Up &amp;Telegram of Selected Leads</source>
        <translation>Привести в порядок &amp;Telegram выбранных лидов</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln выбран</numerusform>
            <numerusform>%Ln выбрано</numerusform>
            <numerusform>%Ln выбрано</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Import…</source>
        <translation>Отменить &amp;импорт…</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>&amp;Столбцы…</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Добавить столбец</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Compute a column&apos;s empty cells in the view</source>
        <translation>Вычислить пустые ячейки столбца в представлении</translation>
    </message>
    <message>
        <source>Leads: about %L1 (counting…)</source>
        <translation>Лиды: около %L1 (подсчёт…)</translation>
    </message>
</context>
<context>
    <name>LeadSync::ModelPrices</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>the model has no name.</source>
        <translation>у модели нет имени.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 указана дважды.</translation>
    </message>
    <message>
        <source>a price cannot be negative.</source>
        <translation>цена не может быть отрицательной.</translation>
    </message>
</context>
<context>
    <name>LeadSync::OAuthSignIn</name>
    <message>
        <source>The OAuth provider of mailbox %1 refused: %2</source>
        <translation>OAuth-провайдер ящика %1 отказал: %2</translation>
    </message>
    <message>
        <source>Mailbox %1 has no refresh token: sign in again.</source>
        <translation>У ящика %1 нет токена обновления: войдите снова.</translation>
    </message>
    <message>
        <source>The OAuth provider of mailbox %1 could not be reached: %2</source>
        <translation>OAuth-провайдер ящика %1 недоступен: %2</translation>
    </message>
    <message>
        <source>No loopback port could be opened for the sign-in.</source>
        <translation>Не удалось открыть локальный порт для входа.</translation>
    </message>
    <message>
        <source>LeadSync received the sign-in. You can close this page.</source>
        <translation>LeadSync получил данные входа. Эту страницу можно закрыть.</translation>
    </message>
    <message>
        <source>The sign-in answer did not come from the request LeadSync made (its state differs).</source>
        <translation>Ответ на вход пришёл не на запрос LeadSync (параметр state не совпадает).</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation>Вход отклонён: %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::OptOutList</name>
    <message>
        <source>&quot;%1&quot; is neither an email address nor a domain written as @domain.</source>
        <translation>«%1» — не адрес электронной почты и не домен в виде @домен.</translation>
    </message>
</context>
<context>
    <name>LeadSync::OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>стандартный вывод</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
</context>
<context>
    <name>LeadSync::OutreachController</name>
    <message>
        <source>Sent today: %1 / %2</source>
        <translation>Отправлено сегодня: %1 / %2</translation>
    </message>
    <message>
        <source>, next send at %1</source>
        <translation>, следующее в %1</translation>
    </message>
    <message>
        <source>, next due at %1</source>
        <translation>, следующее по плану в %1</translation>
    </message>
    <message>
        <source>No password found in the keychain for mailbox %1: set it in Outreach › Mailboxes.</source>
        <translation>В связке ключей нет пароля для ящика %1: задайте его в меню Рассылка › Почтовые ящики.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Sending: On</source>
        <translation>Отправка: вкл.</translation>
    </message>
    <message>
        <source>Sending: Off</source>
        <translation>Отправка: выкл.</translation>
    </message>
    <message>
        <source>LeadSync sends the messages due while it runs. Click to stop sending.</source>
        <translation>LeadSync отправляет письма по расписанию, пока работает. Нажмите, чтобы остановить отправку.</translation>
    </message>
    <message>
        <source>Nothing is sent. Click to send the messages due while LeadSync runs.</source>
        <translation>Ничего не отправляется. Нажмите, чтобы отправлять письма по расписанию, пока LeadSync работает.</translation>
    </message>
    <message>
        <source>Replies to handle: %1 · </source>
        <translation>Ответов к обработке: %1 · </translation>
    </message>
</context>
<context>
    <name>LeadSync::OutreachEngine</name>
    <message>
        <source>the lead was deleted</source>
        <translation>лид удалён</translation>
    </message>
    <message>
        <source>no longer enrolled</source>
        <translation>больше не в последовательности</translation>
    </message>
    <message>
        <source>the sequence is paused</source>
        <translation>последовательность приостановлена</translation>
    </message>
    <message>
        <source>the lead has no email</source>
        <translation>у лида нет адреса электронной почты</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>отписан</translation>
    </message>
    <message>
        <source>%1 at the same company replied</source>
        <translation>%1 из той же компании ответил</translation>
    </message>
    <message>
        <source>Sequence %1 has no mailbox.</source>
        <translation>У последовательности %1 нет почтового ящика.</translation>
    </message>
    <message>
        <source>%1, step 1, at %2</source>
        <translation>%1, шаг 1, в %2</translation>
    </message>
    <message>
        <source>the sending process ended during the send; check the Sent folder, then mark it sent or send it again</source>
        <translation>процесс отправки завершился во время отправки; проверьте папку «Отправленные», затем отметьте письмо отправленным или отправьте его снова</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>поле %1 пустое</translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1, шаг %2: %3</translation>
    </message>
    <message>
        <source>%1, step %2, %3</source>
        <translation>%1, шаг %2, %3</translation>
    </message>
    <message>
        <source>the server refused the address: %1</source>
        <translation>сервер отклонил адрес: %1</translation>
    </message>
    <message>
        <source>%1, step %2, at %3</source>
        <translation>%1, шаг %2, в %3</translation>
    </message>
    <message>
        <source>the lead replied</source>
        <translation>лид ответил</translation>
    </message>
    <message>
        <source>the lead bounced</source>
        <translation>письмо лиду не доставлено</translation>
    </message>
    <message>
        <source>the lead opted out</source>
        <translation>лид отписался</translation>
    </message>
    <message>
        <source>the step replies in the thread of an earlier step, and none was sent</source>
        <translation>шаг отвечает в ветке предыдущего шага, но ни один не был отправлен</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, шаг %2</translation>
    </message>
    <message>
        <source>%1, by the user</source>
        <translation>%1, пользователем</translation>
    </message>
    <message>
        <source>skipped by the user</source>
        <translation>пропущено пользователем</translation>
    </message>
    <message>
        <source>%1: skipped by the user</source>
        <translation>%1: пропущено пользователем</translation>
    </message>
    <message>
        <source>marked sent by the user</source>
        <translation>отмечено пользователем как отправленное</translation>
    </message>
    <message>
        <source>%1: marked sent by the user</source>
        <translation>%1: отмечено пользователем как отправленное</translation>
    </message>
</context>
<context>
    <name>LeadSync::OutreachWindow</name>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>to retry</source>
        <translation>повтор</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>unknown: check Sent</source>
        <translation>неизвестно: проверьте «Отправленные»</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Цепочка</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Active leads</source>
        <translation>Активные лиды</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Лимит в день</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Address or domain</source>
        <translation>Адрес или домен</translation>
    </message>
    <message>
        <source>Outreach — LeadSync</source>
        <translation>Рассылка — LeadSync</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Исходящие</translation>
    </message>
    <message>
        <source>&amp;Sequences</source>
        <translation>&amp;Цепочки</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>&amp;Почтовые ящики</translation>
    </message>
    <message>
        <source>Opt-&amp;outs</source>
        <translation>&amp;Отписки</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>Needs attention (failed, unknown, skipped)</source>
        <translation>Требуют внимания (ошибки, неизвестные, пропущенные)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <source>Plan the message again from now (failed, unknown or skipped messages).</source>
        <translation>Запланировать письмо заново, начиная с этого момента (ошибочные, неизвестные или пропущенные письма).</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Пр&amp;опустить</translation>
    </message>
    <message>
        <source>Do not send this step; the lead goes on to the next one.</source>
        <translation>Не отправлять этот шаг; лид переходит к следующему.</translation>
    </message>
    <message>
        <source>&amp;Mark Sent</source>
        <translation>&amp;Отметить отправленным</translation>
    </message>
    <message>
        <source>The message is in your Sent folder: record it as sent (unknown messages).</source>
        <translation>Письмо есть в папке «Отправленные»: отметить его отправленным (неизвестные письма).</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;New Sequence…</source>
        <translation>&amp;Новая цепочка…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Pause or Resume</source>
        <translation>&amp;Пауза или продолжение</translation>
    </message>
    <message>
        <source>To enroll leads, select them in the table (or filter it) and choose Outreach › Enroll.</source>
        <translation>Чтобы добавить лидов, выберите их в таблице (или отфильтруйте её) и выберите Рассылка › Добавить.</translation>
    </message>
    <message>
        <source>&amp;Add Mailbox…</source>
        <translation>&amp;Добавить ящик…</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Проверить…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Addresses and whole domains (@example.com) that are never enrolled or written to.</source>
        <translation>Адреса и целые домены (@example.com), которые никогда не добавляются в цепочки и которым не пишут.</translation>
    </message>
    <message>
        <source>Showing the first %1 messages; `leadsync-cli outreach queue` lists them all.</source>
        <translation>Показаны первые %1 писем; `leadsync-cli outreach queue` выводит все.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>на паузе</translation>
    </message>
    <message>
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 с</translation>
    </message>
    <message>
        <source>Add Opt-Outs</source>
        <translation>Добавить отписки</translation>
    </message>
    <message>
        <source>Addresses or domains (@example.com), separated by spaces, commas or lines:</source>
        <translation>Адреса или домены (@example.com) через пробел, запятую или с новой строки:</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>добавлено вручную</translation>
    </message>
    <message>
        <source>Import Opt-Outs</source>
        <translation>Импорт отписок</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Remove from Sequence</source>
        <translation>Убрать из цепочки</translation>
    </message>
    <message>
        <source>Take %1 out of the sequence (their messages not sent yet are cancelled):</source>
        <translation>Убрать из цепочки: %1 (неотправленные письма будут отменены):</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>&amp;Send Answer</source>
        <translation>&amp;Отправить ответ</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Входящие</translation>
    </message>
    <message>
        <source>All replies</source>
        <translation>Все ответы</translation>
    </message>
    <message>
        <source>Your answer. Regenerate drafts one from the reply&apos;s class.</source>
        <translation>Ваш ответ. «Составить заново» готовит черновик по классу ответа.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>Составить &amp;заново</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Ответ лида:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ваш ответ:</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2

%3</source>
        <translation>От: %1
Тема: %2

%3</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Показатели</translation>
    </message>
    <message>
        <source>All mailboxes</source>
        <translation>Все ящики</translation>
    </message>
</context>
<context>
    <name>LeadSync::Pipeline</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Передан</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <source>Final stages: a %1 lead stays %1; it cannot move to %2.</source>
        <translation>Конечные этапы: лид на этапе %1 остаётся на %1; перевести на %2 нельзя.</translation>
    </message>
    <message>
        <source>No going back: a %1 lead cannot return to %2.</source>
        <translation>Назад нельзя: лид на этапе %1 не может вернуться на %2.</translation>
    </message>
    <message>
        <source>No skipping: a %1 lead moves to %2 next, not to %3.</source>
        <translation>Без пропусков: лид на этапе %1 переходит на %2, а не на %3.</translation>
    </message>
    <message>
        <source>the field %1 has &quot;%2&quot;, which is not a stage (%3)</source>
        <translation>в поле %1 значение «%2» — не этап (%3)</translation>
    </message>
    <message>
        <source>the field %1 has &quot;%2&quot;, which is not a score from 0 to 1</source>
        <translation>в поле %1 значение «%2» — не оценка от 0 до 1</translation>
    </message>
    <message>
        <source>The handoff threshold must be a score from 0 to 1, not %1.</source>
        <translation>Порог передачи должен быть оценкой от 0 до 1, а не %1.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Лида %1 нет.</translation>
    </message>
    <message>
        <source>Handoff rule: the lead has no score yet; analyse it first (at least %1 is needed).</source>
        <translation>Правило передачи: у лида ещё нет оценки; сначала проанализируйте его (нужно не меньше %1).</translation>
    </message>
    <message>
        <source>Handoff rule: the score %1 is below the threshold %2.</source>
        <translation>Правило передачи: оценка %1 ниже порога %2.</translation>
    </message>
    <message>
        <source>Handoff rule: the lead&apos;s business domain is not set.</source>
        <translation>Правило передачи: сфера бизнеса лида не указана.</translation>
    </message>
    <message>
        <source>outreach: a message was sent</source>
        <translation>рассылка: письмо отправлено</translation>
    </message>
    <message>
        <source>reply handling: an interested reply</source>
        <translation>обработка ответов: заинтересованный ответ</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
</context>
<context>
    <name>LeadSync::PipelineBoard</name>
    <message>
        <source>score %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Лид %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Переведён на этап «%1».</translation>
    </message>
</context>
<context>
    <name>LeadSync::PipelineWindow</name>
    <message>
        <source>Pipeline — LeadSync</source>
        <translation>Воронка — LeadSync</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передан</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Business domain</source>
        <translation>Сфера бизнеса</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Выгрузить CSV…</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Доска</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Сделки</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) handed to sales.</source>
        <translation>
            <numerusform>%n лид передан в продажи.</numerusform>
            <numerusform>%n лида переданы в продажи.</numerusform>
            <numerusform>%n лидов переданы в продажи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>Выгрузить сделки</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation>sdelki.csv</translation>
    </message>
</context>
<context>
    <name>LeadSync::PricesDialog</name>
    <message>
        <source>Model Prices</source>
        <translation>Цены моделей</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Input, $ per million tokens</source>
        <translation>Вход, $ за миллион токенов</translation>
    </message>
    <message>
        <source>Output, $ per million tokens</source>
        <translation>Выход, $ за миллион токенов</translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation>&amp;Добавить модель</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a price.</source>
        <translation>Строка %1: «%2» — не цена.</translation>
    </message>
    <message>
        <source>A run&apos;s cost is its tokens at these prices. A model not listed has an unknown price, or none when it runs on this computer. Check your provider&apos;s price list.</source>
        <translation>Стоимость запуска — его токены по этим ценам. У модели не из списка цена неизвестна, или её нет, если модель работает на этом компьютере. Сверьтесь с прайсом провайдера.</translation>
    </message>
    <message>
        <source>Row %1 has no model name.</source>
        <translation>В строке %1 нет названия модели.</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation>Строка %1: %2 указана дважды.</translation>
    </message>
    <message>
        <source>Row %1: a price cannot be negative (%2).</source>
        <translation>Строка %1: цена не может быть отрицательной (%2).</translation>
    </message>
</context>
<context>
    <name>LeadSync::ReceivedMail</name>
    <message>
        <source>The message cannot be read as an email.</source>
        <translation>Сообщение не читается как письмо.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ReplyActions</name>
    <message>
        <source>There is no reply %1.</source>
        <translation>Ответа %1 нет.</translation>
    </message>
    <message>
        <source>The booking link must be an http(s) URL, not &quot;%1&quot;.</source>
        <translation>Ссылка для записи должна быть адресом http(s), а не «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a class; the classes are %2.</source>
        <translation>«%1» — не класс; классы: %2.</translation>
    </message>
    <message>
        <source>corrected by the user (was %1)</source>
        <translation>исправлено пользователем (было %1)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Hi,</source>
        <translation>Здравствуйте!</translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <source>Great to hear. When would suit you for a short call?</source>
        <translation>Рад это слышать. Когда вам удобно коротко созвониться?</translation>
    </message>
    <message>
        <source>Great to hear. Pick a time that suits you here: %1</source>
        <translation>Рад это слышать. Выберите удобное время здесь: %1</translation>
    </message>
    <message>
        <source>Thanks for your question. I&apos;ll check and get back to you shortly.</source>
        <translation>Спасибо за вопрос. Я уточню и скоро вернусь с ответом.</translation>
    </message>
    <message>
        <source>Understood, thank you for letting me know. I won&apos;t follow up further.</source>
        <translation>Понял, спасибо, что сообщили. Больше не буду беспокоить.</translation>
    </message>
    <message>
        <source>Thanks for getting back to me.</source>
        <translation>Спасибо за ответ.</translation>
    </message>
    <message>
        <source>Best regards</source>
        <translation>С уважением</translation>
    </message>
    <message>
        <source>Best regards,
%1</source>
        <translation>С уважением,
%1</translation>
    </message>
    <message>
        <source>Reply %1 has no answer to send: draft one, or give the text.</source>
        <translation>Для ответа %1 нечего отправлять: составьте черновик или укажите текст.</translation>
    </message>
    <message>
        <source>Reply %1 came to a mailbox that no longer exists.</source>
        <translation>Ответ %1 пришёл в ящик, которого больше нет.</translation>
    </message>
    <message>
        <source>Mailbox %1: its password was not found.</source>
        <translation>Ящик %1: пароль не найден.</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>Re: %1</translation>
    </message>
    <message>
        <source>Reply %1 was answered or discarded already (%2).</source>
        <translation>На ответ %1 уже ответили или он отклонён (%2).</translation>
    </message>
    <message>
        <source>Reply %1 was not drafted: %2</source>
        <translation>Черновик для ответа %1 не составлен: %2</translation>
    </message>
</context>
<context>
    <name>LeadSync::ReplyAssistant</name>
    <message>
        <source>the AI provider failed: %1</source>
        <translation>ошибка ИИ-провайдера: %1</translation>
    </message>
    <message>
        <source>the AI provider&apos;s reply is not a chat completion</source>
        <translation>ответ ИИ-провайдера — не chat completion</translation>
    </message>
    <message>
        <source>the AI provider gave no known class: %1</source>
        <translation>ИИ-провайдер не назвал известный класс: %1</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>ИИ: %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::ReplySync</name>
    <message>
        <source>rule-based: &quot;%1&quot;</source>
        <translation>по правилам: «%1»</translation>
    </message>
    <message>
        <source>rule-based: no rule matched</source>
        <translation>по правилам: ни одно правило не подошло</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the lead replied</source>
        <translation>лид ответил</translation>
    </message>
    <message>
        <source>an unsubscribe reply</source>
        <translation>ответ с просьбой отписаться</translation>
    </message>
    <message>
        <source>%1 asked to unsubscribe</source>
        <translation>%1 попросил отписать</translation>
    </message>
    <message>
        <source>the lead opted out</source>
        <translation>лид отписался</translation>
    </message>
    <message>
        <source>%1 bounced (%2)</source>
        <translation>%1: письмо не доставлено (%2)</translation>
    </message>
    <message>
        <source>the address bounced</source>
        <translation>адрес недоставляем</translation>
    </message>
    <message>
        <source>%1 could not be delivered for now (%2)</source>
        <translation>%1: письмо пока не доставлено (%2)</translation>
    </message>
    <message>
        <source>%1 is away until %2</source>
        <translation>%1 отсутствует до %2</translation>
    </message>
    <message>
        <source>%1 is away; the next messages wait until %2</source>
        <translation>%1 отсутствует; следующие письма ждут до %2</translation>
    </message>
    <message>
        <source>its password was not found</source>
        <translation>пароль не найден</translation>
    </message>
    <message>
        <source>Mailbox %1: replies were not read: %2</source>
        <translation>Ящик %1: ответы не прочитаны: %2</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Лида %1 нет.</translation>
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
    <message>
        <source>The saved view &quot;%1&quot; names no column &quot;%2&quot;; it was not used.</source>
        <translation>Сохранённое представление «%1» ссылается на несуществующий столбец «%2»; оно не использовано.</translation>
    </message>
</context>
<context>
    <name>LeadSync::SavedViewsController</name>
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
</context>
<context>
    <name>LeadSync::SearchIndex</name>
    <message>
        <source>This SQLite has no full-text search (FTS5 with unicode61).</source>
        <translation>В этой сборке SQLite нет полнотекстового поиска (FTS5 с unicode61).</translation>
    </message>
</context>
<context>
    <name>LeadSync::SendingWindow</name>
    <message>
        <source>&quot;%1&quot; is not a sending window: write days and hours, e.g. &quot;mon-fri 09:00-17:00&quot;, &quot;mon,wed,fri 08:30-12:00&quot; or &quot;sat-sun 00:00-24:00&quot; (all day).</source>
        <translation>«%1» — не окно отправки: укажите дни и часы, например «mon-fri 09:00-17:00», «mon,wed,fri 08:30-12:00» или «sat-sun 00:00-24:00» (весь день).</translation>
    </message>
</context>
<context>
    <name>LeadSync::SequenceEditor</name>
    <message>
        <source>Stop for the whole &amp;company (same email domain) when one replies</source>
        <translation>Останавливать для всей &amp;компании (тот же почтовый домен), когда кто-то ответил</translation>
    </message>
    <message>
        <source>Remove Variant</source>
        <translation>Удалить вариант</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Цепочка</translation>
    </message>
    <message>
        <source>The lead&apos;s time zone</source>
        <translation>Часовой пояс лида</translation>
    </message>
    <message>
        <source>Days and hours in the lead&apos;s zone, e.g. “mon-fri 09:00-17:00”.</source>
        <translation>Дни и часы в часовом поясе лида, например «mon-fri 09:00-17:00».</translation>
    </message>
    <message>
        <source>After the previous step was sent (the first step: after enrolling): 30m, 4h, 2d, or 3bd for business days.</source>
        <translation>После отправки предыдущего шага (первый шаг — после добавления): 30m, 4h, 2d или 3bd для рабочих дней.</translation>
    </message>
    <message>
        <source>Empty: a reply in the thread of the previous step</source>
        <translation>Пусто: ответ в ветке предыдущего шага</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}},

Type {{ to insert a column.</source>
        <translation>Здравствуйте, {{first_name|коллега}}!

Наберите {{, чтобы вставить столбец.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Почтовый ящик:</translation>
    </message>
    <message>
        <source>Sending &amp;window:</source>
        <translation>&amp;Окно отправки:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>Add &amp;Step</source>
        <translation>Добавить &amp;шаг</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Add &amp;Variant</source>
        <translation>Добавить &amp;вариант</translation>
    </message>
    <message>
        <source>Send &amp;after:</source>
        <translation>Отправить &amp;через:</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Вариант:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>%1. after %2: %3</source>
        <translation>%1. через %2: %3</translation>
    </message>
    <message>
        <source>(reply in thread)</source>
        <translation>(ответ в ветке)</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Вариант %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Select a lead in the table to see the message it would get.</source>
        <translation>Выберите лида в таблице, чтобы увидеть письмо, которое он получит.</translation>
    </message>
    <message>
        <source>Preview for %1 (variant %2; this lead gets variant %3)</source>
        <translation>Предпросмотр для %1 (вариант %2; этот лид получит вариант %3)</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>Предпросмотр для %1</translation>
    </message>
    <message>
        <source>(no mailbox)</source>
        <translation>(нет ящика)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Date: the time it is sent</source>
        <translation>Дата: время отправки</translation>
    </message>
    <message>
        <source>In-Reply-To: &lt;%1&gt; (the Message-ID step %2 is sent with)</source>
        <translation>In-Reply-To: &lt;%1&gt; (Message-ID, с которым будет отправлен шаг %2)</translation>
    </message>
    <message>
        <source>List-Unsubscribe: %1</source>
        <translation>List-Unsubscribe: %1</translation>
    </message>
    <message>
        <source>⚠ Not sent to this lead: %1 is empty (add a fallback: {{%2|…}}).

</source>
        <translation>⚠ Этому лиду не отправится: %1 пусто (добавьте замену: {{%2|…}}).

</translation>
    </message>
    <message>
        <source>⚠ The first step needs a subject.

</source>
        <translation>⚠ У первого шага должна быть тема.

</translation>
    </message>
    <message>
        <source>Sending window: %1</source>
        <translation>Окно отправки: %1</translation>
    </message>
    <message>
        <source>Answer &amp;interested replies by themselves (the drafted answer, with your booking link)</source>
        <translation>Отвечать &amp;заинтересованным автоматически (черновик со ссылкой для записи)</translation>
    </message>
</context>
<context>
    <name>LeadSync::SequenceStore</name>
    <message>
        <source>Sequence field %1: %2</source>
        <translation>Поле последовательности %1: %2</translation>
    </message>
    <message>
        <source>text is required.</source>
        <translation>нужен текст.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>должно быть текстом.</translation>
    </message>
    <message>
        <source>the first step needs a subject (later ones may reply in its thread).</source>
        <translation>у первого шага должна быть тема (следующие могут отвечать в его цепочке).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;lead&quot; nor a zone name.</source>
        <translation>«%1» — не «lead» и не название часового пояса.</translation>
    </message>
    <message>
        <source>a sequence needs at least one step.</source>
        <translation>в последовательности должен быть хотя бы один шаг.</translation>
    </message>
    <message>
        <source>Sequence %1: there is no mailbox &quot;%2&quot; (add it with mailbox add).</source>
        <translation>Последовательность %1: нет почтового ящика «%2» (добавьте его командой mailbox add).</translation>
    </message>
    <message>
        <source>There is no sequence &quot;%1&quot;.</source>
        <translation>Последовательности «%1» нет.</translation>
    </message>
</context>
<context>
    <name>LeadSync::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>LeadSync starts in the new language the next time you open it.</source>
        <translation>LeadSync запустится на новом языке при следующем открытии.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Системный (%1)</translation>
    </message>
</context>
<context>
    <name>LeadSync::SmtpSender</name>
    <message>
        <source>the message was handed to the server, but its answer never came (%1)</source>
        <translation>письмо передано серверу, но его ответ так и не пришёл (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1)</source>
        <translation>сервер отклонил имя пользователя или пароль (%1)</translation>
    </message>
    <message>
        <source>LeadSync test message</source>
        <translation>Тестовое письмо LeadSync</translation>
    </message>
    <message>
        <source>LeadSync sent this message to check mailbox %1. It can be deleted.</source>
        <translation>LeadSync отправил это письмо, чтобы проверить ящик %1. Его можно удалить.</translation>
    </message>
</context>
<context>
    <name>LeadSync::SortProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Sorting by %1: preparing the order of every lead…</source>
        <translation>Сортировка по %1: готовится порядок всех лидов…</translation>
    </message>
</context>
<context>
    <name>LeadSync::SqlIdentifier</name>
    <message>
        <source>There is no column &quot;%1&quot;.</source>
        <translation>Нет столбца «%1».</translation>
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
    <name>LeadSync::StepDelay</name>
    <message>
        <source>&quot;%1&quot; is not a delay: write a number and m (minutes), h (hours), d (days) or bd (business days), e.g. &quot;4h&quot; or &quot;3bd&quot;, at most a year.</source>
        <translation>«%1» — не задержка: укажите число и m (минуты), h (часы), d (дни) или bd (рабочие дни), например «4h» или «3bd», не больше года.</translation>
    </message>
</context>
<context>
    <name>LeadSync::TableActions</name>
    <message>
        <source>Add Lead</source>
        <translation>Добавить лида</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Lead(s)</source>
        <translation>
            <numerusform>Удалить %Ln лида</numerusform>
            <numerusform>Удалить %Ln лида</numerusform>
            <numerusform>Удалить %Ln лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message numerus="yes">
        <source>Edit of %Ln field(s)</source>
        <translation>
            <numerusform>Изменение %Ln поля</numerusform>
            <numerusform>Изменение %Ln полей</numerusform>
            <numerusform>Изменение %Ln полей</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>For %Ln selected lead(s).</source>
        <translation>
            <numerusform>Для %Ln выбранного лида.</numerusform>
            <numerusform>Для %Ln выбранных лидов.</numerusform>
            <numerusform>Для %Ln выбранных лидов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 rows are too many to copy (at most %L2): export them instead (File › Export CSV, &quot;Selected leads&quot;).</source>
        <translation>%L1 строк — слишком много для копирования (не более %L2): экспортируйте их (Файл › Экспорт CSV, «Выбранные лиды»).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) copied.</source>
        <translation>
            <numerusform>Скопирована %Ln строка.</numerusform>
            <numerusform>Скопировано %Ln строки.</numerusform>
            <numerusform>Скопировано %Ln строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 normalised; %3 could not be read (kept, and flagged in Contact check).</source>
        <translation>Нормализовано %1 из %2; %3 не удалось прочесть (сохранены и отмечены в «Проверке контактов»).</translation>
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
    <message>
        <source>Workspace %1 is damaged: its column &quot;%2&quot; has the invalid SQL name &quot;%3&quot;.</source>
        <translation>Рабочая область %1 повреждена: у её столбца «%2» недопустимое SQL-имя «%3».</translation>
    </message>
</context>
<context>
    <name>LeadSync::WorkspaceWriter</name>
    <message>
        <source>An unknown error stopped the write.</source>
        <translation>Запись остановлена неизвестной ошибкой.</translation>
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
