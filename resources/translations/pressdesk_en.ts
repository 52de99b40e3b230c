<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AddCategoryCommand</name>
        <message>
            <source>Add category “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddContactCommand</name>
        <message>
            <source>Add contact “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddKitCommand</name>
        <message>
            <source>Create press kit “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddMilestoneCommand</name>
        <message>
            <source>Add “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddOrganisationCommand</name>
        <message>
            <source>Add organisation “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddQuoteCommand</name>
        <message>
            <source>Add quote “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddressListEditor</name>
        <message>
            <source>Street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street and number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address addition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addition, e.g. c/o, room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PO box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A public address is printed in press releases and kits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address used first, e.g. for the press kit's envelope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add another postal address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the address shown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Asset</name>
        <message>
            <source>An asset needs a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The asset “%1” has no content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A photo needs a credit line.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssetRepository</name>
        <message>
            <source>The file no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>A category needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The category colour must look like #1f77b4.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CategoryEditor</name>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#1f77b4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CategoryRepository</name>
        <message>
            <source>The category no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no category “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangeQuoteStateCommand</name>
        <message>
            <source>Change authorisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request authorisation of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark “%1” as authorised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take “%1” back to draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quote changed its authorisation in the meantime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quote is no longer “%1” (it is “%2” now), so this step cannot be undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChronicleAssembler</name>
        <message>
            <source>There is no such category.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No approved milestone matches: the chronicle would be empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChronicleHandout</name>
        <message>
            <source>The chronicle could not be drawn: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Create the Bochum demo database in a new file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the schema version and the number of rows per table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: pressdesk [FILE] | pressdesk --demo | pressdesk COMMAND --db FILE

Commands:
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
Run 'pressdesk COMMAND --help' for the options of a command.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created the demo database %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema version: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown command “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PressDesk database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing --db FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timeline can be exported as .json (TimelineJS) or .csv, not as “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also export milestones that are not approved yet (left out by default).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSV field separator: ',' (default) or ';' (German Excel).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CHAR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KIND</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The separator must be ',' or ';', not “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing -o FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown export “%1”; known: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(duplicate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kinds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what would be imported; write nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown kind of import “%1”. Known kinds: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search contacts: search contacts QUERY --db DB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts: also export internal channels and notes (public ones only by default).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact could be read from %1: line %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added %1, merged %2, skipped %3, errors %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no column with a name was found in the first line (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds no contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contacts from a vCard file (.vcf: vCard 2.1, 3.0 or 4.0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contacts from a spreadsheet (.csv: comma or semicolon, UTF-8 or Windows-1252; columns recognised by their header)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contacts found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every word is matched as the beginning of a word in the name, role, organisation, press topics or e-mail address; all words must match. Umlauts may be typed as ä or ae.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show at most N contacts (default 50; 0: all).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QUERY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The limit must be a number of contacts, not “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown kind of search “%1”. Known kinds: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts can be exported as .vcf (vCard 4.0) or .csv, not as “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import: import timeline-text|vcard|csv FILE --db DB [--dry-run].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestones already in the timeline are skipped; contacts already there are merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>milestones from a press release (UTF-8 or UTF-16 text, or a web page)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema version: %1 (would be updated to %2 when PressDesk writes to it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is damaged:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n milestone(s) to %1.</source>
            <translation>
                <numerusform>Exported %n milestone to %1.</numerusform>
                <numerusform>Exported %n milestones to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to %1.</source>
            <translation>
                <numerusform>Exported %n contact to %1.</numerusform>
                <numerusform>Exported %n contacts to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Dry run: would import %n milestone(s), skip %1; nothing was written.</source>
            <translation>
                <numerusform>Dry run: would import %n milestone, skip %1; nothing was written.</numerusform>
                <numerusform>Dry run: would import %n milestones, skip %1; nothing was written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n duplicate</numerusform>
                <numerusform>%n duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n milestone(s), skipped %1.</source>
            <translation>
                <numerusform>Imported %n milestone, skipped %1.</numerusform>
                <numerusform>Imported %n milestones, skipped %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing contacts: %1%</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Looking for duplicates among %n record(s)…</source>
            <translation>
                <numerusform>Looking for duplicates among %n record…</numerusform>
                <numerusform>Looking for duplicates among %n records…</numerusform>
            </translation>
        </message>
        <message>
            <source>Show a press release as plain text: show release ID --db DB [--language de|en].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No press releases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not the number of a press release; “pressdesk list releases” shows them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown kind of list “%1”. Known kinds: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the document's labels and dates: de (default) or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown kind “%1”. Known kinds: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown document language “%1”; PressDesk writes de or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Characters with spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines of 60 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading time (min:s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flesch-Amstad (100 easy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wiener Sachtextformel (grade)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the counts a press officer checks after the text: characters, words, lines of 60 characters, reading time, readability.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A release can be exported as %1, not as “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported press release %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release as PDF: also PDF/A-2a for archiving (always PDF/UA, tagged and accessible).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List press releases or kits: list releases|kits --db DB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not the number of a press kit; “pressdesk list kits” shows them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported press kit %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No press kits.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n part(s)</source>
            <translation>
                <numerusform>%n part</numerusform>
                <numerusform>%n parts</numerusform>
            </translation>
        </message>
        <message>
            <source>A press kit can be exported as .pdf or .zip, not as “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file to write; its extension chooses the format (timeline: .json, .csv; contacts: .vcf, .csv; release: .pdf, .odt, .html, .md, .txt; kit: .pdf, .zip).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown handout “%1”; known: chronicle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A handout can be exported as .pdf, not as “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The paper must be a4 or a3, not “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--from and --to take years such as 2016.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no category “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the chronicle handout to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout chronicle: only this category's milestones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NAME</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout chronicle: from this year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YEAR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout chronicle: to this year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout chronicle: a4 (default) or a3, landscape.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIZE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HANDOUT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export: export timeline|contacts --db DB -o FILE (.json, .csv, .vcf); export release ID --db DB -o FILE (.pdf, .odt, .html, .md, .txt) [--pdfa]; export kit ID --db DB -o FILE (.pdf, .zip); export handout chronicle --db DB -o FILE.pdf [--category NAME] [--from YEAR --to YEAR] [--paper a4|a3].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check before handing out: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dateline: %1, %2 (the text's own date, not imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read as: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts as .vcf: '4.0' (default) or '3.0' (for Outlook and older programs).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VERSION</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vCard version must be 4.0 or 3.0, not “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Contact</name>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contact needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contact channel has no value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent date lies in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homepage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assistant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>School</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactCsv</name>
        <message>
            <source>Honorific</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Available for press enquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internal note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot separate CSV fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column %1 (“%2”) has the same name as column %3 and is not read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Google Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Google Contacts (old CSV format)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thunderbird</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlook (English)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlook (German)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PressDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Additional names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name suffix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address addition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PO box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type or label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>display name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>whole address (where the parts are empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups (as press topics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept in the internal note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not needed (the other columns say it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row has no name and nothing to reach anyone by; it is left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row has no name; it is named “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a valid %2; kept as a text channel of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>preferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thunderbird (German)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDirectory</name>
        <message>
            <source>read the contacts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Na&amp;me:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Honorific and title, e.g. Frau, Herr, Dr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Pressesprecherin, Oberbürgermeister</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisa&amp;tion:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit this organisation: name, website, boilerplate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create an organisation and assign it to this contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hannels:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only channels ticked “Public” reach press releases and exports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press to&amp;pics:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma-separated, e.g. Stadtentwicklung, Haushalt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;vailable for press enquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GDPR &amp;consent:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day the contact agreed to be stored and named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent given today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the consent date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent not&amp;e:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How and for what it was given, e.g. in writing, for naming in releases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intern&amp;al note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for the press office; never exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone numbers, e-mail and web addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Additional names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suffix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suffix, e.g. MdB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name as it is shown and printed; empty: the name parts joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;partment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Presse- und Informationsamt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactExportDialog</name>
        <message>
            <source>Export Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;All contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;CSV spreadsheet (.csv) – for Excel and mail merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Separator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include &amp;internal channels and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;vCard (.vcf) – for Outlook, Thunderbird, Apple and Android address books</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactImportDialog</name>
        <message>
            <source>Import Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a vCard file (.vcf) from Outlook, Thunderbird, Apple Contacts or Android, or a spreadsheet saved as CSV (.csv), for example from Excel.

You will see every contact before anything is saved: new contacts are added, duplicates of contacts you already have can be merged or skipped. Nothing is written until you click Import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Separator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what each column of the file holds. Columns set to “(ignore)” are not imported; a name column is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All &amp;duplicates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click an action to change it, or right-click selected rows to change several at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records that cannot be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact &amp;groups become press topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Map the columns myself</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactImporter</name>
        <message>
            <source>same e-mail as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same name and organisation as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same e-mail as %1 on line %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same name and organisation as %1 on line %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1 (%2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: “%2” (new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: “%2” → “%3”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Honorific</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Additional names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suffix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Display name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address-book id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internal note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation: set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent date: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Available for press: yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo: added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo: replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic: “%1” (new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address: “%1” (new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other vCard properties kept: %1 (new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same address-book id as %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactRepository</name>
        <message>
            <source>This PressDesk was built with another SQLite library than its database driver uses; it cannot import many contacts at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save to the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 is the speaker of %n quote(s); delete those quotes or give them another speaker first.</source>
            <translation>
                <numerusform>%1 is the speaker of %n quote; delete those quotes or give them another speaker first.</numerusform>
                <numerusform>%1 is the speaker of %n quotes; delete those quotes or give them another speaker first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a press contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected contacts; Undo brings them back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the organisation of the contact shown: name, website, boilerplate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Or&amp;ganisation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create an organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts from vCard or CSV files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the selected contacts (or all) as vCard or CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search name, organisation, topic, e-mail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press topic filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Available for press enquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only contacts who take press enquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only contacts with a recorded GDPR consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a contact in the list to see and edit the details, or create one with “New Contact”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public without consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only contacts with a public channel but no recorded consent: check them before a release goes out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>A quoted field is not closed before the end of the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record has %1 fields; the header has %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSV file cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSV file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a CSV file (it holds binary data).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSV file holds no records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid UTF-8; its odd bytes were read as Windows-1252</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CsvWriter</name>
        <message>
            <source>“%1” cannot separate CSV fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSV output is not open for writing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is empty; it is not a PressDesk database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a PressDesk database (it is not an SQLite file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged: the file is truncated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged: the file is truncated (%2 of %3 bytes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged and cannot be opened (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is an SQLite database of another program, not a PressDesk file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was saved by a newer PressDesk (file version %2; this PressDesk reads up to version %3). Please update PressDesk to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not back up “%1” before updating it: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating the database to version %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record the schema version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” already exists; PressDesk does not overwrite it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is read-only. PressDesk saves every change at once, so it needs a writable file: copy it to a writable folder or change its permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” is read-only; PressDesk needs to write its journal beside the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not create “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prepare “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy cannot replace the open file itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save a copy to “%1”: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not replace “%1”; it may be read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save a copy to “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start a change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table %1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” cannot be written to (%2); PressDesk needs to write its journal beside the file. Copy the file to a writable folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a symbolic link that leads round in a loop; it points to no file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a symbolic link to “%2”, which does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” carries PressDesk's mark, but its tables are not those of a PressDesk file (version %2). PressDesk does not open or change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the schema version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1-wal” beside “%1” belongs to another database and would change the file into something else. Move “%1-wal” away (keep it), then open the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the list of tables</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteCategoryCommand</name>
        <message>
            <source>Delete category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete category “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteContactCommand</name>
        <message numerus="yes">
            <source>Delete %n contact(s)</source>
            <translation>
                <numerusform>Delete %n contact</numerusform>
                <numerusform>Delete %n contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteKitCommand</name>
        <message>
            <source>Delete press kit “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteMilestonesCommand</name>
        <message numerus="yes">
            <source>Delete %n milestone(s)</source>
            <translation>
                <numerusform>Delete %n milestone</numerusform>
                <numerusform>Delete %n milestones</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteQuotesCommand</name>
        <message numerus="yes">
            <source>Delete %n quote(s)</source>
            <translation>
                <numerusform>Delete %n quote</numerusform>
                <numerusform>Delete %n quotes</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete quote “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoDatabase</name>
        <message>
            <source>Demo file %1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo file %1 is not valid JSON at offset %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo file %1 must hold a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo file %1, record “%2”: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refers to “%1”, which does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the status must be “draft” or “approved”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown channel kind “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown authorisation state.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown release state.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” already exists; PressDesk does not overwrite it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a block of unknown kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditCategoryCommand</name>
        <message>
            <source>Edit category “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditContactCommand</name>
        <message>
            <source>Edit contact “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditMilestoneCommand</name>
        <message>
            <source>Move “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change category of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditOrganisationCommand</name>
        <message>
            <source>Edit organisation “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditQuoteCommand</name>
        <message>
            <source>Edit quote “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportFile</name>
        <message>
            <source>No file name was given for the export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a loop of symbolic links; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a regular file (it is a folder, a device or a pipe); PressDesk writes exports only to regular files. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be written: the folder “%2” does not exist. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is the open PressDesk file (or a file SQLite keeps beside it); an export must not replace it. Choose another file name. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be written: %2. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FontCheck</name>
        <message>
            <source>Nothing was exported: neither the house style's font “%1” nor its fallback “%2” is installed with regular and bold faces and the letters German needs (install the package fonts-liberation2 or name another font in the house style).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>PressDesk Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HouseStyle</name>
        <message>
            <source>The accent colour “%1” is not a colour such as #1f4e79.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The house style names no font.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The house style in this file cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportContactsCommand</name>
        <message numerus="yes">
            <source>Import %n contact(s)</source>
            <translation>
                <numerusform>Import %n contact</numerusform>
                <numerusform>Import %n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportMilestonesCommand</name>
        <message numerus="yes">
            <source>Import %n milestone(s)</source>
            <translation>
                <numerusform>Import %n milestone</numerusform>
                <numerusform>Import %n milestones</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InputFile</name>
        <message>
            <source>“%1” is a symbolic link to “%2”, which does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a folder, not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a regular file (a device, a pipe or a socket); PressDesk imports only from files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is larger than %2; PressDesk does not import it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitAssembler</name>
        <message>
            <source>There is no press kit with the number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kit's press release: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitChecks</name>
        <message>
            <source>The press release “%1” is not approved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press release: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quote chosen for the statements was deleted since.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not authorised: it stays out of the kit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no public channel: journalists cannot reach them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photos part holds no photo yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A photo chosen for the kit was deleted since.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has no credit: it stays out of the kit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitsPage</name>
        <message>
            <source>Press kits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new press kit for the newest press release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Release:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cover photo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Parts, in the order of the kit (drag to reorder):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts of the kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add Part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The press release is the kit's release, as it reads now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Years:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from the first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Heading:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as &amp;ZIP…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Chronicle Handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timeline of the fact sheet on one landscape page, to print or for the print shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>PressDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a new, empty press office file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a press office file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+O</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a fresh copy of the Bochum 2014–2020 demo material</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a &amp;Copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a complete copy of the open file, e.g. as a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About PressDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PressDesk &amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The areas, how saving and undo work, and the keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Milestone</name>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A milestone needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A milestone needs a date: a year, a month or a day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end (%1) lies before the start (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The source link is not a web address (it should start with https://).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneEditor</name>
        <message>
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2016, Dezember 2014 or 5.12.2014</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How exactly the date is known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Runs &amp;until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for a programme or a period, e.g. 2020</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Source link:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internal &amp;note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for the press office; never exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Di&amp;scard Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the milestone as it was saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changes as one undo step (Ctrl+S, or Return in a field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✕</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the form; changes are saved first (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the milestone form</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneRepository</name>
        <message>
            <source>The milestone no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfficeDictionary</name>
        <message>
            <source>“%1” cannot be added to the office dictionary: it must be one word of at most 100 characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Organisation</name>
        <message>
            <source>An organisation needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The website is not a web address (it should start with https://).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Stadt Bochum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What sort of organisation it is, e.g. a city department or a company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Boilerplate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the organisation: the paragraph that ends a press release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends every press release of this organisation, under a heading such as “About Stadt Bochum”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganisationRepository</name>
        <message>
            <source>The organisation no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartialDate</name>
        <message>
            <source>No date given. Use a year (2016), a month (Dezember 2014) or a day (5.12.2014).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a date. Use a year (2016), a month (Dezember 2014) or a day (5.12.2014).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has no four-digit year. Write the year in full, e.g. 2014.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a valid date: the year must be between %2 and %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a valid date: there is no month %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a valid date: there is no day %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a valid date: %2 %3 has only %4 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a date: “%2” is not a month name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfFinisher</name>
        <message>
            <source>The PDF has no structure tree to finish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be finished: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoDialog</name>
        <message>
            <source>Insert Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the photo shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;redit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who took it: “Stadt Bochum, Lutz Leitmann”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. CC BY 4.0, or free for reporting on this release</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostalAddress</name>
        <message>
            <source>PO Box %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PressKit</name>
        <message>
            <source>A press kit needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A press kit needs at least one part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kit holds its release, but no release is chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An extra page needs a heading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fact sheet's years run backwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kit's parts cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kit has a part of an unknown kind (“%1”), perhaps from a newer PressDesk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PressKitRepository</name>
        <message>
            <source>Press kit “%1”: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The press kit no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PressRelease</name>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A press release needs a headline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The embargo ends after the release date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A correction number cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This saved version of the release is damaged and cannot be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Quote</name>
        <message>
            <source>Requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quote needs its wording.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quote needs a speaker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say whom the authorisation was requested from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who authorised the quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quote is already in the state “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A draft must be sent for authorisation before it can be marked as authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an authorised quote can be withdrawn; a draft can simply be deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an authorised quote can be withdrawn; take the request back to draft instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An authorised quote keeps its state; use “Revise Wording” to start a new draft, or withdraw it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A withdrawn quote stays withdrawn; use “Revise Wording” to start a new draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quote cannot go from “%1” to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The wording was sent for authorisation and is locked; take the request back to draft to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorised wording is locked; “Revise Wording” starts a new draft and keeps the authorised quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A withdrawn quote is kept as it was; “Revise Wording” starts a new draft.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuoteEditor</name>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Di&amp;scard Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the quote as it was saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changes as one undo step (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Request Authorisation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record from whom the speaker's approval of the wording was requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as &amp;Authorised…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record who approved the wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to &amp;Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the request back to change the wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The approval was taken back: the quote must no longer be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;vise Wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new draft from this quote; the quote itself stays as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Wording:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was said, word for word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Speaker:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a name to find the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role at the time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Oberbürgermeister</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2016, März 2016 or 12.03.2016</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Occasion:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where or why it was said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ource:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release, interview, minutes …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Topics:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma-separated, e.g. Strukturwandel, Wirtschaft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used in Releases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not used in any release yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used in releases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked milestones</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotePickerDialog</name>
        <message>
            <source>Insert Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search wording, speaker, occasion…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorised quotes come first. A withdrawn quote cannot be inserted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuoteRepository</name>
        <message>
            <source>The quote no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quote is used in the press release %1; remove it from there first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quote is used in the press releases %1; remove it from there first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotesPage</name>
        <message>
            <source>Quotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new quote in the editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected quotes (Del); Undo brings them back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search wording, occasion and source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the quotes of one speaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only quotes in one authorisation state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only quotes on one topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseAssembler</name>
        <message>
            <source>There is no press release with the number %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseBodyDocument</name>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseChecks</name>
        <message>
            <source>The release has no headline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The release has no lead: the first paragraph that says what happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The embargo (%1) has already passed; remove it or set a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the quote is no longer in the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the quote “%2…” was withdrawn and must not be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the quote “%2…” is not authorised yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the quote “%2…” has been revised in the register since; use the new wording?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the photo “%2” has no credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the milestone “%2” is still a draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is in the Pressekontakt but has no public phone number or e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: a milestone of the timeline was deleted from the timeline since; the release no longer shows it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseChoices</name>
        <message>
            <source>No boilerplate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseContent</name>
        <message>
            <source>The text of the release is damaged: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of the release was written by a newer PressDesk (format %1); this one reads format %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of the release is damaged: it has no blocks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of the release is damaged. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: a line break inside a paragraph; make it two paragraphs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: “%2” is not a web or e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: a subheading without text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: a list without items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the quote block names no quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the photo block names no image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the timeline names a milestone that does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the timeline ends (%2) before it starts (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the text is not a list of runs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: a run of text has no text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: “%2” is not a record number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: “%2” is not a list of record numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: “%2” is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1 is not a block.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: unknown kind of block “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block %1: the list has no items.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseDefaults</name>
        <message>
            <source>The release defaults in this file cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseEditor</name>
        <message>
            <source>&amp;Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened, in one line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ubheadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dateline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The place of the dateline (Spitzmarke): “Bochum, 7. Dezember 2020 –”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The release date printed in the dateline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Embargo until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not to be published before this time (German time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who, what, when, where: the first paragraph, after the dateline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link the selected words to a web or e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subheading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the paragraph a subheading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the paragraph a bullet list item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quote…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert a quote from the register after this paragraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert a year list of milestones after this paragraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert a photo with caption and credit after this paragraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the block at the cursor up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the block at the cursor down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the block at the cursor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Boilerplate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisation whose “About …” text closes the release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press &amp;contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed under “Pressekontakt”, with public channels only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The body: write here, paste from anywhere, or insert quotes, year lists and photos with the buttons above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press contacts of this release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use as Place and Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the dateline in the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in the Text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseOutput</name>
        <message>
            <source>Unknown export format.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleasePages</name>
        <message>
            <source>The PDF could not be drawn: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseRepository</name>
        <message>
            <source>Press release “%1”: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The press release no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is published and therefore locked; start a correction to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A release cannot go from “%1” to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only starting a correction changes a release's correction number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a published release is corrected; “%1” can be edited as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The release was changed elsewhere in the meantime. Reload it and start the correction again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown user</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseVersionsDialog</name>
        <message>
            <source>Versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every save that changed how the release reads kept a version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore Selected Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differences</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleasesPage</name>
        <message>
            <source>Press Releases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter press releases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Released from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Released until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to &amp;Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the release back to draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit for &amp;Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask a colleague to review the release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;pprove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve the release for publication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ublish…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the release as sent out; it is locked from then on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a correction of the published release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Versions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier versions of the release: compare and restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release (headline to end of body)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Characters with spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines of 60 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flesch-Amstad (0 hard – 100 easy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wiener Sachtextformel (school year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead with dateline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks before approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a check to go to the block it concerns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the &amp;New Wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the revised quote with its newest wording in the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export and Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the release as PDF, ODT, HTML, Markdown or text, or print it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReorderCategoriesCommand</name>
        <message>
            <source>Reorder categories</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Repository</name>
        <message>
            <source>The record was deleted in the meantime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record was changed elsewhere in the meantime (revision %1, you edited revision %2). Reload it and apply your change again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreReleaseVersionCommand</name>
        <message>
            <source>Restore version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1 of “%2” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore version %1 of “%2”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviseQuoteCommand</name>
        <message>
            <source>Revise quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an authorised or withdrawn quote is revised as a new draft; this one is “%1” and can be edited itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revise “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisation, house style and release defaults belong to the office: they are stored in the open file, so every colleague who opens it exports the same pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stadt Bochum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presse- und Informationsamt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Willy-Brandt-Platz 2–6 · 44777 Bochum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>www.bochum.de</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An SVG or PNG file: the letterhead of every release and kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>House Style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accent &amp;colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#1f4e79</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the accent colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Font</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fall&amp;back font</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fonts found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ragged right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Justified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document &amp;language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of labels and dates in exported documents (“Seite 1 von 3”), whatever the language of this window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Releases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What a new press release starts with. Without defaults it takes the newest release’s place, boilerplate and press contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bochum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Boilerplate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press &amp;contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default press contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PDFs as PDF/&amp;A for the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This Computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These choices are yours, on this computer. They do not change the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpellChecker</name>
        <message>
            <source>The German dictionary for the spell checker is not installed (Debian package hunspell-de-de). Releases can be written, but spelling is not checked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>Could not %1: the file is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the disk is full. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: it is still used elsewhere (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the database file is damaged (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the database is busy in another program. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the disk could not be read or written (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prepare a database statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save to the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not prepare the search index: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not prepare a database statement: no SQLite connection.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineCsv</name>
        <message>
            <source>“%1” cannot separate CSV fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The milestone “%1” has no date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineImportDialog</name>
        <message>
            <source>Import from Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Text File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Category of the ticked rows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestones found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported milestones are drafts; the import is one step to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quotations in the text, for the quote register as drafts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quotations found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the text of a press release or a chronicle, or open a text file. Year lists (“2016: …”), list and table lines that start with a date, and dates in sentences (“Am 5.12.2014 …”) become milestones; vague dates are marked for a check.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineJson</name>
        <message>
            <source>%1 is not a date object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the year of %1 is not a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the month of %1 is not a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the day of %1 is not a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the year %1 of %2 is not between 1 and 9999.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has month %2; there is no such month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has a day but no month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has day %2; %3-%4 has no such day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (“%2”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timeline output is not open for writing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The milestone “%1” has no date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timeline input is not open for reading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timeline is not valid JSON (at byte %1: %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a TimelineJS timeline: it holds no JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a TimelineJS timeline: it has no list of events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The eras of the timeline are not a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the end_date lies before the start_date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no headline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Era %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import Text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter milestones…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>−</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fit All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the whole timeline (0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename or recolour the category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the category; its milestones stay, without a category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↑</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TimelineJS (JSON)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheet (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include Drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drafts are left out of exports unless this is ticked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visible Timeline as Image (PNG, SVG)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the chosen milestone in the form (Return or double click)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelinePickerDialog</name>
        <message>
            <source>Insert Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All approved milestones in a &amp;range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview, as the release will print it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineScene</name>
        <message>
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · draft</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n milestone(s) in view, drawn as a density chart: zoom in to see them one by one.</source>
            <translation>
                <numerusform>%n milestone in view, drawn as a density chart: zoom in to see them one by one.</numerusform>
                <numerusform>%n milestones in view, drawn as a density chart: zoom in to see them one by one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineTextParser</name>
        <message>
            <source>“%1” is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a text file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not UTF-8 text. Save it as UTF-8 and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the year %1 lies outside %2–%3; check that it is meant as a year</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VCard</name>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no file was given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a vCard file: it holds binary data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a vCard file: it has no BEGIN:VCARD line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record starting on line %1 has no END:VCARD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>END:VCARD without BEGIN:VCARD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text outside a vCard record is ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1 is not a vCard property (it has no “NAME:” at its start)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard version “%1” is unknown; the record is read as version 4.0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a valid %2; kept as a text channel of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vCard has no name; it is named “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vCard has no name and nothing to reach anyone by; it is left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a vCard property; left out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to PressDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timeline, quotes, contacts and press releases of your press office, in one file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a &amp;New Office File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with an empty file for your press office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open a File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the press office file a colleague shares, or a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the &amp;Demo (Bochum 2014–2020)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A fresh copy of the demo material: change anything, nothing of yours is touched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recent files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent files</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ZipArchive</name>
        <message>
            <source>The ZIP file could not be put together: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the output cannot be written out of order</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>PressDesk: timeline, quotes, contacts and press releases of a press office.

Commands (headless): %1. Run 'pressdesk COMMAND --help' for details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a fresh copy of the Bochum demo database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A .pressdesk file to open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only one file can be opened at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown command “%1”. Commands: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::AddressListEditor</name>
        <message>
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address %1 of %2 — %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::BodyEdit</name>
        <message>
            <source>No suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add “%1” to the Office Dictionary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::CategoryEditor</name>
        <message>
            <source>Category Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Category</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::CategoryListModel</name>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick to hide these milestones from the timeline and the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ContactChannelModel</name>
        <message>
            <source>E-mail address, e.g. presse@example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public: may appear in releases and exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internal: never leaves PressDesk unless asked for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ContactEditor</name>
        <message>
            <source>no consent recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last changed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No Consent Recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make Public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Internal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo from the address book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent is recorded for %1. A public channel or postal address is printed in releases and press kits and goes into exports; under the GDPR that needs the person's consent.

Record the date of the consent below, or make it public anyway if it is an official, published address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ContactExportDialog</name>
        <message>
            <source>Semicolon ( ; ) – German Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the &amp;selected contacts (none selected)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Only the &amp;selected contacts (%n)</source>
            <translation>
                <numerusform>Only the &amp;selected contacts (%n)</numerusform>
                <numerusform>Only the &amp;selected contacts (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Internal numbers, addresses and the internal note leave the press office with this file. Share it only inside the office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the e-mail addresses, numbers and web addresses marked public are exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;vCard files (*.vcf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard files (*.vcf);;CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contacts could not be exported to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to %1.</source>
            <translation>
                <numerusform>Exported %n contact to %1.</numerusform>
                <numerusform>Exported %n contacts to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exporting %n contact(s)…</source>
            <translation>
                <numerusform>Exporting %n contact…</numerusform>
                <numerusform>Exporting %n contacts…</numerusform>
            </translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4.0 – Thunderbird, Apple, Google, Android</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3.0 – Outlook and older programs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ContactImportDialog</name>
        <message>
            <source>semicolon-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-8 with byte order mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows-1252</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows-1252 (older Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge each into its duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add them as new contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole import is one step to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be imported. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import “%1” as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ignore)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected: %1, %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) cannot be read</source>
            <translation>
                <numerusform>%n record cannot be read</numerusform>
                <numerusform>%n records cannot be read</numerusform>
            </translation>
        </message>
        <message>
            <source>The file has a header row but no records below it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column with the name: “Given name”, “Family name” or “Full name”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contacts already stored cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s) cannot be imported and will be left out:</source>
            <translation>
                <numerusform>%n record cannot be imported and will be left out:</numerusform>
                <numerusform>%n records cannot be imported and will be left out:</numerusform>
            </translation>
        </message>
        <message>
            <source>No contact could be read from the file. First problem: line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds no contacts.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n new contact</numerusform>
                <numerusform>%n new contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n duplicate</numerusform>
                <numerusform>%n duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to add, %2 to merge, %3 to skip.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import %n contact(s)</source>
            <translation>
                <numerusform>Import %n contact</numerusform>
                <numerusform>Import %n contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add as New Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge into Existing Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” for All Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s) cannot be imported and will be left out; the lines after them were read, but are worth a look:</source>
            <translation>
                <numerusform>%n record cannot be imported and will be left out; the lines after them were read, but are worth a look:</numerusform>
                <numerusform>%n records cannot be imported and will be left out; the lines after them were read, but are worth a look:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) were read, but are worth a look:</source>
            <translation>
                <numerusform>%n line were read, but are worth a look:</numerusform>
                <numerusform>%n lines were read, but are worth a look:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n contact(s)…</source>
            <translation>
                <numerusform>Importing %n contact…</numerusform>
                <numerusform>Importing %n contacts…</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the address book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the file was cancelled; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recognised: %1. Every column is read the way %1 writes it; what PressDesk has no field for is kept in the internal note.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ContactImportModel</name>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (line %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge into “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add as new contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — nothing to change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — would change %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ContactTableModel</name>
        <message>
            <source>Available for press enquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available for press enquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press enquiries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ContactsPage</name>
        <message>
            <source>All organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot show the contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot change the contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact was not saved: fix the problem shown in the form, or discard the changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot show the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot delete the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot delete the contacts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Deleted %n contact(s). Undo brings them back.</source>
            <translation>
                <numerusform>Deleted %n contact. Undo brings them back.</numerusform>
                <numerusform>Deleted %n contacts. Undo brings them back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot edit the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the organisation %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created the organisation %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contacts yet. Add one with “New Contact” or import vCard or CSV files.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln contact(s)</source>
            <translation>
                <numerusform>%1 of %Ln contact</numerusform>
                <numerusform>%1 of %Ln contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact in the form cannot be saved as it is; its problems are marked in the form. Discard its changes, or cancel and correct them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact matches the filters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::EmptyListHint</name>
        <message>
            <source>No hits for “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::HelpDialog</name>
        <message>
            <source>Delete the selected milestones, quotes or contacts (Undo brings them back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working with PressDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The areas on the left hold the material of the press office; each keeps what it shows in the open file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Quotes&lt;/b&gt;: who said what, when and in which role, and whether the quote is authorised. Only authorised quotes go into releases and press kits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Contacts&lt;/b&gt;: people and organisations. Only channels ticked &lt;i&gt;Public&lt;/i&gt; appear in releases and exports; make a channel public only with the person's consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Releases&lt;/b&gt;: press releases written from that material, checked before they go out, exported as PDF, ODT, HTML or text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Press Kits&lt;/b&gt;: a release with fact sheet, statements, contacts and photos, as one PDF or a ZIP, and the chronicle handout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving and undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the milestone, quote or contact form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Timeline&lt;/b&gt;: the milestones of a story, with exact dates or only a year or month, in categories. Drag a card to move it; double-click or Return opens it in the form below the graphic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every change is saved in the file at once; a form is saved when you leave it. Undo takes back one step at a time, and the status bar says what was undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the press release or press kit shown)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ImportPreviewModel</name>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already in the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeated in this text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the date: “%1” names no year; the year is the one the text mentioned before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the date: “%1” has no end; the milestone starts then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the date: “%1” is approximate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::KitListModel</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::KitPartsModel</name>
        <message>
            <source>Press release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fact sheet (%1–%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fact sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statements (the release's)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Statements (%n chosen)</source>
            <translation>
                <numerusform>Statements (%n chosen)</numerusform>
                <numerusform>Statements (%n chosen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Press contacts (the release's)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Press contacts (%n chosen)</source>
            <translation>
                <numerusform>Press contacts (%n chosen)</numerusform>
                <numerusform>Press contacts (%n chosen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Photos (%n chosen)</source>
            <translation>
                <numerusform>Photos (%n chosen)</numerusform>
                <numerusform>Photos (%n chosen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Extra page: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no heading)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::KitsPage</name>
        <message>
            <source>Press Kits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename press kit to “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the date of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the release of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the cover photo of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Press Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fact Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press &amp;Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;hotos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Extra Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the fact sheet's category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the fact sheet's years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add “%1” to the kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take “%1” out of the kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the extra page to “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the text of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no cover photo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the parts the journalists are to get.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the kit's release above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The press release is the kit's release, as it reads now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorised quotes for the statements sheet. None ticked: the release's own authorised quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts for the press contacts sheet, with their public channels only. None ticked: the release's Pressekontakt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos with a credit (a photo without one is never handed out). Add photos to the file in a release's body first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before handing it out:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created the press kit “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the press kit “%1”. Undo brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Further information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move “%1” in the kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Press Kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before the kit is handed out, look at this:

• %1

Export it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ZIP of files to reuse (*.zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the press kit to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print Preview, A&amp;4 Landscape…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print Preview, A&amp;3 Landscape…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF for the Print Shop, A4…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF for the Print Shop, A3…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print Press Kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chronicle Handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chronicle Handout for the Print Shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the chronicle handout to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Press Kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packing the press kit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setting the press kit’s pages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawing the chronicle handout…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::MainWindow</name>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Releases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PressDesk files (*.pressdesk);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file was updated to the current version; the previous version was saved as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bochum demo %1.pressdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bochum demo %1 (%2).pressdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – PressDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Press Office File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press office.pressdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Press Office File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (copy %2).pressdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved a copy as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About PressDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts imported: %1 added, %2 merged, %3 skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged (%2).

PressDesk keeps it open so that you can read and copy what you need, but changes to its damaged parts cannot be saved. Restore the file from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file was changed by another PressDesk; the lists show its current state.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Kits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new language applies from the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;PressDesk %1&lt;/h3&gt;&lt;p&gt;Timeline, quote register, press contacts and press releases for a city's press office.&lt;/p&gt;&lt;p&gt;Every change is saved at once.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version. It comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt %2 · SQLite %3 · %4&lt;/small&gt;&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file of the last session, “%1”, is no longer there. It may have been moved or renamed; open it where it is now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the whole file in the background…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole file was checked: it is sound.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::MilestoneEditor</name>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Understood as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::MilestoneListModel</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::OrganisationEditor</name>
        <message>
            <source>New Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact belongs to this organisation yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This organisation has %Ln contact(s).</source>
            <translation>
                <numerusform>This organisation has %Ln contact.</numerusform>
                <numerusform>This organisation has %Ln contacts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pressdesk::PhotoDialog</name>
        <message>
            <source>Choose Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is larger than 25 MB. Use a smaller copy of the photo for the release.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an image PressDesk can read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an image and give its caption and credit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::QuoteEditor</name>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No quote selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the speaker from the suggestions, so that the quote is linked to the contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Understood as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked Milestones (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the quote before asking for its authorisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requested %1 from %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorised by %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet sent for authorisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn: the quote must no longer be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revised by a newer draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revised by a newer quote (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revises the authorised quote of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new quote is not used anywhere yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not used in any release yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revises the withdrawn quote of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revises the quote of %1 that awaits authorisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revises the draft quote of %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::QuoteListModel</name>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorised by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requested from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · being revised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replaced by an authorised revision of its wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A revision of its wording is under way; until it is authorised this wording stands</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::QuotePickerDialog</name>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>„%1“
%2 · %3 · %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::QuotesPage</name>
        <message>
            <source>Cannot change the quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All speakers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No quotes yet. Start one with “New Quote”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n quote</numerusform>
                <numerusform>%n quotes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n quote(s) shown</source>
            <translation>
                <numerusform>%1 of %n quote shown</numerusform>
                <numerusform>%1 of %n quotes shown</numerusform>
            </translation>
        </message>
        <message>
            <source>Added the quote “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the quote “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Deleted %n quote(s). Undo brings them back.</source>
            <translation>
                <numerusform>Deleted %n quote. Undo brings them back.</numerusform>
                <numerusform>Deleted %n quotes. Undo brings them back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot change the authorisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request Authorisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authorisation of the wording requested from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as Authorised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wording authorised by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quote is now “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This quote already has a newer draft; it is shown now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new draft revises the quote; the authorised wording stays as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quote in the form cannot be saved as it is. Discard its changes, or cancel and correct them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quote was not saved: fix the problem shown in the form, or discard the changes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ReleaseEditor</name>
        <message>
            <source>no date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change boilerplate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %1 to the press contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove %1 from the press contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact %1 (deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This quote was deleted from the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No approved milestone matches this selection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo is missing from the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web or e-mail address (empty to remove the link):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a web address (https://…) or an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pasted text opens with the dateline “%1”. Use it as this release's place and date, and take it out of the text?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ReleaseListModel</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Embargo until</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ReleasePreview</name>
        <message>
            <source>Page preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ReleaseVersionsDialog</name>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::ReleasesPage</name>
        <message>
            <source>Press Releases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Office Dictionary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is in the office dictionary now, for everyone who opens this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The headline is empty. Everything else is saved; the release keeps its last headline until you type a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your text could not be saved: %1 It stays in the editor; PressDesk tries again with your next change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed Elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was changed in another window or by a colleague while you were writing.

Keep yours: your text is saved on top as a new version; theirs stays in the versions.
Reload theirs: the editor shows their text; what you typed since your last save is dropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Mine as a New Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reloaded the release as it was saved elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: changed elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The release was published meanwhile, so it cannot be changed. Your text is saved as a new draft release instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as a new version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was deleted elsewhere while you were writing. Save your text as a new draft release?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as New Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard My Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New press release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Press Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “%1” with all its saved versions? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the cursor in a block that can move that way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move block up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move block down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the cursor in the block to remove.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert photo “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A release cannot go from “%1” to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve with Open Checks?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n check(s) are still open:

%1

Approve anyway? It is recorded that you, %2, confirmed them.</source>
            <translation>
                <numerusform>%n check are still open:

%1

Approve anyway? It is recorded that you, %2, confirmed them.</numerusform>
                <numerusform>%n checks are still open:

%1

Approve anyway? It is recorded that you, %2, confirmed them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approve Anyway</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 confirmed %n open check(s) on approval: %2</source>
            <translation>
                <numerusform>%1 confirmed %n open check on approval: %2</numerusform>
                <numerusform>%1 confirmed %n open checks on approval: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Approve “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit “%1” for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take “%1” back to draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish Press Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark “%1” as published? It is locked from then on: a change needs a correction, which is marked as such. Publishing cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct Press Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a correction of “%1”? It becomes a draft marked “Korrigierte Fassung”; what was published stays in its versions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the new wording of a quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks before approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to look at: the release is ready for approval.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Checks before approval (%n open)</source>
            <translation>
                <numerusform>Checks before approval (%n open)</numerusform>
                <numerusform>Checks before approval (%n open)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>%1:%2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · correction %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved by %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n release(s)</source>
            <translation>
                <numerusform>%n release</numerusform>
                <numerusform>%n releases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n release(s)</source>
            <translation>
                <numerusform>%1 of %n release</numerusform>
                <numerusform>%1 of %n releases</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved press release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of the press release could not be saved. Discard what was typed since the last save, or cancel and keep it in the editor?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The release was changed after its approval, so it is back in review and needs approving again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as PDF/&amp;A for the Archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF/A for the archive (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;Markdown (*.md);;Plain text for e-mail (*.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as PDF/A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Press Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A release can be exported as %1, not as “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the press release to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print Press Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export (PDF, ODT, HTML, Markdown, Text)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting the press release…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::SearchFolding</name>
        <message>
            <source>learn how the search index reads text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::SettingsDialog</name>
        <message>
            <source>German</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation %1 (no boilerplate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact %1 (deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logos (*.svg *.png *.jpg *.jpeg);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is larger than 2 MB; a logo for the letterhead needs far less.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an SVG, PNG or JPEG image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accent Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exports use %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not installed with every German letter; exports use %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings were not saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::TimelineImportDialog</name>
        <message>
            <source>No category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Release Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import 1 milestone</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import %n milestones</source>
            <translation>
                <numerusform>Import %n milestones</numerusform>
                <numerusform>Import %n milestones</numerusform>
            </translation>
        </message>
        <message>
            <source>No milestones found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 found, %2 already in the timeline, %3 ticked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestones already in the timeline cannot be recognised: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already in the Timeline</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ticked milestone(s) are already in the timeline: %1.

Importing them makes a second copy of each.</source>
            <translation>
                <numerusform>%n ticked milestone are already in the timeline: %1.

Importing them makes a second copy of each.</numerusform>
                <numerusform>%n ticked milestones are already in the timeline: %1.

Importing them makes a second copy of each.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already in the quote register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text does not say who said it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not among the contacts: add the contact first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker taken from the quotation before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from a text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import %1 and %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 quotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot be offered: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text's dateline: %1, %2 (not a milestone).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::TimelinePage</name>
        <message>
            <source>Cannot change the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No milestones yet. Add one with “New Milestone” or import a release text.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n milestone(s) shown</source>
            <translation>
                <numerusform>%1 of %n milestone shown</numerusform>
                <numerusform>%1 of %n milestones shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n milestone(s). Undo brings them back.</source>
            <translation>
                <numerusform>Deleted %n milestone. Undo brings them back.</numerusform>
                <numerusform>Deleted %n milestones. Undo brings them back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot move the milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved “%1” to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot export the image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported from PressDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the timeline to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Timeline Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline.png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG image (*.png);;SVG vector graphic (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline.json</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TimelineJS JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV spreadsheet (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %n milestone(s) as drafts. One undo takes the import back.</source>
            <translation>
                <numerusform>Imported %n milestone as drafts. One undo takes the import back.</numerusform>
                <numerusform>Imported %n milestones as drafts. One undo takes the import back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot export the timeline</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n milestone(s) to %1.</source>
            <translation>
                <numerusform>Exported %n milestone to %1.</numerusform>
                <numerusform>Exported %n milestones to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the milestone “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the milestone “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported %1 and %2 as drafts. One undo takes the import back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 quotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot show the milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The milestone was not saved: fix the problem shown in the form, or discard the changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The milestone in the form cannot be saved as it is; its problems are marked in the form. Discard its changes, or cancel and correct them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Milestone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::TimelinePickerDialog</name>
        <message>
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the milestones the release lists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No milestones to show.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pressdesk::WelcomePage</name>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — no longer there</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
