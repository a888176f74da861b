# German pattern set. See common.pat for the file format.

[drop]
# WordPress.com's comment form and Instagram's embed (see en.pat).
trage deine daten unten ein oder klicke ein icon um dich einzuloggen:
sieh dir diesen beitrag auf instagram an
# A button ("Learn more").
mehr erfahren
weiter
inhaltsverzeichnis
affiliatelink
affiliate-link
teilen
artikel teilen
drucken
anzeige
werbung
startseite
suche
menü
newsletter
anmelden
abmelden
registrieren
abonnieren
impressum
datenschutz
datenschutzerklärung
kontakt
nach oben
zurück
mehr
schlagworte
themen
merkliste
kommentare
kommentieren
teilen sie diesen artikel
diesen artikel teilen
mit freunden teilen
rezept drucken
rezept merken
zum rezept springen
aktuelle ausgabe
möchten sie weiterlesen
zum shop
zurück zur übersicht
markiert mit
zur startseite
login
abo
jetzt abonnieren
video
bild
foto

[drop_contains max_words=10]
alle rechte vorbehalten
vielen dank für ihre
aktivierungslink
jetzt registrieren
e-mail-adresse
cookies
javascript
merkliste
artikel merken
lesezeit

[footer]
# An author box's link to the author's other posts (WordPress's wording).
alle beiträge von
alle artikel von
weitere artikel von
# A press release's contact block closes it.
pressekontakt
kommentare
kommentar schreiben
leserkommentare
diskutieren sie mit
über den autor
das könnte sie auch interessieren
hinterlassen sie einen kommentar
keine kommentare
war der artikel nützlich
gefällt ihnen dieser artikel
hat dir der artikel gefallen
hat ihnen der artikel gefallen

[footer match=contains max_words=16]
alle rechte vorbehalten

# A comment count heading ("59 Comments on “Title”") opens the comments.
[footer]
0 kommentare zu
0 kommentar zu
0 gedanken zu
ein gedanke zu
0 antworten auf
0 antworten zu

[section]
mehr zum thema
weitere artikel
lesen sie auch
auch interessant
das könnte sie auch interessieren
meistgelesen
meistgelesene artikel
top-themen
mehr aus
neueste artikel
aktuelle nachrichten
verwandte artikel
empfehlungen
ähnliche beiträge
ähnliche artikel
weitere beiträge
weitere themen
top themen
zum weiterlesen
themen in diesem artikel
weitere informationen
mehr zu
kategorien
das könnte dich auch interessieren
mehr themen
ähnliche themen
auch lesen
die redaktion empfiehlt
themen im artikel

[stopwords]
der die das den dem des ein eine einer eines einem einen und oder aber auch als an auf aus bei bis
durch für gegen in im ins mit nach ohne um unter von vor zu zum zur über ist sind war waren wird werden
wurde wurden hat haben hatte hatten sein seine ihr ihre es er sie wir ich du nicht noch nur schon so wie
wenn dass sich man kann können muss müssen soll sollen will auch sehr mehr dann denn doch hier da dort
diese dieser dieses jetzt immer am vom beim

# Job titles in an author's bio (see en.pat).
[author_roles]
redakteur redakteurin journalist journalistin autor autorin korrespondent korrespondentin
fotograf fotografin volontär volontärin

[author_teams]
redaktion team

# Words labelling a date: a byline's names end at one (`By Jane Doe Updated`).
[date_labels]
aktualisiert veröffentlicht erschienen geändert
# Weekdays too: `Jane Doe am Dienstag` ends at one.
erstellt publiziert montag dienstag mittwoch donnerstag freitag samstag sonntag

[byline_prefix]
von
autor
autorin
text
# Blog templates (WordPress, Blogger) in this language: "published by", "written by".
veröffentlicht von
geschrieben von
erstellt von
eingestellt von
verfasst von
gepostet von
ein beitrag von
beitrag von
artikel von

[source_prefix]
quelle
quellen

[months]
1 = januar jänner jan
2 = februar feb
3 = märz mär
4 = april apr
5 = mai
6 = juni jun
7 = juli jul
8 = august aug
9 = september sep sept
10 = oktober okt
11 = november nov
12 = dezember dez

# Comment forms: the article is over.
[footer]
schreibe einen kommentar
kommentar verfassen
kommentar hinterlassen

# Caption credits and calls to action, on short lines only.
[drop match=prefix max_words=8]
titelbild:
foto:
bild:
fotos:
quelle:
schon gelesen
jetzt teilen
zum vergrößern
jetzt abonnieren
newsletter abonnieren
dir hat der artikel gefallen

# A copyright notice drops its whole line, also a long footer line of links
# that ends in one ("Privacy | Terms ... © 2006 Example Inc. Alle rechte vorbehalten.").
[drop_contains max_words=30]
alle rechte vorbehalten

# Affiliate disclosures ("Dieser Artikel enthält Affiliate-Links"), on lines
# of up to 40 words.
[drop_contains max_words=40]
enthält affiliate-links
enthält affiliate links
sind sogenannte affiliate-links
sogenannte affiliate-links
um affiliate links
um affiliate-links
eine provision vom händler
ggf. eine provision

# Cookie consent notices ("Diese Website verwendet Cookies. Wenn du die
# Website weiterhin nutzt, ..."), on lines of up to 40 words.
[drop_contains max_words=40]
website verwendet cookies
webseite verwendet cookies
seite verwendet cookies
verwenden cookies
nutzen cookies
werden cookies verwendet
werden cookies gemäß
dass wir cookies verwenden
cookies erleichtern die bereitstellung
der verwendung von cookies zu
technologien wie cookies
cookies zulassen
cookie-zustimmung
cookie-einstellungen
cookie einstellungen

# Consent to a form's terms ("Mit der Registrierung akzeptiere ich die
# Nutzungsbedingungen", "Ich habe die Datenschutzerklärung gelesen"), on lines
# of up to 40 words, and the consent button alone.
[drop_contains max_words=40]
erklären sie sich damit einverstanden
erklärst du dich damit einverstanden
erkläre ich mich damit einverstanden
akzeptiere ich die
datenschutzerklärung gelesen
[drop]
ich bin einverstanden

# Appeals for donations and support ("Unterstütze uns", "Jede kleine Spende
# hilft"), on lines of up to 30 words; a line of up to 8 words that starts
# with "Unterstütze" ("Unterstütze RosaMag bereits mit 2,50!").
[drop_contains max_words=30]
unsere arbeit unterstützen
unterstütze uns
unterstützen sie uns
jede kleine spende
jede spende hilft
jetzt spenden

[drop match=prefix max_words=8]
unterstütze

# Newsletter and comment prompts, and WordPress's post footer ("Dieser
# Eintrag wurde veröffentlicht in ..."), on lines of up to 30 words.
[drop_contains max_words=30]
zum newsletter anmelden
für unseren newsletter an
du musst angemeldet sein
bitte loggen sie sich
dieser eintrag wurde veröffentlicht

# A link to another story inside the article: the label and the headline
# after it ("Lesen Sie auch: …"),
# on lines of up to 20 words.
[drop match=prefix max_words=20]
lesen sie auch
mehr zum thema

# A comment count standing alone ("71 Kommentare"): a link to the comments.
[drop]
0 kommentare
0 kommentar
0 antworten

# A teaser's "read on" link with its reading time ("weiterlesen 5 Minuten").
[drop match=prefix max_words=4]
weiterlesen

# Photo credits closing a caption ("Hilfe nach der Flut. Foto: Galli/Malteser",
# "… ist unklar (Symbolbild).").
[drop match=suffix max_words=40]
foto:
fotos:
bild:
bilder:
titelbild:
beitragsbild:
symbolbild
quelle:

# Sign-up, comment and consent prompts ("Aktuelle Stories direkt in dein
# Postfach!", "Du musst eingeloggt sein, um Kommentare zu schreiben",
# "… müssen Sie die externen YouTube-Cookies akzeptieren"), on lines of up
# to 30 words.
[drop_contains max_words=30]
abonniere unseren
abonnieren sie unseren
abonnieren sie kostenlos
jederzeit kündbar
in dein postfach
in ihr postfach
um kommentare zu schreiben
um einen kommentar zu schreiben
in den kommentaren
einen kommentar hinterlassen
hinterlasse einen kommentar
cookies akzeptieren
externe inhalte
externen inhalt

[drop match=prefix max_words=20]
lesen sie hier

# Headings of "most read", "most discussed" and "you may also like" lists,
# in their spellings ("meist-diskutiert", "Meist gesucht:", "Das Thema
# könnte dich auch interessieren:").
[section]
meist gelesen
meist-gelesen
meist diskutiert
meistdiskutiert
meist-diskutiert
meist kommentiert
meistkommentiert
meist gesucht
meistgesucht
aktuelle news

[section match=contains max_words=10]
könnte dich auch interessieren
könnte sie auch interessieren
könnten dich auch interessieren
könnten sie auch interessieren

# Links to the neighbouring articles with their headlines ("Nächster
# Artikel FDP-Politiker stellen …"), and share and push prompts.
[drop match=prefix max_words=20]
vorheriger artikel
nächster artikel
vorheriger beitrag
nächster beitrag

[drop_contains max_words=20]
vergiss nicht zu teilen
benachrichtigung aktivieren

# Figure captions ("Abbildung 4: klassische Schwachschicht. …").
[drop match=prefix max_words=40]
abbildung:
abbildung 0:
abb. 0:

# WordPress post footers ("Der Beitrag wurde am … veröffentlicht und wurde
# unter Allgemein abgelegt", "Erstellt am … und abgelegt unter …") and
# download links, on lines of up to 40 words; a consent placeholder alone.
[drop_contains max_words=40]
veröffentlicht und wurde unter
und abgelegt unter
als pdf herunterladen

[drop]
externer inhalt

# Consent placeholders of embedded posts, maps and videos ("Klicken Sie auf
# den unteren Button, um den Inhalt von www.komoot.de zu laden.", "Mit dem
# Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram",
# "… stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter
# her"), on lines of up to 30 words.
[drop_contains max_words=30]
mit dem laden des
um den inhalt von
inhalt laden
inhalt entsperren
immer entsperren
ohne dein einverständnis
ohne ihr einverständnis
ohne ihre einwilligung

# Follow-by-e-mail widgets ("Gib deine E-Mail-Adresse ein, um diesem Blog zu
# folgen …") and opinion disclaimers ("Dieser Beitrag gibt die Meinung des
# Autors wieder, …"), on lines of up to 30 words.
[drop_contains max_words=30]
gib deine e-mail-adresse ein
geben sie ihre e-mail-adresse ein
um diesem blog zu folgen
die meinung des autors wieder
die meinung der autorin wieder

# Comment and feedback invitations ("Wenn Sie diesen Blogeintrag kommentieren
# möchten, …", "Ich freue mich über eure Kommentare", "… können Sie die
# Redaktion per E-Mail informieren"), on lines of up to 30 words.
[drop_contains max_words=30]
kommentieren möchten
über eure kommentare
über deinen kommentar
über ihren kommentar
die redaktion per e-mail

# Expiry notes of embedded media ("Video verfügbar bis 28.02.2021").
[drop match=prefix max_words=8]
video verfügbar bis
audio verfügbar bis

# Kommentarköpfe: ein Listeneintrag mit dem Namen ("1. Moritz sagt:",
# "• Tobi schreibt:"), wie WordPress Kommentare listet. Der erste beendet den
# Artikel. Nur Listeneinträge: "Plantur sagt:" vor einem Zitat ist Artikel.
[footer match=suffix max_words=6 only=items]
sagt
schreibt

# MediaWiki's skip links and Wikipedia's tagline, and a gallery's or a paged article's counter
# ("Bild 3 von 10", "Seite 2 von 5").
[drop]
wechseln zu: navigation, suche
zur navigation springen zur suche springen
aus wikipedia, der freien enzyklopädie
bild 0 von 0
foto 0 von 0
seite 0 von 0
