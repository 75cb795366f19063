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
        <source>Estimated cost: at most $%1. Cells already computed with the same inputs come from the cache, free.</source>
        <translation>Geschätzte Kosten: höchstens $%1. Zellen, die mit denselben Eingaben schon berechnet wurden, kommen kostenlos aus dem Cache.</translation>
    </message>
    <message>
        <source>No cost is known for this model, or the column runs locally.</source>
        <translation>Für dieses Modell sind keine Kosten bekannt, oder die Spalte läuft lokal.</translation>
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
        <source>, cost $%1.</source>
        <translation>, Kosten $%1.</translation>
    </message>
    <message>
        <source>Cancelled: Run again to compute the rest.</source>
        <translation>Abgebrochen: Erneut ausführen, um den Rest zu berechnen.</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: startet…</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 · %L4 failed · %5/s · $%6</source>
        <translation>%1: %L2 von %L3 · %L4 fehlgeschlagen · %5/s · $%6</translation>
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
        <source>&amp;Neutralise cells a spreadsheet would run as formulas (=, +, -, @)</source>
        <translation>Zellen &amp;entschärfen, die eine Tabellenkalkulation als Formel ausführen würde (=, +, -, @)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
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
</context>
<context>
    <name>LeadSync::Importer</name>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Die abgelehnten Zeilen können nicht in %1 geschrieben werden: %2</translation>
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
    <name>LeadSync::JsonPath</name>
    <message>
        <source>Cannot read the JSON path &quot;%1&quot;.</source>
        <translation>Der JSON-Pfad „%1“ ist nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadFilter</name>
    <message>
        <source>Cannot read the condition &quot;%1&quot;: write COLUMN OPERATOR VALUE, with an operator among = != &lt; &gt; &lt;= &gt;= contains, is empty, is not empty.</source>
        <translation>Die Bedingung „%1“ ist nicht lesbar: Schreiben Sie SPALTE OPERATOR WERT, mit einem Operator aus = != &lt; &gt; &lt;= &gt;= contains, is empty, is not empty.</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; names no column &quot;%2&quot;.</source>
        <translation>In der Bedingung „%1“ gibt es keine Spalte „%2“.</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; takes no value.</source>
        <translation>Die Bedingung „%1“ nimmt keinen Wert.</translation>
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
    <name>LeadSync::LeadTableModel</name>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
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
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was changed.</source>
        <translation>%1: abgebrochen, nichts wurde geändert.</translation>
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
        <source>Add Lead</source>
        <translation>Lead hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
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
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Lead(s)</source>
        <translation>
            <numerusform>%Ln Lead löschen</numerusform>
            <numerusform>%Ln Leads löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit of %Ln field(s)</source>
        <translation>
            <numerusform>Änderung von %Ln Feld</numerusform>
            <numerusform>Änderung von %Ln Feldern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not pasted: they are still loading. Paste again.</source>
        <translation>
            <numerusform>%Ln Zeile wurde nicht eingefügt: Sie wird noch geladen. Fügen Sie erneut ein.</numerusform>
            <numerusform>%Ln Zeilen wurden nicht eingefügt: Sie werden noch geladen. Fügen Sie erneut ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln selected lead(s).</source>
        <translation>
            <numerusform>Für %Ln ausgewählten Lead.</numerusform>
            <numerusform>Für %Ln ausgewählte Leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>The column was not run</source>
        <translation>Die Spalte wurde nicht ausgeführt</translation>
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
        <source>&amp;Revert Last Run</source>
        <translation>Letzten Lauf &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>No computed columns yet (add them with leadsync-cli column add)</source>
        <translation>Noch keine berechneten Spalten (mit leadsync-cli column add hinzufügen)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) restored.</source>
        <translation>
            <numerusform>%1: %Ln Zelle wiederhergestellt.</numerusform>
            <numerusform>%1: %Ln Zellen wiederhergestellt.</numerusform>
        </translation>
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
</context>
<context>
    <name>LeadSync::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>LeadSync starts in the new language the next time you open it.</source>
        <translation>LeadSync startet beim nächsten Öffnen in der neuen Sprache.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
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
