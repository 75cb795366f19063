<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LeadSync::CampaignPanel</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected campaign (its leads stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) in %1</source>
        <translation>
            <numerusform>%Ln lead in %1</numerusform>
            <numerusform>%Ln leads in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a campaign &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new campaign &quot;%1&quot; will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Campaign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Lead(s) to Campaign</source>
        <translation>
            <numerusform>Add %Ln Lead to Campaign</numerusform>
            <numerusform>Add %Ln Leads to Campaign</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln Lead(s) from Campaign</source>
        <translation>
            <numerusform>Remove %Ln Lead from Campaign</numerusform>
            <numerusform>Remove %Ln Leads from Campaign</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Lead(s) to New Campaign %1</source>
        <translation>
            <numerusform>Add %Ln Lead to New Campaign %1</numerusform>
            <numerusform>Add %Ln Leads to New Campaign %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln Lead(s) to %1</source>
        <translation>
            <numerusform>Add %Ln Lead to %1</numerusform>
            <numerusform>Add %Ln Leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln Lead(s) from %1</source>
        <translation>
            <numerusform>Remove %Ln Lead from %1</numerusform>
            <numerusform>Remove %Ln Leads from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSync::CampaignStore</name>
    <message>
        <source>The campaign no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a campaign &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::CellComputer</name>
    <message>
        <source>Column &quot;%1&quot; refers to &quot;%2&quot;, which is not a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not a chat completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model did not answer with a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; cannot write into &quot;%2&quot;: only a lead analysis (a score column) does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::Column</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours since reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours since sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnDefinition</name>
    <message>
        <source>A column needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is running (here or in another LeadSync): cancel its run first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnEditor</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook / HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not &quot;from = Column&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Icebreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and your team type the values of this column, in the table or the details panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot, Warm, Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, I saw {{company}}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{column}} is the row&apos;s value; {{column|text}} uses the text when it is empty. Recomputed when the inputs change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY; empty: no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the key is filed under in the system keychain (and the environment variable the command line reads it from). The key itself is never stored in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a one-line opener for {{first_name}}, {{title}} at {{company}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: who the model is, the tone, the language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: icebreaker = Opener, ps = P.S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a JSON object and put its fields into these columns (made when missing). Empty: the answer&apos;s text fills this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: person.company.name = Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization sends &quot;Bearer &lt;key&gt;&quot;; any other header sends the key as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the mail server whether the mailbox exists (port 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most home and office networks block port 25; the verdict is then &quot;unknown&quot;. Leave it off unless your network allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s; or host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts: valid, risky (role account, catch-all, disposable…), invalid, or unknown, with the reason. Nothing is sent to the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: country = Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: company, title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row with one of these empty is skipped, not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on new and changed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quired inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes this lead&apos;s cell for real (a request is sent and may cost), without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of a try shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead in the table to see what this column sends for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is read from the keychain entry %1 when the column runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the key first (e.g. OPENAI_API_KEY): it is filed under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1, saved in the system keychain (never in the workspace):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;t Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API ke&amp;y name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to c&amp;olumns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key hea&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddresses in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only run i&amp;f:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try on This &amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the key over plain HTTP (a server on your own network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a key goes to another machine only over https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead analysis (score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores each lead from 0 to 1 with a recommendation (transfer_to_sales, nurture, disqualify) and the reason, into the Score, Recommendation and Score reason fields. The score advises; it never moves a lead&apos;s stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (no AI; every point explained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI provider (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title, company, website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields the AI reads besides the lead&apos;s source, stage, activity and business domain, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scorer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields for the AI:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnLayout</name>
    <message>
        <source>&amp;Wrap Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Width to Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;reeze Columns up to Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfreeze Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze the first columns:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnRunPanel</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no cells to compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compute %Ln cell(s) of %1?</source>
        <translation>
            <numerusform>Compute %Ln cell of %1?</numerusform>
            <numerusform>Compute %Ln cells of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>The request for the first lead:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) done</source>
        <translation>
            <numerusform>%1: %Ln cell done</numerusform>
            <numerusform>%1: %Ln cells done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln failed</source>
        <translation>
            <numerusform>, %Ln failed</numerusform>
            <numerusform>, %Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln from the cache</source>
        <translation>
            <numerusform>, %Ln from the cache</numerusform>
            <numerusform>, %Ln from the cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: Run again to compute the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run on %n Row(s)</source>
        <translation>
            <numerusform>Run on %n Row</numerusform>
            <numerusform>Run on %n Rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: at most %1. Cells already computed with the same inputs come from the cache, free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: the column calls no paid service, or a model on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of this model is unknown, so the cost cannot be shown. Add it in Model Prices, then run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;Prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cost: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 · %L4 failed · %5/s · %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnRunSession</name>
    <message>
        <source>Column %1 has no interrupted run to resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnRunner</name>
    <message>
        <source>&quot;%1&quot; is not one of all, empty, failed, stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is a %2 column: there is nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has no run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 failures in a row. The last: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: most values of &quot;%2&quot; are not email addresses (%3 of %4 looked at). Choose the column that holds the addresses; nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; was not run: %2. A verdict from it could call good addresses invalid; try again on another network, or set a DNS server in the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited while the run computed it: the edit was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What run %1 replaced cannot be read (byte %2 of %3): the workspace was changed outside LeadSync or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnSpec</name>
    <message>
        <source>Unknown column kind &quot;%1&quot;; the kinds are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template column needs a template (--template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AI column needs a prompt (--prompt or --preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AI column needs a model (--model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the temperature must be between 0 and 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a webhook column needs an http(s) URL (--url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the concurrency must be between 1 and 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;; the presets are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an email column needs the column holding the addresses (--input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; the providers are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apify actor, synchronous run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunter email verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n or Zapier webhook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ColumnsMenu</name>
    <message>
        <source>The column was not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;Prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on &amp;Empty Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on &amp;All Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on &amp;Selected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on &amp;Failed Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on S&amp;tale Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume Interrupted Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert Last Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the column %1 and all its values?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Export the workspace first to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted run can be resumed (Columns › Resume Interrupted Run): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) restored.</source>
        <translation>
            <numerusform>%1: %Ln cell restored.</numerusform>
            <numerusform>%1: %Ln cells restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Empty Cells in View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computed column yet: Add Column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its last run changed no cell, or was reverted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert Last Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the last run of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln cell(s) it computed get back the values they had before it, unless changed since. Its answers stay in the cache: running the column again does not pay for them twice.</source>
        <translation>
            <numerusform>The %Ln cell it computed gets back the value it had before it, unless changed since. Its answers stay in the cache: running the column again does not pay for them twice.</numerusform>
            <numerusform>The %Ln cells it computed get back the values they had before it, unless changed since. Its answers stay in the cache: running the column again does not pay for them twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column is running: revert when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting the last run of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) restored</source>
        <translation>
            <numerusform>%Ln cell restored</numerusform>
            <numerusform>%Ln cells restored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSync::Contacts</name>
    <message>
        <source>the phone %1 has no country code, and the lead has no country to read it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone %1 is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone %1 is not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone %1 is not a valid number in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Telegram username %1 is not one (5 to 32 letters, digits and underscores, starting with a letter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::Conversation</name>
    <message>
        <source>%1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::Cost</name>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the bytes here are not valid %3 text; choose the file&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: binary data (a NUL byte); this is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the file ends inside a %3 character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a quoted field opened on this line is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a field here is longer than %3 MiB; a quote opened on this line is probably never closed. (Raise the limit with --max-field-mib if the field is real.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::CsvSniffer</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no header and no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::DetailPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see the lead&apos;s fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cleared (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 → %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::DirectSend</name>
    <message>
        <source>A message needs a subject and a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Name the mailbox to send from: the workspace has %n mailbox(es).</source>
        <translation>
            <numerusform>Name the mailbox to send from: the workspace has %n mailbox.</numerusform>
            <numerusform>Name the mailbox to send from: the workspace has %n mailboxes.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no mailbox &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 has no email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bounced before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: its password was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 has reached its caps; it may send again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 has reached its caps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-off message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-off message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::DnsResolver</name>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::DuplicatesWindow</name>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;All Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first lead with the values picked, and remove the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge every group listed: the oldest lead kept, its empty fields filled from the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a value to keep it in the merged lead. Edit › Undo brings merged leads back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates: no two leads share an email address, or a name at the same company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of duplicates; merging them all would remove %1 lead(s).</source>
        <translation>
            <numerusform>%Ln group of duplicates; merging it would remove %1 lead(s).</numerusform>
            <numerusform>%Ln groups of duplicates; merging them all would remove %1 lead(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The largest %L1 are listed; merge them to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln leads, %2)</source>
        <translation>
            <numerusform>%1 (%Ln lead, %2)</numerusform>
            <numerusform>%1 (%Ln leads, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln Lead(s)</source>
        <translation>
            <numerusform>Merge %Ln Lead</numerusform>
            <numerusform>Merge %Ln Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::EmailVerifier</name>
    <message>
        <source>not an address (LOCAL@DOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than 254 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before @ is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken quoted name before @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted name before @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dot at the start or end of the name, or two in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character not allowed before @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IP address instead of a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has no dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disposable domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain accepts no mail (null MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has no mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role account (%1@), not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MX record; mail would go to the domain&apos;s own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain receives mail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a free provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: the mail server has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: cannot connect (%1); port 25 is often blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: the server did not talk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: the domain accepts every address (catch-all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: the mailbox exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: the mailbox does not exist (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: no answer for now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server finds no mail server for gmail.com (%1): it cannot be reached, or it does not tell the truth (a captive portal, an offline or sandboxed network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such domain or no MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server answers for a domain that does not exist (%1.com): it does not tell the truth (a captive portal?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed address literal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::EnrollDialog</name>
    <message>
        <source>Enroll in Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sequence yet: create one in Outreach › Sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email column calls the address invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in this sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounced before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (tick to export, drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads matching the current &amp;filter and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads matching the current &amp;filter (none is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected leads (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the file with a &amp;BOM, so Excel reads accents correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads matching the current &amp;filter and search (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All leads (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neutralise cells a spreadsheet would run as formulas (=SUM(…), +1+2, @A1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in fields get the names %1 knows: %2. Not a spreadsheet: no formula escaping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a BOM, and the list separator of this computer&apos;s language (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ExportProfile</name>
    <message>
        <source>Plain CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipedrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apollo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instantly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lemlist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::Exporter</name>
    <message>
        <source>Cannot sort by &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::FiguresTab</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent and replies per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::FilterBar</name>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this filter, search, sort and columns under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And or or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“or”: this condition or the one above is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the most frequent values; the number is how many leads have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the most frequent values; the number is how many of the first %L1 leads have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::FirstSteps</name>
    <message>
        <source>&lt;b&gt;This is a sample workspace.&lt;/b&gt; Its leads are made up, to try LeadSync with. Remove them, or import your own list into a fresh workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Sample Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Your &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a CSV here or choose File › Import CSV.
Apollo, Sales Navigator, HubSpot and Excel files work as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample leads were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting Started with LeadSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day with LeadSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import&lt;/b&gt; a CSV from Apollo, Sales Navigator, HubSpot, Excel or a scraper: File › Import CSV, or drop the file on the window. LeadSync detects the encoding and delimiter and maps the columns, in any of the usual languages; Edit › Undo Import takes an import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More on importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Clean and enrich&lt;/b&gt; in the table: search, filter, sort, edit cells, tag leads with campaigns. Columns › Add Column computes cells per lead: an AI prompt, an email check, a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More on columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reach out&lt;/b&gt; from your own mailbox: Outreach › Sequences sends the first email and the follow-ups, and stops when a lead replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More on outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Move leads along&lt;/b&gt; the pipeline (Pipeline › Board) and hand the best to sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More on the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Export&lt;/b&gt; with File › Export CSV, for Excel, Google Sheets or your CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More on exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays in one workspace file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::HttpCall</name>
    <message>
        <source>the reply is larger than %L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply within %L1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key would go over plain http:// to %1; use https://, or allow plain HTTP for this column (a server on your own network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header %1 would hold a line break (from the lead&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many or bad redirects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::HttpServer</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: the address is not this machine&apos;s, or the port is taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ImapClient</name>
    <message>
        <source>Cannot reach the IMAP server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the IMAP server %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the user or password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server %1 cannot open the folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server %1 failed to send messages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL must be imaps://host:993 or imap://host:143, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no STARTTLS, and LeadSync sends no password in the clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not ask for the credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ImapReader</name>
    <message>
        <source>The IMAP server sent a malformed response: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ImportExport</name>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %L1 new, %L2 merged, %L3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the Sample?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace holds the sample leads. Import %1 into a fresh workspace of its own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh workspace keeps your leads apart from the made-up ones. You can still remove the sample leads later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln lead(s) it added are deleted, with their history.</source>
        <translation>
            <numerusform>The %Ln lead it added is deleted, with its history.</numerusform>
            <numerusform>The %Ln leads it added are deleted, with their history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fields it filled in %Ln lead(s) it merged into are emptied again, unless changed since.</source>
        <translation>
            <numerusform>The fields it filled in %Ln lead it merged into are emptied again, unless changed since.</numerusform>
            <numerusform>The fields it filled in %Ln leads it merged into are emptied again, unless changed since.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) to %1</source>
        <translation>
            <numerusform>%Ln lead to %1</numerusform>
            <numerusform>%Ln leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) a spreadsheet would run as formulas kept as text with an apostrophe.</source>
        <translation>
            <numerusform>%Ln cell a spreadsheet would run as a formula kept as text with an apostrophe.</numerusform>
            <numerusform>%Ln cells a spreadsheet would run as formulas kept as text with an apostrophe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ImportPlan</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping &quot;%1=%2&quot; names a column the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync detected how %1 is written. Change a setting if the preview looks wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where each column of the file goes: a lead field, an existing column, a new column, or nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates and bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge rows whose email is already known into that lead (fills its empty fields, never overwrites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep every row as a new lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set aside rows with more fields than the header, with their reasons, and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise such a row stops the import, and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns of the file go into the same place (row %1). Choose another for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads: %L1
Merged into existing leads: %L2
Rejected rows: %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the rejected rows to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normalise phones (+49…) and Telegram names afterwards; what cannot be read is kept and flagged in Contact check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts normalised: %L1; not readable (flagged in Contact check): %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line endings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1, certain: the file starts with its byte-order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected UTF-8, certain: all of its accented letters are valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected plain ASCII, certain: the first mebibyte has no accented letters, and every encoding reads it the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1, a guess from the letters used: check the names in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows have %3 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as chosen: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1, %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names in the first row, as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row, as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected column names in the first row, certain: “%1” names a lead field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected column names in the first row, likely: none of its cells looks like data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected no header row, likely: “%1” in the first row looks like data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the file is a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix and macOS (LF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (CR LF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic Mac OS (CR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed (LF, CR LF or CR): each is read as a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into first and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into last and first name (surname first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happens to rows whose lead you already have, and to rows that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: if you cancel, or the import fails, the workspace stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads are in the workspace; Edit › Undo Import takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 new, %L2 merged, %L3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::Importer</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns of %1 are mapped to the same field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3. Nothing was imported; use --skip-bad-rows to import the other rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::JobQueue</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::JobsPanel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending due messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 sent, %L2 failed, %L3 to retry, %L4 unknown, %L5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::JsonPath</name>
    <message>
        <source>Cannot read the JSON path &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::KeyStore</name>
    <message>
        <source>No API key is stored under the name %1. Set it in the column&apos;s settings (Set Key…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), and the environment variable %2 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadApi</name>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid token is required: Authorization: Bearer &lt;token&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead needs at least one contact: email, phone or telegram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field stage must be new, contacted, qualified, transferred or lost, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field text is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field received_at must be an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the mailbox the reply belongs to (the field mailbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mailbox &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply was recorded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadFilter</name>
    <message>
        <source>The condition &quot;%1&quot; names no column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the condition &quot;%1&quot;: write COLUMN OPERATOR VALUE, with an operator among = != &lt; &gt; &lt;= &gt;= contains, does not contain, starts with, ends with, is one of, is empty, is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadLoader</name>
    <message>
        <source>The table changed while the selection was read; select the rows again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadScorer</name>
    <message>
        <source>an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a business domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a senior title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came in by itself (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule-based: %1 = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s score %1 is not a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model gave no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model gave no recommendation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadTableModel</name>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) had changed since and were left as they are.</source>
        <translation>
            <numerusform>%n cell had changed since and was left as it is.</numerusform>
            <numerusform>%n cells had changed since and were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSync::LeadWriter</name>
    <message>
        <source>There is no column &quot;%1&quot; to edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::LocalApi</name>
    <message>
        <source>The API token could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s address %1 is not HOST:PORT with an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run the local API while LeadSync is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 is this computer only; another address lets other machines in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones written without a country code are read in this country when the lead has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1
Tilda webhook: %1/leads/webhooks/tilda/%2
Description: %1/openapi.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a country&apos;s ISO code (DE, US, FR…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;country for phones:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::MailboxCredentials</name>
    <message>
        <source>Mailbox %1 is not signed in: sign in from its settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::MailboxDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ana Example &lt;ana@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtps://smtp.example.com:465 or smtp://smtp.example.com:587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain under this name. An environment variable of the same name works too, e.g. for leadsync-cli from cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and hours in the mailbox&apos;s zone, e.g. “mon-fri 09:00-17:00”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: an https page for one-click unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMTP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hourly cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap between sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The mailbox works: a test message was sent to its own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google account (OAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 account (OAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client ID of your own OAuth app (see the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if your provider gave one (Google does); kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your browser to sign in; the tokens go to the keychain entry below, never to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth &amp;client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other OAuth provider (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with OAuth needs the client ID of your own OAuth app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in your browser; LeadSync waits for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Signed in: the tokens are in the keychain. Test the mailbox, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imaps://imap.example.com:993, to read replies (signs in as SMTP does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders separated by commas; replies are looked for in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMAP server (replies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders to &amp;read:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::MailboxStore</name>
    <message>
        <source>&quot;%1&quot; is not a From address: write &quot;Name &lt;address&gt;&quot; or an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailbox needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: &quot;%2&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: the SMTP URL must be smtps://host:465 or smtp://host:587, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: the time zone is not a zone name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: the daily cap must be at least 1, the hourly cap 0 (none) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: the gap must be MIN-MAX seconds with MIN ≤ MAX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: the unsubscribe URL must be https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: the OAuth URL &quot;%2&quot; must be https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: OAuth needs a keychain entry to keep its tokens in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: the IMAP URL must be imaps://host:993 or imap://host:143, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::MainWindow</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, email, company, title, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Field of Selected Leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Filter Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaigns Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Selected Leads to Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Selected Leads from Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeadSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LeadSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;LeadSync %1&lt;/b&gt;&lt;p&gt;Import, clean, enrich and export lead lists. Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — LeadSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync workspaces (*.leadsync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync workspaces (*.leadsync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync Closed Unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync closed unexpectedly the last time it ran. A short report was saved; it holds the version, where the program was and your last commands, no lead data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-&amp;Outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll Selected Leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll &amp;All Leads in View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the messages due while LeadSync runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 leads in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all leads in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages Due Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outreach messages are due today. LeadSync sends them only while it runs (or from the leadsync-outreach timer, if you set it up). Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Selected Leads from Sequence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the leads in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Selected Leads To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse Selected Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse All Leads in &amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) moved to %1.</source>
        <translation>
            <numerusform>%n lead moved to %1.</numerusform>
            <numerusform>%n leads moved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not moved: %1</source>
        <translation>
            <numerusform>%n not moved: %1</numerusform>
            <numerusform>%n not moved: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean Up &amp;Phones of Selected Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Up &amp;Telegram of Selected Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a column&apos;s empty cells in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: about %L1 (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ModelPrices</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::OAuthSignIn</name>
    <message>
        <source>The OAuth provider of mailbox %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 has no refresh token: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth provider of mailbox %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loopback port could be opened for the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync received the sign-in. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not come from the request LeadSync made (its state differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::OptOutList</name>
    <message>
        <source>&quot;%1&quot; is neither an email address nor a domain written as @domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::OutreachController</name>
    <message>
        <source>Sent today: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, next send at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, next due at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password found in the keychain for mailbox %1: set it in Outreach › Mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync sends the messages due while it runs. Click to stop sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent. Click to send the messages due while LeadSync runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies to handle: %1 · </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::OutreachEngine</name>
    <message>
        <source>the lead was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead has no email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the same company replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1 has no mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, step 1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sending process ended during the send; check the Sent folder, then mark it sent or send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, step %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, step %2, at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step replies in the thread of an earlier step, and none was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked sent by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: marked sent by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::OutreachWindow</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: check Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach — LeadSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-&amp;outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention (failed, unknown, skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the message again from now (failed, unknown or skipped messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send this step; the lead goes on to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is in your Sent folder: record it as sent (unknown messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Sequence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause or Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To enroll leads, select them in the table (or filter it) and choose Outreach › Enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and whole domains (@example.com) that are never enrolled or written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 messages; `leadsync-cli outreach queue` lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Opt-Outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses or domains (@example.com), separated by spaces, commas or lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Opt-Outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of the sequence (their messages not sent yet are cancelled):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer. Regenerate drafts one from the reply&apos;s class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1
Subject: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::Pipeline</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final stages: a %1 lead stays %1; it cannot move to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No going back: a %1 lead cannot return to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skipping: a %1 lead moves to %2 next, not to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 has &quot;%2&quot;, which is not a stage (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 has &quot;%2&quot;, which is not a score from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handoff threshold must be a score from 0 to 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff rule: the lead has no score yet; analyse it first (at least %1 is needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff rule: the score %1 is below the threshold %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff rule: the lead&apos;s business domain is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outreach: a message was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply handling: an interested reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::PipelineBoard</name>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::PipelineWindow</name>
    <message>
        <source>Pipeline — LeadSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) handed to sales.</source>
        <translation>
            <numerusform>%n lead handed to sales.</numerusform>
            <numerusform>%n leads handed to sales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::PricesDialog</name>
    <message>
        <source>Model Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input, $ per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output, $ per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run&apos;s cost is its tokens at these prices. A model not listed has an unknown price, or none when it runs on this computer. Check your provider&apos;s price list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has no model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a price cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ReceivedMail</name>
    <message>
        <source>The message cannot be read as an email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ReplyActions</name>
    <message>
        <source>There is no reply %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking link must be an http(s) URL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a class; the classes are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected by the user (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great to hear. When would suit you for a short call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great to hear. Pick a time that suits you here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for your question. I&apos;ll check and get back to you shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood, thank you for letting me know. I won&apos;t follow up further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for getting back to me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best regards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best regards,
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply %1 has no answer to send: draft one, or give the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply %1 came to a mailbox that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: its password was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply %1 was answered or discarded already (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply %1 was not drafted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ReplyAssistant</name>
    <message>
        <source>the AI provider failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AI provider&apos;s reply is not a chat completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AI provider gave no known class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::ReplySync</name>
    <message>
        <source>rule-based: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule-based: no rule matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsubscribe reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bounced (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be delivered for now (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is away until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is away; the next messages wait until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its password was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: replies were not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SavedView</name>
    <message>
        <source>The saved view &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved view &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved view &quot;%1&quot; names no column &quot;%2&quot;; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SavedViewsController</name>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the filter, search, sort and visible columns as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SearchIndex</name>
    <message>
        <source>This SQLite has no full-text search (FTS5 with unicode61).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SendingWindow</name>
    <message>
        <source>&quot;%1&quot; is not a sending window: write days and hours, e.g. &quot;mon-fri 09:00-17:00&quot;, &quot;mon,wed,fri 08:30-12:00&quot; or &quot;sat-sun 00:00-24:00&quot; (all day).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SequenceEditor</name>
    <message>
        <source>Stop for the whole &amp;company (same email domain) when one replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and hours in the lead&apos;s zone, e.g. “mon-fri 09:00-17:00”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the previous step was sent (the first step: after enrolling): 30m, 4h, 2d, or 3bd for business days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: a reply in the thread of the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{first_name|there}},

Type {{ to insert a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. after %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reply in thread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead in the table to see the message it would get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for %1 (variant %2; this lead gets variant %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no mailbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: the time it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-Reply-To: &lt;%1&gt; (the Message-ID step %2 is sent with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not sent to this lead: %1 is empty (add a fallback: {{%2|…}}).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The first step needs a subject.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;interested replies by themselves (the drafted answer, with your booking link)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SequenceStore</name>
    <message>
        <source>Sequence field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first step needs a subject (later ones may reply in its thread).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;lead&quot; nor a zone name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1: there is no mailbox &quot;%2&quot; (add it with mailbox add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sequence &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync starts in the new language the next time you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SmtpSender</name>
    <message>
        <source>the message was handed to the server, but its answer never came (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadSync sent this message to check mailbox %1. It can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SortProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by %1: preparing the order of every lead…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SqlIdentifier</name>
    <message>
        <source>There is no column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SqlQuery</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::SqliteStatement</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::StepDelay</name>
    <message>
        <source>&quot;%1&quot; is not a delay: write a number and m (minutes), h (hours), d (days) or bd (business days), e.g. &quot;4h&quot; or &quot;3bd&quot;, at most a year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::TableActions</name>
    <message>
        <source>Add Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Lead(s)</source>
        <translation>
            <numerusform>Delete %Ln Lead</numerusform>
            <numerusform>Delete %Ln Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit of %Ln field(s)</source>
        <translation>
            <numerusform>Edit of %Ln field</numerusform>
            <numerusform>Edit of %Ln fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Field of Selected Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %Ln selected lead(s).</source>
        <translation>
            <numerusform>For %Ln selected lead.</numerusform>
            <numerusform>For %Ln selected leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 rows are too many to copy (at most %L2): export them instead (File › Export CSV, &quot;Selected leads&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) copied.</source>
        <translation>
            <numerusform>%Ln row copied.</numerusform>
            <numerusform>%Ln rows copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 normalised; %3 could not be read (kept, and flagged in Contact check).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::Workspace</name>
    <message>
        <source>Cannot create the folder of workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer LeadSync (schema %1, this build knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in column &quot;%1&quot; cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is damaged: its column &quot;%2&quot; has the invalid SQL name &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSync::WorkspaceWriter</name>
    <message>
        <source>An unknown error stopped the write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadSync: your lead lists, on your laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to open (default: the last one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
