# Panoul de limbi (/agent/interpretation): textele interfeței. Frazele propriu-zise
# sunt în phrasebook.ftl.

panel-choose-language = Alegeți mai întâi limba locuitorului.
panel-language = Limba locuitorului
panel-find-language = Căutați o limbă (în română sau în limba respectivă)
panel-search = Căutați
panel-no-language = Nicio limbă nu corespunde.
panel-situations = Situații
panel-search-phrases = Căutați o frază în franceză
panel-results = Rezultatele căutării
panel-no-phrase = Nicio frază nu corespunde.
panel-phrase = Fraza aleasă
panel-french = Franceză
panel-show = Arătați locuitorului
panel-values = Completați fraza
panel-value-date = Data
panel-value-time = Ora
panel-value-place = Locul
panel-value-desk = Ghișeu
panel-value-service = Serviciu
panel-value-amount = Suma în euro
panel-value-amount-hint = De exemplu 25 sau 25,50.
panel-value-motif = Documentele unui demers
panel-value-documents = Documente de adus
panel-value-documents-hint = Un document pe rând, în franceză, sau alegeți un demers mai sus.
panel-value-count = Număr
panel-value-days = Număr de zile
panel-value-gender = Acordul frazei (genul locuitorului)
panel-gender-unspecified = Nespecificat
panel-gender-female = Feminin
panel-gender-male = Masculin
panel-fill = Completați
panel-error-value = O valoare nu a putut fi citită: corectați câmpul semnalat. Până atunci, fraza o lasă necompletată.
panel-answers = Răspunsurile locuitorului
panel-resident-said = Locuitorul a răspuns:
panel-back = Înapoi la panou

speech-read-aloud = Citiți cu voce tare
speech-voice = Voce
speech-no-voice = Acest post nu are voce pentru această limbă: arătați în schimb textul locuitorului.

# Numele limbilor în limba interfeței (numele în limba respectivă vine din cod).
language-fr = franceză
language-en = engleză
language-ar = arabă
language-fa = persană
language-es = spaniolă
language-pt = portugheză
language-tr = turcă
language-ro = română
language-ru = rusă
language-uk = ucraineană
language-zh = chineză

# Ecranul locuitorului asociat cu panoul (/interpretation).
pairing-title = Ecranul locuitorului
pairing-intro = O tabletă sau un al doilea ecran, întors spre locuitor, afișează frazele pe care le trimiteți și vă transmite înapoi răspunsurile sale. Nimic din conversație nu este înregistrat.
pairing-start = Asociați un ecran
pairing-code = Cod de asociere:
pairing-how = Pe ecranul locuitorului, deschideți adresa { $address } din Guichet și tastați acest cod.
pairing-joined = Ecranul locuitorului este conectat.
pairing-resident-tapped = Locuitorul a atins:
pairing-send = Trimiteți pe ecranul locuitorului
pairing-end = Încheiați conversația
pairing-none = Niciun ecran nu este asociat (poate conversația s-a încheiat): asociați din nou unul.
pairing-screen-page = Ecranul locuitorului
pairing-ask-intro = Tastați codul afișat pe panoul de limbi al consilierului.
pairing-code-label = Cod de asociere (6 cifre)
pairing-open = Deschideți
pairing-unknown-code = Acest cod nu corespunde niciunei conversații în curs. Verificați-l pe panoul consilierului; o conversație se încheie odată cu vizita.
pairing-code-taken = Acest cod este deja deschis pe alt ecran. Rugați-l pe consilier să încheie conversația și să afișeze un cod nou.
# Textele ecranului propriu-zis, în limba locuitorului.
pairing-screen-title = Aici vă vorbește consilierul
pairing-screen-waiting = Bună ziua. Consilierul va scrie aici, în limba dumneavoastră.
pairing-screen-answers = Atingeți răspunsul dumneavoastră:
pairing-screen-sent = Trimis consilierului:
pairing-screen-ended = Conversația s-a încheiat. Vă mulțumim și la revedere!

# Interpreți (/agent/interpretation/interpretes și panoul).
interpreters-title = Interpreți
interpreters-back-to-panel = Înapoi la panoul de limbi
interpreters-my-languages = Limbile dumneavoastră: { $languages }.
interpreters-new-request = Cerere nouă de interpret de { $language }: { $place }, făcută de { $name }.
interpreters-requests = Cererile de astăzi
interpreters-no-request = Nicio cerere de interpret în curs astăzi.
interpreters-my-appointments = Programările la care interpretez
interpreters-appointments = Programări care necesită un interpret (următoarele 14 zile)
interpreters-no-appointment = Nicio programare viitoare nu necesită interpret.
interpreters-when = Data și ora
interpreters-language = Limba
interpreters-where = Locul și demersul
interpreters-interpreter = Interpret
interpreters-coming = { $name } este pe drum.
interpreters-waiting = Se așteaptă un interpret.
interpreters-nobody-on-duty = În acest moment, niciun interpret pentru această limbă nu este de serviciu.
interpreters-on-duty = De serviciu: { $names }.
interpreters-asked-by = cerere făcută de { $name } la ora { $time }
interpreters-accept = Vin imediat
interpreters-cancel = Anulați cererea
interpreters-none = Niciunul
interpreters-assign = Atribuiți
interpreters-panel-title = Interpret
interpreters-ask = Cereți un interpret ({ $language })
interpreters-asked-at = Cerere trimisă la ora { $time }: interpreții de serviciu au fost anunțați.
interpreters-error-gone = Această cerere sau programare nu mai există.
interpreters-error-not-yours = Doar un interpret care vorbește această limbă poate prelua această cerere.
interpreters-error-taken = Un alt interpret a preluat deja această cerere.
interpreters-error-not-allowed = Interpreții nu își atribuie singuri programările: acest lucru îl face un consilier sau un responsabil.
interpreters-error-language = Acest interpret nu vorbește limba cerută pentru această programare.
interpreters-error-busy = Acest interpret are deja o programare la acea oră.

# Frazele primăriei (/agent/interpretation/phrases).
local-phrases-title = Frazele primăriei
local-phrases-intro = Frazele adăugate de primărie ajung în panoul de limbi, în situația lor, de îndată ce un agent care vorbește limba respectivă le-a verificat traducerea.
local-phrases-none = Nicio frază adăugată deocamdată.
local-phrases-no-translation = Nicio traducere deocamdată.
local-phrases-verified-by = Verificată de { $name }
local-phrases-not-verified = Neverificată
local-phrases-verify = Aprobați traducerea ({ $language })
local-phrases-retire = Retrageți fraza
local-phrases-add = Adăugați o frază
local-phrases-french = Fraza în franceză
local-phrases-translations = Traduceri
local-phrases-translations-hint = Lăsați necompletată o limbă în care nimeni nu a tradus încă. Fiecare traducere rămâne „neverificată” până când un agent care vorbește limba respectivă o aprobă.
local-phrases-save = Salvați fraza
local-phrases-saved = Fraza a fost salvată. Traducerile sale așteaptă să fie verificate.
local-phrases-verified = Traducerea a fost aprobată: acum apare în panou.
local-phrases-link = Frazele primăriei
local-phrases-error-french = Scrieți fraza în franceză.
local-phrases-error-long = O frază sau o traducere este prea lungă (cel mult 300 de caractere).
local-phrases-error-situation = Alegeți o situație din listă.
local-phrases-error-not-speaker = Doar un agent care vorbește această limbă poate aproba traducerea.
local-phrases-error-gone = Această traducere nu mai există.
panel-procedure-sheets = Fișele procedurilor
panel-procedure-sheets-in = Fișele procedurilor în { $language }
