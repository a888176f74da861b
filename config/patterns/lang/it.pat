# Italian pattern set. See common.pat for the file format.

[drop]
condividi
condividi su facebook
stampa
pubblicità
home page
cerca
ricerca
menu
accedi
registrati
iscriviti
abbonati
contatti
privacy policy
cookie policy
tag
leggi di più
leggi tutto
commenti
commenta
rispondi
invia
torna su

[drop_contains max_words=10]
tutti i diritti riservati
riproduzione riservata
tempo di lettura

[footer]
# An author box's link to the author's other posts (WordPress's wording).
visualizza tutti gli articoli di
tutti gli articoli di
commenti
lascia un commento
informazioni sull'autore

[footer match=contains max_words=16]
tutti i diritti riservati
riproduzione riservata

[section]
leggi anche
potrebbe interessarti
ti potrebbe interessare
potrebbero interessarti
articoli correlati
notizie correlate
i più letti
più letti
ultime notizie
ultimi articoli
altre notizie
vedi anche

# Function words. vote=no: they overlap Spanish and French, so the trigram
# model names a page's language.
[stopwords vote=no]
il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal dalla
dai in nel nella nei nelle con su sul sulla per tra fra e è che non si come anche più ma sono era ha
hanno questo questa quello quella suo sua loro ci ne se già molto

# Job titles in an author's bio (see en.pat).
[author_roles]
giornalista redattore redattrice corrispondente fotografo fotografa inviato inviata direttore direttrice

[author_teams]
redazione

# Words labelling a date: a byline's names end at one (`By Jane Doe Updated`).
[date_labels]
aggiornato pubblicato
# Weekdays too: `Jane Doe am Dienstag` ends at one.
lunedì martedì mercoledì giovedì venerdì sabato domenica

[byline_prefix]
di
a cura di
autore
# Blog templates (WordPress, Blogger) in this language: "published by", "written by".
pubblicato da
scritto da
postato da

[source_prefix]
fonte

[months]
1 = gennaio gen
2 = febbraio feb
3 = marzo mar
4 = aprile apr
5 = maggio mag
6 = giugno giu
7 = luglio lug
8 = agosto ago
9 = settembre set
10 = ottobre ott
11 = novembre nov
12 = dicembre dic

[drop match=prefix max_words=10]
foto:

# Cookie consent notices ("Questo sito utilizza cookie …").
[drop_contains max_words=40]
utilizza cookie
utilizziamo cookie
usa i cookie

# A link to another story inside the article ("Leggi anche: …").
[drop match=prefix max_words=20]
leggi anche

# A comment count standing alone ("12 commenti").
[drop]
0 commenti
0 commento

# Photo credits closing a caption ("… a Roma. Foto: Ansa").
[drop match=suffix max_words=40]
foto:
