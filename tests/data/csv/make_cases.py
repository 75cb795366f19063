#!/usr/bin/env python3
"""Writes the CSV reader's golden cases: one folder per case with input.csv (exact bytes) and
expected.json (the cells the reader must produce, or the error it must raise).

The expected cells are written here by hand, independently of LeadSync's code: this script is the
oracle. Run it again after adding a case:  python3 tests/data/csv/make_cases.py
expected.json keys: options (overrides given to the sniffer), encoding, delimiter, header,
headers, rows; or error (a fragment the error message must contain, such as ":3:").
"""
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent
H = ["first_name", "last_name", "email"]


def case(name, data, expected):
    folder = HERE / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "input.csv").write_bytes(data)
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def table(headers, rows, encoding="UTF-8", delimiter=",", header=True, options=None):
    return {"options": options or {}, "encoding": encoding, "delimiter": delimiter, "header": header,
            "headers": headers, "rows": rows}


ROWS = [["Ana", "Müller", "ana@example.com"], ["José", "Núñez", "jose@example.es"]]

case("utf8_lf", b"first_name,last_name,email\nAna,M\xc3\xbcller,ana@example.com\nJos\xc3\xa9,N\xc3\xba\xc3\xb1ez,jose@example.es\n",
     table(H, ROWS))
case("utf8_bom_crlf", "\ufefffirst_name,last_name,email\r\nAna,Müller,ana@example.com\r\nJosé,Núñez,jose@example.es\r\n".encode(),
     table(H, ROWS))
case("utf16le_bom_tab", "\ufefffirst_name\tlast_name\temail\r\nAna\tMüller\tana@example.com\r\nJosé\tNúñez\tjose@example.es\r\n".encode("utf-16-le"),
     table(H, ROWS, encoding="UTF-16LE", delimiter="\t"))
case("utf16be_bom", "\ufefffirst_name,last_name,email\r\nAna,Müller,ana@example.com\r\nJosé,Núñez,jose@example.es\r\n".encode("utf-16-be"),
     table(H, ROWS, encoding="UTF-16BE"))
W1252 = [["Zoë", "Lefèvre", "Offre spéciale – « très » intéressée, 50 € par mois"],
         ["François", "Côté", "Réunion prévue à Genève, déjà confirmée"],
         ["Jürgen", "Weiß", "Grüße aus München – Rückruf erwünscht"],
         ["Hélène", "Bélanger", "“Smart quotes” and naïve café déjà vu"]]
case("windows1252", ("prénom;nom;remarque\r\n" + "".join(";".join(r) + "\r\n" for r in W1252)).encode("cp1252"),
     table(["prénom", "nom", "remarque"], W1252, encoding="WINDOWS-1252", delimiter=";"))
case("semicolon", b"first_name;last_name;email\nAna;Smith;ana@example.com\nBo;\"Lee; Jr.\";bo@example.com\n",
     table(H, [["Ana", "Smith", "ana@example.com"], ["Bo", "Lee; Jr.", "bo@example.com"]], delimiter=";"))
case("pipe", b"first_name|last_name|email\nAna|Smith|ana@example.com\nBo|Lee|bo@example.com\n",
     table(H, [["Ana", "Smith", "ana@example.com"], ["Bo", "Lee", "bo@example.com"]], delimiter="|"))
case("lone_cr", b"first_name,last_name,email\rAna,Smith,ana@example.com\rBo,Lee,bo@example.com\r",
     table(H, [["Ana", "Smith", "ana@example.com"], ["Bo", "Lee", "bo@example.com"]]))
case("quotes_and_breaks",
     b'company,notes,title\r\n"Acme, Inc.","She said ""call me"" on Monday\nthen\r\nagain",CEO\r\n"The ""Blue Fox"" Group","",""\r\n',
     table(["company", "notes", "title"],
           [["Acme, Inc.", 'She said "call me" on Monday\nthen\r\nagain', "CEO"], ['The "Blue Fox" Group', "", ""]]))
case("blank_lines_no_final_newline", b"first_name,last_name,email\n\nAna,Smith,ana@example.com\n\r\n\nBo,Lee,bo@example.com",
     table(H, [["Ana", "Smith", "ana@example.com"], ["Bo", "Lee", "bo@example.com"]]))
case("no_header", b"Ana,Smith,ana@example.com,00501\nBo,Lee,bo@example.com,1e5\n",
     table(["Column 1", "Column 2", "Column 3", "Column 4"],
           [["Ana", "Smith", "ana@example.com", "00501"], ["Bo", "Lee", "bo@example.com", "1e5"]], header=False))
case("header_forced_off", b"first_name,last_name\nAna,Smith\n",
     table(["Column 1", "Column 2"], [["first_name", "last_name"], ["Ana", "Smith"]], header=False,
           options={"header": False}))
case("duplicate_and_blank_headers", b"Email,,email,Notes\na@x.com,1,b@x.com,n\n",
     table(["Email", "Column 2", "email (2)", "Notes"], [["a@x.com", "1", "b@x.com", "n"]]))
case("short_and_long_rows", b"first_name,last_name,email\nAna\nBo,Lee,bo@example.com,extra\n",
     table(H, [["Ana"], ["Bo", "Lee", "bo@example.com", "extra"]]))
case("lenient_quotes", b'name,size\nab"c,"12"cm\n',
     table(["name", "size"], [['ab"c', "12cm"]]))
case("quoted_empty_line", b'email\n""\na@x.com\n',
     table(["email"], [[""], ["a@x.com"]]))
case("delimiter_override", b"a;b,c\n1;2,3\n",
     table(["a;b", "c"], [["1;2", "3"]], options={"delimiter": ","}))
case("error_unterminated_quote", b'first_name,notes\nAna,ok\nBo,"never closed\nstill open\n', {"error": ":3:"})
case("error_invalid_utf8", b"first_name,notes\nAna,ok\nBo,caf\xe9\n", {"options": {"encoding": "UTF-8"}, "error": ":3:"})
case("error_binary", b"first_name,notes\nAna,ok\x00\x01\x02\n", {"error": "not a text file"})
# csv-spectrum's newlines_crlf: a CRLF inside a quoted field is kept as it was read.
case("newlines_crlf", b'a,b,c\r\n1,2,3\r\n"Once upon \r\na time",5,6\r\n7,8,9\r\n',
     table(["a", "b", "c"], [["1", "2", "3"], ["Once upon \r\na time", "5", "6"], ["7", "8", "9"]]))
# Short legacy files, where a charset detector has few letters to go on.
case("short_spanish_1252", "nombre;apellido;email\r\nIñaki;Muñoz;inaki@example.es\r\n".encode("cp1252"),
     table(["nombre", "apellido", "email"], [["Iñaki", "Muñoz", "inaki@example.es"]],
           encoding="WINDOWS-1252", delimiter=";"))
case("short_german_1252", "Vorname;Nachname;Stadt\r\nJürgen;Weiß;München\r\n".encode("cp1252"),
     table(["Vorname", "Nachname", "Stadt"], [["Jürgen", "Weiß", "München"]], encoding="WINDOWS-1252",
           delimiter=";"))
case("short_french_1252", "prénom;nom;ville\r\nFrançois;Lefèvre;Besançon\r\n".encode("cp1252"),
     table(["prénom", "nom", "ville"], [["François", "Lefèvre", "Besançon"]], encoding="WINDOWS-1252",
           delimiter=";"))
PL = [["Łukasz", "Wiśniewski", "Łódź"], ["Zofia", "Kowalczyk", "Kraków"]]
case("polish_1250", ("imię;nazwisko;miasto\r\n" + "".join(";".join(r) + "\r\n" for r in PL)).encode("cp1250"),
     table(["imię", "nazwisko", "miasto"], PL, encoding="WINDOWS-1250", delimiter=";"))
RU = [["Иван", "Петров", "Москва"], ["Ольга", "Смирнова", "Санкт-Петербург"]]
RU_TEXT = "Имя;Фамилия;Город\r\n" + "".join(";".join(r) + "\r\n" for r in RU)
case("russian_1251", RU_TEXT.encode("cp1251"),
     table(["Имя", "Фамилия", "Город"], RU, encoding="WINDOWS-1251", delimiter=";"))
case("russian_koi8r", RU_TEXT.encode("koi8_r"),
     table(["Имя", "Фамилия", "Город"], RU, encoding="KOI8-R", delimiter=";"))
# Nothing to import is an input error, not an import of nothing.
case("error_empty", b"", {"error": "is empty"})
case("error_bom_only", b"\xef\xbb\xbf", {"error": "is empty"})
case("error_blank_lines_only", b"\r\n\n\r\n", {"error": "is empty"})
