<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LeadSync::CampaignPanel</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Eine Kampagne anlegen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected campaign</source>
        <translation>Die ausgewählte Kampagne umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected campaign (its leads stay)</source>
        <translation>Die ausgewählte Kampagne löschen (ihre Leads bleiben erhalten)</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Alle Leads</translation>
    </message>
    <message>
        <source>Not in a campaign</source>
        <translation>In keiner Kampagne</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) in %1</source>
        <translation>
            <numerusform>%Ln Lead in %1</numerusform>
            <numerusform>%Ln Leads in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a campaign &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Kampagne „%1“.</translation>
    </message>
    <message>
        <source>A new campaign &quot;%1&quot; will be created.</source>
        <translation>Eine neue Kampagne „%1“ wird angelegt.</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>New Campaign %1</source>
        <translation>Neue Kampagne %1</translation>
    </message>
    <message>
        <source>Rename Campaign</source>
        <translation>Kampagne umbenennen</translation>
    </message>
    <message>
        <source>Rename Campaign %1 to %2</source>
        <translation>Kampagne %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete Campaign %1</source>
        <translation>Kampagne %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Lead(s) to Campaign</source>
        <translation>
            <numerusform>%Ln Lead zur Kampagne hinzufügen</numerusform>
            <numerusform>%Ln Leads zur Kampagne hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln Lead(s) from Campaign</source>
        <translation>
            <numerusform>%Ln Lead aus der Kampagne entfernen</numerusform>
            <numerusform>%Ln Leads aus der Kampagne entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Lead(s) to New Campaign %1</source>
        <translation>
            <numerusform>%Ln Lead zur neuen Kampagne %1 hinzufügen</numerusform>
            <numerusform>%Ln Leads zur neuen Kampagne %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Lead(s) to %1</source>
        <translation>
            <numerusform>%Ln Lead zu %1 hinzufügen</numerusform>
            <numerusform>%Ln Leads zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln Lead(s) from %1</source>
        <translation>
            <numerusform>%Ln Lead aus %1 entfernen</numerusform>
            <numerusform>%Ln Leads aus %1 entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSync::CampaignStore</name>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Die Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Eine Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a campaign &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Kampagne „%1“.</translation>
    </message>
</context>
<context>
    <name>LeadSync::CellComputer</name>
    <message>
        <source>Column &quot;%1&quot; refers to &quot;%2&quot;, which is not a column.</source>
        <translation>Die Spalte „%1“ verweist auf „%2“, das keine Spalte ist.</translation>
    </message>
    <message>
        <source>the reply is not a chat completion</source>
        <translation>die Antwort ist keine Chat-Completion</translation>
    </message>
    <message>
        <source>the model did not answer with a JSON object</source>
        <translation>das Modell hat nicht mit einem JSON-Objekt geantwortet</translation>
    </message>
    <message>
        <source>the reply is not JSON: %1</source>
        <translation>die Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>Skipped: %1 is empty.</source>
        <translation>Übersprungen: %1 ist leer.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; cannot write into &quot;%2&quot;: only a lead analysis (a score column) does.</source>
        <translation>Spalte „%1“ kann nicht in „%2“ schreiben: Das darf nur eine Lead-Analyse (eine Score-Spalte).</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>KI: %1</translation>
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
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Hours since reply</source>
        <translation>Stunden seit Antwort</translation>
    </message>
    <message>
        <source>Hours since sent</source>
        <translation>Stunden seit Versand</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnDefinition</name>
    <message>
        <source>A column needs a name.</source>
        <translation>Eine Spalte braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a column &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Spalte „%1“.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is running (here or in another LeadSync): cancel its run first.</source>
        <translation>Die Spalte „%1“ läuft gerade (hier oder in einem anderen LeadSync): Brechen Sie ihren Lauf zuerst ab.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnEditor</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Single select</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>AI prompt</source>
        <translation>KI-Prompt</translation>
    </message>
    <message>
        <source>Webhook / HTTP</source>
        <translation>Webhook / HTTP</translation>
    </message>
    <message>
        <source>Email verification</source>
        <translation>E-Mail-Prüfung</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>Eisbrecher</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Handlungsaufforderung</translation>
    </message>
    <message>
        <source>P.S.</source>
        <translation>P.S.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not &quot;from = Column&quot;.</source>
        <translation>%1: „%2“ hat nicht die Form „von = Spalte“.</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Icebreaker</source>
        <translation>z. B. Eisbrecher</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>You and your team type the values of this column, in the table or the details panel.</source>
        <translation>Sie und Ihr Team tragen die Werte dieser Spalte ein, in der Tabelle oder im Detailbereich.</translation>
    </message>
    <message>
        <source>Hot, Warm, Cold</source>
        <translation>Heiß, Warm, Kalt</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, I saw {{company}}…</source>
        <translation>Hallo {{first_name|zusammen}}, ich habe {{company}} gesehen…</translation>
    </message>
    <message>
        <source>{{column}} is the row&apos;s value; {{column|text}} uses the text when it is empty. Recomputed when the inputs change.</source>
        <translation>{{column}} ist der Wert der Zeile; {{column|Text}} nimmt den Text, wenn er leer ist. Wird neu berechnet, wenn sich die Eingaben ändern.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY; empty: no key</source>
        <translation>z. B. OPENAI_API_KEY; leer: kein Schlüssel</translation>
    </message>
    <message>
        <source>The name the key is filed under in the system keychain (and the environment variable the command line reads it from). The key itself is never stored in the workspace.</source>
        <translation>Der Name, unter dem der Schlüssel im Schlüsselbund des Systems abgelegt ist (und die Umgebungsvariable, aus der die Kommandozeile ihn liest). Der Schlüssel selbst wird nie im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Write my own</source>
        <translation>Eigenen schreiben</translation>
    </message>
    <message>
        <source>Write a one-line opener for {{first_name}}, {{title}} at {{company}}.</source>
        <translation>Schreibe einen einzeiligen Einstieg für {{first_name}}, {{title}} bei {{company}}.</translation>
    </message>
    <message>
        <source>Optional: who the model is, the tone, the language.</source>
        <translation>Optional: wer das Modell ist, der Ton, die Sprache.</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>Anderer OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Optional: icebreaker = Opener, ps = P.S.</source>
        <translation>Optional: icebreaker = Einstieg, ps = P.S.</translation>
    </message>
    <message>
        <source>Ask for a JSON object and put its fields into these columns (made when missing). Empty: the answer&apos;s text fills this column.</source>
        <translation>Ein JSON-Objekt anfordern und seine Felder in diese Spalten schreiben (fehlende werden angelegt). Leer: Der Text der Antwort füllt diese Spalte.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>My own endpoint</source>
        <translation>Eigener Endpunkt</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>Einer pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <source>One per line: person.company.name = Company size</source>
        <translation>Eine pro Zeile: person.company.name = Firmengröße</translation>
    </message>
    <message>
        <source>Authorization sends &quot;Bearer &lt;key&gt;&quot;; any other header sends the key as it is.</source>
        <translation>Authorization sendet „Bearer &lt;Schlüssel&gt;“; jeder andere Header sendet den Schlüssel unverändert.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Ask the mail server whether the mailbox exists (port 25)</source>
        <translation>Den Mailserver fragen, ob das Postfach existiert (Port 25)</translation>
    </message>
    <message>
        <source>Most home and office networks block port 25; the verdict is then &quot;unknown&quot;. Leave it off unless your network allows it.</source>
        <translation>Die meisten Heim- und Büronetze sperren Port 25; das Ergebnis ist dann „unknown“. Lassen Sie es aus, wenn Ihr Netz es nicht erlaubt.</translation>
    </message>
    <message>
        <source>The system&apos;s; or host[:port]</source>
        <translation>Der des Systems; oder host[:port]</translation>
    </message>
    <message>
        <source>Verdicts: valid, risky (role account, catch-all, disposable…), invalid, or unknown, with the reason. Nothing is sent to the address.</source>
        <translation>Ergebnisse: valid, risky (Rollenkonto, Catch-all, Wegwerfadresse…), invalid oder unknown, mit Grund. An die Adresse wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Optional: country = Germany</source>
        <translation>Optional: country = Deutschland</translation>
    </message>
    <message>
        <source>Optional: company, title</source>
        <translation>Optional: company, title</translation>
    </message>
    <message>
        <source>A row with one of these empty is skipped, not sent.</source>
        <translation>Eine Zeile, in der eines davon leer ist, wird übersprungen, nicht gesendet.</translation>
    </message>
    <message>
        <source>Run on new and changed rows</source>
        <translation>Bei neuen und geänderten Zeilen ausführen</translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Re&amp;quired inputs:</source>
        <translation>Benötigte Ein&amp;gaben:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Computes this lead&apos;s cell for real (a request is sent and may cost), without saving it.</source>
        <translation>Berechnet die Zelle dieses Leads wirklich (eine Anfrage wird gesendet und kann kosten), ohne sie zu speichern.</translation>
    </message>
    <message>
        <source>The result of a try shows here.</source>
        <translation>Das Ergebnis eines Tests erscheint hier.</translation>
    </message>
    <message>
        <source>Edit Column %1</source>
        <translation>Spalte %1 bearbeiten</translation>
    </message>
    <message>
        <source>JSON fields</source>
        <translation>JSON-Felder</translation>
    </message>
    <message>
        <source>Reply to columns</source>
        <translation>Antwort in Spalten</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>Neue Spalte</translation>
    </message>
    <message>
        <source>Select a lead in the table to see what this column sends for it.</source>
        <translation>Wählen Sie einen Lead in der Tabelle, um zu sehen, was diese Spalte für ihn sendet.</translation>
    </message>
    <message>
        <source>For %1:</source>
        <translation>Für %1:</translation>
    </message>
    <message>
        <source>The key is read from the keychain entry %1 when the column runs.</source>
        <translation>Der Schlüssel wird beim Ausführen aus dem Schlüsselbund-Eintrag %1 gelesen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Tokens: %1 ein, %2 aus</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Name the key first (e.g. OPENAI_API_KEY): it is filed under that name.</source>
        <translation>Benennen Sie den Schlüssel zuerst (z. B. OPENAI_API_KEY): Er wird unter diesem Namen abgelegt.</translation>
    </message>
    <message>
        <source>Set Key %1</source>
        <translation>Schlüssel %1 setzen</translation>
    </message>
    <message>
        <source>The key for %1, saved in the system keychain (never in the workspace):</source>
        <translation>Der Schlüssel für %1, gespeichert im Schlüsselbund des Systems (nie im Arbeitsbereich):</translation>
    </message>
    <message>
        <source>The key %1 is saved in the keychain.</source>
        <translation>Der Schlüssel %1 ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Se&amp;t Key…</source>
        <translation>Schlüssel &amp;setzen…</translation>
    </message>
    <message>
        <source>API ke&amp;y name:</source>
        <translation>Name des API-Schl&amp;üssels:</translation>
    </message>
    <message>
        <source>Pr&amp;ompt:</source>
        <translation>Pr&amp;ompt:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>S&amp;ystem-Prompt:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Anbie&amp;ter:</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>Temperat&amp;ur:</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation>Ma&amp;x. Tokens:</translation>
    </message>
    <message>
        <source>&amp;JSON fields:</source>
        <translation>&amp;JSON-Felder:</translation>
    </message>
    <message>
        <source>Reply to c&amp;olumns:</source>
        <translation>Antwort in &amp;Spalten:</translation>
    </message>
    <message>
        <source>Key hea&amp;der:</source>
        <translation>Schlüssel-Hea&amp;der:</translation>
    </message>
    <message>
        <source>A&amp;ddresses in:</source>
        <translation>A&amp;dressen in:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>R&amp;ate limit:</source>
        <translation>R&amp;atenlimit:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Zeitl&amp;imit:</translation>
    </message>
    <message>
        <source>Only run i&amp;f:</source>
        <translation>Nur aus&amp;führen, wenn:</translation>
    </message>
    <message>
        <source>Try on This &amp;Lead</source>
        <translation>Mit diesem &amp;Lead testen</translation>
    </message>
    <message>
        <source>Send the key over plain HTTP (a server on your own network)</source>
        <translation>Den Schlüssel über unverschlüsseltes HTTP senden (ein Server im eigenen Netz)</translation>
    </message>
    <message>
        <source>Off: a key goes to another machine only over https://.</source>
        <translation>Aus: Ein Schlüssel geht an einen anderen Rechner nur über https://.</translation>
    </message>
    <message>
        <source>Lead analysis (score)</source>
        <translation>Lead-Analyse (Score)</translation>
    </message>
    <message>
        <source>Scores each lead from 0 to 1 with a recommendation (transfer_to_sales, nurture, disqualify) and the reason, into the Score, Recommendation and Score reason fields. The score advises; it never moves a lead&apos;s stage.</source>
        <translation>Bewertet jeden Lead von 0 bis 1 mit einer Empfehlung (transfer_to_sales, nurture, disqualify) und der Begründung, in den Feldern Score, Empfehlung und Score-Begründung. Der Score berät; er verschiebt nie die Phase eines Leads.</translation>
    </message>
    <message>
        <source>Rules (no AI; every point explained)</source>
        <translation>Regeln (keine KI; jeder Punkt erklärt)</translation>
    </message>
    <message>
        <source>AI provider (OpenAI-compatible)</source>
        <translation>KI-Anbieter (OpenAI-kompatibel)</translation>
    </message>
    <message>
        <source>title, company, website</source>
        <translation>title, company, website</translation>
    </message>
    <message>
        <source>The fields the AI reads besides the lead&apos;s source, stage, activity and business domain, separated by commas.</source>
        <translation>Die Felder, die die KI neben Quelle, Phase, Aktivität und Branche des Leads liest, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&amp;Scorer:</source>
        <translation>&amp;Bewertung durch:</translation>
    </message>
    <message>
        <source>&amp;Fields for the AI:</source>
        <translation>&amp;Felder für die KI:</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnLayout</name>
    <message>
        <source>&amp;Wrap Text</source>
        <translation>Text &amp;umbrechen</translation>
    </message>
    <message>
        <source>&amp;Fit Width to Contents</source>
        <translation>Breite an Inhalt &amp;anpassen</translation>
    </message>
    <message>
        <source>F&amp;reeze Columns up to Here</source>
        <translation>Spalten bis hier &amp;fixieren</translation>
    </message>
    <message>
        <source>&amp;Unfreeze Columns</source>
        <translation>Fixierung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Hide Column</source>
        <translation>Spalte &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Find a column</source>
        <translation>Spalte suchen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Wrap text</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>&amp;Hide All</source>
        <translation>Alle a&amp;usblenden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Freeze the first columns:</source>
        <translation>Die ersten Spalten &amp;fixieren:</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnRunPanel</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: no cells to compute.</source>
        <translation>%1: keine Zellen zu berechnen.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Compute %Ln cell(s) of %1?</source>
        <translation>
            <numerusform>%Ln Zelle von %1 berechnen?</numerusform>
            <numerusform>%Ln Zellen von %1 berechnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The request for the first lead:

%1</source>
        <translation>Die Anfrage für den ersten Lead:

%1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) done</source>
        <translation>
            <numerusform>%1: %Ln Zelle fertig</numerusform>
            <numerusform>%1: %Ln Zellen fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln failed</source>
        <translation>
            <numerusform>, %Ln fehlgeschlagen</numerusform>
            <numerusform>, %Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln from the cache</source>
        <translation>
            <numerusform>, %Ln aus dem Cache</numerusform>
            <numerusform>, %Ln aus dem Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: Run again to compute the rest.</source>
        <translation>Abgebrochen: Erneut ausführen, um den Rest zu berechnen.</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: startet…</translation>
    </message>
    <message numerus="yes">
        <source>Run on %n Row(s)</source>
        <translation>
            <numerusform>Auf %n Zeile ausführen</numerusform>
            <numerusform>Auf %n Zeilen ausführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: at most %1. Cells already computed with the same inputs come from the cache, free.</source>
        <translation>Geschätzte Kosten: höchstens %1. Zellen, die mit denselben Eingaben schon berechnet wurden, kommen kostenlos aus dem Cache.</translation>
    </message>
    <message>
        <source>Free: the column calls no paid service, or a model on this computer.</source>
        <translation>Kostenlos: Die Spalte ruft keinen bezahlten Dienst auf, oder ein Modell auf diesem Computer.</translation>
    </message>
    <message>
        <source>The price of this model is unknown, so the cost cannot be shown. Add it in Model Prices, then run.</source>
        <translation>Der Preis dieses Modells ist unbekannt, daher können die Kosten nicht angezeigt werden. Tragen Sie ihn unter Modellpreise ein und starten Sie dann.</translation>
    </message>
    <message>
        <source>Model &amp;Prices…</source>
        <translation>Modell&amp;preise…</translation>
    </message>
    <message>
        <source>, cost: %1.</source>
        <translation>, Kosten: %1.</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 · %L4 failed · %5/s · %6</source>
        <translation>%1: %L2 von %L3 · %L4 fehlgeschlagen · %5/s · %6</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnRunSession</name>
    <message>
        <source>Column %1 has no interrupted run to resume.</source>
        <translation>Spalte %1 hat keinen unterbrochenen Lauf zum Fortsetzen.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnRunner</name>
    <message>
        <source>&quot;%1&quot; is not one of all, empty, failed, stale.</source>
        <translation>„%1“ ist keiner der Werte all, empty, failed, stale.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;.</source>
        <translation>Es gibt keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is a %2 column: there is nothing to run.</source>
        <translation>Die Spalte „%1“ ist eine %2-Spalte: Es gibt nichts auszuführen.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has no run %2.</source>
        <translation>Die Spalte „%1“ hat keinen Lauf %2.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>Stopped after %1 failures in a row. The last: %2</source>
        <translation>Nach %1 Fehlern in Folge angehalten. Der letzte: %2</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: most values of &quot;%2&quot; are not email addresses (%3 of %4 looked at). Choose the column that holds the addresses; nothing was run.</source>
        <translation>Spalte „%1“: Die meisten Werte von „%2“ sind keine E-Mail-Adressen (%3 von %4 geprüften). Wählen Sie die Spalte mit den Adressen; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; was not run: %2. A verdict from it could call good addresses invalid; try again on another network, or set a DNS server in the column.</source>
        <translation>Die Spalte „%1“ wurde nicht ausgeführt: %2. Ein Ergebnis von dort könnte gute Adressen für ungültig erklären; versuchen Sie es in einem anderen Netz erneut oder tragen Sie in der Spalte einen DNS-Server ein.</translation>
    </message>
    <message>
        <source>edited while the run computed it: the edit was kept</source>
        <translation>bearbeitet, während der Lauf sie berechnete: die Bearbeitung wurde behalten</translation>
    </message>
    <message>
        <source>What run %1 replaced cannot be read (byte %2 of %3): the workspace was changed outside LeadSync or is damaged.</source>
        <translation>Was Lauf %1 ersetzt hat, kann nicht gelesen werden (Byte %2 von %3): der Arbeitsbereich wurde außerhalb von LeadSync geändert oder ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnSpec</name>
    <message>
        <source>Unknown column kind &quot;%1&quot;; the kinds are %2.</source>
        <translation>Unbekannte Spaltenart „%1“; die Arten sind %2.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>a template column needs a template (--template).</source>
        <translation>eine Vorlagenspalte braucht eine Vorlage (--template).</translation>
    </message>
    <message>
        <source>an AI column needs a prompt (--prompt or --preset).</source>
        <translation>eine KI-Spalte braucht einen Prompt (--prompt oder --preset).</translation>
    </message>
    <message>
        <source>an AI column needs a model (--model).</source>
        <translation>eine KI-Spalte braucht ein Modell (--model).</translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; is not an http(s) URL.</source>
        <translation>die Basis-URL „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>the temperature must be between 0 and 2.</source>
        <translation>die Temperatur muss zwischen 0 und 2 liegen.</translation>
    </message>
    <message>
        <source>--max-tokens must be at least 1.</source>
        <translation>--max-tokens muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>a webhook column needs an http(s) URL (--url).</source>
        <translation>eine Webhook-Spalte braucht eine http(s)-URL (--url).</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation>der Header „%1“ hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <source>the concurrency must be between 1 and 256.</source>
        <translation>die Parallelität muss zwischen 1 und 256 liegen.</translation>
    </message>
    <message>
        <source>the rate limit cannot be negative.</source>
        <translation>das Ratenlimit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;; the presets are %2.</source>
        <translation>Unbekannte Vorlage „%1“; die Vorlagen sind %2.</translation>
    </message>
    <message>
        <source>an email column needs the column holding the addresses (--input).</source>
        <translation>eine E-Mail-Spalte braucht die Spalte mit den Adressen (--input).</translation>
    </message>
    <message>
        <source>the SMTP port must be between 1 and 65535.</source>
        <translation>der SMTP-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; the providers are %2.</source>
        <translation>Unbekannter Anbieter „%1“; die Anbieter sind %2.</translation>
    </message>
    <message>
        <source>Apify actor, synchronous run</source>
        <translation>Apify-Actor, synchroner Lauf</translation>
    </message>
    <message>
        <source>Hunter email verifier</source>
        <translation>Hunter-E-Mail-Prüfung</translation>
    </message>
    <message>
        <source>n8n or Zapier webhook</source>
        <translation>n8n- oder Zapier-Webhook</translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnsMenu</name>
    <message>
        <source>The column was not run</source>
        <translation>Die Spalte wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>&amp;Add Column…</source>
        <translation>Spalte &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Model &amp;Prices…</source>
        <translation>Modell&amp;preise…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Column…</source>
        <translation>Spalte &amp;löschen…</translation>
    </message>
    <message>
        <source>Run on &amp;Empty Cells</source>
        <translation>Auf &amp;leere Zellen anwenden</translation>
    </message>
    <message>
        <source>Run on &amp;All Cells</source>
        <translation>Auf &amp;alle Zellen anwenden</translation>
    </message>
    <message>
        <source>Run on &amp;Selected Rows</source>
        <translation>Auf aus&amp;gewählte Zeilen anwenden</translation>
    </message>
    <message>
        <source>Run on &amp;Failed Cells</source>
        <translation>Auf &amp;fehlgeschlagene Zellen anwenden</translation>
    </message>
    <message>
        <source>Run on S&amp;tale Cells</source>
        <translation>Auf &amp;veraltete Zellen anwenden</translation>
    </message>
    <message>
        <source>Res&amp;ume Interrupted Run</source>
        <translation>Unterbrochenen Lauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Revert Last Run</source>
        <translation>Letzten Lauf &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Column %1 added.</source>
        <translation>Spalte %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Column %1 saved.</source>
        <translation>Spalte %1 gespeichert.</translation>
    </message>
    <message>
        <source>The column cannot be edited</source>
        <translation>Die Spalte kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Delete Column</source>
        <translation>Spalte löschen</translation>
    </message>
    <message>
        <source>Delete the column %1 and all its values?</source>
        <translation>Die Spalte %1 und alle ihre Werte löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone. Export the workspace first to keep a copy.</source>
        <translation>Das kann nicht rückgängig gemacht werden. Exportieren Sie den Arbeitsbereich vorher, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>Column %1 deleted.</source>
        <translation>Spalte %1 gelöscht.</translation>
    </message>
    <message>
        <source>An interrupted run can be resumed (Columns › Resume Interrupted Run): %1</source>
        <translation>Ein unterbrochener Lauf kann fortgesetzt werden (Spalten › Unterbrochenen Lauf fortsetzen): %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) restored.</source>
        <translation>
            <numerusform>%1: %Ln Zelle wiederhergestellt.</numerusform>
            <numerusform>%1: %Ln Zellen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message>
        <source>%1: Empty Cells in View</source>
        <translation>%1: leere Zellen in der Ansicht</translation>
    </message>
    <message>
        <source>No computed column yet: Add Column…</source>
        <translation>Noch keine berechnete Spalte: Spalte hinzufügen…</translation>
    </message>
    <message>
        <source>%1: its last run changed no cell, or was reverted already.</source>
        <translation>%1: Der letzte Lauf hat keine Zelle geändert oder wurde schon rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Revert Last Run</source>
        <translation>Letzten Lauf rückgängig machen</translation>
    </message>
    <message>
        <source>Revert the last run of %1 (%2)?</source>
        <translation>Den letzten Lauf von %1 (%2) rückgängig machen?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln cell(s) it computed get back the values they had before it, unless changed since. Its answers stay in the cache: running the column again does not pay for them twice.</source>
        <translation>
            <numerusform>Die %Ln Zelle, die er berechnet hat, erhält ihren Wert von vorher zurück, sofern sie seitdem nicht geändert wurde. Seine Antworten bleiben im Cache: Ein neuer Lauf der Spalte bezahlt sie nicht zweimal.</numerusform>
            <numerusform>Die %Ln Zellen, die er berechnet hat, erhalten ihre Werte von vorher zurück, sofern sie seitdem nicht geändert wurden. Seine Antworten bleiben im Cache: Ein neuer Lauf der Spalte bezahlt sie nicht zweimal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert Run</source>
        <translation>Lauf rückgängig machen</translation>
    </message>
    <message>
        <source>A column is running: revert when it has finished.</source>
        <translation>Eine Spalte läuft gerade: Machen Sie den Lauf rückgängig, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Reverting the last run of %1</source>
        <translation>Letzter Lauf von %1 wird rückgängig gemacht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) restored</source>
        <translation>
            <numerusform>%Ln Zelle wiederhergestellt</numerusform>
            <numerusform>%Ln Zellen wiederhergestellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSync::Contacts</name>
    <message>
        <source>the phone %1 has no country code, and the lead has no country to read it by</source>
        <translation>die Telefonnummer %1 hat keine Ländervorwahl, und der Lead hat kein Land, nach dem sie zu lesen wäre</translation>
    </message>
    <message>
        <source>the phone %1 is not a phone number</source>
        <translation>%1 ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>the phone %1 is not a valid number</source>
        <translation>die Telefonnummer %1 ist nicht gültig</translation>
    </message>
    <message>
        <source>the phone %1 is not a valid number in %2</source>
        <translation>die Telefonnummer %1 ist in %2 nicht gültig</translation>
    </message>
    <message>
        <source>the Telegram username %1 is not one (5 to 32 letters, digits and underscores, starting with a letter)</source>
        <translation>%1 ist kein Telegram-Benutzername (5 bis 32 Buchstaben, Ziffern und Unterstriche, beginnend mit einem Buchstaben)</translation>
    </message>
</context>
<context>
    <name>LeadSync::Conversation</name>
    <message>
        <source>%1, step %2</source>
        <translation>%1, Schritt %2</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>Ihre Antwort</translation>
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
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>unknown price</source>
        <translation>Preis unbekannt</translation>
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
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: the bytes here are not valid %3 text; choose the file&apos;s encoding.</source>
        <translation>%1:%2: Diese Bytes sind kein gültiger %3-Text; wählen Sie die Kodierung der Datei.</translation>
    </message>
    <message>
        <source>%1:%2: binary data (a NUL byte); this is not a text file.</source>
        <translation>%1:%2: Binärdaten (ein NUL-Byte); dies ist keine Textdatei.</translation>
    </message>
    <message>
        <source>%1:%2: the file ends inside a %3 character.</source>
        <translation>%1:%2: Die Datei endet mitten in einem %3-Zeichen.</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field opened on this line is never closed.</source>
        <translation>%1:%2: Ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1:%2: a field here is longer than %3 MiB; a quote opened on this line is probably never closed. (Raise the limit with --max-field-mib if the field is real.)</source>
        <translation>%1:%2: Ein Feld hier ist länger als %3 MiB; ein in dieser Zeile geöffnetes Anführungszeichen wird wahrscheinlich nie geschlossen. (Erhöhen Sie die Grenze mit --max-field-mib, wenn das Feld echt ist.)</translation>
    </message>
</context>
<context>
    <name>LeadSync::CsvSniffer</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation>%1 ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Unbekannte Kodierung „%1“.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header and no rows to import.</source>
        <translation>%1 ist leer: Die Datei hat weder Kopfzeile noch Zeilen zum Importieren.</translation>
    </message>
</context>
<context>
    <name>LeadSync::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LeadSync::DetailPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Kein Lead ausgewählt</translation>
    </message>
    <message>
        <source>Select a row to see the lead&apos;s fields.</source>
        <translation>Wählen Sie eine Zeile, um die Felder des Leads zu sehen.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 cleared (was %2)</source>
        <translation>%1 geleert (war %2)</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 von %2 in %3 geändert</translation>
    </message>
    <message>
        <source>Added to campaign %1</source>
        <translation>Zur Kampagne %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Removed from campaign %1</source>
        <translation>Aus der Kampagne %1 entfernt</translation>
    </message>
    <message>
        <source>Outreach: %1 (%2)</source>
        <translation>Ansprache: %1 (%2)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Stage %1 → %2, by %3</source>
        <translation>Phase %1 → %2, durch %3</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
</context>
<context>
    <name>LeadSync::DirectSend</name>
    <message>
        <source>A message needs a subject and a body.</source>
        <translation>Eine Nachricht braucht einen Betreff und einen Text.</translation>
    </message>
    <message numerus="yes">
        <source>Name the mailbox to send from: the workspace has %n mailbox(es).</source>
        <translation>
            <numerusform>Nennen Sie das Postfach, aus dem gesendet wird: Der Arbeitsbereich hat %n Postfach.</numerusform>
            <numerusform>Nennen Sie das Postfach, aus dem gesendet wird: Der Arbeitsbereich hat %n Postfächer.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no mailbox &quot;%1&quot;.</source>
        <translation>Es gibt kein Postfach „%1“.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>Lead %1 has no email.</source>
        <translation>Lead %1 hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 opted out.</source>
        <translation>%1 hat sich abgemeldet.</translation>
    </message>
    <message>
        <source>%1 bounced before.</source>
        <translation>%1 ist bereits unzustellbar gewesen.</translation>
    </message>
    <message>
        <source>Mailbox %1: its password was not found.</source>
        <translation>Postfach %1: Sein Passwort wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Mailbox %1 has reached its caps; it may send again at %2.</source>
        <translation>Postfach %1 hat seine Grenzen erreicht; es darf wieder um %2 senden.</translation>
    </message>
    <message>
        <source>Mailbox %1 has reached its caps.</source>
        <translation>Postfach %1 hat seine Grenzen erreicht.</translation>
    </message>
    <message>
        <source>one-off message: %1</source>
        <translation>Einzelnachricht: %1</translation>
    </message>
    <message>
        <source>one-off message %1: %2</source>
        <translation>Einzelnachricht %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadSync::DnsResolver</name>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort rechtzeitig</translation>
    </message>
</context>
<context>
    <name>LeadSync::DuplicatesWindow</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge &amp;All Shown</source>
        <translation>&amp;Alle gezeigten zusammenführen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Keep the first lead with the values picked, and remove the others</source>
        <translation>Den ersten Lead mit den gewählten Werten behalten und die anderen entfernen</translation>
    </message>
    <message>
        <source>Merge every group listed: the oldest lead kept, its empty fields filled from the others</source>
        <translation>Jede gelistete Gruppe zusammenführen: der älteste Lead bleibt, seine leeren Felder werden aus den anderen gefüllt</translation>
    </message>
    <message>
        <source>Click a value to keep it in the merged lead. Edit › Undo brings merged leads back.</source>
        <translation>Klicken Sie einen Wert an, um ihn im zusammengeführten Lead zu behalten. Bearbeiten › Rückgängig holt zusammengeführte Leads zurück.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Suche nach Dubletten…</translation>
    </message>
    <message>
        <source>No duplicates: no two leads share an email address, or a name at the same company.</source>
        <translation>Keine Dubletten: Keine zwei Leads teilen eine E-Mail-Adresse oder einen Namen in derselben Firma.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of duplicates; merging them all would remove %1 lead(s).</source>
        <translation>
            <numerusform>%Ln Gruppe von Dubletten; alle zusammenzuführen würde %1 Lead(s) entfernen.</numerusform>
            <numerusform>%Ln Gruppen von Dubletten; alle zusammenzuführen würde %1 Lead(s) entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The largest %L1 are listed; merge them to see the others.</source>
        <translation>Die größten %L1 sind aufgelistet; führen Sie sie zusammen, um die anderen zu sehen.</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>gleicher Name und Firma</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln leads, %2)</source>
        <translation>
            <numerusform>%1 (%Ln Lead, %2)</numerusform>
            <numerusform>%1 (%Ln Leads, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 (kept)</source>
        <translation>Lead %1 (bleibt)</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln Lead(s)</source>
        <translation>
            <numerusform>%Ln Lead zusammenführen</numerusform>
            <numerusform>%Ln Leads zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Wird zusammengeführt…</translation>
    </message>
</context>
<context>
    <name>LeadSync::EmailVerifier</name>
    <message>
        <source>not an address (LOCAL@DOMAIN)</source>
        <translation>keine Adresse (NAME@DOMAIN)</translation>
    </message>
    <message>
        <source>longer than 254 characters</source>
        <translation>länger als 254 Zeichen</translation>
    </message>
    <message>
        <source>the part before @ is longer than 64 characters</source>
        <translation>der Teil vor @ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>a broken quoted name before @</source>
        <translation>ein fehlerhafter Name in Anführungszeichen vor @</translation>
    </message>
    <message>
        <source>a quoted name before @</source>
        <translation>ein Name in Anführungszeichen vor @</translation>
    </message>
    <message>
        <source>a dot at the start or end of the name, or two in a row</source>
        <translation>ein Punkt am Anfang oder Ende des Namens oder zwei hintereinander</translation>
    </message>
    <message>
        <source>a character not allowed before @</source>
        <translation>ein Zeichen, das vor @ nicht erlaubt ist</translation>
    </message>
    <message>
        <source>an IP address instead of a domain</source>
        <translation>eine IP-Adresse statt einer Domain</translation>
    </message>
    <message>
        <source>not a valid domain</source>
        <translation>keine gültige Domain</translation>
    </message>
    <message>
        <source>the domain has no dot</source>
        <translation>die Domain hat keinen Punkt</translation>
    </message>
    <message>
        <source>a disposable domain</source>
        <translation>eine Wegwerf-Domain</translation>
    </message>
    <message>
        <source>the domain does not exist</source>
        <translation>die Domain existiert nicht</translation>
    </message>
    <message>
        <source>the DNS lookup failed: %1</source>
        <translation>die DNS-Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the domain accepts no mail (null MX)</source>
        <translation>die Domain nimmt keine E-Mails an (Null-MX)</translation>
    </message>
    <message>
        <source>the domain has no mail server</source>
        <translation>die Domain hat keinen Mailserver</translation>
    </message>
    <message>
        <source>a role account (%1@), not a person</source>
        <translation>ein Rollenpostfach (%1@), keine Person</translation>
    </message>
    <message>
        <source>no MX record; mail would go to the domain&apos;s own address</source>
        <translation>kein MX-Eintrag; E-Mails gingen an die Adresse der Domain selbst</translation>
    </message>
    <message>
        <source>the domain receives mail (%1)</source>
        <translation>die Domain empfängt E-Mails (%1)</translation>
    </message>
    <message>
        <source>; a free provider</source>
        <translation>; ein Freemail-Anbieter</translation>
    </message>
    <message>
        <source>SMTP: the mail server has no address</source>
        <translation>SMTP: der Mailserver hat keine Adresse</translation>
    </message>
    <message>
        <source>SMTP: cannot connect (%1); port 25 is often blocked</source>
        <translation>SMTP: keine Verbindung (%1); Port 25 ist oft gesperrt</translation>
    </message>
    <message>
        <source>SMTP: the server did not talk (%1)</source>
        <translation>SMTP: der Server hat nicht geantwortet (%1)</translation>
    </message>
    <message>
        <source>SMTP: the domain accepts every address (catch-all)</source>
        <translation>SMTP: die Domain nimmt jede Adresse an (Catch-all)</translation>
    </message>
    <message>
        <source>SMTP: the mailbox exists</source>
        <translation>SMTP: das Postfach existiert</translation>
    </message>
    <message>
        <source>SMTP: the mailbox does not exist (%1)</source>
        <translation>SMTP: das Postfach existiert nicht (%1)</translation>
    </message>
    <message>
        <source>SMTP: no answer for now (%1)</source>
        <translation>SMTP: vorerst keine Antwort (%1)</translation>
    </message>
    <message>
        <source>the DNS server finds no mail server for gmail.com (%1): it cannot be reached, or it does not tell the truth (a captive portal, an offline or sandboxed network)</source>
        <translation>der DNS-Server findet keinen Mailserver für gmail.com (%1): Er ist nicht erreichbar oder sagt nicht die Wahrheit (ein Captive Portal, ein Netz ohne Internet oder in einer Sandbox)</translation>
    </message>
    <message>
        <source>no such domain or no MX</source>
        <translation>keine solche Domain oder kein MX</translation>
    </message>
    <message>
        <source>the DNS server answers for a domain that does not exist (%1.com): it does not tell the truth (a captive portal?)</source>
        <translation>der DNS-Server antwortet für eine Domain, die es nicht gibt (%1.com): Er sagt nicht die Wahrheit (ein Captive Portal?)</translation>
    </message>
    <message>
        <source>a malformed address literal</source>
        <translation>ein fehlerhaftes Adressliteral</translation>
    </message>
</context>
<context>
    <name>LeadSync::EnrollDialog</name>
    <message>
        <source>Enroll in Sequence</source>
        <translation>In Sequenz aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation>Leads:</translation>
    </message>
    <message>
        <source>&amp;Sequence:</source>
        <translation>&amp;Sequenz:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>There is no sequence yet: create one in Outreach › Sequences.</source>
        <translation>Es gibt noch keine Sequenz: Legen Sie eine unter Outreach › Sequenzen an.</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the email column calls the address invalid</source>
        <translation>die E-Mail-Spalte nennt die Adresse ungültig</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>already in this sequence</source>
        <translation>schon in dieser Sequenz</translation>
    </message>
    <message>
        <source>bounced before</source>
        <translation>früher unzustellbar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be enrolled.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; werden aufgenommen.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Skipped:</source>
        <translation>&lt;br&gt;Übersprungen:</translation>
    </message>
</context>
<context>
    <name>LeadSync::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Columns (tick to export, drag to reorder)</source>
        <translation>Spalten (zum Exportieren ankreuzen, zum Umordnen ziehen)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>&amp;All leads</source>
        <translation>&amp;Alle Leads</translation>
    </message>
    <message>
        <source>Leads matching the current &amp;filter and search</source>
        <translation>Leads, die dem aktuellen &amp;Filter und der Suche entsprechen</translation>
    </message>
    <message>
        <source>Leads matching the current &amp;filter (none is set)</source>
        <translation>Leads, die dem aktuellen &amp;Filter entsprechen (keiner gesetzt)</translation>
    </message>
    <message>
        <source>&amp;Selected leads (%L1)</source>
        <translation>&amp;Ausgewählte Leads (%L1)</translation>
    </message>
    <message>
        <source>Start the file with a &amp;BOM, so Excel reads accents correctly</source>
        <translation>Datei mit einer &amp;BOM beginnen, damit Excel Umlaute richtig liest</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Leads matching the current &amp;filter and search (%L1)</source>
        <translation>Leads, die dem aktuellen &amp;Filter und der Suche entsprechen (%L1)</translation>
    </message>
    <message>
        <source>&amp;All leads (%L1)</source>
        <translation>&amp;Alle Leads (%L1)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Neutralise cells a spreadsheet would run as formulas (=SUM(…), +1+2, @A1…)</source>
        <translation>Zellen &amp;entschärfen, die eine Tabellenkalkulation als Formel ausführen würde (=SUMME(…), +1+2, @A1…)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Built-in fields get the names %1 knows: %2. Not a spreadsheet: no formula escaping.</source>
        <translation>Eingebaute Felder erhalten die Namen, die %1 kennt: %2. Keine Tabellenkalkulation: keine Formel-Entschärfung.</translation>
    </message>
    <message>
        <source>With a BOM, and the list separator of this computer&apos;s language (%1).</source>
        <translation>Mit BOM und dem Listentrennzeichen der Sprache dieses Computers (%1).</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>LeadSync::ExportProfile</name>
    <message>
        <source>Plain CSV (UTF-8)</source>
        <translation>Einfaches CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Microsoft Excel</source>
        <translation>Microsoft Excel</translation>
    </message>
    <message>
        <source>Google Sheets</source>
        <translation>Google Tabellen</translation>
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
        <translation>Nach „%1“ kann nicht sortiert werden.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; to export.</source>
        <translation>Es gibt keine Spalte „%1“ zum Exportieren.</translation>
    </message>
    <message>
        <source>the export has stopped</source>
        <translation>der Export wurde angehalten</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
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
        <translation>Sequenz / Schritt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Positive rate</source>
        <translation>Positivquote</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Bounce-Quote</translation>
    </message>
    <message>
        <source>Median hours to reply</source>
        <translation>Median Stunden bis Antwort</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Chart of:</source>
        <translation>Diagramm von:</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1: sent and replies per day</source>
        <translation>%1: Gesendet und Antworten pro Tag</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>%1: funnel</source>
        <translation>%1: Trichter</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>No sequence yet</source>
        <translation>Noch keine Sequenz</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>Zahlen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LeadSync::FilterBar</name>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>+ Filter</source>
        <translation>+ Filter</translation>
    </message>
    <message>
        <source>Add a condition (Ctrl+Shift+F)</source>
        <translation>Eine Bedingung hinzufügen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every condition</source>
        <translation>Alle Bedingungen entfernen</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Keep this filter, search, sort and columns under a name</source>
        <translation>Diesen Filter, diese Suche, Sortierung und Spalten unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>And or or</source>
        <translation>Und oder oder</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>“or”: this condition or the one above is enough</source>
        <translation>„oder“: diese Bedingung oder die darüber genügt</translation>
    </message>
    <message>
        <source>%1   (%L2)</source>
        <translation>%1   (%L2)</translation>
    </message>
    <message>
        <source>Pick one of the most frequent values; the number is how many leads have it.</source>
        <translation>Wählen Sie einen der häufigsten Werte; die Zahl gibt an, wie viele Leads ihn haben.</translation>
    </message>
    <message>
        <source>Pick one of the most frequent values; the number is how many of the first %L1 leads have it.</source>
        <translation>Wählen Sie einen der häufigsten Werte; die Zahl gibt an, wie viele der ersten %L1 Leads ihn haben.</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
</context>
<context>
    <name>LeadSync::FirstSteps</name>
    <message>
        <source>&lt;b&gt;This is a sample workspace.&lt;/b&gt; Its leads are made up, to try LeadSync with. Remove them, or import your own list into a fresh workspace.</source>
        <translation>&lt;b&gt;Dies ist ein Beispiel-Arbeitsbereich.&lt;/b&gt; Seine Leads sind erfunden, zum Ausprobieren von LeadSync. Entfernen Sie sie oder importieren Sie Ihre eigene Liste in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&amp;Remove Sample Leads</source>
        <translation>Beispiel-Leads &amp;entfernen</translation>
    </message>
    <message>
        <source>Import Your &amp;CSV…</source>
        <translation>Eigene &amp;CSV importieren…</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Noch keine Leads</translation>
    </message>
    <message>
        <source>Drop a CSV here or choose File › Import CSV.
Apollo, Sales Navigator, HubSpot and Excel files work as they are.</source>
        <translation>Legen Sie hier eine CSV-Datei ab oder wählen Sie Datei › CSV importieren.
Dateien aus Apollo, Sales Navigator, HubSpot und Excel funktionieren so, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>The sample leads were removed.</source>
        <translation>Die Beispiel-Leads wurden entfernt.</translation>
    </message>
    <message>
        <source>Getting Started with LeadSync</source>
        <translation>Erste Schritte mit LeadSync</translation>
    </message>
    <message>
        <source>Your day with LeadSync</source>
        <translation>Ihr Tag mit LeadSync</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import&lt;/b&gt; a CSV from Apollo, Sales Navigator, HubSpot, Excel or a scraper: File › Import CSV, or drop the file on the window. LeadSync detects the encoding and delimiter and maps the columns, in any of the usual languages; Edit › Undo Import takes an import back.</source>
        <translation>&lt;b&gt;Importieren&lt;/b&gt; Sie eine CSV-Datei aus Apollo, Sales Navigator, HubSpot, Excel oder einem Scraper: Datei › CSV importieren, oder ziehen Sie die Datei auf das Fenster. LeadSync erkennt Kodierung und Trennzeichen und ordnet die Spalten zu, in allen üblichen Sprachen; Bearbeiten › Import rückgängig nimmt einen Import zurück.</translation>
    </message>
    <message>
        <source>More on importing</source>
        <translation>Mehr zum Importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clean and enrich&lt;/b&gt; in the table: search, filter, sort, edit cells, tag leads with campaigns. Columns › Add Column computes cells per lead: an AI prompt, an email check, a webhook.</source>
        <translation>&lt;b&gt;Bereinigen und anreichern&lt;/b&gt; in der Tabelle: suchen, filtern, sortieren, Zellen bearbeiten, Leads Kampagnen zuordnen. Spalten › Spalte hinzufügen berechnet Zellen pro Lead: ein KI-Prompt, eine E-Mail-Prüfung, ein Webhook.</translation>
    </message>
    <message>
        <source>More on columns</source>
        <translation>Mehr zu Spalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reach out&lt;/b&gt; from your own mailbox: Outreach › Sequences sends the first email and the follow-ups, and stops when a lead replies.</source>
        <translation>&lt;b&gt;Kontakt aufnehmen&lt;/b&gt; aus Ihrem eigenen Postfach: Outreach › Sequenzen sendet die erste E-Mail und die Nachfassungen und hört auf, sobald ein Lead antwortet.</translation>
    </message>
    <message>
        <source>More on outreach</source>
        <translation>Mehr zu Outreach</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move leads along&lt;/b&gt; the pipeline (Pipeline › Board) and hand the best to sales.</source>
        <translation>&lt;b&gt;Leads weiterbewegen&lt;/b&gt; durch die Pipeline (Pipeline › Board) und die besten an den Vertrieb übergeben.</translation>
    </message>
    <message>
        <source>More on the pipeline</source>
        <translation>Mehr zur Pipeline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export&lt;/b&gt; with File › Export CSV, for Excel, Google Sheets or your CRM.</source>
        <translation>&lt;b&gt;Exportieren&lt;/b&gt; mit Datei › CSV exportieren, für Excel, Google Tabellen oder Ihr CRM.</translation>
    </message>
    <message>
        <source>More on exporting</source>
        <translation>Mehr zum Exportieren</translation>
    </message>
    <message>
        <source>Everything stays in one workspace file on this computer.</source>
        <translation>Alles bleibt in einer Arbeitsbereich-Datei auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>LeadSync::HttpCall</name>
    <message>
        <source>the reply is larger than %L1 bytes</source>
        <translation>die Antwort ist größer als %L1 Bytes</translation>
    </message>
    <message>
        <source>no reply within %L1 s</source>
        <translation>keine Antwort innerhalb von %L1 s</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen)</translation>
    </message>
    <message>
        <source>the API key would go over plain http:// to %1; use https://, or allow plain HTTP for this column (a server on your own network)</source>
        <translation>der API-Schlüssel ginge über unverschlüsseltes http:// an %1; verwenden Sie https:// oder erlauben Sie unverschlüsseltes HTTP für diese Spalte (ein Server im eigenen Netz)</translation>
    </message>
    <message>
        <source>the header %1 would hold a line break (from the lead&apos;s data)</source>
        <translation>der Header %1 enthielte einen Zeilenumbruch (aus den Daten des Leads)</translation>
    </message>
    <message>
        <source>too many or bad redirects</source>
        <translation>zu viele oder fehlerhafte Weiterleitungen</translation>
    </message>
</context>
<context>
    <name>LeadSync::HttpServer</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Anfragetext ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: the address is not this machine&apos;s, or the port is taken.</source>
        <translation>Kann nicht auf %1 Port %2 lauschen: Die Adresse gehört nicht zu diesem Rechner, oder der Port ist belegt.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ImapClient</name>
    <message>
        <source>Cannot reach the IMAP server %1: %2</source>
        <translation>Der IMAP-Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the IMAP server %1 failed: %2</source>
        <translation>Die sichere Verbindung (TLS) zum IMAP-Server %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the user or password: %2</source>
        <translation>Der IMAP-Server %1 hat Benutzer oder Passwort abgelehnt: %2</translation>
    </message>
    <message>
        <source>The IMAP server %1 cannot open the folder: %2</source>
        <translation>Der IMAP-Server %1 kann den Ordner nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The IMAP server %1 failed to send messages: %2</source>
        <translation>Der IMAP-Server %1 konnte keine Nachrichten senden: %2</translation>
    </message>
    <message>
        <source>The IMAP server %1 failed: %2</source>
        <translation>Der IMAP-Server %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the URL must be imaps://host:993 or imap://host:143, not %1</source>
        <translation>die URL muss imaps://host:993 oder imap://host:143 sein, nicht %1</translation>
    </message>
    <message>
        <source>the server offers no STARTTLS, and LeadSync sends no password in the clear</source>
        <translation>der Server bietet kein STARTTLS an, und LeadSync sendet kein Passwort unverschlüsselt</translation>
    </message>
    <message>
        <source>the server did not ask for the credentials</source>
        <translation>der Server hat nicht nach den Zugangsdaten gefragt</translation>
    </message>
</context>
<context>
    <name>LeadSync::ImapReader</name>
    <message>
        <source>The IMAP server sent a malformed response: %1.</source>
        <translation>Der IMAP-Server hat eine fehlerhafte Antwort gesendet: %1.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ImportExport</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported: %L1 new, %L2 merged, %L3 rejected.</source>
        <translation>Importiert: %L1 neu, %L2 zusammengeführt, %L3 abgelehnt.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Import into the Sample?</source>
        <translation>In das Beispiel importieren?</translation>
    </message>
    <message>
        <source>This workspace holds the sample leads. Import %1 into a fresh workspace of its own?</source>
        <translation>Dieser Arbeitsbereich enthält die Beispiel-Leads. %1 in einen eigenen, neuen Arbeitsbereich importieren?</translation>
    </message>
    <message>
        <source>A fresh workspace keeps your leads apart from the made-up ones. You can still remove the sample leads later.</source>
        <translation>Ein neuer Arbeitsbereich hält Ihre Leads von den erfundenen getrennt. Die Beispiel-Leads können Sie auch später noch entfernen.</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>&amp;Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Import into the &amp;Sample</source>
        <translation>In das &amp;Beispiel importieren</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)?</source>
        <translation>Den Import von %1 (%2) rückgängig machen?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln lead(s) it added are deleted, with their history.</source>
        <translation>
            <numerusform>Der hinzugefügte %Ln Lead wird samt Verlauf gelöscht.</numerusform>
            <numerusform>Die hinzugefügten %Ln Leads werden samt Verlauf gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fields it filled in %Ln lead(s) it merged into are emptied again, unless changed since.</source>
        <translation>
            <numerusform>Die Felder, die er in %Ln zusammengeführtem Lead gefüllt hat, werden wieder geleert, sofern seitdem unverändert.</numerusform>
            <numerusform>Die Felder, die er in %Ln zusammengeführten Leads gefüllt hat, werden wieder geleert, sofern seitdem unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 undone.</source>
        <translation>Import von %1 rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) to %1</source>
        <translation>
            <numerusform>%Ln Lead nach %1</numerusform>
            <numerusform>%Ln Leads nach %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) a spreadsheet would run as formulas kept as text with an apostrophe.</source>
        <translation>
            <numerusform>%Ln Zelle, die eine Tabellenkalkulation als Formel ausführen würde, mit Apostroph als Text behalten.</numerusform>
            <numerusform>%Ln Zellen, die eine Tabellenkalkulation als Formel ausführen würde, mit Apostroph als Text behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <source>Undoing the import of %1</source>
        <translation>Import von %1 wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>Import of %1 undone</source>
        <translation>Import von %1 rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>LeadSync::ImportPlan</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>The mapping &quot;%1=%2&quot; names a column the file does not have.</source>
        <translation>Die Zuordnung „%1=%2“ nennt eine Spalte, die die Datei nicht hat.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>LeadSync detected how %1 is written. Change a setting if the preview looks wrong.</source>
        <translation>LeadSync hat erkannt, wie %1 geschrieben ist. Ändern Sie eine Einstellung, wenn die Vorschau falsch aussieht.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>Die erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>The first row is data</source>
        <translation>Die erste Zeile enthält Daten</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose where each column of the file goes: a lead field, an existing column, a new column, or nowhere.</source>
        <translation>Wählen Sie, wohin jede Spalte der Datei geht: in ein Lead-Feld, eine vorhandene Spalte, eine neue Spalte oder nirgendwohin.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importieren nach</translation>
    </message>
    <message>
        <source>New column “%1”</source>
        <translation>Neue Spalte „%1“</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Diese Spalte überspringen</translation>
    </message>
    <message>
        <source>Duplicates and bad rows</source>
        <translation>Duplikate und fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Merge rows whose email is already known into that lead (fills its empty fields, never overwrites)</source>
        <translation>Zeilen, deren E-Mail schon bekannt ist, mit diesem Lead &amp;zusammenführen (füllt leere Felder, überschreibt nie)</translation>
    </message>
    <message>
        <source>&amp;Keep every row as a new lead</source>
        <translation>&amp;Jede Zeile als neuen Lead behalten</translation>
    </message>
    <message>
        <source>&amp;Set aside rows with more fields than the header, with their reasons, and import the others</source>
        <translation>Zeilen mit mehr Feldern als die Kopfzeile mit Begründung &amp;beiseitelegen und die übrigen importieren</translation>
    </message>
    <message>
        <source>Otherwise such a row stops the import, and nothing is imported.</source>
        <translation>Sonst hält eine solche Zeile den Import an, und nichts wird importiert.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>Two columns of the file go into the same place (row %1). Choose another for one of them.</source>
        <translation>Zwei Spalten der Datei gehen an dieselbe Stelle (Zeile %1). Wählen Sie für eine davon ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation>Es wurde nichts importiert.
%1</translation>
    </message>
    <message>
        <source>New leads: %L1
Merged into existing leads: %L2
Rejected rows: %L3</source>
        <translation>Neue Leads: %L1
Mit vorhandenen Leads zusammengeführt: %L2
Abgelehnte Zeilen: %L3</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation>Abgelehnte Zeilen in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the rejected rows to %1.</source>
        <translation>Die abgelehnten Zeilen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Normalise phones (+49…) and Telegram names afterwards; what cannot be read is kept and flagged in Contact check</source>
        <translation>Telefonnummern (+49 …) und Telegram-Namen danach &amp;normalisieren; was nicht lesbar ist, bleibt und wird in der Kontaktprüfung markiert</translation>
    </message>
    <message>
        <source>Contacts normalised: %L1; not readable (flagged in Contact check): %L2</source>
        <translation>Kontakte normalisiert: %L1; nicht lesbar (in der Kontaktprüfung markiert): %L2</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>nach Name</translation>
    </message>
    <message>
        <source>by values</source>
        <translation>nach Werten</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>keine Zuordnung</translation>
    </message>
    <message>
        <source>Line endings:</source>
        <translation>Zeilenenden:</translation>
    </message>
    <message>
        <source>%1, as chosen.</source>
        <translation>%1, wie gewählt.</translation>
    </message>
    <message>
        <source>Detected %1, certain: the file starts with its byte-order mark.</source>
        <translation>Erkannt: %1, sicher: die Datei beginnt mit ihrer Byte-Order-Markierung.</translation>
    </message>
    <message>
        <source>Detected UTF-8, certain: all of its accented letters are valid UTF-8.</source>
        <translation>Erkannt: UTF-8, sicher: alle Sonderzeichen sind gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Detected plain ASCII, certain: the first mebibyte has no accented letters, and every encoding reads it the same.</source>
        <translation>Erkannt: reines ASCII, sicher: das erste Mebibyte enthält keine Sonderzeichen, jede Kodierung liest es gleich.</translation>
    </message>
    <message>
        <source>Detected %1, a guess from the letters used: check the names in the preview.</source>
        <translation>Erkannt: %1, geschätzt aus den verwendeten Buchstaben: prüfen Sie die Namen in der Vorschau.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>%1 of %2 rows have %3 fields</source>
        <translation>%1 von %2 Zeilen haben %3 Felder</translation>
    </message>
    <message>
        <source>%1, as chosen: %2.</source>
        <translation>%1, wie gewählt: %2.</translation>
    </message>
    <message>
        <source>Detected %1, %2: %3.</source>
        <translation>Erkannt: %1, %2: %3.</translation>
    </message>
    <message>
        <source>Column names in the first row, as chosen.</source>
        <translation>Spaltennamen in der ersten Zeile, wie gewählt.</translation>
    </message>
    <message>
        <source>No header row, as chosen.</source>
        <translation>Keine Kopfzeile, wie gewählt.</translation>
    </message>
    <message>
        <source>Detected column names in the first row, certain: “%1” names a lead field.</source>
        <translation>Erkannt: Spaltennamen in der ersten Zeile, sicher: „%1“ benennt ein Lead-Feld.</translation>
    </message>
    <message>
        <source>Detected column names in the first row, likely: none of its cells looks like data.</source>
        <translation>Erkannt: Spaltennamen in der ersten Zeile, wahrscheinlich: keine ihrer Zellen sieht wie Daten aus.</translation>
    </message>
    <message>
        <source>Detected no header row, likely: “%1” in the first row looks like data.</source>
        <translation>Erkannt: keine Kopfzeile, wahrscheinlich: „%1“ in der ersten Zeile sieht wie Daten aus.</translation>
    </message>
    <message>
        <source>None: the file is a single line.</source>
        <translation>Keine: die Datei ist eine einzige Zeile.</translation>
    </message>
    <message>
        <source>Unix and macOS (LF).</source>
        <translation>Unix und macOS (LF).</translation>
    </message>
    <message>
        <source>Windows (CR LF).</source>
        <translation>Windows (CR LF).</translation>
    </message>
    <message>
        <source>Classic Mac OS (CR).</source>
        <translation>Klassisches Mac OS (CR).</translation>
    </message>
    <message>
        <source>Mixed (LF, CR LF or CR): each is read as a line break.</source>
        <translation>Gemischt (LF, CR LF oder CR): jedes wird als Zeilenumbruch gelesen.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Split into first and last name</source>
        <translation>In Vor- und Nachname aufteilen</translation>
    </message>
    <message>
        <source>Split into last and first name (surname first)</source>
        <translation>In Nach- und Vorname aufteilen (Nachname zuerst)</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>gemerkt</translation>
    </message>
    <message>
        <source>Choose what happens to rows whose lead you already have, and to rows that cannot be read.</source>
        <translation>Wählen Sie, was mit Zeilen geschieht, deren Lead Sie schon haben, und mit Zeilen, die nicht gelesen werden können.</translation>
    </message>
    <message>
        <source>All or nothing: if you cancel, or the import fails, the workspace stays as it was.</source>
        <translation>Alles oder nichts: Wenn Sie abbrechen oder der Import fehlschlägt, bleibt der Arbeitsbereich, wie er war.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The leads are in the workspace; Edit › Undo Import takes them back.</source>
        <translation>Die Leads sind im Arbeitsbereich; Bearbeiten › Import rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>The workspace is unchanged.</source>
        <translation>Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>%L1 new, %L2 merged, %L3 rejected</source>
        <translation>%L1 neu, %L2 zusammengeführt, %L3 abgelehnt</translation>
    </message>
</context>
<context>
    <name>LeadSync::Importer</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Two columns of %1 are mapped to the same field &quot;%2&quot;.</source>
        <translation>Zwei Spalten von %1 sind demselben Feld „%2“ zugeordnet.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>%1:%2: %3. Nothing was imported; use --skip-bad-rows to import the other rows.</source>
        <translation>%1:%2: %3. Es wurde nichts importiert; mit --skip-bad-rows werden die übrigen Zeilen importiert.</translation>
    </message>
</context>
<context>
    <name>LeadSync::JobQueue</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was changed.</source>
        <translation>%1: abgebrochen, nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>LeadSync::JobsPanel</name>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <source>%1 %2/s</source>
        <translation>%1 %2/s</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Computing %1</source>
        <translation>Berechne %1</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Sending due messages</source>
        <translation>Fällige Nachrichten senden</translation>
    </message>
    <message>
        <source>%L1 sent, %L2 failed, %L3 to retry, %L4 unknown, %L5 skipped</source>
        <translation>%L1 gesendet, %L2 fehlgeschlagen, %L3 erneut zu senden, %L4 unklar, %L5 übersprungen</translation>
    </message>
    <message>
        <source>next at %1</source>
        <translation>nächste um %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::JsonPath</name>
    <message>
        <source>Cannot read the JSON path &quot;%1&quot;.</source>
        <translation>Der JSON-Pfad „%1“ ist nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>LeadSync::KeyStore</name>
    <message>
        <source>No API key is stored under the name %1. Set it in the column&apos;s settings (Set Key…).</source>
        <translation>Unter dem Namen %1 ist kein API-Schlüssel gespeichert. Setzen Sie ihn in den Einstellungen der Spalte (Schlüssel setzen…).</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), and the environment variable %2 is not set.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1), und die Umgebungsvariable %2 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain: %1</source>
        <translation>Der Schlüssel wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>The key was not deleted from the keychain: %1</source>
        <translation>Der Schlüssel wurde nicht aus dem Schlüsselbund gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadApi</name>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Text ist kein gültiges JSON: %1 bei Position %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Text muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation>Das Feld %1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number.</source>
        <translation>%1 muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The field %1 is required.</source>
        <translation>Das Feld %1 ist erforderlich.</translation>
    </message>
    <message>
        <source>The field %1 must be a number.</source>
        <translation>Das Feld %1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>A valid token is required: Authorization: Bearer &lt;token&gt;.</source>
        <translation>Ein gültiges Token ist nötig: Authorization: Bearer &lt;token&gt;.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>%1 ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>Unter %1 gibt es nichts.</translation>
    </message>
    <message>
        <source>A lead needs at least one contact: email, phone or telegram.</source>
        <translation>Ein Lead braucht mindestens einen Kontakt: E-Mail, Telefon oder Telegram.</translation>
    </message>
    <message>
        <source>The field stage must be new, contacted, qualified, transferred or lost, not &quot;%1&quot;.</source>
        <translation>Das Feld stage muss new, contacted, qualified, transferred oder lost sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>the API</source>
        <translation>die API</translation>
    </message>
    <message>
        <source>The analysis failed.</source>
        <translation>Die Analyse ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The field text is required.</source>
        <translation>Das Feld text ist erforderlich.</translation>
    </message>
    <message>
        <source>The field received_at must be an ISO 8601 time.</source>
        <translation>Das Feld received_at muss eine Zeit nach ISO 8601 sein.</translation>
    </message>
    <message>
        <source>Name the mailbox the reply belongs to (the field mailbox).</source>
        <translation>Nennen Sie das Postfach, zu dem die Antwort gehört (das Feld mailbox).</translation>
    </message>
    <message>
        <source>There is no mailbox &quot;%1&quot;.</source>
        <translation>Es gibt kein Postfach „%1“.</translation>
    </message>
    <message>
        <source>This reply was recorded before.</source>
        <translation>Diese Antwort wurde bereits erfasst.</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>Es gibt keine Antwort %1.</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadFilter</name>
    <message>
        <source>The condition &quot;%1&quot; names no column &quot;%2&quot;.</source>
        <translation>In der Bedingung „%1“ gibt es keine Spalte „%2“.</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; takes no value.</source>
        <translation>Die Bedingung „%1“ nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>Cannot read the condition &quot;%1&quot;: write COLUMN OPERATOR VALUE, with an operator among = != &lt; &gt; &lt;= &gt;= contains, does not contain, starts with, ends with, is one of, is empty, is not empty.</source>
        <translation>Die Bedingung „%1“ ist nicht lesbar: Schreiben Sie SPALTE OPERATOR WERT, mit einem Operator aus = != &lt; &gt; &lt;= &gt;= contains, does not contain, starts with, ends with, is one of, is empty, is not empty.</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadLoader</name>
    <message>
        <source>The table changed while the selection was read; select the rows again.</source>
        <translation>Die Tabelle hat sich geändert, während die Auswahl gelesen wurde; wählen Sie die Zeilen erneut aus.</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadScorer</name>
    <message>
        <source>an email address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>a business domain</source>
        <translation>eine Branche</translation>
    </message>
    <message>
        <source>a senior title</source>
        <translation>eine leitende Position</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>ein Unternehmen</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>eine Website</translation>
    </message>
    <message>
        <source>replied (%1)</source>
        <translation>geantwortet (%1)</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>kontaktiert</translation>
    </message>
    <message>
        <source>came in by itself (%1)</source>
        <translation>kam von selbst (%1)</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Rule-based: %1 = %2.</source>
        <translation>Regelbasiert: %1 = %2.</translation>
    </message>
    <message>
        <source>nothing known</source>
        <translation>nichts bekannt</translation>
    </message>
    <message>
        <source>the model&apos;s score %1 is not a number from 0 to 1</source>
        <translation>der Score %1 des Modells ist keine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>the model gave no score</source>
        <translation>das Modell gab keinen Score</translation>
    </message>
    <message>
        <source>the model gave no recommendation</source>
        <translation>das Modell gab keine Empfehlung</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadTableModel</name>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) had changed since and were left as they are.</source>
        <translation>
            <numerusform>%n Zelle hatte sich inzwischen geändert und wurde so belassen.</numerusform>
            <numerusform>%n Zellen hatten sich inzwischen geändert und wurden so belassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadWriter</name>
    <message>
        <source>There is no column &quot;%1&quot; to edit.</source>
        <translation>Es gibt keine Spalte „%1“ zum Bearbeiten.</translation>
    </message>
</context>
<context>
    <name>LeadSync::LocalApi</name>
    <message>
        <source>The API token could not be kept in the keychain: %1</source>
        <translation>Das API-Token konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The API&apos;s address %1 is not HOST:PORT with an IP address.</source>
        <translation>Die Adresse %1 der API ist nicht HOST:PORT mit einer IP-Adresse.</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <source>&amp;Run the local API while LeadSync is open</source>
        <translation>Lokale API &amp;ausführen, solange LeadSync geöffnet ist</translation>
    </message>
    <message>
        <source>127.0.0.1 is this computer only; another address lets other machines in.</source>
        <translation>127.0.0.1 ist nur dieser Rechner; eine andere Adresse lässt andere Rechner herein.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;New Token</source>
        <translation>&amp;Neues Token</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>Phones written without a country code are read in this country when the lead has none.</source>
        <translation>Telefonnummern ohne Ländervorwahl werden in diesem Land gelesen, wenn der Lead keines hat.</translation>
    </message>
    <message>
        <source>Listening on %1
Tilda webhook: %1/leads/webhooks/tilda/%2
Description: %1/openapi.json</source>
        <translation>Lauscht auf %1
Tilda-Webhook: %1/leads/webhooks/tilda/%2
Beschreibung: %1/openapi.json</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <source>%1 is not a country&apos;s ISO code (DE, US, FR…).</source>
        <translation>%1 ist kein ISO-Ländercode (DE, US, FR …).</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Default &amp;country for phones:</source>
        <translation>Standard&amp;land für Telefonnummern:</translation>
    </message>
</context>
<context>
    <name>LeadSync::MailboxCredentials</name>
    <message>
        <source>Mailbox %1 is not signed in: sign in from its settings.</source>
        <translation>Postfach %1 ist nicht angemeldet: Melden Sie es in seinen Einstellungen an.</translation>
    </message>
</context>
<context>
    <name>LeadSync::MailboxDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Ana Example &lt;ana@example.com&gt;</source>
        <translation>Anna Beispiel &lt;anna@example.com&gt;</translation>
    </message>
    <message>
        <source>smtps://smtp.example.com:465 or smtp://smtp.example.com:587</source>
        <translation>smtps://smtp.example.com:465 oder smtp://smtp.example.com:587</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>die Absenderadresse</translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation>Passwort oder App-Passwort</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain under this name. An environment variable of the same name works too, e.g. for leadsync-cli from cron.</source>
        <translation>Das Passwort liegt unter diesem Namen im Schlüsselbund des Systems. Eine Umgebungsvariable gleichen Namens funktioniert auch, z. B. für leadsync-cli aus cron.</translation>
    </message>
    <message>
        <source>Days and hours in the mailbox&apos;s zone, e.g. “mon-fri 09:00-17:00”.</source>
        <translation>Tage und Uhrzeiten in der Zeitzone des Postfachs, z. B. „mon-fri 09:00-17:00“.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>optional: an https page for one-click unsubscribe</source>
        <translation>optional: eine https-Seite zum Abmelden mit einem Klick</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;SMTP server:</source>
        <translation>&amp;SMTP-Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password &amp;entry:</source>
        <translation>Passwort-&amp;Eintrag:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Sending &amp;window:</source>
        <translation>Sende&amp;fenster:</translation>
    </message>
    <message>
        <source>&amp;Daily cap:</source>
        <translation>&amp;Tageslimit:</translation>
    </message>
    <message>
        <source>&amp;Hourly cap:</source>
        <translation>&amp;Stundenlimit:</translation>
    </message>
    <message>
        <source>Gap between sends:</source>
        <translation>Abstand zwischen Sendungen:</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe page:</source>
        <translation>Ab&amp;meldeseite:</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>The mailbox needs a name.</source>
        <translation>Das Postfach braucht einen Namen.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Testnachricht an %1 wird gesendet…</translation>
    </message>
    <message>
        <source>✔ The mailbox works: a test message was sent to its own address.</source>
        <translation>✔ Das Postfach funktioniert: Eine Testnachricht ging an seine eigene Adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found</source>
        <translation>Der Name des Servers wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The server could not be reached</source>
        <translation>Der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server refused the user or password</source>
        <translation>Der Server hat Benutzer oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>The server refused the From address</source>
        <translation>Der Server hat die Absenderadresse abgelehnt</translation>
    </message>
    <message>
        <source>The server refused the recipient</source>
        <translation>Der Server hat den Empfänger abgelehnt</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Der Server hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>The test failed</source>
        <translation>Der Test ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Passwort oder App-Passwort</translation>
    </message>
    <message>
        <source>Google account (OAuth)</source>
        <translation>Google-Konto (OAuth)</translation>
    </message>
    <message>
        <source>Microsoft 365 account (OAuth)</source>
        <translation>Microsoft-365-Konto (OAuth)</translation>
    </message>
    <message>
        <source>the client ID of your own OAuth app (see the README)</source>
        <translation>die Client-ID Ihrer eigenen OAuth-App (siehe README)</translation>
    </message>
    <message>
        <source>if your provider gave one (Google does); kept in the keychain</source>
        <translation>falls Ihr Anbieter eines vergab (Google tut es); liegt im Schlüsselbund</translation>
    </message>
    <message>
        <source>Opens your browser to sign in; the tokens go to the keychain entry below, never to the workspace.</source>
        <translation>Öffnet Ihren Browser zur Anmeldung; die Tokens kommen in den Schlüsselbund-Eintrag unten, nie in den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>OAuth &amp;client ID:</source>
        <translation>OAuth-&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Other OAuth provider (%1)</source>
        <translation>Anderer OAuth-Anbieter (%1)</translation>
    </message>
    <message>
        <source>Signing in with OAuth needs the client ID of your own OAuth app.</source>
        <translation>Die Anmeldung mit OAuth braucht die Client-ID Ihrer eigenen OAuth-App.</translation>
    </message>
    <message>
        <source>Sign in in your browser; LeadSync waits for its answer.</source>
        <translation>Melden Sie sich im Browser an; LeadSync wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>✔ Signed in: the tokens are in the keychain. Test the mailbox, then save it.</source>
        <translation>✔ Angemeldet: Die Tokens liegen im Schlüsselbund. Testen Sie das Postfach und speichern Sie es dann.</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be stored in the keychain: %1</source>
        <translation>Angemeldet, aber die Tokens konnten nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>imaps://imap.example.com:993, to read replies (signs in as SMTP does)</source>
        <translation>imaps://imap.example.com:993, um Antworten zu lesen (meldet sich wie SMTP an)</translation>
    </message>
    <message>
        <source>Folders separated by commas; replies are looked for in each.</source>
        <translation>Ordner, durch Kommas getrennt; in jedem wird nach Antworten gesucht.</translation>
    </message>
    <message>
        <source>&amp;IMAP server (replies):</source>
        <translation>&amp;IMAP-Server (Antworten):</translation>
    </message>
    <message>
        <source>Folders to &amp;read:</source>
        <translation>Zu lesende &amp;Ordner:</translation>
    </message>
</context>
<context>
    <name>LeadSync::MailboxStore</name>
    <message>
        <source>&quot;%1&quot; is not a From address: write &quot;Name &lt;address&gt;&quot; or an address.</source>
        <translation>„%1“ ist keine Absenderadresse: Schreiben Sie „Name &lt;Adresse&gt;“ oder eine Adresse.</translation>
    </message>
    <message>
        <source>A mailbox needs a name.</source>
        <translation>Ein Postfach braucht einen Namen.</translation>
    </message>
    <message>
        <source>Mailbox %1: &quot;%2&quot; is not an email address.</source>
        <translation>Postfach %1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Mailbox %1: the SMTP URL must be smtps://host:465 or smtp://host:587, not &quot;%2&quot;.</source>
        <translation>Postfach %1: Die SMTP-URL muss smtps://host:465 oder smtp://host:587 lauten, nicht „%2“.</translation>
    </message>
    <message>
        <source>Mailbox %1: the time zone is not a zone name such as Europe/Berlin.</source>
        <translation>Postfach %1: Die Zeitzone ist kein Zonenname wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>Mailbox %1: the daily cap must be at least 1, the hourly cap 0 (none) or more.</source>
        <translation>Postfach %1: Das Tageslimit muss mindestens 1 sein, das Stundenlimit 0 (keines) oder mehr.</translation>
    </message>
    <message>
        <source>Mailbox %1: the gap must be MIN-MAX seconds with MIN ≤ MAX.</source>
        <translation>Postfach %1: Der Abstand muss MIN-MAX Sekunden mit MIN ≤ MAX sein.</translation>
    </message>
    <message>
        <source>Mailbox %1: the unsubscribe URL must be https.</source>
        <translation>Postfach %1: Die Abmelde-URL muss https verwenden.</translation>
    </message>
    <message>
        <source>Mailbox %1: the OAuth URL &quot;%2&quot; must be https.</source>
        <translation>Postfach %1: Die OAuth-URL „%2“ muss https sein.</translation>
    </message>
    <message>
        <source>Mailbox %1: OAuth needs a keychain entry to keep its tokens in.</source>
        <translation>Postfach %1: OAuth braucht einen Schlüsselbund-Eintrag für seine Tokens.</translation>
    </message>
    <message>
        <source>Mailbox %1: the IMAP URL must be imaps://host:993 or imap://host:143, not &quot;%2&quot;.</source>
        <translation>Postfach %1: Die IMAP-URL muss imaps://host:993 oder imap://host:143 sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>LeadSync::MainWindow</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>LeadSync</source>
        <translation>LeadSync</translation>
    </message>
    <message>
        <source>Search names, email, company, title, notes</source>
        <translation>Namen, E-Mail, Firma, Position, Notizen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Set &amp;Field of Selected Leads…</source>
        <translation>&amp;Feld der ausgewählten Leads setzen…</translation>
    </message>
    <message>
        <source>&amp;Add Lead</source>
        <translation>Lead &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Leads</source>
        <translation>Ausgewählte Leads &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Add &amp;Filter Condition</source>
        <translation>&amp;Filterbedingung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Campaigns Panel</source>
        <translation>&amp;Kampagnenleiste</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Kampagnen</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <source>&amp;Rename Campaign…</source>
        <translation>Kampagne &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Campaign</source>
        <translation>Kampagne &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Add Selected Leads to Campaign…</source>
        <translation>Ausgewählte Leads zur Kampagne &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move Selected Leads from Campaign…</source>
        <translation>Ausgewählte Leads aus der Kampagne &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About LeadSync</source>
        <translation>Ü&amp;ber LeadSync</translation>
    </message>
    <message>
        <source>About LeadSync</source>
        <translation>Über LeadSync</translation>
    </message>
    <message>
        <source>&lt;b&gt;LeadSync %1&lt;/b&gt;&lt;p&gt;Import, clean, enrich and export lead lists. Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LeadSync %1&lt;/b&gt;&lt;p&gt;Lead-Listen importieren, bereinigen, anreichern und exportieren. Ihre Daten bleiben in einer Datei auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>%1 — LeadSync</source>
        <translation>%1 — LeadSync</translation>
    </message>
    <message>
        <source>The edit was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation>Suchindex wird aufgebaut</translation>
    </message>
    <message>
        <source>Leads: %L1</source>
        <translation>Leads: %L1</translation>
    </message>
    <message>
        <source>Counting leads…</source>
        <translation>Leads werden gezählt…</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Gefiltert: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>LeadSync workspaces (*.leadsync)</source>
        <translation>LeadSync-Arbeitsbereiche (*.leadsync)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>LeadSync workspaces (*.leadsync);;All files (*)</source>
        <translation>LeadSync-Arbeitsbereiche (*.leadsync);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>LeadSync Closed Unexpectedly</source>
        <translation>LeadSync wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>LeadSync closed unexpectedly the last time it ran. A short report was saved; it holds the version, where the program was and your last commands, no lead data.</source>
        <translation>LeadSync wurde beim letzten Mal unerwartet beendet. Ein kurzer Bericht wurde gespeichert; er enthält die Version, die Stelle im Programm und Ihre letzten Befehle, keine Lead-Daten.</translation>
    </message>
    <message>
        <source>Show Report</source>
        <translation>Bericht anzeigen</translation>
    </message>
    <message>
        <source>&amp;Outreach</source>
        <translation>&amp;Outreach</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>&amp;Sequences</source>
        <translation>&amp;Sequenzen</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>Post&amp;fächer</translation>
    </message>
    <message>
        <source>Opt-&amp;Outs</source>
        <translation>&amp;Abmeldungen</translation>
    </message>
    <message>
        <source>&amp;Enroll Selected Leads…</source>
        <translation>Ausgewählte Leads auf&amp;nehmen…</translation>
    </message>
    <message>
        <source>Enroll &amp;All Leads in View…</source>
        <translation>&amp;Alle Leads der Ansicht aufnehmen…</translation>
    </message>
    <message>
        <source>Send &amp;Automatically</source>
        <translation>&amp;Automatisch senden</translation>
    </message>
    <message>
        <source>Send the messages due while LeadSync runs.</source>
        <translation>Die fälligen Nachrichten senden, solange LeadSync läuft.</translation>
    </message>
    <message>
        <source>all %1 leads in the view</source>
        <translation>alle %1 Leads der Ansicht</translation>
    </message>
    <message>
        <source>all leads in the view</source>
        <translation>alle Leads der Ansicht</translation>
    </message>
    <message>
        <source>%1 selected leads</source>
        <translation>%1 ausgewählte Leads</translation>
    </message>
    <message>
        <source>Messages Due Today</source>
        <translation>Heute fällige Nachrichten</translation>
    </message>
    <message>
        <source>%1 outreach messages are due today. LeadSync sends them only while it runs (or from the leadsync-outreach timer, if you set it up). Quit anyway?</source>
        <translation>Heute sind %1 Outreach-Nachrichten fällig. LeadSync sendet sie nur, solange es läuft (oder über den Timer leadsync-outreach, falls eingerichtet). Trotzdem beenden?</translation>
    </message>
    <message>
        <source>Keep &amp;Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Remove Selected Leads from Sequence…</source>
        <translation>Ausgewählte Leads aus Sequenz &amp;entfernen…</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Select the leads in the table first.</source>
        <translation>Wählen Sie zuerst die Leads in der Tabelle aus.</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Deals exported to %1.</source>
        <translation>Abschlüsse nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>Abschlüsse exportieren</translation>
    </message>
    <message>
        <source>Local API: %1</source>
        <translation>Lokale API: %1</translation>
    </message>
    <message>
        <source>Local API on %1.</source>
        <translation>Lokale API auf %1.</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Abschlüsse</translation>
    </message>
    <message>
        <source>&amp;Move Selected Leads To</source>
        <translation>Ausgewählte Leads &amp;verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Analyse Selected Leads</source>
        <translation>Ausgewählte Leads &amp;analysieren</translation>
    </message>
    <message>
        <source>Analyse All Leads in &amp;View</source>
        <translation>Alle Leads der &amp;Ansicht analysieren</translation>
    </message>
    <message>
        <source>&amp;Local API…</source>
        <translation>&amp;Lokale API …</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) moved to %1.</source>
        <translation>
            <numerusform>%n Lead nach %1 verschoben.</numerusform>
            <numerusform>%n Leads nach %1 verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not moved: %1</source>
        <translation>
            <numerusform>%n nicht verschoben: %1</numerusform>
            <numerusform>%n nicht verschoben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean Up &amp;Phones of Selected Leads</source>
        <translation>&amp;Telefonnummern der ausgewählten Leads bereinigen</translation>
    </message>
    <message>
        <source>Clean Up &amp;Telegram of Selected Leads</source>
        <translation>Tele&amp;gram-Namen der ausgewählten Leads bereinigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Import…</source>
        <translation>&amp;Import rückgängig…</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation>&amp;Dubletten finden…</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Compute a column&apos;s empty cells in the view</source>
        <translation>Die leeren Zellen einer Spalte in der Ansicht berechnen</translation>
    </message>
    <message>
        <source>Leads: about %L1 (counting…)</source>
        <translation>Leads: etwa %L1 (wird gezählt…)</translation>
    </message>
</context>
<context>
    <name>LeadSync::ModelPrices</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the model has no name.</source>
        <translation>das Modell hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 steht doppelt in der Liste.</translation>
    </message>
    <message>
        <source>a price cannot be negative.</source>
        <translation>ein Preis kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>LeadSync::OAuthSignIn</name>
    <message>
        <source>The OAuth provider of mailbox %1 refused: %2</source>
        <translation>Der OAuth-Anbieter von Postfach %1 hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>Mailbox %1 has no refresh token: sign in again.</source>
        <translation>Postfach %1 hat kein Refresh-Token: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The OAuth provider of mailbox %1 could not be reached: %2</source>
        <translation>Der OAuth-Anbieter von Postfach %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>No loopback port could be opened for the sign-in.</source>
        <translation>Für die Anmeldung konnte kein lokaler Port geöffnet werden.</translation>
    </message>
    <message>
        <source>LeadSync received the sign-in. You can close this page.</source>
        <translation>LeadSync hat die Anmeldung erhalten. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>The sign-in answer did not come from the request LeadSync made (its state differs).</source>
        <translation>Die Antwort der Anmeldung stammt nicht von der Anfrage, die LeadSync gestellt hat (ihr state weicht ab).</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation>Die Anmeldung wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::OptOutList</name>
    <message>
        <source>&quot;%1&quot; is neither an email address nor a domain written as @domain.</source>
        <translation>„%1“ ist weder eine E-Mail-Adresse noch eine als @domain geschriebene Domain.</translation>
    </message>
</context>
<context>
    <name>LeadSync::OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>LeadSync::OutreachController</name>
    <message>
        <source>Sent today: %1 / %2</source>
        <translation>Heute gesendet: %1 / %2</translation>
    </message>
    <message>
        <source>, next send at %1</source>
        <translation>, nächste Sendung um %1</translation>
    </message>
    <message>
        <source>, next due at %1</source>
        <translation>, nächste fällig um %1</translation>
    </message>
    <message>
        <source>No password found in the keychain for mailbox %1: set it in Outreach › Mailboxes.</source>
        <translation>Kein Passwort im Schlüsselbund für Postfach %1: Legen Sie es unter Outreach › Postfächer fest.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Sending: On</source>
        <translation>Senden: An</translation>
    </message>
    <message>
        <source>Sending: Off</source>
        <translation>Senden: Aus</translation>
    </message>
    <message>
        <source>LeadSync sends the messages due while it runs. Click to stop sending.</source>
        <translation>LeadSync sendet die fälligen Nachrichten, solange es läuft. Klicken, um das Senden zu stoppen.</translation>
    </message>
    <message>
        <source>Nothing is sent. Click to send the messages due while LeadSync runs.</source>
        <translation>Es wird nichts gesendet. Klicken, um die fälligen Nachrichten zu senden, solange LeadSync läuft.</translation>
    </message>
    <message>
        <source>Replies to handle: %1 · </source>
        <translation>Offene Antworten: %1 · </translation>
    </message>
</context>
<context>
    <name>LeadSync::OutreachEngine</name>
    <message>
        <source>the lead was deleted</source>
        <translation>der Lead wurde gelöscht</translation>
    </message>
    <message>
        <source>no longer enrolled</source>
        <translation>nicht mehr eingeschrieben</translation>
    </message>
    <message>
        <source>the sequence is paused</source>
        <translation>die Sequenz ist pausiert</translation>
    </message>
    <message>
        <source>the lead has no email</source>
        <translation>der Lead hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>%1 at the same company replied</source>
        <translation>%1 aus derselben Firma hat geantwortet</translation>
    </message>
    <message>
        <source>Sequence %1 has no mailbox.</source>
        <translation>Die Sequenz %1 hat kein Postfach.</translation>
    </message>
    <message>
        <source>%1, step 1, at %2</source>
        <translation>%1, Schritt 1, um %2</translation>
    </message>
    <message>
        <source>the sending process ended during the send; check the Sent folder, then mark it sent or send it again</source>
        <translation>der sendende Prozess endete während des Sendens; prüfen Sie den Ordner „Gesendet“ und markieren Sie die Nachricht dann als gesendet oder senden Sie sie erneut</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1, Schritt %2: %3</translation>
    </message>
    <message>
        <source>%1, step %2, %3</source>
        <translation>%1, Schritt %2, %3</translation>
    </message>
    <message>
        <source>the server refused the address: %1</source>
        <translation>der Server hat die Adresse abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1, step %2, at %3</source>
        <translation>%1, Schritt %2, um %3</translation>
    </message>
    <message>
        <source>the lead replied</source>
        <translation>der Lead hat geantwortet</translation>
    </message>
    <message>
        <source>the lead bounced</source>
        <translation>die Adresse des Leads ist unzustellbar</translation>
    </message>
    <message>
        <source>the lead opted out</source>
        <translation>der Lead hat sich abgemeldet</translation>
    </message>
    <message>
        <source>the step replies in the thread of an earlier step, and none was sent</source>
        <translation>der Schritt antwortet im Verlauf eines früheren Schritts, und keiner wurde gesendet</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, Schritt %2</translation>
    </message>
    <message>
        <source>%1, by the user</source>
        <translation>%1, durch den Benutzer</translation>
    </message>
    <message>
        <source>skipped by the user</source>
        <translation>vom Benutzer übersprungen</translation>
    </message>
    <message>
        <source>%1: skipped by the user</source>
        <translation>%1: vom Benutzer übersprungen</translation>
    </message>
    <message>
        <source>marked sent by the user</source>
        <translation>vom Benutzer als gesendet markiert</translation>
    </message>
    <message>
        <source>%1: marked sent by the user</source>
        <translation>%1: vom Benutzer als gesendet markiert</translation>
    </message>
</context>
<context>
    <name>LeadSync::OutreachWindow</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>to retry</source>
        <translation>erneuter Versuch</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>unknown: check Sent</source>
        <translation>unklar: Gesendet prüfen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Active leads</source>
        <translation>Aktive Leads</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Address or domain</source>
        <translation>Adresse oder Domain</translation>
    </message>
    <message>
        <source>Outreach — LeadSync</source>
        <translation>Outreach — LeadSync</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>&amp;Sequences</source>
        <translation>&amp;Sequenzen</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>Post&amp;fächer</translation>
    </message>
    <message>
        <source>Opt-&amp;outs</source>
        <translation>&amp;Abmeldungen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Needs attention (failed, unknown, skipped)</source>
        <translation>Braucht Aufmerksamkeit (fehlgeschlagen, unklar, übersprungen)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Plan the message again from now (failed, unknown or skipped messages).</source>
        <translation>Die Nachricht ab jetzt neu planen (fehlgeschlagene, unklare oder übersprungene Nachrichten).</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Do not send this step; the lead goes on to the next one.</source>
        <translation>Diesen Schritt nicht senden; der Lead geht zum nächsten weiter.</translation>
    </message>
    <message>
        <source>&amp;Mark Sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>The message is in your Sent folder: record it as sent (unknown messages).</source>
        <translation>Die Nachricht liegt in Ihrem Gesendet-Ordner: als gesendet erfassen (unklare Nachrichten).</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New Sequence…</source>
        <translation>&amp;Neue Sequenz…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Pause or Resume</source>
        <translation>&amp;Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>To enroll leads, select them in the table (or filter it) and choose Outreach › Enroll.</source>
        <translation>Um Leads aufzunehmen, wählen Sie sie in der Tabelle aus (oder filtern Sie sie) und wählen Sie Outreach › Aufnehmen.</translation>
    </message>
    <message>
        <source>&amp;Add Mailbox…</source>
        <translation>Postfach &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Testen…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Addresses and whole domains (@example.com) that are never enrolled or written to.</source>
        <translation>Adressen und ganze Domains (@example.com), die nie aufgenommen oder angeschrieben werden.</translation>
    </message>
    <message>
        <source>Showing the first %1 messages; `leadsync-cli outreach queue` lists them all.</source>
        <translation>Die ersten %1 Nachrichten werden gezeigt; `leadsync-cli outreach queue` listet alle.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>Add Opt-Outs</source>
        <translation>Abmeldungen hinzufügen</translation>
    </message>
    <message>
        <source>Addresses or domains (@example.com), separated by spaces, commas or lines:</source>
        <translation>Adressen oder Domains (@example.com), getrennt durch Leerzeichen, Kommas oder Zeilen:</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>Import Opt-Outs</source>
        <translation>Abmeldungen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove from Sequence</source>
        <translation>Aus Sequenz entfernen</translation>
    </message>
    <message>
        <source>Take %1 out of the sequence (their messages not sent yet are cancelled):</source>
        <translation>%1 aus der Sequenz nehmen (ihre noch nicht gesendeten Nachrichten werden abgebrochen):</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>&amp;Send Answer</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>All replies</source>
        <translation>Alle Antworten</translation>
    </message>
    <message>
        <source>Your answer. Regenerate drafts one from the reply&apos;s class.</source>
        <translation>Ihre Antwort. „Neu entwerfen“ schreibt einen Entwurf aus der Klasse der Antwort.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu entwerfen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ihre Antwort:</translation>
    </message>
    <message>
        <source>From: %1
Subject: %2

%3</source>
        <translation>Von: %1
Betreff: %2

%3</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Zahlen</translation>
    </message>
    <message>
        <source>All mailboxes</source>
        <translation>Alle Postfächer</translation>
    </message>
</context>
<context>
    <name>LeadSync::Pipeline</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Final stages: a %1 lead stays %1; it cannot move to %2.</source>
        <translation>Endphasen: Ein Lead in %1 bleibt in %1; er kann nicht nach %2.</translation>
    </message>
    <message>
        <source>No going back: a %1 lead cannot return to %2.</source>
        <translation>Kein Zurück: Ein Lead in %1 kann nicht zu %2 zurück.</translation>
    </message>
    <message>
        <source>No skipping: a %1 lead moves to %2 next, not to %3.</source>
        <translation>Nichts überspringen: Ein Lead in %1 kommt als Nächstes nach %2, nicht nach %3.</translation>
    </message>
    <message>
        <source>the field %1 has &quot;%2&quot;, which is not a stage (%3)</source>
        <translation>das Feld %1 enthält „%2“, das keine Phase ist (%3)</translation>
    </message>
    <message>
        <source>the field %1 has &quot;%2&quot;, which is not a score from 0 to 1</source>
        <translation>das Feld %1 enthält „%2“, das kein Score von 0 bis 1 ist</translation>
    </message>
    <message>
        <source>The handoff threshold must be a score from 0 to 1, not %1.</source>
        <translation>Die Übergabeschwelle muss ein Score von 0 bis 1 sein, nicht %1.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>Handoff rule: the lead has no score yet; analyse it first (at least %1 is needed).</source>
        <translation>Übergaberegel: Der Lead hat noch keinen Score; analysieren Sie ihn zuerst (mindestens %1 ist nötig).</translation>
    </message>
    <message>
        <source>Handoff rule: the score %1 is below the threshold %2.</source>
        <translation>Übergaberegel: Der Score %1 liegt unter der Schwelle %2.</translation>
    </message>
    <message>
        <source>Handoff rule: the lead&apos;s business domain is not set.</source>
        <translation>Übergaberegel: Die Branche des Leads ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>outreach: a message was sent</source>
        <translation>Outreach: eine Nachricht wurde gesendet</translation>
    </message>
    <message>
        <source>reply handling: an interested reply</source>
        <translation>Antwortbearbeitung: eine interessierte Antwort</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>LeadSync::PipelineBoard</name>
    <message>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Nach %1 verschoben.</translation>
    </message>
</context>
<context>
    <name>LeadSync::PipelineWindow</name>
    <message>
        <source>Pipeline — LeadSync</source>
        <translation>Pipeline — LeadSync</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben am</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Business domain</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Abschlüsse</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) handed to sales.</source>
        <translation>
            <numerusform>%n Lead an den Vertrieb übergeben.</numerusform>
            <numerusform>%n Leads an den Vertrieb übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>Abschlüsse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation>abschluesse.csv</translation>
    </message>
</context>
<context>
    <name>LeadSync::PricesDialog</name>
    <message>
        <source>Model Prices</source>
        <translation>Modellpreise</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input, $ per million tokens</source>
        <translation>Eingabe, $ pro Million Tokens</translation>
    </message>
    <message>
        <source>Output, $ per million tokens</source>
        <translation>Ausgabe, $ pro Million Tokens</translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation>Modell &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a price.</source>
        <translation>Zeile %1: „%2“ ist kein Preis.</translation>
    </message>
    <message>
        <source>A run&apos;s cost is its tokens at these prices. A model not listed has an unknown price, or none when it runs on this computer. Check your provider&apos;s price list.</source>
        <translation>Die Kosten eines Laufs sind seine Tokens zu diesen Preisen. Ein nicht gelistetes Modell hat einen unbekannten Preis, oder keinen, wenn es auf diesem Computer läuft. Prüfen Sie die Preisliste Ihres Anbieters.</translation>
    </message>
    <message>
        <source>Row %1 has no model name.</source>
        <translation>Zeile %1 hat keinen Modellnamen.</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation>Zeile %1: %2 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>Row %1: a price cannot be negative (%2).</source>
        <translation>Zeile %1: Ein Preis kann nicht negativ sein (%2).</translation>
    </message>
</context>
<context>
    <name>LeadSync::ReceivedMail</name>
    <message>
        <source>The message cannot be read as an email.</source>
        <translation>Die Nachricht lässt sich nicht als E-Mail lesen.</translation>
    </message>
</context>
<context>
    <name>LeadSync::ReplyActions</name>
    <message>
        <source>There is no reply %1.</source>
        <translation>Es gibt keine Antwort %1.</translation>
    </message>
    <message>
        <source>The booking link must be an http(s) URL, not &quot;%1&quot;.</source>
        <translation>Der Buchungslink muss eine http(s)-URL sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a class; the classes are %2.</source>
        <translation>„%1“ ist keine Klasse; die Klassen sind %2.</translation>
    </message>
    <message>
        <source>corrected by the user (was %1)</source>
        <translation>vom Benutzer korrigiert (war %1)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Hi,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Great to hear. When would suit you for a short call?</source>
        <translation>Das freut mich. Wann passt Ihnen ein kurzes Gespräch?</translation>
    </message>
    <message>
        <source>Great to hear. Pick a time that suits you here: %1</source>
        <translation>Das freut mich. Wählen Sie hier einen passenden Termin: %1</translation>
    </message>
    <message>
        <source>Thanks for your question. I&apos;ll check and get back to you shortly.</source>
        <translation>Danke für Ihre Frage. Ich prüfe das und melde mich in Kürze.</translation>
    </message>
    <message>
        <source>Understood, thank you for letting me know. I won&apos;t follow up further.</source>
        <translation>Verstanden, danke für die Rückmeldung. Ich melde mich nicht weiter.</translation>
    </message>
    <message>
        <source>Thanks for getting back to me.</source>
        <translation>Danke für Ihre Rückmeldung.</translation>
    </message>
    <message>
        <source>Best regards</source>
        <translation>Viele Grüße</translation>
    </message>
    <message>
        <source>Best regards,
%1</source>
        <translation>Viele Grüße
%1</translation>
    </message>
    <message>
        <source>Reply %1 has no answer to send: draft one, or give the text.</source>
        <translation>Zu Antwort %1 gibt es nichts zu senden: Entwerfen Sie eine Antwort oder geben Sie den Text an.</translation>
    </message>
    <message>
        <source>Reply %1 came to a mailbox that no longer exists.</source>
        <translation>Antwort %1 kam in ein Postfach, das es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>Mailbox %1: its password was not found.</source>
        <translation>Postfach %1: Sein Passwort wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>Re: %1</translation>
    </message>
    <message>
        <source>Reply %1 was answered or discarded already (%2).</source>
        <translation>Antwort %1 wurde schon beantwortet oder verworfen (%2).</translation>
    </message>
    <message>
        <source>Reply %1 was not drafted: %2</source>
        <translation>Für Antwort %1 wurde kein Entwurf geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>LeadSync::ReplyAssistant</name>
    <message>
        <source>the AI provider failed: %1</source>
        <translation>der KI-Anbieter ist gescheitert: %1</translation>
    </message>
    <message>
        <source>the AI provider&apos;s reply is not a chat completion</source>
        <translation>die Antwort des KI-Anbieters ist keine Chat Completion</translation>
    </message>
    <message>
        <source>the AI provider gave no known class: %1</source>
        <translation>der KI-Anbieter nannte keine bekannte Klasse: %1</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>KI: %1</translation>
    </message>
</context>
<context>
    <name>LeadSync::ReplySync</name>
    <message>
        <source>rule-based: &quot;%1&quot;</source>
        <translation>regelbasiert: „%1“</translation>
    </message>
    <message>
        <source>rule-based: no rule matched</source>
        <translation>regelbasiert: keine Regel traf zu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the lead replied</source>
        <translation>der Lead hat geantwortet</translation>
    </message>
    <message>
        <source>an unsubscribe reply</source>
        <translation>eine Abmelde-Antwort</translation>
    </message>
    <message>
        <source>%1 asked to unsubscribe</source>
        <translation>%1 hat um Abmeldung gebeten</translation>
    </message>
    <message>
        <source>the lead opted out</source>
        <translation>der Lead hat sich abgemeldet</translation>
    </message>
    <message>
        <source>%1 bounced (%2)</source>
        <translation>%1 ist unzustellbar (%2)</translation>
    </message>
    <message>
        <source>the address bounced</source>
        <translation>die Adresse ist unzustellbar</translation>
    </message>
    <message>
        <source>%1 could not be delivered for now (%2)</source>
        <translation>%1 konnte vorerst nicht zugestellt werden (%2)</translation>
    </message>
    <message>
        <source>%1 is away until %2</source>
        <translation>%1 ist bis %2 abwesend</translation>
    </message>
    <message>
        <source>%1 is away; the next messages wait until %2</source>
        <translation>%1 ist abwesend; die nächsten Nachrichten warten bis %2</translation>
    </message>
    <message>
        <source>its password was not found</source>
        <translation>sein Passwort wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Mailbox %1: replies were not read: %2</source>
        <translation>Postfach %1: Antworten wurden nicht gelesen: %2</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
</context>
<context>
    <name>LeadSync::SavedView</name>
    <message>
        <source>The saved view &quot;%1&quot; cannot be read.</source>
        <translation>Die gespeicherte Ansicht „%1“ ist nicht lesbar.</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Eine gespeicherte Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no saved view &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Ansicht „%1“.</translation>
    </message>
    <message>
        <source>The saved view &quot;%1&quot; names no column &quot;%2&quot;; it was not used.</source>
        <translation>Die gespeicherte Ansicht „%1“ nennt keine Spalte „%2“; sie wurde nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>LeadSync::SavedViewsController</name>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Save the filter, search, sort and visible columns as:</source>
        <translation>Filter, Suche, Sortierung und sichtbare Spalten speichern als:</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>LeadSync::SearchIndex</name>
    <message>
        <source>This SQLite has no full-text search (FTS5 with unicode61).</source>
        <translation>Diesem SQLite fehlt die Volltextsuche (FTS5 mit unicode61).</translation>
    </message>
</context>
<context>
    <name>LeadSync::SendingWindow</name>
    <message>
        <source>&quot;%1&quot; is not a sending window: write days and hours, e.g. &quot;mon-fri 09:00-17:00&quot;, &quot;mon,wed,fri 08:30-12:00&quot; or &quot;sat-sun 00:00-24:00&quot; (all day).</source>
        <translation>„%1“ ist kein Sendefenster: Geben Sie Tage und Uhrzeiten an, z. B. „mon-fri 09:00-17:00“, „mon,wed,fri 08:30-12:00“ oder „sat-sun 00:00-24:00“ (ganztägig).</translation>
    </message>
</context>
<context>
    <name>LeadSync::SequenceEditor</name>
    <message>
        <source>Stop for the whole &amp;company (same email domain) when one replies</source>
        <translation>Für die ganze &amp;Firma (gleiche E-Mail-Domain) stoppen, wenn jemand antwortet</translation>
    </message>
    <message>
        <source>Remove Variant</source>
        <translation>Variante entfernen</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>The lead&apos;s time zone</source>
        <translation>Zeitzone des Leads</translation>
    </message>
    <message>
        <source>Days and hours in the lead&apos;s zone, e.g. “mon-fri 09:00-17:00”.</source>
        <translation>Tage und Uhrzeiten in der Zeitzone des Leads, z. B. „mon-fri 09:00-17:00“.</translation>
    </message>
    <message>
        <source>After the previous step was sent (the first step: after enrolling): 30m, 4h, 2d, or 3bd for business days.</source>
        <translation>Nach dem Senden des vorigen Schritts (der erste Schritt: nach der Aufnahme): 30m, 4h, 2d oder 3bd für Werktage.</translation>
    </message>
    <message>
        <source>Empty: a reply in the thread of the previous step</source>
        <translation>Leer: eine Antwort im Verlauf des vorigen Schritts</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}},

Type {{ to insert a column.</source>
        <translation>Hallo {{first_name|zusammen}},

Tippen Sie {{, um eine Spalte einzufügen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Postfach:</translation>
    </message>
    <message>
        <source>Sending &amp;window:</source>
        <translation>Sende&amp;fenster:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Add &amp;Step</source>
        <translation>&amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Add &amp;Variant</source>
        <translation>&amp;Variante hinzufügen</translation>
    </message>
    <message>
        <source>Send &amp;after:</source>
        <translation>Senden &amp;nach:</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>%1. after %2: %3</source>
        <translation>%1. nach %2: %3</translation>
    </message>
    <message>
        <source>(reply in thread)</source>
        <translation>(Antwort im Verlauf)</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Select a lead in the table to see the message it would get.</source>
        <translation>Wählen Sie einen Lead in der Tabelle, um die Nachricht zu sehen, die er bekäme.</translation>
    </message>
    <message>
        <source>Preview for %1 (variant %2; this lead gets variant %3)</source>
        <translation>Vorschau für %1 (Variante %2; dieser Lead bekommt Variante %3)</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>Vorschau für %1</translation>
    </message>
    <message>
        <source>(no mailbox)</source>
        <translation>(kein Postfach)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Date: the time it is sent</source>
        <translation>Datum: der Zeitpunkt des Sendens</translation>
    </message>
    <message>
        <source>In-Reply-To: &lt;%1&gt; (the Message-ID step %2 is sent with)</source>
        <translation>In-Reply-To: &lt;%1&gt; (die Message-ID, mit der Schritt %2 gesendet wird)</translation>
    </message>
    <message>
        <source>List-Unsubscribe: %1</source>
        <translation>List-Unsubscribe: %1</translation>
    </message>
    <message>
        <source>⚠ Not sent to this lead: %1 is empty (add a fallback: {{%2|…}}).

</source>
        <translation>⚠ An diesen Lead nicht gesendet: %1 ist leer (Ersatz angeben: {{%2|…}}).

</translation>
    </message>
    <message>
        <source>⚠ The first step needs a subject.

</source>
        <translation>⚠ Der erste Schritt braucht einen Betreff.

</translation>
    </message>
    <message>
        <source>Sending window: %1</source>
        <translation>Sendefenster: %1</translation>
    </message>
    <message>
        <source>Answer &amp;interested replies by themselves (the drafted answer, with your booking link)</source>
        <translation>&amp;Interessierte Antworten selbst beantworten (die entworfene Antwort mit Ihrem Buchungslink)</translation>
    </message>
</context>
<context>
    <name>LeadSync::SequenceStore</name>
    <message>
        <source>Sequence field %1: %2</source>
        <translation>Sequenzfeld %1: %2</translation>
    </message>
    <message>
        <source>text is required.</source>
        <translation>Text ist erforderlich.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>muss Text sein.</translation>
    </message>
    <message>
        <source>the first step needs a subject (later ones may reply in its thread).</source>
        <translation>der erste Schritt braucht einen Betreff (spätere dürfen in seinem Verlauf antworten).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;lead&quot; nor a zone name.</source>
        <translation>„%1“ ist weder „lead“ noch ein Zonenname.</translation>
    </message>
    <message>
        <source>a sequence needs at least one step.</source>
        <translation>eine Sequenz braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>Sequence %1: there is no mailbox &quot;%2&quot; (add it with mailbox add).</source>
        <translation>Sequenz %1: Es gibt kein Postfach „%2“ (legen Sie es mit mailbox add an).</translation>
    </message>
    <message>
        <source>There is no sequence &quot;%1&quot;.</source>
        <translation>Es gibt keine Sequenz „%1“.</translation>
    </message>
</context>
<context>
    <name>LeadSync::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>LeadSync starts in the new language the next time you open it.</source>
        <translation>LeadSync startet beim nächsten Öffnen in der neuen Sprache.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
</context>
<context>
    <name>LeadSync::SmtpSender</name>
    <message>
        <source>the message was handed to the server, but its answer never came (%1)</source>
        <translation>die Nachricht wurde dem Server übergeben, aber seine Antwort kam nie (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1)</source>
        <translation>der Server hat Benutzername oder Passwort abgelehnt (%1)</translation>
    </message>
    <message>
        <source>LeadSync test message</source>
        <translation>LeadSync-Testnachricht</translation>
    </message>
    <message>
        <source>LeadSync sent this message to check mailbox %1. It can be deleted.</source>
        <translation>LeadSync hat diese Nachricht gesendet, um Postfach %1 zu prüfen. Sie kann gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>LeadSync::SortProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sorting by %1: preparing the order of every lead…</source>
        <translation>Sortieren nach %1: die Reihenfolge aller Leads wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>LeadSync::SqlIdentifier</name>
    <message>
        <source>There is no column &quot;%1&quot;.</source>
        <translation>Es gibt keine Spalte „%1“.</translation>
    </message>
</context>
<context>
    <name>LeadSync::SqlQuery</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Datenbankfehler: %1 (in: %2)</translation>
    </message>
</context>
<context>
    <name>LeadSync::SqliteStatement</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Datenbankfehler: %1 (in: %2)</translation>
    </message>
</context>
<context>
    <name>LeadSync::StepDelay</name>
    <message>
        <source>&quot;%1&quot; is not a delay: write a number and m (minutes), h (hours), d (days) or bd (business days), e.g. &quot;4h&quot; or &quot;3bd&quot;, at most a year.</source>
        <translation>„%1“ ist keine Wartezeit: Geben Sie eine Zahl und m (Minuten), h (Stunden), d (Tage) oder bd (Werktage) an, z. B. „4h“ oder „3bd“, höchstens ein Jahr.</translation>
    </message>
</context>
<context>
    <name>LeadSync::TableActions</name>
    <message>
        <source>Add Lead</source>
        <translation>Lead hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Lead(s)</source>
        <translation>
            <numerusform>%Ln Lead löschen</numerusform>
            <numerusform>%Ln Leads löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit of %Ln field(s)</source>
        <translation>
            <numerusform>Änderung von %Ln Feld</numerusform>
            <numerusform>Änderung von %Ln Feldern</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Field of Selected Leads</source>
        <translation>Feld der ausgewählten Leads setzen</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message numerus="yes">
        <source>For %Ln selected lead(s).</source>
        <translation>
            <numerusform>Für %Ln ausgewählten Lead.</numerusform>
            <numerusform>Für %Ln ausgewählte Leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 rows are too many to copy (at most %L2): export them instead (File › Export CSV, &quot;Selected leads&quot;).</source>
        <translation>%L1 Zeilen sind zu viele zum Kopieren (höchstens %L2): Exportieren Sie sie stattdessen (Datei › CSV exportieren, „Ausgewählte Leads“).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) copied.</source>
        <translation>
            <numerusform>%Ln Zeile kopiert.</numerusform>
            <numerusform>%Ln Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 normalised; %3 could not be read (kept, and flagged in Contact check).</source>
        <translation>%1 von %2 normalisiert; %3 nicht lesbar (behalten und in der Kontaktprüfung markiert).</translation>
    </message>
</context>
<context>
    <name>LeadSync::Workspace</name>
    <message>
        <source>Cannot create the folder of workspace %1.</source>
        <translation>Der Ordner des Arbeitsbereichs %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Workspace %1 is not a file.</source>
        <translation>Der Arbeitsbereich %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it was written by a newer LeadSync (schema %1, this build knows %2)</source>
        <translation>er wurde von einem neueren LeadSync geschrieben (Schema %1, diese Version kennt %2)</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>Migration %1 fehlt</translation>
    </message>
    <message>
        <source>The built-in column &quot;%1&quot; cannot be deleted.</source>
        <translation>Die eingebaute Spalte „%1“ kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Workspace %1 is damaged: its column &quot;%2&quot; has the invalid SQL name &quot;%3&quot;.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt: Seine Spalte „%2“ hat den ungültigen SQL-Namen „%3“.</translation>
    </message>
</context>
<context>
    <name>LeadSync::WorkspaceWriter</name>
    <message>
        <source>An unknown error stopped the write.</source>
        <translation>Ein unbekannter Fehler hat das Schreiben angehalten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadSync: your lead lists, on your laptop.</source>
        <translation>LeadSync: Ihre Lead-Listen, auf Ihrem Laptop.</translation>
    </message>
    <message>
        <source>The workspace to open (default: the last one).</source>
        <translation>Der zu öffnende Arbeitsbereich (Standard: der zuletzt verwendete).</translation>
    </message>
</context>
</TS>
